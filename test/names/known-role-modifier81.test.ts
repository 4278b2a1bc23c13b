import { describe, expect, it } from 'vitest';
import { knownRoleEnglish } from '../../src/names/known-role.ts';

// «بوتين، الرئيس الحالي» (dev 31), «السيسي … الرئيس الحالي» (pool 105) read "current President": a
// world figure's bare title takes the lexicon's fuller English, and a qualifier the lexicon lacks
// goes before it.
describe('a world figure’s bare title with a qualifier', () => {
  it('is the lexicon’s role, qualified', () => {
    expect(knownRoleEnglish('فلاديمير بوتين', 'الرئيس الحالي')).toBe('current President of Russia');
    expect(knownRoleEnglish('فلاديمير بوتين', 'الرئيس')).toBe('President of Russia');
  });

  it('but a qualifier alone is no role', () => {
    expect(knownRoleEnglish('فلاديمير بوتين', 'الحالي')).toBe('');
  });
});
