import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isGivenName, isPlacePhrase, normAr, placeEnglish, translateRole } from '../../src/names/index.ts';

const shipped = JSON.parse(readFileSync(new URL('../../data/places/places.json', import.meta.url), 'utf8')) as { source: string; phrases: string[]; en: string[] };

describe('isPlacePhrase', () => {
  it('knows cities and regions of two words or more, however the hamza is written', () => {
    for (const p of ['لوس أنجلوس', 'لوس انجلوس', 'نيو جيرسي', 'سانت إتيان', 'ريو دي جانيرو', '«لاس فيغاس»']) expect(isPlacePhrase(p), p).toBe(true);
  });

  it('never a single word, which is as often a person (جاكسون), nor a person of two words', () => {
    for (const p of ['جاكسون', 'لندن', 'هيوستن', 'دونالد ترامب', 'باريس هيلتون', 'محمد صلاح']) expect(isPlacePhrase(p), p).toBe(false);
  });

  it('nor a town named after a person, with a title or a given name in it: the person wins', () => {
    for (const p of ['الجنرال ماكارثر', 'الأمير جورج', 'القديس بول', 'أنطونيو كارلوس', 'سانتا كلارا']) expect(isPlacePhrase(p), p).toBe(false);
  });
});

describe('placeEnglish', () => {
  it('gives the English name of a place the lexicon lacks, and roles and bodies use it', () => {
    expect(placeEnglish('سانت إتيان')).toBe('Saint-Étienne');
    expect(placeEnglish('لونغ بيتش')).toBe('Long Beach');
    expect(placeEnglish('لندن')).toBeNull();
    expect(translateRole('رئيس بلدية سانت إتيان')).toBe('mayor of Saint-Étienne');
    expect(translateRole('شرطة لونغ بيتش')).toBe('the Long Beach police');
  });

  it('holds no translated common phrase from the Arabic source (Media is no وسائل الإعلام)', () => {
    expect(isPlacePhrase('وسائل الإعلام')).toBe(false);
    expect(translateRole('وسائل الإعلام التركية')).toBe('Turkish media');
  });
});

describe('the shipped gazetteer', () => {
  it('holds only phrases of two words or more in the matching form, none with a known given name', () => {
    expect(shipped.source).toMatch(/CC-BY-4\.0/);
    expect(shipped.phrases.length).toBeGreaterThan(10_000);
    expect(shipped.en).toHaveLength(shipped.phrases.length);
    expect(shipped.phrases.filter((p) => p.split(' ').length < 2 || normAr(p) !== p)).toEqual([]);
    expect(shipped.phrases.filter((p) => p.split(' ').some((w) => isGivenName(w)))).toEqual([]);
  });
});
