/**
 * Open-addressing hash tables keyed by non-negative integers below 2^31, values in typed
 * arrays. The n-gram models make millions of (context, symbol) look-ups per second of
 * decoding; a Map<number, number> costs several times more per look-up and per entry loaded.
 */

const EMPTY = -1;

function capacityFor(n: number): number {
  let c = 16;
  while (c < n * 2) c *= 2;
  return c;
}

/** Where key sits in keys, or the empty slot where it would go. */
function probe(keys: Int32Array, key: number): number {
  const mask = keys.length - 1;
  const h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
  let i = (h ^ (h >>> 16)) & mask;
  for (;;) {
    const k = keys[i]!;
    if (k === key || k === EMPTY) return i;
    i = (i + 1) & mask;
  }
}

/** key -> non-negative integer */
export class IntTable {
  private keys: Int32Array;
  private vals: Int32Array;
  private n = 0;
  constructor(expected = 0) {
    this.keys = new Int32Array(capacityFor(expected)).fill(EMPTY);
    this.vals = new Int32Array(this.keys.length);
  }
  get size(): number {
    return this.n;
  }
  /** the value, or -1 when the key is absent */
  get(key: number): number {
    const i = probe(this.keys, key);
    return this.keys[i] === EMPTY ? -1 : this.vals[i]!;
  }
  set(key: number, v: number): void {
    let i = probe(this.keys, key);
    if (this.keys[i] === EMPTY) {
      if ((this.n + 1) * 2 > this.keys.length) {
        this.grow();
        i = probe(this.keys, key);
      }
      this.keys[i] = key;
      this.n++;
    }
    this.vals[i] = v;
  }
  /**
   * A table holding these distinct keys and values (a model file's stored form: one insertion
   * per key, no look-ups, no growing).
   */
  static fromSlots(keys: ArrayLike<number>, vals: ArrayLike<number>): IntTable {
    const t = new IntTable(keys.length);
    const k = t.keys;
    const mask = k.length - 1;
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j]!;
      const h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
      let i = (h ^ (h >>> 16)) & mask;
      while (k[i] !== EMPTY) i = (i + 1) & mask;
      k[i] = key;
      t.vals[i] = vals[j]!;
    }
    t.n = keys.length;
    return t;
  }
  clear(): void {
    this.keys.fill(EMPTY);
    this.n = 0;
  }
  private grow(): void {
    const { keys, vals } = this;
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY);
    this.vals = new Int32Array(this.keys.length);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === EMPTY) continue;
      const j = probe(this.keys, keys[i]!);
      this.keys[j] = keys[i]!;
      this.vals[j] = vals[i]!;
    }
  }
}


/** An int slot with nothing in it (PairTable). */
export const NONE = -0x80000000;

/**
 * key -> two integers (NONE: absent): an n-gram model's (context, symbol) entries, holding
 * both the probability (×1000, as stored) and the longer context they lead to, so one probe
 * answers both. Key and values sit side by side, so a probe touches one cache line: the
 * decoder's time went mostly into waiting for memory.
 */
export class PairTable {
  /** slot i: data[4i] key (NONE: free), data[4i+1] first value, data[4i+2] second value */
  private data: Int32Array;
  private mask: number;
  private n = 0;
  constructor(expected = 0) {
    const cap = capacityFor(expected);
    this.data = PairTable.fresh(cap);
    this.mask = cap - 1;
  }
  /** every key free and every value absent: NONE marks both (keys are never negative) */
  private static fresh(cap: number): Int32Array {
    return new Int32Array(cap * 4).fill(NONE);
  }
  get size(): number {
    return this.n;
  }
  /** the slot holding key, or -1 (slots move when the table grows: read them at once) */
  find(key: number): number {
    const d = this.data;
    const h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
    let i = (h ^ (h >>> 16)) & this.mask;
    for (;;) {
      const k = d[i * 4]!;
      if (k === key) return i;
      if (k === NONE) return -1;
      i = (i + 1) & this.mask;
    }
  }
  first(slot: number): number {
    return this.data[slot * 4 + 1]!;
  }
  second(slot: number): number {
    return this.data[slot * 4 + 2]!;
  }
  setFirst(key: number, v: number): void {
    // the slot first: finding it may grow the table, replacing this.data
    const slot = this.slotFor(key);
    this.data[slot * 4 + 1] = v;
  }
  setSecond(key: number, v: number): void {
    const slot = this.slotFor(key);
    this.data[slot * 4 + 2] = v;
  }
  private slotFor(key: number): number {
    let i = this.find(key);
    if (i >= 0) return i;
    if ((this.n + 1) * 2 > this.mask + 1) this.grow();
    const d = this.data;
    const h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
    i = (h ^ (h >>> 16)) & this.mask;
    while (d[i * 4] !== NONE) i = (i + 1) & this.mask;
    d[i * 4] = key;
    this.n++;
    return i;
  }
  /**
   * Every occupied slot's key and values, keys ascending (a packed model file's form: the
   * table is rebuilt from it by fromSlots with one insertion per key and no look-ups).
   */
  slots(): { keys: Int32Array; first: Int32Array; second: Int32Array } {
    const d = this.data;
    const at: number[] = [];
    for (let i = 0; i < d.length; i += 4) if (d[i] !== NONE) at.push(i);
    at.sort((a, b) => d[a]! - d[b]!);
    const keys = new Int32Array(at.length);
    const first = new Int32Array(at.length);
    const second = new Int32Array(at.length);
    at.forEach((i, j) => {
      keys[j] = d[i]!;
      first[j] = d[i + 1]!;
      second[j] = d[i + 2]!;
    });
    return { keys, first, second };
  }

  /** A table holding these distinct keys and values (as slots() lists them). */
  static fromSlots(keys: Int32Array, first: Int32Array, second: Int32Array): PairTable {
    const t = new PairTable(keys.length);
    const d = t.data;
    const mask = t.mask;
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j]!;
      const h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
      let i = (h ^ (h >>> 16)) & mask;
      while (d[i * 4] !== NONE) i = (i + 1) & mask;
      d[i * 4] = key;
      d[i * 4 + 1] = first[j]!;
      d[i * 4 + 2] = second[j]!;
    }
    t.n = keys.length;
    return t;
  }

  private grow(): void {
    const old = this.data;
    const cap = (this.mask + 1) * 2;
    this.data = PairTable.fresh(cap);
    this.mask = cap - 1;
    const d = this.data;
    for (let j = 0; j < old.length; j += 4) {
      const key = old[j]!;
      if (key === NONE) continue;
      const h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
      let i = (h ^ (h >>> 16)) & this.mask;
      while (d[i * 4] !== NONE) i = (i + 1) & this.mask;
      d[i * 4] = key;
      d[i * 4 + 1] = old[j + 1]!;
      d[i * 4 + 2] = old[j + 2]!;
    }
  }
}
