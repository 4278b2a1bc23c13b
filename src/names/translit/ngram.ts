/**
 * A back-off n-gram model over small integer symbols (graphones or characters), stored as
 * precomputed interpolated log-probabilities plus back-off weights, so a query is a few Map
 * reads. Keys fold a symbol sequence into one number (base `base`, symbols 1..base-1), which
 * keeps look-ups cheap; the builder (scripts/names/ngram-build.ts) checks that keys stay
 * below 2^53.
 */

/** Serialised form: per order n (1-based), flat [id1..idn, q] entries; q = round(ln p * 1000). */
export interface NgramData {
  order: number;
  base: number;
  /** probs[n-1]: entries of n ids then q */
  probs: number[][];
  /** bows[n-1]: contexts of n ids then q = round(ln backoff * 1000) */
  bows: number[][];
  /** ln p for a symbol never seen (×1000) */
  floor: number;
}

export class NgramLM {
  readonly order: number;
  readonly base: number;
  private readonly p = new Map<number, number>();
  private readonly b = new Map<number, number>();
  private readonly floor: number;

  constructor(d: NgramData) {
    this.order = d.order;
    this.base = d.base;
    this.floor = d.floor / 1000;
    const load = (lists: number[][], into: Map<number, number>) =>
      lists.forEach((flat, i) => {
        const n = i + 1;
        for (let j = 0; j < flat.length; j += n + 1) {
          let k = 0;
          for (let t = 0; t < n; t++) k = k * this.base + flat[j + t]!;
          into.set(k, flat[j + n]! / 1000);
        }
      });
    load(d.probs, this.p);
    load(d.bows, this.b);
  }

  /** ln P(sym | the last order-1 symbols of hist[0..len)). */
  logp(hist: readonly number[], len: number, sym: number): number {
    const maxN = Math.min(len, this.order - 1);
    let bow = 0;
    for (let n = maxN; n >= 0; n--) {
      let ctx = 0;
      for (let t = len - n; t < len; t++) ctx = ctx * this.base + hist[t]!;
      const p = this.p.get(ctx * this.base + sym);
      if (p !== undefined) return bow + p;
      if (n > 0) bow += this.b.get(ctx) ?? 0;
    }
    return bow + this.floor;
  }

  /**
   * ln P(sym | context) where ctx[n] is the key of the last n symbols (ctx[0] = 0) and `have`
   * says how many symbols the history holds: the decoder keeps these keys per state, so no
   * key is folded twice.
   */
  logpCtx(ctx: readonly number[], have: number, sym: number): number {
    let bow = 0;
    for (let n = Math.min(have, this.order - 1); n >= 0; n--) {
      const p = this.p.get(ctx[n]! * this.base + sym);
      if (p !== undefined) return bow + p;
      if (n > 0) bow += this.b.get(ctx[n]!) ?? 0;
    }
    return bow + this.floor;
  }

  /** Context keys after appending sym to a history with keys ctx (see logpCtx). */
  extend(ctx: readonly number[], sym: number): number[] {
    const out = new Array<number>(this.order);
    out[0] = 0;
    for (let n = 1; n < this.order; n++) out[n] = n === 1 ? sym : (ctx[n - 1] ?? 0) * this.base + sym;
    return out;
  }

  /** ln P of a whole sequence, boundary symbol `edge` before and after. */
  score(seq: readonly number[], edge: number): number {
    const hist = [edge, ...seq];
    let s = 0;
    for (let i = 0; i < seq.length; i++) s += this.logp(hist, i + 1, seq[i]!);
    return s + this.logp(hist, hist.length, edge);
  }
}
