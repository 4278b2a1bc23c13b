import { describe, expect, it } from 'vitest';
import { translateRole } from '../../src/names/index.ts';

// «زوجة الرئيس» was "President" and «ابنة الرئيس» "President": titles in ة are known without the
// article only where the bare form is no man's possessive (زميله is "his colleague"), so the wife
// and the daughter fell out and the role read as the office itself. «حفيد»، «صهر» were no titles.
describe('a woman’s kinship title in construct', () => {
  it('is the relation, not the office', () => {
    expect(translateRole('زوجة الرئيس')).toBe('wife of the President');
    expect(translateRole('ابنة الرئيس')).toBe('daughter of the President');
    expect(translateRole('حفيد الرئيس')).toBe('grandson of the President');
    expect(translateRole('صهر ومستشار الرئيس الأمريكي')).toMatch(/^son-in-law and adviser/);
  });

  it('leaves a man’s possessive before an adjective', () => {
    expect(translateRole('زميله الكويتي')).toBe('his Kuwaiti colleague');
    expect(translateRole('ابنه الأكبر')).toMatch(/^his son/);
  });
});
