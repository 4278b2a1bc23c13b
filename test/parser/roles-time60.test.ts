import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { agentShape, isTimeAdjective } from '../../src/parser/role-shape.ts';
import { collectRoleChoices, type RoleInput } from '../../src/parser/role-ranker.ts';

/** The role readings offered for each person of an invented text: name → [source, text][]. */
function options(t: string): Map<string, [string, string][]> {
  const seen = new Map<string, RoleInput>();
  collectRoleChoices((id, input) => seen.set(id, input));
  const b = parseArticle(t);
  collectRoleChoices(null);
  const out = new Map<string, [string, string][]>();
  for (const p of b.people) out.set(p.name.ar, (seen.get(p.id)?.options ?? []).map((o) => [o.feats[0]!, o.text]));
  return out;
}

// Invented sentences. Adjectives of the time of an office (السابق، الحالي، الأسبق، المقبل، الجديد) fit
// the agent-noun templates but qualify the noun before them: no role of their own, no head a
// description opens on, and the description they close opens on the construct's head (roles60).
describe('adjectives of the time of an office', () => {
  it('are adjectives, not agent nouns', () => {
    for (const w of ['السابق', 'السابقة', 'الأسبق', 'الحالي', 'الحاليين', 'المقبل', 'القادمة', 'الجديد', 'والسابق']) {
      expect(isTimeAdjective(w), w).toBe(true);
      expect(agentShape(w), w).toBe(null);
    }
    for (const w of ['اللاعب', 'السائق', 'المدرب', 'الحارس', 'سابقا']) expect(isTimeAdjective(w), w).toBe(false);
    expect(agentShape('السائق')).toBe('fa3il');
  });

  it('is no calling on its own before a name', () => {
    const t = 'ونشرت الصحيفة صورة لفتاة غلاف مجلة بلاي بوي السابقة كارين ماك دوغل أمس. وقالت كارين ماك دوغل إنها لن تعلق.';
    const p = parseArticle(t).people.find((x) => x.name.ar.startsWith('كارين'));
    expect(p?.role.ar ?? '').not.toBe('السابقة');
  });

  it('the description it closes opens on the head of the construct', () => {
    const o = options('ويظهر في هذا الكليب نجم كرة القدم البرازيلي السابق رونالدينيو وهو يغني.');
    expect(o.get('رونالدينيو')).toContainEqual(['src:before-time', 'نجم كرة القدم البرازيلي السابق']);
    const w = options('أُطلق سراح قطب صناعة السينما السابق في هوليوود، هارفي واينستين، بكفالة بلغت مليون دولار.');
    const texts = (w.get('هارفي واينستين') ?? []).map(([, x]) => x);
    expect(texts).toContain('قطب صناعة السينما السابق في هوليوود');
    expect(texts).not.toContain('السابق في هوليوود');
  });
});
