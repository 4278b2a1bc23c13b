import { describe, expect, it } from 'vitest';
import { countryByArabic, countryPhrase, demonym } from '../../src/names/countries.ts';

describe('demonym', () => {
  it.each([
    ['الروسي', 'Russia', 'Russian'],
    ['الروسية', 'Russia', 'Russian'],
    ['الروس', 'Russia', 'Russian'],
    ['الإيرانية', 'Iran', 'Iranian'],
    ['الإيرانيين', 'Iran', 'Iranian'],
    ['الأمريكي', 'United States', 'American'],
    ['الأميركية', 'United States', 'American'],
    ['البريطاني', 'United Kingdom', 'British'],
    ['السعودي', 'Saudi Arabia', 'Saudi'],
    ['الإسرائيلية', 'Israel', 'Israeli'],
    ['السوري', 'Syria', 'Syrian'],
    ['التركي', 'Turkey', 'Turkish'],
    ['الصينية', 'China', 'Chinese'],
    ['الفرنسي', 'France', 'French'],
    ['الأوكرانيون', 'Ukraine', 'Ukrainian'],
    ['الكازاخي', 'Kazakhstan', 'Kazakh'],
    ['المغربية', 'Morocco', 'Moroccan'],
    ['والروسية', 'Russia', 'Russian'],
    ['مصري', 'Egypt', 'Egyptian'],
  ])('%s -> %s / %s', (ar, country, adj) => {
    const d = demonym(ar);
    expect(d).not.toBeNull();
    expect(d!.country).toBe(country);
    expect(d!.adjEn).toBe(adj);
  });

  it.each(['المالية', 'الرئيسي', 'الماضي', 'العسكرية', 'النووي', 'الدولي', 'الإسلامية', 'الوطني', '', 'banana'])(
    'ordinary adjective %s is not a nationality',
    (w) => {
      expect(demonym(w)).toBeNull();
    },
  );
});

describe('countryByArabic', () => {
  it('reads names from i18n-iso-countries with clitics and aliases', () => {
    expect(countryByArabic('روسيا')?.en).toBe('Russia');
    expect(countryByArabic('وروسيا')?.en).toBe('Russia');
    expect(countryByArabic('لإيران')?.en).toBe('Iran');
    expect(countryByArabic('الولايات المتحدة')?.code).toBe('US');
    expect(countryByArabic('والولايات المتحدة')?.code).toBe('US');
    expect(countryByArabic('أمريكا')?.code).toBe('US');
    expect(countryByArabic('سوريا')?.en).toBe('Syria');
    expect(countryByArabic('كلمة')).toBeNull();
  });

  it('adds "the" where English needs it', () => {
    expect(countryPhrase('United States')).toBe('the United States');
    expect(countryPhrase('Netherlands')).toBe('the Netherlands');
    expect(countryPhrase('Russia')).toBe('Russia');
  });
});
