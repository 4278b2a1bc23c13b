import { describe, expect, it } from 'vitest';
import { CharLM } from '../../../src/names/translit/char-lm.ts';
import { readModelFile } from '../../../src/names/translit/model-file.ts';
import { MODEL_PATH } from '../../../src/names/translit/model.ts';
import { NgramLM } from '../../../src/names/translit/ngram.ts';
import { linear } from '../../../src/names/translit/rerank.ts';

describe('CharLM.score', () => {
  it('scores as a string-keyed look-up per character did, unknown and astral characters too', () => {
    const d = readModelFile(MODEL_PATH);
    for (const data of [d.enLM, d.arLM]) {
      const lm = new CharLM(data);
      const ngram = new NgramLM(data.lm);
      const ids = new Map(data.chars.map((c, i) => [c, i + 1]));
      const edge = data.chars.length + 1;
      const old = (w: string) => ngram.score([...w].map((c) => ids.get(c) ?? edge + 1), edge);
      for (const w of ['muhammad', 'øvrebø', "d'abano", 'assunção', 'محمد', 'x😀y', '', 'zz\u0301']) expect(lm.score(w)).toBe(old(w));
    }
  });

  it('scores a word alike whatever word came before (it resumes after their shared prefix)', () => {
    const d = readModelFile(MODEL_PATH);
    const words = ['muhammad', 'muhammed', 'muh', 'muhammadi', 'm', '', 'mu😀', 'mu😀x', 'ahmad', 'ahmed', 'ahmad', 'محمد', 'محمود'];
    const lm = new CharLM(d.enLM);
    const fresh = (w: string) => new CharLM(d.enLM).score(w);
    for (const w of words) expect(lm.score(w)).toBe(fresh(w));
    for (const w of [...words].reverse()) expect(lm.score(w)).toBe(fresh(w));
  });
});

describe('linear', () => {
  it('sums left to right from 0, as reduce did', () => {
    const row = [0.1, 1e16, -1e16, 0.3];
    const w = [1, 1, 1, 1];
    expect(linear(row, w)).toBe(row.reduce((acc, x, j) => acc + x * w[j]!, 0));
  });
});
