import { describe, expect, it } from 'vitest';
import { translateRole } from '../../src/names/roles.ts';

// «تعيين قصي الفواز رئيسا للاتحاد السعودي لكرة القدم» (pool 172): the role read "the Saudi football
// association", the title dropped, as رئيسا (the accusative, "as head") is no form the lexicon
// knows. The title without its tanween alif, its ل complement the construct's genitive.
describe('a role opening on a title in the accusative', () => {
  it('keeps the title', () => {
    expect(translateRole('رئيسا للاتحاد السعودي لكرة القدم')).toBe(translateRole('رئيس الاتحاد السعودي لكرة القدم'));
    expect(translateRole('رئيساً للوزراء')).toBe('Prime Minister');
    expect(translateRole('مدربا للفريق')).toBe('coach of the team');
  });

  it('but not a pronoun’s ها, which is no accusative (مدربها: her coach)', () => {
    expect(translateRole('مدربها')).toBe('her coach');
  });
});
