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

describe('foldArabic without NFC or lower-casing', () => {
  it('skips them only where they change nothing', () => {
    // The characters foldArabic reads as inert: any two of them in a row are already NFC.
    const inert: string[] = [];
    for (let c = 0; c < 0x700; c++) {
      if (c < 0x300 || c === 0x60c || c === 0x61b || c === 0x61f || (c >= 0x620 && c <= 0x64a) || (c >= 0x660 && c <= 0x669)) inert.push(String.fromCharCode(c));
    }
    for (const a of inert) for (const b of inert) if ((a + b).normalize('NFC') !== a + b) expect(a + b).toBe((a + b).normalize('NFC'));
    // Random text, inert or not: the fold of the NFC form, lower-cased.
    const pool = ['ا', 'أ', 'ا\u0654', 'ا\u0653', 'ى', 'ة', '٢', 'A', 'z', 'İ', 'É', 'E\u0301', '\u064e', '\u0610', '\u0618', '\u2000', ' ', '،', '😀', '\ud83d'];
    let seed = 11;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let r = 0; r < 1000; r++) {
      const s = Array.from({ length: rand(12) }, () => pool[rand(pool.length)]).join('');
      for (const light of [false, true]) expect([s, foldArabic(s, { light })]).toEqual([s, foldArabicWithMap(s.normalize('NFC'), { light }).norm]);
    }
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

  it('gives what folding each character and joining the forms gives, on any text', () => {
    // The definition the run-building loop must keep: per code unit, its fold lower-cased, each
    // output character mapped to the unit it came from.
    const perChar = (s: string, light: boolean) => {
      const out: string[] = [];
      const map: number[] = [];
      for (let i = 0; i < s.length; i++) {
        const f = foldArabic(s[i]!, { light }).toLowerCase(); // (one character: NFC leaves these alone)
        for (const ch of f) { out.push(ch); map.push(i); }
      }
      map.push(s.length);
      return { norm: out.join(''), map };
    };
    const pool = ['ا', 'أ', 'ى', 'ة', 'ئ', 'ؤ', 'ک', '٢', '۵', '\u064e', '\u0640', '\u200f', 'A', 'z', 'İ', ' ', '،', '\ud83d', '😀'];
    let seed = 3;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let r = 0; r < 500; r++) {
      const s = Array.from({ length: rand(20) }, () => pool[rand(pool.length)]).join('');
      for (const light of [false, true]) expect([s, foldArabicWithMap(s, { light })]).toEqual([s, perChar(s, light)]);
    }
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
