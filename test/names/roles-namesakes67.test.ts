import { describe, expect, it } from 'vitest';
import { translateRole, translateSource } from '../../src/names/index.ts';

describe('places and prizes named after a dignitary (issue 11, round fifty-one)', () => {
  it('reads «جامعة الملك سعود» as King Saud University, alone and inside a role', () => {
    expect(translateSource('جامعة الملك سعود')).toBe('King Saud University');
    expect(translateRole('أستاذ في جامعة الملك سعود')).toBe('professor of King Saud University');
    expect(translateRole('رئيس جامعة الملك عبد العزيز')).toMatch(/King Abd ?al-Aziz University$/);
  });

  it('keeps the class noun after the name for a hospital, a city, an airport and a centre', () => {
    expect(translateSource('مستشفى الملك فيصل')).toBe('King Faisal Hospital');
    expect(translateSource('مدينة الملك عبدالله')).toBe('King Abdullah City');
    expect(translateSource('مطار الملك خالد')).toMatch(/^King Kh[ae]l[ie]d Airport$/);
    expect(translateSource('مركز الملك سلمان للإغاثة')).toMatch(/^King Salman Centre/);
  });

  it('leaves a title that governs a body as it was (رئيس، وزير are no namesakes)', () => {
    expect(translateRole('ولي العهد السعودي')).not.toMatch(/University|Centre/);
    expect(translateRole('وزير الخارجية الأمريكي')).toBe('US Secretary of State');
  });
});

describe('a dean', () => {
  it('reads عميد before a university or college as its dean, elsewhere as the rank', () => {
    expect(translateRole('عميد الجامعة')).toBe('Dean of the university');
    expect(translateRole('عميد كلية الطب')).toMatch(/^Dean of/);
    expect(translateRole('العميد الركن')).toBe('Brigadier General');
  });
});

describe("an outlet named by the definite word after it", () => {
  it('romanises the name after a newspaper or channel with no article (صحيفة الوطن، قناة الإخبارية)', () => {
    expect(translateSource('صحيفة الوطن السعودية')).toBe('the Saudi newspaper al-Watan');
    expect(translateSource('قناة الإخبارية السعودية الرسمية')).toBe('the official Saudi channel al-Ikhbaria');
    expect(translateSource('صحيفة عكاظ السعودية')).toMatch(/^the Saudi newspaper /);
  });

  it('keeps a definite newspaper a description and a known name its English', () => {
    expect(translateSource('الصحيفة الرسمية')).toBe('the official newspaper');
    expect(translateSource('قناة السويس')).toBe('the Suez Canal');
    expect(translateSource('صحيفة الأهرام')).toBe('Al-Ahram');
  });
});

describe('a mass noun as a source takes no article', () => {
  it('reads بيانات as "data", not "a data"', () => {
    expect(translateSource('بيانات')).toBe('data');
    expect(translateSource('بيانات رسمية')).toBe('official data');
    expect(translateSource('مصدر')).toBe('a source');
  });
});

describe('a nisba standing as the noun', () => {
  it('reads اقتصاديون as economists, not economic officials', () => {
    expect(translateSource('اقتصاديون')).toBe('economists');
    expect(translateSource('عسكريون')).toBe('military officials');
  });
});

describe('a sovereign fund the lexicon knows', () => {
  it('names the Public Investment Fund, with or without its nationality', () => {
    expect(translateSource('صندوق الاستثمارات العامة')).toBe('Public Investment Fund');
    expect(translateSource('صندوق الاستثمارات العامة السعودي')).toBe('Public Investment Fund');
  });
});
