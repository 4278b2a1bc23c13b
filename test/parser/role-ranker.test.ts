import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { chooseRole, collectRoleChoices, roleCandidates, roleRankerModel, useRoleRanker, type RoleChoice, type RoleOption } from '../../src/parser/role-ranker.ts';

// Short articles written for these tests (not from any corpus).
const APPOSITION = [
  'عنوان تجريبي عن النقل',
  '',
  'أعلن سامر خليل، المدير المالي لشركة النقل الوطنية، أن الأسعار سترتفع الشهر المقبل.',
  'وقال خليل إن الشركة تدرس خطة جديدة.',
].join('\n');

afterEach(() => {
  useRoleRanker(undefined);
  collectRoleChoices(null);
});

const opt = (text: string, feats: string[], start = 0): RoleOption => ({ text, feats, start });

describe('role ranker: candidates', () => {
  it('puts the rules\' role first, marked, and always offers "no role"', () => {
    const cs = roleCandidates('وزير', [opt('وزير', ['src:mention-rule']), opt('وزير المالية', ['src:before-far', 'head:title'])]);
    expect(cs[0]!.text).toBe('وزير');
    expect(cs[0]!.feats).toContain('rule');
    expect(cs.map((c) => c.text)).toEqual(['وزير', 'وزير المالية', '']);
    expect(cs[1]!.feats).toContain('alt|extends-rule');
    expect(cs[1]!.feats).toContain('rh|src:before-far|head:title');
  });

  it('with no rules\' role, "no role" is the rules\' choice and comes first', () => {
    const cs = roleCandidates('', [opt('طالب الطب البيطري', ['src:after-comma'])]);
    expect(cs[0]!.text).toBe('');
    expect(cs[0]!.feats).toContain('rule');
    expect(cs[1]!.feats).toContain('rn|src:after-comma');
  });

  it('merges one reading given at two mentions and counts them', () => {
    const cs = roleCandidates('', [opt('المدرب', ['src:before-near'], 10), opt('المدرب', ['src:after-comma'], 90)]);
    const c = cs.find((x) => x.text === 'المدرب')!;
    expect(c.feats).toContain('agree:2');
    expect(c.feats).toContain('pair:src:after-comma+src:before-near');
  });

  it('reads a comma-set apposition after the name whatever its head word (the parser, not a list)', () => {
    const seen = new Map<string, RoleChoice[]>();
    useRoleRanker(null);
    collectRoleChoices((id, cs) => seen.set(id, cs));
    const b = parseArticle(APPOSITION);
    const p = b.people.find((x) => x.name.ar.includes('خليل'))!;
    const texts = seen.get(p.id)!.map((c) => c.text);
    expect(texts).toContain('المدير المالي لشركة النقل الوطنية');
    expect(texts).toContain('');
  });
});

describe('role ranker: choice', () => {
  it('keeps the rules\' role without a model', () => {
    useRoleRanker(null);
    expect(chooseRole('p-x', 'الوزير', [opt('وزير المالية', ['src:before-far'])])).toBe('الوزير');
  });

  it('takes another reading only when its learned weight beats the rules\' prior', () => {
    const options = [opt('الوزير', ['src:mention-rule']), opt('وزير المالية', ['src:before-far'])];
    useRoleRanker({ weights: { rule: 2, 'src:before-far': 1 } });
    expect(chooseRole('p-x', 'الوزير', options)).toBe('الوزير');
    useRoleRanker({ weights: { rule: 2, 'src:before-far': 3 } });
    expect(chooseRole('p-x', 'الوزير', options)).toBe('وزير المالية');
  });

  it('changes only the role, never which people are found', () => {
    useRoleRanker(null);
    const rules = parseArticle(APPOSITION).people.map((p) => p.name.ar);
    // A model that always prefers "no role": the same people, roles emptied.
    useRoleRanker({ weights: { rule: 0, none: 50 } });
    const b = parseArticle(APPOSITION);
    expect(b.people.map((p) => p.name.ar)).toEqual(rules);
    expect(b.people.every((p) => p.role.ar === '')).toBe(true);
  });

  it('ships a model with its held-out figures', () => {
    const m = roleRankerModel();
    expect(m).not.toBeNull();
    expect(m!.crossValidated!.ranker).toBeGreaterThanOrEqual(m!.crossValidated!.rules!);
    expect(m!.weights.rule).toBeGreaterThan(0);
  });
});
