import { describe, expect, it } from 'vitest';
import { translateRole } from '../../src/names/roles.ts';

// «لاعبو مانشستر سيتي في صفوف إنجلترا» (pool 292) read "… in the United Kingdom": إنجلترا is an
// alias of the United Kingdom's code (its nationality is British), but English names England.
describe('England', () => {
  it('is England in English, whatever its code', () => {
    expect(translateRole('لاعب إنجلترا')).toBe('player for England');
    expect(translateRole('منتخب إنكلترا')).toBe('the England national team');
  });

  it('while Britain is the United Kingdom', () => {
    expect(translateRole('السفير البريطاني')).toBe('British ambassador');
    expect(translateRole('رئيس وزراء بريطانيا')).toBe('Prime Minister of the United Kingdom');
  });
});
