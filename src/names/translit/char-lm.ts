/** A character n-gram model of one script's names, scoring how name-like a spelling is. */

import type { CharLMData } from './model-data.ts';
import { NgramLM } from './ngram.ts';

export class CharLM {
  private readonly lm: NgramLM;
  private readonly ids: Map<string, number>;
  private readonly edge: number;
  /** ids of the single-unit characters below U+0800 by code (0: look in ids) */
  private readonly byCode = new Int32Array(0x800);
  /** score's sequence, reused */
  private readonly seq: number[] = [];
  /**
   * the last word score walked: its ids, and the state and running sum after each of its first
   * i characters (index i), so the next word resumes after the prefix they share (a token's
   * candidate spellings mostly differ in a letter or two)
   */
  private readonly lastIds: number[] = [];
  private lastStates = new Int32Array(32);
  private lastSums = new Float64Array(32);
  private readonly lp = new Float64Array(1);
  constructor(d: CharLMData) {
    this.lm = new NgramLM(d.lm);
    this.ids = new Map(d.chars.map((c, i) => [c, i + 1]));
    this.edge = d.chars.length + 1;
    this.lastStates[0] = this.lm.next(0, this.edge);
    for (const [c, id] of this.ids) if (c.length === 1 && c.charCodeAt(0) < this.byCode.length) this.byCode[c.charCodeAt(0)] = id;
  }
  /** The state before a word's first character (for step and end). */
  start(): number {
    return this.lm.next(0, this.edge);
  }

  /** One character (a UTF-16 code below U+0800 or in the alphabet): ln P written to out[0], the next state returned. */
  step(state: number, code: number, out: Float64Array): number {
    let id = code < this.byCode.length ? this.byCode[code]! : 0;
    if (!id) id = this.ids.get(String.fromCharCode(code)) ?? this.edge + 1;
    return this.lm.step(state, id, out, 0);
  }

  /** ln P(the word ends here) from a state. */
  end(state: number): number {
    return this.lm.logp(state, this.edge);
  }

  /** ln P(word) under the character model (unknown characters at the floor). */
  score(word: string): number {
    // characters by code (a string-keyed Map read per letter was a twentieth of romanising)
    const seq = this.seq;
    seq.length = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.codePointAt(i)!;
      if (code > 0xffff) i++;
      let id = code < this.byCode.length ? this.byCode[code]! : 0;
      if (!id) id = this.ids.get(String.fromCodePoint(code)) ?? this.edge + 1;
      seq.push(id);
    }
    // NgramLM.score's walk and sum, step for step (the same float result), from the shared prefix
    const n = seq.length;
    if (this.lastStates.length <= n) {
      const states = new Int32Array(2 * (n + 1));
      const sums = new Float64Array(2 * (n + 1));
      states.set(this.lastStates);
      sums.set(this.lastSums);
      this.lastStates = states;
      this.lastSums = sums;
    }
    const ids = this.lastIds;
    const states = this.lastStates;
    const sums = this.lastSums;
    let p = 0;
    while (p < n && p < ids.length && ids[p] === seq[p]) p++;
    ids.length = p;
    let st = states[p]!;
    let s = sums[p]!;
    const lp = this.lp;
    for (let i = p; i < n; i++) {
      st = this.lm.step(st, seq[i]!, lp, 0);
      s += lp[0]!;
      ids.push(seq[i]!);
      states[i + 1] = st;
      sums[i + 1] = s;
    }
    return s + this.lm.logp(st, this.edge);
  }
}
