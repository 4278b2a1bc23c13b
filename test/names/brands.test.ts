import { describe, expect, it } from 'vitest';
import { brandIndex } from '../../src/names/brands.ts';
import { brandName, brandSpellingRank, translateSource } from '../../src/names/index.ts';

describe('brandName', () => {
  it('reads a brand the Arabic spells by sound from the shipped list', () => {
    expect(brandName('غوغل')).toBe('Google');
    expect(brandName('فيسبوك')).toBe('Facebook');
    expect(brandName('آبل')).toBe('Apple');
    expect(brandName('أبل')).toBe('Apple');
    expect(brandName('«سامسونغ»')).toBe('Samsung');
  });

  it('takes only the whole phrase, never a word inside a longer name or an Arabic word', () => {
    expect(brandName('الدار')).toBeNull();
    expect(brandName('مراسلون')).toBeNull();
    expect(brandName('غوغل الأمريكية')).toBeNull();
  });

  it('says where a spelling stands in its brand\'s list: the first, or a late guess', () => {
    expect(brandSpellingRank('فيسبوك')).toBe(0);
    expect(brandSpellingRank('معدل')).toBeGreaterThanOrEqual(2);
    expect(brandSpellingRank('الشركة')).toBeNull();
  });

  it('knows the spellings news copy uses that the names model misses, kept by hand (data/brands/spellings-ar.json)', () => {
    // (the model spells Twitter's title nowhere near تويتر, Nike's نيكي, Total's not at all)
    expect(brandName('تويتر')).toBe('Twitter');
    expect(brandName('يوتيوب')).toBe('YouTube');
    expect(brandName('نايكي')).toBe('Nike');
    expect(brandName('توتال')).toBe('Total');
    expect(brandSpellingRank('انستغرام')).toBe(0);
    expect(translateSource('موقع تويتر')).toBe('Twitter website');
  });

  it('puts a hand-kept spelling before any model spelling of another brand', () => {
    const idx = brandIndex({ brands: [{ en: 'Opel', ar: ['ابل'] }] }, { brands: [{ en: 'Apple', ar: ['أبل'] }] });
    expect(idx.get('ابل')).toBe('Apple');
  });

  it('gives a spelling shared by two brands to the brand whose likelier spelling it is', () => {
    const idx = brandIndex({ brands: [{ en: 'Opel', ar: ['اوبل', 'وبل', 'ابل'] }, { en: 'Apple', ar: ['ابل', 'ابلي'] }] });
    expect(idx.get('ابل')).toBe('Apple');
    expect(idx.get('اوبل')).toBe('Opel');
  });
});

describe('brands inside bodies', () => {
  it('names the brand after a class noun instead of romanising it', () => {
    expect(translateSource('شركة غوغل')).toBe('Google company');
    expect(translateSource('شبكة فيسبوك')).toBe('Facebook network');
  });

  it('keeps the name between a class noun and its nationality', () => {
    expect(translateSource('شركة غوغل الأمريكية')).toBe('the US company Google');
  });

  it('keeps a Latin-letter name, or one spelled out letter by letter, before the nationality too', () => {
    expect(translateSource('بنك HSBC البريطاني')).toBe('the British bank HSBC');
    expect(translateSource('بنك إتش إس بي سي البريطاني')).toBe('the British bank HSBC');
    expect(translateSource('بنك HSBC')).toBe('the HSBC bank');
  });

  it('reads a name of several words whole: no brand for one of its words', () => {
    // كاب alone is spelled like a brand (QNAP); inside CoinMarketCap's Arabic it is not one
    expect(translateSource('موقع كوين ماركت كاب.كوم')).not.toMatch(/QNAP/);
  });
});
