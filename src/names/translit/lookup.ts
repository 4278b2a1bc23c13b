/** The pairs' look-up tables (Arabic key -> spellings and back), searched in place. */

export interface Entry {
  text: string;
  wikidata: number;
  google: number;
}

/** the key filter's size (2^20 bits, 128 kB) and its hash (FNV-1a over UTF-16 units) */
const FILTER_BITS = 1 << 20;
const FILTER_SHIFT = 12;
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

/** weight's answers remembered before the memo is emptied */
const WEIGHTS_KEPT = 100_000;

/**
 * A look-up table read from its text form, searched in place: the lines are sorted by key
 * (training writes them so; sorted here otherwise), so a key is found by binary search over
 * the line starts, and loading does not build 100,000 map entries (a sixth of the load time).
 * Each key's entries are parsed when first asked for.
 */
export class Lookup {
  private readonly text: string;
  /** start of each line holding a key, in key order */
  private readonly starts: Int32Array;
  private readonly parsed = new Map<string, Entry[]>();
  /**
   * weight's answers, unknown keys too: reranking asks it of every candidate spelling, most of
   * them no one's name, and a miss is a binary search each time (a tenth of romanising)
   */
  private readonly weights = new Map<string, number>();
  /**
   * One bit per hash of each key (keyHash), built on first use: a clear bit means the table
   * does not hold the key. A look-up in a large map of short strings, mostly of spellings no
   * one carries, cost more than hashing the few letters.
   */
  private filter: Int32Array | undefined;
  /** known: the line starts as lineStarts() gave them for this text (a model file keeps them) */
  constructor(text: string, known?: Int32Array) {
    this.text = text;
    if (known) {
      this.starts = known;
      return;
    }
    const starts: number[] = [];
    for (let at = 0; at < text.length; ) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      if (text.indexOf('\t', at) > at && text.indexOf('\t', at) < end) starts.push(at);
      at = end + 1;
    }
    let sorted = true;
    for (let i = 1; i < starts.length && sorted; i++) sorted = this.compareLines(starts[i - 1]!, starts[i]!) < 0;
    if (!sorted) starts.sort((a, b) => this.compareLines(a, b));
    this.starts = Int32Array.from(starts);
  }
  /** key of the line at a against key of the line at b, as strings compare (UTF-16 units) */
  private compareLines(a: number, b: number): number {
    const t = this.text;
    for (;;) {
      const x = t.charCodeAt(a++);
      const y = t.charCodeAt(b++);
      if (x === 9 || y === 9) return x === y ? 0 : x === 9 ? -1 : 1;
      if (x !== y) return x - y;
    }
  }
  /** key against the key of the line starting at `at` */
  private compareKey(key: string, at: number): number {
    const t = this.text;
    for (let i = 0; ; i++, at++) {
      const y = t.charCodeAt(at);
      if (i === key.length) return y === 9 ? 0 : -1;
      if (y === 9) return 1;
      const x = key.charCodeAt(i);
      if (x !== y) return x - y;
    }
  }
  /** start of the key's line, or -1 */
  private find(key: string): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compareKey(key, this.starts[mid]!);
      if (c === 0) return this.starts[mid]!;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  }
  /** false when the table certainly does not hold key (see filter) */
  private mayHold(key: string): boolean {
    let f = this.filter;
    if (!f) {
      f = this.filter = new Int32Array(FILTER_BITS >>> 5);
      const t = this.text;
      for (const at of this.starts) {
        let h = HASH_SEED;
        for (let i = at; ; i++) {
          const c = t.charCodeAt(i);
          if (c === 9) break;
          h = Math.imul(h ^ c, HASH_PRIME);
        }
        const b = h >>> FILTER_SHIFT;
        f[b >>> 5]! |= 1 << (b & 31);
      }
    }
    let h = HASH_SEED;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), HASH_PRIME);
    const b = h >>> FILTER_SHIFT;
    return (f[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
  get size(): number {
    return this.starts.length;
  }
  /** the start of each key's line, in key order */
  lineStarts(): Int32Array {
    return this.starts;
  }
  has(key: string): boolean {
    return this.parsed.has(key) || (this.mayHold(key) && this.find(key) >= 0);
  }
  get(key: string): Entry[] | undefined {
    let hit = this.parsed.get(key);
    if (hit) return hit;
    // an unknown word (most of an article's) is answered by the key filter, not a binary search
    if (!this.mayHold(key)) return undefined;
    const at = this.find(key);
    if (at < 0) return undefined;
    let end = this.text.indexOf('\n', at);
    if (end < 0) end = this.text.length;
    hit = this.text
      .slice(at + key.length + 1, end)
      .split('|')
      .map((e) => {
        const [text, c, g] = e.split(' ');
        return { text: text!, wikidata: Number(c), google: Number(g) };
      });
    this.parsed.set(key, hit);
    return hit;
  }
  /** Wikidata people plus Google pairs listed under a key (0 when unknown). */
  weight(key: string): number {
    // most candidate spellings are no one's name: the key filter answers them without the memo
    if (!this.mayHold(key)) return 0;
    let w = this.weights.get(key);
    if (w !== undefined) return w;
    w = this.get(key)?.reduce((s, e) => s + e.wikidata + e.google, 0) ?? 0;
    if (this.weights.size >= WEIGHTS_KEPT) this.weights.clear();
    this.weights.set(key, w);
    return w;
  }
}
