import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../src/parser/index.ts';
import { colonAfter, commaAfter, delimAfter, deriveOccurrences, occurrencesWithPrefixes } from '../../src/parser/tokens.ts';

const sample = readFileSync(new URL('../../data/russia-iran-partnership.ar.txt', import.meta.url), 'utf8');

describe('occurrencesWithPrefixes', () => {
  it('counts the tokens that are the form with at most two letters before it', () => {
    const { toks } = segmentArticle(sample);
    // The definition, token by token.
    const count = (norm: string) => toks.filter((t) => [0, 1, 2].some((k) => k < t.norm.length - 1 && t.norm.slice(k) === norm)).length;
    const forms = new Set(toks.flatMap((t) => [t.norm, t.norm.slice(1), t.norm.slice(2), 'ل' + t.norm]));
    let repeated = 0;
    for (const f of forms) {
      const n = occurrencesWithPrefixes(toks, f);
      expect([f, n]).toEqual([f, count(f)]);
      if (n >= 2) repeated++;
    }
    expect(repeated).toBeGreaterThan(50);
    expect(occurrencesWithPrefixes(segmentArticle('قال عراقجي ولعراقجي وبعراقجي').toks, 'عراقجي')).toBe(3);
  });

  it('derives the counts of a list with some tokens replaced as counted afresh', () => {
    const { toks } = segmentArticle(sample);
    occurrencesWithPrefixes(toks, 'x'); // the first list's counts built
    // Every fifth token loses its first letter (the tagger's second pass cuts prepositions off).
    const changed = toks.map((_, k) => k).filter((k) => k % 5 === 0 && toks[k]!.norm.length > 2);
    const cut = (list: typeof toks) => list.map((t, k) => (changed.includes(k) ? { ...t, norm: t.norm.slice(1) } : t));
    const derived = cut(toks), fresh = cut(toks);
    deriveOccurrences(toks, derived, changed);
    const forms = new Set([...toks, ...fresh].flatMap((t) => [t.norm, t.norm.slice(1), t.norm.slice(2)]));
    let differ = 0;
    for (const f of forms) {
      expect([f, occurrencesWithPrefixes(derived, f)]).toEqual([f, occurrencesWithPrefixes(fresh, f)]);
      if (occurrencesWithPrefixes(fresh, f) !== occurrencesWithPrefixes(toks, f)) differ++;
    }
    expect(differ).toBeGreaterThan(20);
  });
});

describe('punctuation after a token', () => {
  it('reads commas, colons and hard delimiters in the gap, none in a lone space', () => {
    const { toks } = segmentArticle('قال الوزير، إن الأمر: "انتهى" (تماما) ثم غادر؛ وعاد. بعد ذلك');
    const at = (w: string) => toks.find((t) => t.text === w)!;
    expect(commaAfter(at('الوزير'))).toBe(true);
    expect(colonAfter(at('الأمر'))).toBe(true);
    for (const w of ['انتهى', 'تماما', 'غادر', 'وعاد']) expect(delimAfter(at(w), toks)).toBe(true);
    for (const w of ['قال', 'إن', 'ثم', 'بعد']) {
      expect(at(w).gap).toBe(' ');
      expect([commaAfter(at(w)), colonAfter(at(w)), delimAfter(at(w), toks)]).toEqual([false, false, false]);
    }
  });
});
