/** A character n-gram model of one script's names, scoring how name-like a spelling is. */

import type { CharLMData } from './model-data.ts';
import { NgramLM } from './ngram.ts';

export class CharLM {
  private readonly lm: NgramLM;
  private readonly ids: Map<string, number>;
  private readonly edge: number;
  constructor(d: CharLMData) {
    this.lm = new NgramLM(d.lm);
    this.ids = new Map(d.chars.map((c, i) => [c, i + 1]));
    this.edge = d.chars.length + 1;
  }
  /** ln P(word) under the character model (unknown characters at the floor). */
  score(word: string): number {
    const seq: number[] = [];
    for (const c of word) seq.push(this.ids.get(c) ?? this.edge + 1);
    return this.lm.score(seq, this.edge);
  }
}
