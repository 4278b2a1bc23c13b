import { describe, expect, it } from 'vitest';
import { translateSource } from '../../src/names/index.ts';

// «وكالات أنباء روسية عدة» spoke three quotations of dev 01 as "Russian reports agencies": the
// plural of «وكالة الأنباء» was read word by word (أنباء alone is "reports"), and the quantifier
// written after the noun, as Arabic may (مصادر عدة), was dropped. English puts it before.
describe('a plural description with its quantifier after it', () => {
  it('takes the quantifier before it in English', () => {
    expect(translateSource('مصادر عدة')).toBe('several sources');
    expect(translateSource('مصادر مطلعة عدة')).toBe('several informed sources');
    expect(translateSource('تقارير إعلامية عديدة')).toBe('many media reports');
  });

  it('reads the plural of a news agency as news agencies', () => {
    expect(translateSource('وكالات أنباء روسية')).toBe('Russian news agencies');
    expect(translateSource('وكالات أنباء روسية عدة')).toBe('several Russian news agencies');
  });

  it('leaves a singular with عدة alone (no "several" before one thing)', () => {
    expect(translateSource('مصدر عدة')).not.toMatch(/^several/);
  });
});
