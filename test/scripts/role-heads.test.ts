import { describe, expect, it } from 'vitest';
import { headArticles, hideHeldHeads, listedHead, openingWords, singletonHeads } from '../../scripts/lib/role-heads.ts';
import { DESCRIBER_HEADS } from '../../src/parser/roles-ar.ts';
import { ROLE_HEADS } from '../../src/parser/cues-ar.ts';

describe('role heads of the gold (role-heads study)', () => {
  it('reads a listed head through the article, و and a possessive, and no head for other words', () => {
    expect(listedHead('الرئيس')).toBe('رئيس');
    expect(listedHead('والمدرب')).toBe('مدرب');
    expect(listedHead('المؤرخ')).toBe('مؤرخ'); // DESCRIBER_HEADS
    expect(listedHead('الخباز')).toBeNull();
    expect(listedHead('قطب')).toBeNull();
  });

  it('takes the first word of every comma-set description', () => {
    expect(openingWords('السناتور، ديمقراطي بارز في لجنة الاستخبارات')).toEqual(['السناتور', 'ديمقراطي']);
    expect(openingWords('')).toEqual([]);
  });

  it('counts articles per head and keeps those met in one article only', () => {
    const golds = new Map([
      ['a', ['الرئيس الأمريكي', 'المؤرخ الفرنسي']],
      ['b', ['رئيس الوزراء', 'الخباز التونسي']],
    ]);
    expect([...headArticles(golds).get('رئيس')!].sort()).toEqual(['a', 'b']);
    expect(singletonHeads(golds)).toEqual(['مؤرخ']);
  });

  it('hides the heads only held-out articles open on, or (atMost) those met in few articles', () => {
    const golds = new Map([
      ['a', ['الرئيس الأمريكي', 'المؤرخ الفرنسي']],
      ['b', ['رئيس الوزراء', 'المدرب الألماني']],
    ]);
    try {
      expect(hideHeldHeads(golds, (id) => id === 'a')).toEqual(['مؤرخ']);
      expect(hideHeldHeads(golds, () => true, 1)).toEqual(['مدرب']);
      expect(ROLE_HEADS.has('مدرب') || DESCRIBER_HEADS.has('مدرب')).toBe(false);
      expect(ROLE_HEADS.has('رئيس')).toBe(true);
    } finally {
      (ROLE_HEADS as Set<string>).add('مدرب');
      (DESCRIBER_HEADS as Set<string>).add('مؤرخ');
    }
  });
});
