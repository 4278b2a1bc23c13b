import { describe, expect, it } from 'vitest';
import { asciiDigits, cleanText, foldArabic, foldArabicWithMap, foldLatin, normaliseAr, stripDiacritics } from '../../src/text/normalize.ts';
import { lightNormAr, lightNormWithMap } from '../../src/text/arabic.ts';

describe('Arabic normalisation', () => {
  it('is the shared fold: normaliseAr its full level, lightNormAr its light one', () => {
    const s = 'قالَ الرئيسُ الإيرانيّ مسعود پزشکیان في ٢٠٢٤ على هامش القمة: «إنّ الشراكة جامدةٌ»';
    expect(normaliseAr(s)).toBe(foldArabic(s));
    expect(lightNormAr(s)).toBe(foldArabic(s, { light: true }));
    expect(stripDiacritics('قَدَّمَ')).toBe('قدم');
  });

  it('maps Arabic-Indic digits to ASCII without changing length', () => {
    expect(asciiDigits('عام ٢٠٢٣ و۱۹۹۰')).toBe('عام 2023 و1990');
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

describe('foldArabic: one rule at a time', () => {
  it('folds every alef form to bare alef, at both levels', () => {
    for (const light of [false, true]) expect(foldArabic('أإآٱا', { light })).toBe('ااااا');
  });

  it('folds ى to ي and ة to ه for matching, keeps them in the light form', () => {
    expect(foldArabic('مصطفى')).toBe('مصطفي');
    expect(foldArabic('حماة')).toBe('حماه');
    expect(foldArabic('على', { light: true })).toBe('على');
    expect(foldArabic('دولة', { light: true })).toBe('دولة');
  });

  it('folds hamza on ya and waw seats for matching only', () => {
    expect(foldArabic('مسئول')).toBe(foldArabic('مسيول'));
    expect(foldArabic('مسؤول')).toBe('مسوول');
    expect(foldArabic('رئيس', { light: true })).toBe('رئيس');
  });

  it('folds Persian/Urdu/Kurdish letter shapes at both levels', () => {
    for (const light of [false, true]) expect(foldArabic('کی ې ە', { light })).toBe('كي ي ه');
    expect(foldArabic('ۀ')).toBe('ه');
  });

  it('drops harakat, shadda, superscript alef and Quranic marks', () => {
    expect(foldArabic('قَدَّمَ')).toBe('قدم');
    expect(foldArabic('هٰذا')).toBe('هذا');
    expect(foldArabic('جامدًا')).toBe('جامدا');
    expect(foldArabic('صلى\u0617 قال\u06D6')).toBe('صلي قال');
  });

  it('drops tatweel', () => {
    expect(foldArabic('بـــوتين')).toBe('بوتين');
  });

  it('turns Arabic-Indic and Persian digits into ASCII digits, at both levels', () => {
    for (const light of [false, true]) expect(foldArabic('٢٠٢٣ ۱۹۹۰', { light })).toBe('2023 1990');
  });

  it('drops zero-width, bidi and soft-hyphen characters', () => {
    const dirty = 'ب\u200Bو\u200Cت\u200Dي\u200Eن\u200F \u202Aa\u202Eb\u2066c\u2069\uFEFF\u061Cd\u00ADe\u2060';
    expect(foldArabic(dirty)).toBe('بوتين abcde');
    expect(stripDiacritics('ا\u200Fب\u064E')).toBe('اب');
  });

  it('lower-cases Latin letters, at both levels', () => {
    expect(foldArabic('CNN قالت')).toBe('cnn قالت');
    expect(foldArabic('BBC', { light: true })).toBe('bbc');
  });

  it('composes a decomposed hamza before folding (ا + ٔ reads as أ)', () => {
    expect(foldArabic('\u0627\u0654\u0631\u062F\u0648\u063A\u0627\u0646')).toBe(foldArabic('أردوغان'));
  });

  it('collapses white space only when asked', () => {
    expect(foldArabic('  بوتين \n\t و  أردوغان ')).toBe('  بوتين \n\t و  اردوغان ');
    expect(foldArabic('  بوتين \n\t و  أردوغان ', { collapse: true })).toBe('بوتين و اردوغان');
  });

  it('leaves already folded text as it is (idempotent)', () => {
    const once = foldArabic('قالَ الرئيسُ الإيرانيّ مسعود بزشكيان في ٢٠٢٤: «إنّ العلاقة…»');
    expect(foldArabic(once)).toBe(once);
  });

  it('never throws on odd input', () => {
    expect(foldArabic('')).toBe('');
    expect(foldArabic('\uD83D')).toBe('\uD83D');
    expect(foldArabicWithMap('').map).toEqual([0]);
  });
});

describe('foldArabicWithMap', () => {
  it('agrees with foldArabic on composed text and maps every output character back', () => {
    const s = 'قالَ الـرئيسُ Putin في ٢٠٢٠\u200F، إنّ «الدولة»';
    const { norm, map } = foldArabicWithMap(s);
    expect(norm).toBe(foldArabic(s));
    expect(map).toHaveLength(norm.length + 1);
    for (let i = 0; i < norm.length; i++) expect(foldArabic(s[map[i]!]!)).toBe(norm[i]);
    expect(map.at(-1)).toBe(s.length);
  });

  it('keeps ى and ة in the light form', () => {
    expect(foldArabicWithMap('على الدولة', { light: true }).norm).toBe('على الدولة');
  });
});

describe('foldLatin', () => {
  it('folds accents and letters with no decomposition', () => {
    expect(foldLatin('Erdoğan Kılıçdaroğlu Støre Łukasz Æsir Straße')).toBe('Erdogan Kilicdaroglu Store Lukasz AEsir Strasse');
  });

  it('leaves Arabic letters composed', () => {
    expect(foldLatin('إيران والآن')).toBe('إيران والآن');
  });
});
