import { describe, expect, it } from 'vitest';
import { englishName } from '../../src/names/index.ts';

describe('englishName: names joined by a hyphen, given names with the article', () => {
  it('spells each part of a hyphenated name and keeps the hyphen', () => {
    expect(englishName('جان-لوك ميلانشون').en).toMatch(/^Jean-Luc /);
    expect(englishName('ماري-سيسيل زينسو').en).toMatch(/^Marie-Cecile /);
  });

  it('writes a given name with the article as al- and the given name', () => {
    expect(englishName('الحسن طاهر').en).toMatch(/^al-Hassan /);
    expect(englishName('حسن الحسن').en).toBe('Hassan al-Hassan');
    // a table spelling that still holds the given name stays as it is
    expect(englishName('الحسين').en).toBe('Hussein');
  });
});
