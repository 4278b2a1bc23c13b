import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const people = (t: string) => parseArticle(t).people;
const roleOf = (t: string, name: string) => people(t).find((p) => p.name.ar === name)?.role.ar;

// Invented sentences. A definite noun of an agent's shape right before a name, when nothing else
// gives a role, is the person's calling whatever the word (roles-ar.ts callingBefore). The same
// shape fits an adjective of the noun before it (المستوى المبهر), so such a role alone is no
// evidence that a lone word is a person (people.ts roleCalling).
describe('a calling noun before a name as the role', () => {
  it('reads a calling no head list knows', () => {
    expect(roleOf('وفي بحث أجراه العالم روبن ميرمان تبين أن الماء يتبخر.', 'روبن ميرمان')).toBe('العالم');
    expect(roleOf('وقال الخباز محمود المسدي إن الأسعار ارتفعت.', 'محمود المسدي')).toBe('الخباز');
  });

  it('leaves a glued conjunction off the calling', () => {
    const t = 'وحضر الحفل عدد من الفنانين والراقصة دينا طلعت التي قدمت عرضا، وقالت دينا طلعت إنها سعيدة.';
    expect(roleOf(t, 'دينا طلعت')).toBe('الراقصة');
  });

  it('not an adjective of the noun before it, nor a sound plural', () => {
    expect(roleOf('ولفت الأداء المبهر أحمد حسن الأنظار، وقال أحمد حسن إنه سعيد.', 'أحمد حسن')).toBe('');
    expect(roleOf('وضم النادي المدافعين أحمد حسن في الصيف.', 'أحمد حسن')).toBe('');
  });

  it('keeps no lone word whose only role is that shape', () => {
    const t = 'المستوى المبهر لأوليسيو وفالديز خير مثال على التوظيف الصحيح للاعبين.';
    expect(people(t).map((p) => p.name.ar)).not.toContain('لأوليسيو');
  });
});
