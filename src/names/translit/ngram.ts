/**
 * A back-off n-gram model over small integer symbols (graphones or characters), stored as
 * precomputed interpolated log-probabilities plus back-off weights, so a query is a few Map
 * reads. Built by scripts/names/ngram-build.ts.
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
  /** (context id, symbol) -> ln p, keyed ctxId * base + symbol */
  private readonly p = new Map<number, number>();
  /** context id -> ln back-off weight (0 when none is stored) */
  private readonly bow: number[] = [0];
  /** (context id, symbol) -> id of the context one symbol longer */
  private readonly trie = new Map<number, number>();
  private readonly floor: number;

  /**
   * Every context gets a small integer id (the empty context is 0), so each Map key is
   * ctxId * base + symbol: small enough to stay a V8 small integer, which makes the
   * decoder's millions of look-ups several times faster than keys folding whole sequences.
   */
  constructor(d: NgramData) {
    this.order = d.order;
    this.base = d.base;
    this.floor = d.floor / 1000;
    const idOf = (flat: number[], from: number, n: number): number => {
      let id = 0;
      for (let t = 0; t < n; t++) {
        const k = id * this.base + flat[from + t]!;
        let next = this.trie.get(k);
        if (next === undefined) {
          next = this.bow.length;
          this.bow.push(0);
          this.trie.set(k, next);
        }
        id = next;
      }
      return id;
    };
    d.bows.forEach((flat, i) => {
      const n = i + 1;
      for (let j = 0; j < flat.length; j += n + 1) this.bow[idOf(flat, j, n)] = flat[j + n]! / 1000;
    });
    d.probs.forEach((flat, i) => {
      const n = i + 1;
      for (let j = 0; j < flat.length; j += n + 1) this.p.set(idOf(flat, j, n - 1) * this.base + flat[j + n - 1]!, flat[j + n]! / 1000);
    });
  }

  /** Context ids of the empty history: ctx[n] is the id of the last n symbols, -1 if never seen. */
  start(): number[] {
    const ctx = new Array<number>(this.order).fill(-1);
    ctx[0] = 0;
    return ctx;
  }

  /** Context ids after appending sym to a history with context ids ctx. */
  extend(ctx: readonly number[], sym: number): number[] {
    const out = new Array<number>(this.order);
    out[0] = 0;
    for (let n = 1; n < this.order; n++) {
      const prev = ctx[n - 1]!;
      out[n] = prev < 0 ? -1 : (this.trie.get(prev * this.base + sym) ?? -1);
    }
    return out;
  }

  /** ln P(sym | history) for a history given by its context ids (see start/extend). */
  logpCtx(ctx: readonly number[], sym: number): number {
    let bow = 0;
    for (let n = this.order - 1; n >= 0; n--) {
      const c = ctx[n]!;
      if (c < 0) continue; // a context never seen backs off for free
      const p = this.p.get(c * this.base + sym);
      if (p !== undefined) return bow + p;
      bow += this.bow[c]!;
    }
    return bow + this.floor;
  }

  /** Whether sym was seen after the context with id ctxId (not merely backed off to). */
  seen(ctxId: number, sym: number): boolean {
    return ctxId >= 0 && this.p.has(ctxId * this.base + sym);
  }

  /** The id of the longest known context: two histories with the same one score alike from here on. */
  state(ctx: readonly number[]): number {
    for (let n = this.order - 1; n > 0; n--) if (ctx[n]! >= 0) return n * 0x40000000 + ctx[n]!;
    return 0;
  }

  /** ln P of a whole sequence, boundary symbol `edge` before and after. */
  score(seq: readonly number[], edge: number): number {
    let ctx = this.extend(this.start(), edge);
    let s = 0;
    for (const sym of seq) {
      s += this.logpCtx(ctx, sym);
      ctx = this.extend(ctx, sym);
    }
    return s + this.logpCtx(ctx, edge);
  }
}
