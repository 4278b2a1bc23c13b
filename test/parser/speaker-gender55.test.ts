/**
 * The gender a verb of saying marks (the speaker rules' and ranker's agreement): a past verb whose
 * root ends in ت (لفت) is masculine.
 */
import { describe, expect, it } from 'vitest';
import { sayingGender } from '../../src/parser/arabic-words.ts';
import { lightNormAr } from '../../src/text/arabic.ts';

const g = (w: string) => sayingGender(lightNormAr(w));

describe('a past verb of saying in ت', () => {
  it('is masculine when its feminine in تت is a verb of saying too', () => {
    expect(['لفت', 'ولفت'].map(g)).toEqual(['m', 'm']);
    expect(['لفتت', 'قالت', 'أضافت', 'نفت'].map(g)).toEqual(['f', 'f', 'f', 'f']);
  });
});
