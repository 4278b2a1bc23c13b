import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPlacePhrase, normAr, townEnglish, translateRole } from '../../src/names/index.ts';

const shipped = JSON.parse(readFileSync(new URL('../../data/places/places.json', import.meta.url), 'utf8')) as { towns: string[]; townsEn: string[] };

describe('one-word cities in English copy', () => {
  it('a role or a source names a big city the lexicon lacks in English, not romanised', () => {
    expect(translateRole('النيابة العامة في ميونيخ')).toBe('public prosecution in Munich');
    expect(translateRole('رئيس بلدية هيوستن')).toBe('mayor of Houston');
    expect(translateRole('مراسل بي بي سي في شنغهاي')).toBe('BBC correspondent in Shanghai');
    expect(translateRole('حارس مرمى ميلان الشاب')).toMatch(/Milan/);
  });

  it('is never a place for the people finder: one word is as often a person', () => {
    expect(townEnglish('ميونيخ')).toBe('Munich');
    expect(isPlacePhrase('ميونيخ')).toBe(false);
  });

  it('holds no everyday word, article word or Arab town whose name is a word too (يوما is a day, صور pictures)', () => {
    for (const w of ['يوما', 'اراد', 'الهولندي', 'صور', 'مشهد', 'سيول', 'خفي']) expect(townEnglish(w), w).toBeNull();
    expect(shipped.towns.length).toBeGreaterThan(300);
    expect(shipped.townsEn).toHaveLength(shipped.towns.length);
    for (const t of shipped.towns) expect(normAr(t)).toBe(t);
  });
});
