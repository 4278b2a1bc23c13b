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
  /**
   * score's steps remembered, by state * stride + character id: ln P and the next state plus
   * one (0: not yet asked), and the end's ln P by state (endKnown 1: asked). Candidate spellings
   * of every word walk the same few thousand (state, letter) pairs, each a walk down the
   * back-off contexts; allocated on first use, never emptied (a few MB for a model's states).
   */
  private stepLp: Float64Array | undefined;
  private stepNext = new Int32Array(0);
  private endLp = new Float64Array(0);
  private endKnown = new Uint8Array(0);
  private readonly stride: number;
  constructor(d: CharLMData) {
    this.lm = new NgramLM(d.lm);
    this.ids = new Map(d.chars.map((c, i) => [c, i + 1]));
    this.edge = d.chars.length + 1;
    this.stride = this.edge + 2;
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
    let stepLp = this.stepLp;
    if (!stepLp) {
      const contexts = this.lm.contexts;
      stepLp = this.stepLp = new Float64Array(contexts * this.stride);
      this.stepNext = new Int32Array(contexts * this.stride);
      this.endLp = new Float64Array(contexts);
      this.endKnown = new Uint8Array(contexts);
    }
    const stepNext = this.stepNext;
    const lp = this.lp;
    for (let i = p; i < n; i++) {
      const k = st * this.stride + seq[i]!;
      const known = stepNext[k]!;
      if (known) {
        s += stepLp[k]!;
        st = known - 1;
      } else {
        const next = this.lm.step(st, seq[i]!, lp, 0);
        stepLp[k] = lp[0]!;
        stepNext[k] = next + 1;
        s += lp[0]!;
        st = next;
      }
      ids.push(seq[i]!);
      states[i + 1] = st;
      sums[i + 1] = s;
    }
    if (!this.endKnown[st]) {
      this.endLp[st] = this.lm.logp(st, this.edge);
      this.endKnown[st] = 1;
    }
    return s + this.endLp[st]!;
  }
}
