import { describe, expect, it } from 'vitest';
import { knownReading } from '../../src/text/clitics.ts';
import { segmentArticle } from '../../src/parser/index.ts';
import { knownNormReading } from '../../src/parser/word-info.ts';

describe('knownNormReading', () => {
  it('gives knownReading of the token normal form, from the token record or without one', () => {
    const { toks } = segmentArticle('وقال بوتين لبوتين وللرئيس بالأسد، والأسد ووزير الخارجية.');
    const known = new Set(['بوتين', 'الاسد', 'رييس', 'وزير']);
    let found = 0;
    for (const t of toks) {
      const want = knownReading(t.norm, (s) => known.has(s));
      expect(knownNormReading(t, known)).toEqual(want);
      // a copy with another normal form no longer matches its record: the form itself is read
      expect(knownNormReading({ ...t, norm: 'ل' + t.norm }, known)).toEqual(knownReading('ل' + t.norm, (s) => known.has(s)));
      if (want) found++;
    }
    expect(found).toBeGreaterThanOrEqual(5);
  });
});
