import { describe, expect, it } from 'vitest';
import { englishName } from '../../src/names/index.ts';

// «مصطفى عبدالله صنع الله» read "Mustafa Abdullah Sana Allah" under four quotations of pool 141:
// a family name of a noun and الله is one word in English news (Sanalla, Nasrallah, Awadallah,
// Hasaballah), as the gold of pool 141, 162 and 175 spells it.
describe('a family name joined to الله', () => {
  it('is one word in English', () => {
    expect(englishName('مصطفى صنع الله').en).toBe('Mustafa Sanallah');
    expect(englishName('محمد عوض الله').en).toBe('Mohammed Awadallah');
    expect(englishName('محمد فضل الله').en).toBe('Mohammed Fadlallah');
  });

  it('leaves a given name of the kind and عبد الله to the lexicon', () => {
    expect(englishName('فتح الله غولن').en).toBe('Fethullah Gülen');
    expect(englishName('خالد عبد الله').en).toBe('Khaled Abdullah');
  });
});
