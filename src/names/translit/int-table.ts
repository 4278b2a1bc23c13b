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

/** key -> float */
export class FloatTable {
  private keys: Int32Array;
  private vals: Float64Array;
  private n = 0;
  constructor(expected = 0) {
    this.keys = new Int32Array(capacityFor(expected)).fill(EMPTY);
    this.vals = new Float64Array(this.keys.length);
  }
  get size(): number {
    return this.n;
  }
  get(key: number): number | undefined {
    const i = probe(this.keys, key);
    return this.keys[i] === EMPTY ? undefined : this.vals[i];
  }
  has(key: number): boolean {
    return this.keys[probe(this.keys, key)] !== EMPTY;
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
  private grow(): void {
    const { keys, vals } = this;
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY);
    this.vals = new Float64Array(this.keys.length);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === EMPTY) continue;
      const j = probe(this.keys, keys[i]!);
      this.keys[j] = keys[i]!;
      this.vals[j] = vals[i]!;
    }
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

