import { describe, expect, it } from 'vitest';
import { isFragmentReading } from '../../src/parser/people-ar.ts';
import { roleCandidates, type RoleOption } from '../../src/parser/role-ranker.ts';

// (importing people-ar.ts registers its fragment test with the ranker, as parsing does)
const opt = (text: string): RoleOption => ({ text, feats: ['src:before-reach'], start: 0 });

describe('isFragmentReading', () => {
  it('takes a reading cut inside a phrase or a clause for a fragment', () => {
    // a lone verb, a lone particle, a weekday
    expect(isFragmentReading('وكان')).toBe(true);
    expect(isFragmentReading('لكن')).toBe(true);
    expect(isFragmentReading('الأربعاء')).toBe(true);
    // opening on a complementiser or a figure, ending on a figure
    expect(isFragmentReading('إن الشركة تدرس')).toBe(true);
    expect(isFragmentReading('66 عاما')).toBe(true);
    expect(isFragmentReading('في انتخابات 24')).toBe(true);
  });
  it('keeps descriptions and relative clauses', () => {
    for (const t of ['الرئيس', 'البرازيلي', 'لاعب باريس سان جيرمان', 'المدير المالي لشركة النقل الوطنية', 'الذي سبق أن تولى كتابة عدد من الحلقات', 'من بطولة', 'ابنته']) {
      expect(isFragmentReading(t), t).toBe(false);
    }
  });
});

describe('roleCandidates', () => {
  it('offers no fragment reading, but keeps the rules\' role whatever its shape', () => {
    const texts = roleCandidates('', [opt('وكان'), opt('المدرب البرتغالي'), opt('إن الشركة تدرس')]).map((c) => c.text);
    expect(texts).toEqual(['', 'المدرب البرتغالي']);
    expect(roleCandidates('إن المهاجم 24', [opt('إن المهاجم 24')]).map((c) => c.text)).toContain('إن المهاجم 24');
  });
});
