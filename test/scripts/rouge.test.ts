import { describe, expect, it } from 'vitest';
import { lcsLength, normaliseWord, rouge, rougeN, stripClitics, tokens } from '../../scripts/lib/rouge.ts';

describe('Arabic normaliser for ROUGE', () => {
  it('folds alef forms, ى/ي, ة/ه, hamza seats and drops diacritics and tatweel', () => {
    expect(normaliseWord('أحمد')).toBe('احمد');
    expect(normaliseWord('إيران')).toBe('ايران');
    expect(normaliseWord('آسيا')).toBe('اسيا');
    expect(normaliseWord('مصطفى')).toBe('مصطفي');
    expect(normaliseWord('الدولة')).toBe('الدوله');
    expect(normaliseWord('مسؤول')).toBe('مسوول');
    expect(normaliseWord('رئيس')).toBe('رييس');
    expect(normaliseWord('مُحَمَّدٌ')).toBe('محمد');
    expect(normaliseWord('الـرئـيـس')).toBe('الرييس');
    expect(normaliseWord('٢٠١٨')).toBe('2018');
    expect(normaliseWord('CNN')).toBe('cnn');
  });

  it('splits on Arabic and Latin punctuation and keeps tatweel-stretched words whole', () => {
    expect(tokens('قال الرئيس، «لن نتراجع»؛ ثم غادر؟')).toEqual(['قال', 'الرييس', 'لن', 'نتراجع', 'ثم', 'غادر']);
    expect(tokens('الـقـدس')).toEqual(['القدس']);
    expect(tokens('50 مليون... (CNN) --')).toEqual(['50', 'مليون', 'cnn']);
  });

  it('strips conjunction, preposition and article clitics only when a stem of three letters is left', () => {
    expect(stripClitics('والرييس')).toBe('رييس');
    expect(stripClitics('بالمدينه')).toBe('مدينه');
    expect(stripClitics('للسلام')).toBe('سلام');
    expect(stripClitics('وقال')).toBe('وقال');
    expect(tokens('والرئيس الرئيس رئيس', { clitics: true })).toEqual(['رييس', 'رييس', 'رييس']);
  });
});

describe('ROUGE scores worked by hand', () => {
  // candidate: قال الرئيس إن الحرب انتهت (5 tokens); reference: أعلن الرئيس أن الحرب انتهت أمس (6 tokens).
  // After folding إن and أن both give ان: unigram hits الرييس, ان, الحرب, انتهت = 4.
  const c = 'قال الرئيس إن الحرب انتهت';
  const r = 'أعلن الرئيس أن الحرب انتهت أمس';
  it('ROUGE-1: 4 of 5 candidate words, 4 of 6 reference words', () => {
    const s = rouge(c, r);
    expect(s.r1.p).toBeCloseTo(4 / 5);
    expect(s.r1.r).toBeCloseTo(4 / 6);
    expect(s.r1.f).toBeCloseTo((2 * 0.8 * (4 / 6)) / (0.8 + 4 / 6));
  });
  it('ROUGE-2: bigrams الرييس ان / ان الحرب / الحرب انتهت match: 3 of 4 and 3 of 5', () => {
    const s = rouge(c, r);
    expect(s.r2.p).toBeCloseTo(3 / 4);
    expect(s.r2.r).toBeCloseTo(3 / 5);
  });
  it('ROUGE-L: the longest common subsequence is الرييس ان الحرب انتهت', () => {
    expect(lcsLength(tokens(c), tokens(r))).toBe(4);
    expect(rouge(c, r).rl.r).toBeCloseTo(4 / 6);
  });
  it('recall at the reference length reads only as many candidate words as the reference has', () => {
    // reference 2 words; candidate's first 2 words (قال الرئيس) hit one of them.
    expect(rouge('قال الرئيس إن الحرب', 'الحرب انتهت').r1AtLen).toBeCloseTo(0);
    expect(rouge('الحرب انتهت أمس', 'الحرب انتهت').r1AtLen).toBeCloseTo(1);
  });
  it('clips repeated words to the reference count', () => {
    expect(rougeN(['a', 'a', 'a'], ['a', 'b'], 1).p).toBeCloseTo(1 / 3);
  });
});
