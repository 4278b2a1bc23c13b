import { describe, expect, it } from 'vitest';
import { englishName, translateRole } from '../../src/names/index.ts';

// «مؤسس جماعة الإخوان الإرهابية» (pool 267) read "founder of al-Erhabia group", «المرشد العام
// للإخوان المسلمين» (pool 237) "general Supreme Leader": the Muslim Brotherhood was no body of the
// lexicon, so its words were romanised as a name.
describe('the Muslim Brotherhood', () => {
  it('is a body the roles name', () => {
    expect(translateRole('مؤسس جماعة الإخوان المسلمين')).toMatch(/Muslim Brotherhood/);
    expect(translateRole('مؤسس جماعة الإخوان')).toMatch(/Muslim Brotherhood/);
    expect(englishName('جماعة الإخوان المسلمين').en).toBe('Muslim Brotherhood');
  });
});
