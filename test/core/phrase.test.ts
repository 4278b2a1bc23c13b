import { describe, expect, it } from 'vitest';
import { foldForPhrase } from '../../src/core/phrase.ts';

describe('foldForPhrase', () => {
  it('matches a phrase typed with hamza, diacritics, tatweel or a question mark', () => {
    expect(foldForPhrase('مَنْ هو أردوغـــان؟')).toBe('من هو اردوغان');
    expect(foldForPhrase('الملخص')).toBe(foldForPhrase('المُلَخَّص!'));
  });

  it('turns sentence punctuation into single spaces and lower-cases Latin', () => {
    expect(foldForPhrase('  Summary,please…? ')).toBe('summary please…');
    expect(foldForPhrase('ملخص،  من فضلك.')).toBe('ملخص من فضلك');
  });

  it('folds ى, ة and hamza seats like the rest of the bot', () => {
    expect(foldForPhrase('العربية')).toBe('العربيه');
    expect(foldForPhrase('مسئول')).toBe('مسيول');
    expect(foldForPhrase('رؤية')).toBe('رويه');
    expect(foldForPhrase('على')).toBe('علي');
  });
});
