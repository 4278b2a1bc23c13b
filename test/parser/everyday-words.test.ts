/**
 * Issue 11 (people on unseen copy): counter-evidence that a word is an everyday word, from the dev
 * corpus's texts (data/words/everyday-ar.json, scripts/build-everyday-words.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isEverydayWord } from '../../src/parser/everyday-words.ts';
import { everyday } from '../../src/parser/people-ar.ts';
import { isKnownNameToken } from '../../src/parser/name-evidence.ts';
import { segmentArticle } from '../../src/parser/index.ts';
import { lightNormAr } from '../../src/text/arabic.ts';

const tok = (w: string) => segmentArticle(`خبر\n\nقال ${w} أمس.`).toks.find((t) => t.light === lightNormAr(w))!;

describe('everyday words', () => {
  it('holds words the corpus writes with the article or a pronoun ending, not unseen names', () => {
    expect(isEverydayWord(lightNormAr('توقيع'))).toBe(true);
    expect(isEverydayWord(lightNormAr('مقترحات'))).toBe(true);
    expect(isEverydayWord(lightNormAr('ساترفيلد'))).toBe(false);
  });

  it('leaves out words in ي: with the article they are nisba family names', () => {
    const { words } = JSON.parse(readFileSync(new URL('../../data/words/everyday-ar.json', import.meta.url), 'utf8')) as { words: string[] };
    expect(words.length).toBeGreaterThan(1000);
    expect(words.filter((w) => w.endsWith('ي'))).toEqual([]);
  });

  it('outweighs the gazetteer but not the curated given names', () => {
    // صديق "friend" is a token of some name in the names data, and an everyday word
    expect(isKnownNameToken(lightNormAr('صديق'))).toBe(true);
    expect(everyday(tok('صديق'))).toBe(true);
    // سعيد is written السعيد too, but the given-name list vouches for it
    expect(isEverydayWord(lightNormAr('سعيد'))).toBe(true);
    expect(everyday(tok('سعيد'))).toBe(false);
  });
});
