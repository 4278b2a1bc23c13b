import { describe, expect, it } from 'vitest';
import { asciiDigits, cleanText, normaliseAr, stripDiacritics } from '../../src/text/normalize.ts';
import { lightNormAr, lightNormWithMap } from '../../src/text/arabic.ts';

describe('Arabic normalisation', () => {
  it('folds alef forms, ى, ة and Persian letters for matching', () => {
    expect(normaliseAr('أإآٱا')).toBe('ااااا');
    expect(normaliseAr('مصطفى')).toBe('مصطفي');
    expect(normaliseAr('حماة')).toBe('حماه');
    expect(normaliseAr('کی')).toBe('كي');
  });

  it('removes diacritics and tatweel', () => {
    expect(stripDiacritics('قَدَّمَ')).toBe('قدم');
    expect(normaliseAr('بـــوتين')).toBe('بوتين');
    expect(normaliseAr('جامدًا')).toBe('جامدا');
  });

  it('maps Arabic-Indic digits to ASCII without changing length', () => {
    expect(asciiDigits('عام ٢٠٢٣')).toBe('عام 2023');
    expect(normaliseAr('۲۰۲۰')).toBe('2020');
  });

  it('keeps ى and ة apart in the light form used for word lists', () => {
    expect(lightNormAr('على')).toBe('على');
    expect(lightNormAr('إلى')).toBe('الى');
    expect(lightNormAr('دولة')).toBe('دولة');
  });

  it('maps light-form offsets back to the original text', () => {
    const s = 'في عامَي ٢٠٢٠ و٢٠٢٣';
    const { norm, map } = lightNormWithMap(s);
    const i = norm.indexOf('2023');
    expect(s.slice(map[i]!, map[i + 3]! + 1)).toBe('٢٠٢٣');
  });
});

describe('cleanText', () => {
  it('drops bidi overrides, zero-width and control characters', () => {
    expect(cleanText('a\u202eb\u200bc\u0007d\uFEFF')).toBe('abcd');
  });

  it('unifies line breaks and spaces', () => {
    expect(cleanText('a\r\nb\rc\u00a0\u00a0d  e \n f')).toBe('a\nb\nc d e\nf');
  });

  it('turns hashtags into words', () => {
    expect(cleanText('قال #أردوغان عن #الاستخبارات_التركية')).toBe('قال أردوغان عن الاستخبارات التركية');
  });
});
