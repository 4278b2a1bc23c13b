import { describe, expect, it } from 'vitest';
import { translateRole } from '../../src/names/roles.ts';

// «لوكا مودريتش، قائد كرواتيا» (pool 039) read "commander of Croatia": a team's قائد is its captain;
// an army's or a force's is its commander.
describe('قائد before a team', () => {
  it('is its captain', () => {
    expect(translateRole('قائد كرواتيا')).toBe('captain of Croatia');
    expect(translateRole('قائد منتخب كرواتيا')).toBe('captain of the Croatia national team');
  });

  it('but a force’s commander stays one', () => {
    expect(translateRole('قائد القوات الأمريكية في سوريا')).toBe('commander of the US forces in Syria');
  });
});
