import { describe, expect, it } from 'vitest';
import { translateRole, translateSource } from '../../src/names/index.ts';

// An English reader of /people sees role.en: a role whose head the tables lacked came out empty, or
// as its nationality alone ("Saudi" for الإعلامي السعودي). Measured by the eval's role-en figure.
describe('role English: heads, forms and adjectives', () => {
  it('renders the common heads of news people', () => {
    expect(translateRole('الإعلامي السعودي')).toBe('Saudi media personality');
    expect(translateRole('الروائية')).toBe('novelist');
    expect(translateRole('الجاسوس الروسي السابق')).toBe('former Russian spy');
    expect(translateRole('القيادي في حماس')).toBe('senior figure in Hamas');
  });
  it('knows a title without its article (مؤرخة الفن), but not a bare form a possessive reads (زميله)', () => {
    expect(translateRole('مؤرخة الفن')).toBe('art historian');
    expect(translateRole('زميله')).toBe('his colleague');
  });
  it('reads a nisba title after a noun as its adjective', () => {
    expect(translateSource('الجمعيات الحقوقية')).toBe('rights associations');
    expect(translateSource('تقارير إعلامية')).toBe('media reports');
    expect(translateSource('منظمة هيومن رايتس ووتش الحقوقية')).not.toMatch(/rights Human/);
  });
  it('an honorific alone is what English writes before the name', () => {
    expect(translateRole('الشيخ')).toBe('Sheikh');
    expect(translateRole('الدكتور')).toBe('Dr');
  });
  it('drops the preposition of a word it could not read, reads last year and a name behind ل', () => {
    // (a word no table reads; a brand behind ل is read: roles-brand-clitic81.test.ts)
    expect(translateRole('الرئيس التنفيذي لزغلبونة في عام 2015')).toBe('chief executive in 2015');
    expect(translateRole('الفائز بجائزة العام الماضي')).toMatch(/last year/);
    expect(translateRole('المعارض الرئيسي لبوتين')).toBe('main opponent of Putin');
  });
  it('knows a body written with either spelling of American, and the US and UK ministries by their names', () => {
    expect(translateSource('وزارة الخارجية الأميركية')).toBe('the US State Department');
    expect(translateSource('وزارة الخزانة الأميركية')).toBe('the US Treasury');
    expect(translateSource('وزارة الداخلية البريطانية')).toMatch(/Home Office/);
  });
  it('a title read otherwise with no object: an actor, a representative of something', () => {
    expect(translateRole('الممثل السوري')).toBe('Syrian actor');
    expect(translateRole('الممثل المسرحي')).toBe('stage actor');
    expect(translateRole('ممثل الجمعية')).toBe('representative of the association');
    expect(translateRole('الزميلة')).toBe('colleague');
    expect(translateRole('الزميل في معهد بروكينغز')).toMatch(/^fellow at/);
  });
  it('a two-word title whose second word carries its owner is that title, owned', () => {
    expect(translateRole('وزير خارجيتها')).toBe('its Foreign Minister');
    expect(translateRole('رئيس وزرائه')).toBe('his Prime Minister');
    expect(translateRole('الممثل التجاري الأمريكي')).toBe('US Trade Representative');
  });
});
