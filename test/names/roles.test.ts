import { describe, expect, it } from 'vitest';
import { relativeRole, translateRole } from '../../src/names/index.ts';

describe('translateRole', () => {
  it.each([
    ['الرئيس الروسي', 'President of Russia'],
    ['الرئيس الأمريكي', 'President of the United States'],
    ['الرئيس الأميركي', 'President of the United States'],
    ['كبير الدبلوماسيين الإيرانيين', "Iran's top diplomat"],
    ['الخبير في العلاقات الروسية الإيرانية', 'expert on Russia-Iran relations'],
    ['كبير المستشارين السابقين لقيادة حلف شمال الأطلسي', 'former senior adviser to NATO leadership'],
    ['المتحدث باسم جماعة "فيلق الرحمن"', 'spokesperson for the group "Faylaq al-Rahman"'],
    ['وزير الخارجية السعودي', 'Saudi Foreign Minister'],
    ['الرئيس السوري', 'President of Syria'],
    ['الرئيس الأمريكي السابق', 'former President of the United States'],
    ['المرشد الأعلى الإيراني', 'Supreme Leader of Iran'],
    ['نائب وزير الخارجية الإيراني', 'Iranian Deputy Foreign Minister'],
    ['الأمين العام للأمم المتحدة', 'Secretary-General of the United Nations'],
    ['المتحدثة باسم وزارة الخارجية الروسية', 'spokesperson for the Russian Foreign Ministry'],
    ['الخبير في الشؤون الإيرانية', 'expert on Iranian affairs'],
    ['رئيس المفوضية الأوروبية', 'President of the European Commission'],
    ['زعيم الكرملين', 'Kremlin leader'],
    ['مسؤول أمريكي', 'American official'],
    ['ولي العهد السعودي', 'Crown Prince of Saudi Arabia'],
    ['رئيس الوزراء البريطاني', 'Prime Minister of the United Kingdom'],
  ])('%s -> %s', (ar, en) => {
    expect(translateRole(ar)).toBe(en);
  });

  it('ignores diacritics and tatweel', () => {
    expect(translateRole('الرَّئيس الروسـي')).toBe('President of Russia');
  });

  it('returns "" rather than garbage when nothing is understood', () => {
    expect(translateRole('')).toBe('');
    expect(translateRole('بلا معنى هنا')).toBe('');
    expect(translateRole('hello world')).toBe('');
  });
});

describe('relativeRole', () => {
  it('substitutes the counterpart nationality into the base role', () => {
    expect(relativeRole('الرئيس الروسي', 'نظيره الإيراني')).toEqual({ ar: 'الرئيس الإيراني', en: 'President of Iran' });
    expect(relativeRole('وزير الخارجية السعودي', 'نظيرته الإيرانية')).toEqual({ ar: 'وزير الخارجية الإيراني', en: 'Iranian Foreign Minister' });
  });
  it('adds the nationality when the base role has none', () => {
    expect(relativeRole('وزير الخارجية', 'نظيره التركي')).toEqual({ ar: 'وزير الخارجية التركي', en: 'Turkish Foreign Minister' });
  });
  it('returns null when the relative phrase names no nationality', () => {
    expect(relativeRole('الرئيس الروسي', 'نظيره')).toBeNull();
  });
});
