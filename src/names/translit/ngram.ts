/**
 * A back-off n-gram model over small integer symbols (graphones or characters), stored as
 * precomputed interpolated log-probabilities plus back-off weights, so a query is a few table
 * reads. Built by scripts/names/ngram-build.ts.
 */
import { NONE, PairTable } from './int-table.ts';

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

/**
 * The same model as NgramLM holds it once built (its table's slots, back-off weights and
 * suffix links), so loading is one insertion per table entry: the model file's form
 * (translit/model-file.ts). Back-off weights and the floor are ×1000 integers, as stored.
 */
export interface PackedNgram {
  order: number;
  base: number;
  floor: number;
  keys: Int32Array;
  first: Int32Array;
  second: Int32Array;
  bow: Int32Array;
  shorter: Int32Array;
  last: Int32Array;
}

export function isPacked(d: NgramData | PackedNgram): d is PackedNgram {
  return 'keys' in d;
}

/** A state with at most this many entries has them read from its list, else probed one by one. */
const KIDS_SCANNED = 64;

export class NgramLM {
  readonly order: number;
  readonly base: number;
  /**
   * (context id, symbol), keyed ctxId * base + symbol -> ln p ×1000 as stored (NONE: backs
   * off) and the id of the context one symbol longer (NONE: not a context)
   */
  private readonly t: PairTable;
  /** context id -> ln back-off weight (0 when none is stored) */
  private readonly bow: Float64Array;
  /**
   * context id -> id of its longest proper suffix that is a context (0, the empty one, when
   * none is): the contexts a history backs off through, longest first
   */
  private readonly shorter: Int32Array;
  /** context id -> id of its last symbol alone as a context (-1 when that is not one) */
  private readonly last: Int32Array;
  private readonly floor: number;
  private readonly scratch = new Float64Array(1);
  /**
   * each context's entries (context id, symbol) side by side, built on stepMany's first call:
   * kidStart[c] .. kidStart[c + 1] index kidSym, kidFirst and kidSecond (see kids)
   */
  private kidStart: Int32Array | undefined;
  /** the model file's entries, keys ascending, when the model was read from one */
  private packed: PackedNgram | undefined;
  private kidSym = new Int32Array(0);
  private kidFirst: Int32Array<ArrayBufferLike> = new Int32Array(0);
  private kidSecond: Int32Array<ArrayBufferLike> = new Int32Array(0);
  /** stepMany's scratch: by symbol, its entry in the state's list plus one (0: none) */
  private kidMark = new Int32Array(0);
  /** stepMany's scratch: a state's contexts, longest first, and the back-off sums before each */
  private readonly chain = new Int32Array(64);
  private readonly sums = new Float64Array(65);

  /**
   * Every context gets a small integer id (the empty context is 0), so each table key is
   * ctxId * base + symbol, below 2^31. A history's state is the id of its longest suffix that
   * is a context: from it, every shorter one is reached through \`shorter\`, so two histories
   * in the same state score alike from there on.
   */
  constructor(d: NgramData | PackedNgram) {
    this.order = d.order;
    this.base = d.base;
    this.floor = d.floor / 1000;
    if (isPacked(d)) {
      this.t = PairTable.fromSlots(d.keys, d.first, d.second);
      const bow = new Float64Array(d.bow.length);
      for (let i = 0; i < bow.length; i++) bow[i] = d.bow[i]! / 1000;
      this.bow = bow;
      this.shorter = d.shorter;
      this.last = d.last;
      // a model file lists the entries by key, so by context: kept as each context's lists
      this.packed = d;
      return;
    }
    let entries = 0;
    for (let i = 0; i < d.probs.length; i++) entries += d.probs[i]!.length / (i + 2);
    this.t = new PairTable(entries);
    const bow: number[] = [0];
    const parent: number[] = [-1];
    const symOf: number[] = [0];
    const base = this.base;
    const t = this.t;
    const child = (k: number): number => {
      const slot = t.find(k);
      return slot < 0 || t.second(slot) === NONE ? -1 : t.second(slot);
    };
    const idOf = (flat: number[], from: number, n: number): number => {
      let id = 0;
      for (let i = 0; i < n; i++) {
        const sym = flat[from + i]!;
        const k = id * base + sym;
        let next = child(k);
        if (next < 0) {
          next = bow.length;
          if (next * base + base >= 2 ** 31) throw new Error('names model: too many contexts for 31-bit keys');
          bow.push(0);
          parent.push(id);
          symOf.push(sym);
          t.setSecond(k, next);
        }
        id = next;
      }
      return id;
    };
    for (let i = 0; i < d.bows.length; i++) {
      const flat = d.bows[i]!;
      const n = i + 1;
      for (let j = 0; j < flat.length; j += n + 1) bow[idOf(flat, j, n)] = flat[j + n]! / 1000;
    }
    for (let i = 0; i < d.probs.length; i++) {
      const flat = d.probs[i]!;
      const n = i + 1;
      for (let j = 0; j < flat.length; j += n + 1) t.setFirst(idOf(flat, j, n - 1) * base + flat[j + n - 1]!, flat[j + n]!);
    }
    this.bow = Float64Array.from(bow);
    // suffix links as in Aho-Corasick: the suffix of (parent, x) is x after the longest suffix
    // of the parent that can take x; worked out parents first (ids are not in depth order)
    const count = bow.length;
    const shorter = new Int32Array(count).fill(-1);
    const last = new Int32Array(count).fill(-1);
    shorter[0] = 0;
    const link = (c: number): number => {
      if (shorter[c]! >= 0) return shorter[c]!;
      const p = parent[c]!;
      let s = 0;
      if (p !== 0) {
        for (let q = link(p); ; q = link(q)) {
          const longer = child(q * base + symOf[c]!);
          if (longer >= 0) {
            s = longer;
            break;
          }
          if (q === 0) break;
        }
      }
      shorter[c] = s;
      return s;
    };
    for (let c = 1; c < count; c++) link(c);
    for (let c = 1; c < count; c++) last[c] = parent[c] === 0 ? c : child(symOf[c]!);
    this.shorter = shorter;
    this.last = last;
  }

  /** The model as a model file stores it (see PackedNgram). */
  pack(): PackedNgram {
    const bow = new Int32Array(this.bow.length);
    for (let i = 0; i < bow.length; i++) bow[i] = Math.round(this.bow[i]! * 1000);
    return { order: this.order, base: this.base, floor: Math.round(this.floor * 1000), ...this.t.slots(), bow, shorter: this.shorter, last: this.last };
  }

  /** ln P(sym | history) for a history in a given state (see next). */
  logp(state: number, sym: number): number {
    let bow = 0;
    const t = this.t;
    for (let c = state; ; c = this.shorter[c]!) {
      const slot = t.find(c * this.base + sym);
      if (slot >= 0 && t.first(slot) !== NONE) return bow + t.first(slot) / 1000;
      bow += this.bow[c]!;
      if (c === 0) return bow + this.floor;
    }
  }

  /** The state after appending sym to a history in a given state (0: the empty history). */
  next(state: number, sym: number): number {
    const t = this.t;
    for (let c = state; ; c = this.shorter[c]!) {
      const slot = t.find(c * this.base + sym);
      if (slot >= 0 && t.second(slot) !== NONE) return t.second(slot);
      if (c === 0) return 0;
    }
  }

  /**
   * logp and next in one walk down the contexts (they mostly stop at the same one): writes
   * ln P(sym | state) to out[at] and returns the state after sym.
   */
  step(state: number, sym: number, out: Float64Array, at: number): number {
    const t = this.t;
    let lp = NaN;
    let next = -1;
    let bow = 0;
    for (let c = state; ; c = this.shorter[c]!) {
      const slot = t.find(c * this.base + sym);
      if (slot >= 0) {
        if (lp !== lp && t.first(slot) !== NONE) lp = bow + t.first(slot) / 1000;
        if (next < 0 && t.second(slot) !== NONE) next = t.second(slot);
      }
      if (lp !== lp) bow += this.bow[c]!;
      else if (next >= 0) break;
      if (c === 0) {
        if (lp !== lp) lp = bow + this.floor;
        if (next < 0) next = 0;
        break;
      }
    }
    out[at] = lp;
    return next;
  }

  /**
   * step() for several symbols from one state, written to lp[at + j] and next[at + j], with the
   * context each ln p was read from in ctx[at + j] (-1: the floor) and its stored value in
   * q[at + j]. from >= 0: the same symbols were stepped from this state's back-off context
   * (shorterCtx) at slots from + j, so only this state's own entries are looked up and the rest
   * is read from there (a walk down the contexts was a random memory read per level). The
   * results, floats too, are step()'s: the back-off weights are added in the same order.
   */
  stepMany(state: number, syms: ReadonlyArray<{ id: number }>, lp: Float64Array, next: Int32Array, ctx: Int32Array, q: Int32Array, at: number, from: number): void {
    const t = this.t;
    const base = this.base;
    if (from < 0) {
      for (let j = 0; j < syms.length; j++) {
        const sym = syms[j]!.id;
        let found = -1;
        let nx = -1;
        let bow = 0;
        let v = 0;
        for (let c = state; ; c = this.shorter[c]!) {
          const slot = t.find(c * base + sym);
          if (slot >= 0) {
            if (found < 0 && t.first(slot) !== NONE) (found = c), (v = t.first(slot));
            if (nx < 0 && t.second(slot) !== NONE) nx = t.second(slot);
          }
          if (found < 0) bow += this.bow[c]!;
          else if (nx >= 0) break;
          if (c === 0) {
            if (nx < 0) nx = 0;
            break;
          }
        }
        lp[at + j] = found < 0 ? bow + this.floor : bow + v / 1000;
        next[at + j] = nx;
        ctx[at + j] = found;
        q[at + j] = v;
      }
      return;
    }
    // the back-off sums down this state's contexts, as step() adds them: sums[i] before chain[i]
    const chain = this.chain;
    const sums = this.sums;
    let d = 0;
    let bow = 0;
    for (let c = state; ; c = this.shorter[c]!) {
      chain[d] = c;
      sums[d++] = bow;
      bow += this.bow[c]!;
      if (c === 0) break;
    }
    sums[d] = bow;
    // this state's own entries, read from its list (a state after a long history has few):
    // one read of neighbouring memory where a probe per symbol was a random one each
    const kidStart = this.kidStart ?? this.kids();
    const a = kidStart[state]!;
    const b = kidStart[state + 1]!;
    const mark = this.kidMark;
    const listed = b - a <= KIDS_SCANNED;
    if (listed) for (let k = a; k < b; k++) mark[this.kidSym[k]!] = k + 1;
    for (let j = 0; j < syms.length; j++) {
      const sym = syms[j]!.id;
      let first = NONE;
      let second = NONE;
      if (listed) {
        const k = sym < base ? mark[sym]! - 1 : -1;
        if (k >= 0) (first = this.kidFirst[k]!), (second = this.kidSecond[k]!);
      } else {
        const slot = t.find(state * base + sym);
        if (slot >= 0) (first = t.first(slot)), (second = t.second(slot));
      }
      if (first !== NONE) {
        lp[at + j] = 0 + first / 1000;
        ctx[at + j] = state;
        q[at + j] = first;
      } else {
        const found = ctx[from + j]!;
        const v = q[from + j]!;
        let i = 1;
        if (found < 0) i = d;
        else while (chain[i] !== found) i++;
        lp[at + j] = found < 0 ? sums[i]! + this.floor : sums[i]! + v / 1000;
        ctx[at + j] = found;
        q[at + j] = v;
      }
      next[at + j] = second !== NONE ? second : next[from + j]!;
    }
    if (listed) for (let k = a; k < b; k++) mark[this.kidSym[k]!] = 0;
  }

  /**
   * Each context's entries as lists (see kidStart): a model file's entries are in key order,
   * so by context already and one pass finds where each context's start (a millisecond); a
   * model built in memory has its table's entries sorted so once.
   */
  private kids(): Int32Array {
    const base = this.base;
    const count = this.bow.length;
    let keys: Int32Array;
    let first: Int32Array;
    let second: Int32Array;
    const p = this.packed;
    let sorted = !!p;
    if (p) for (let i = 1; i < p.keys.length && sorted; i++) sorted = p.keys[i - 1]! < p.keys[i]!;
    if (p && sorted) ({ keys, first, second } = p);
    else ({ keys, first, second } = this.t.slots());
    const start = new Int32Array(count + 1);
    for (let i = 0; i < keys.length; i++) start[((keys[i]! / base) | 0) + 1]!++;
    for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
    const sym = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) sym[i] = keys[i]! % base;
    this.kidSym = sym;
    this.kidFirst = first;
    this.kidSecond = second;
    this.kidMark = new Int32Array(base);
    this.kidStart = start;
    return start;
  }

  /** How many contexts the model has: every state is below it. */
  get contexts(): number {
    return this.bow.length;
  }

  /** A state's longest proper suffix that is a context (0: the empty one), where it backs off to. */
  shorterCtx(state: number): number {
    return this.shorter[state]!;
  }

  /** Whether sym was seen after the context with id ctxId (not merely backed off to). */
  seen(ctxId: number, sym: number): boolean {
    if (ctxId < 0) return false;
    const slot = this.t.find(ctxId * this.base + sym);
    return slot >= 0 && this.t.first(slot) !== NONE;
  }

  /** The id of a state's last symbol alone as a context (-1 if that is not a context). */
  lastSymbolCtx(state: number): number {
    return this.last[state]!;
  }

  /** ln P of a whole sequence, boundary symbol \`edge\` before and after. */
  score(seq: readonly number[], edge: number): number {
    const lp = this.scratch;
    let st = this.next(0, edge);
    let s = 0;
    for (let i = 0; i < seq.length; i++) {
      st = this.step(st, seq[i]!, lp, 0);
      s += lp[0]!;
    }
    return s + this.logp(st, edge);
  }
}
