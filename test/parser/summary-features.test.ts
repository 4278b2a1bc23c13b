import { describe, expect, it } from 'vitest';
import { forEachTermRun } from '../../src/parser/summary-features.ts';

/** The definition the scan replaces: the match of letters, marks and numbers, and the all-numbers test. */
const reference = (t: string): Array<[string, boolean]> => (t.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map((r) => [r, /^\p{N}+$/u.test(r)]);
const runs = (t: string): Array<[string, boolean]> => {
  const out: Array<[string, boolean]> = [];
  forEachTermRun(t, (r, n) => out.push([r, n]));
  return out;
};

describe('forEachTermRun', () => {
  it('gives the runs of the letter, mark and number match', () => {
    const t = 'قالَ الوزير، في 3.5 مليون (U.S.) عام ٢٠٢٤ Ⅻ ½ 𝟙𝟚 😀 naïve ﻟﺒﻨﺎن 𐌰𐌱';
    expect(runs(t)).toEqual(reference(t));
    expect(runs(t).length).toBeGreaterThan(10);
  });

  it('agrees with the match on random text, astral characters and lone surrogates included', () => {
    const pool = [...'ب ا،.1٣a Z\u064e\u0670½Ⅻ²', '😀', '𝟙', '𐌰', '\ud800', '\udc00', 'é', '\u200c', '\u3042', '\uff10'];
    let seed = 7;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let round = 0; round < 3000; round++) {
      let t = '';
      const len = rand(30);
      for (let i = 0; i < len; i++) t += pool[rand(pool.length)];
      expect([t, runs(t)]).toEqual([t, reference(t)]);
    }
  });
});
