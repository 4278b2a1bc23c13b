import { describe, expect, it } from 'vitest';
import { englishName } from '../../src/names/index.ts';

// «إلون ماسك» (pool 125, 139) read "Alon Musk" under ten quotations, «كريستين لغراد» (pool 100)
// "Christine Lgrad", «فلاديمير بوتن» (pool 284) "Vladimir Bouten": a known person's whole name written
// with other long vowels inside its words missed the lexicon and was romanised letter by letter.
describe('a known whole name written with other long vowels', () => {
  it('is the lexicon’s spelling', () => {
    expect(englishName('إلون ماسك').en).toBe('Elon Musk');
    expect(englishName('إلون موسك').en).toBe('Elon Musk');
    expect(englishName('فلاديمير بوتن').en).toBe('Vladimir Putin');
  });

  it('keeps the letters at a word’s edges, which tell names apart', () => {
    // (علا is not علي: the skeleton keeps a word's first and last letters)
    expect(englishName('علا حسن').en).not.toBe(englishName('علي حسن').en);
  });
});
