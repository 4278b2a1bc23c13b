import { describe, expect, it } from 'vitest';
import { arTokens, cliticVariants, hasArabic, normAr, normLatin, stripAl } from '../../src/names/normalize.ts';

describe('normAr', () => {
  it('folds the spelling variants news copy mixes', () => {
    expect(normAr('أردوغان')).toBe(normAr('اردوغان'));
    expect(normAr('إيران')).toBe(normAr('ايران'));
    expect(normAr('مصطفى')).toBe(normAr('مصطفي'));
    expect(normAr('غزة')).toBe(normAr('غزه'));
    expect(normAr('خامنئي')).toBe('خامنيي');
    expect(normAr('بُوتِينْ')).toBe('بوتين');
    expect(normAr('ترامـــب')).toBe('ترامب');
    expect(normAr('\u200fبوتين\u200e')).toBe('بوتين');
  });
});

describe('cliticVariants', () => {
  it('offers readings without attached conjunctions, prepositions and the article', () => {
    expect(cliticVariants('بالأسد')).toEqual(expect.arrayContaining(['بالاسد', 'الاسد', 'اسد']));
    expect(cliticVariants('لبوتين')).toContain('بوتين');
    expect(cliticVariants('وروسيا')).toContain('روسيا');
    expect(cliticVariants('للرئيس')).toContain('الرييس');
  });
  it('keeps the literal word first and never strips short words to nothing', () => {
    expect(cliticVariants('بوتين')[0]).toBe('بوتين');
    expect(cliticVariants('ولد')).toEqual(['ولد']);
  });
});

describe('helpers', () => {
  it('tells scripts apart and normalises Latin', () => {
    expect(hasArabic('Putin')).toBe(false);
    expect(hasArabic('بوتين')).toBe(true);
    expect(normLatin('Erdoğan')).toBe('erdogan');
    expect(normLatin("Sa'ar")).toBe('saar');
    expect(stripAl('الاسد')).toBe('اسد');
    expect(stripAl('الي')).toBe('الي');
    expect(arTokens('الرئيس، «بوتين»')).toEqual(['الرييس', 'بوتين']);
  });
});
