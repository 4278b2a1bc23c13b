import { describe, expect, it } from 'vitest';
import { AR_STOPWORDS, isArStopword, isEnStopword } from '../../src/text/stopwords.ts';

describe('stop words (stopwords-iso, normalised)', () => {
  it('has function words in light form, without diacritics or junk entries', () => {
    expect(isArStopword('في')).toBe(true);
    expect(isArStopword('الذي')).toBe(true);
    expect(isArStopword('ان')).toBe(true);
    for (const w of AR_STOPWORDS) expect(w).toMatch(/^[\u0621-\u064A]{2,}$/);
  });

  it('drops entries that are words of names or of news content', () => {
    for (const w of ['بن', 'برس', 'مايو', 'امين']) expect(isArStopword(w)).toBe(false);
  });

  it('drops literary function words that news copy writes only as names (إيان is Ian)', () => {
    for (const w of ['ايان', 'كيت', 'كاي', 'معاذ']) expect(isArStopword(w)).toBe(false);
    // … and keeps the ones modern copy still uses as function words
    for (const w of ['باسم', 'اليك', 'لولا']) expect(isArStopword(w)).toBe(true);
  });

  it('has English stop words', () => {
    expect(isEnStopword('The')).toBe(true);
    expect(isEnStopword('Putin')).toBe(false);
  });
});
