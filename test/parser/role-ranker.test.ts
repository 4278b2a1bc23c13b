import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { chooseRole, collectRoleChoices, roleCandidates, roleRankerModel, useRoleRanker, type RoleInput, type RoleOption } from '../../src/parser/role-ranker.ts';

// Short articles written for these tests (not from any corpus).
const APPOSITION = [
  'عنوان تجريبي عن النقل',
  '',
  'أعلن سامر خليل، المدير المالي لشركة النقل الوطنية، أن الأسعار سترتفع الشهر المقبل.',
  'وقال خليل إن الشركة تدرس خطة جديدة.',
].join('\n');

// A list of people given one group title.
const SHARED = [
  'عنوان تجريبي عن الكرة',
  '',
  'وشارك في البطولة اللاعبون الثلاثة سامر خليل ومازن داود ورامي حداد أمس.',
  'وقال خليل إن داود وحداد تدربوا كثيرا.',
].join('\n');

// A list under a group title whose head is in no hand list (invented sentence).
const LIST_UNLISTED = [
  'عنوان تجريبي عن السباحة',
  '',
  'وكشف المنظمون عن أسماء المشاركين، وهم غواصو الفريق الوطني سامر خليل، ومازن داود، ورامي حداد.',
  'وقال خليل إن التدريب كان شاقا.',
].join('\n');

// Group titles before lists, as wire copy writes them (invented sentences in the shape of even-id
// cases: سيلتقي لاعبو مانشستر سيتي في صفوف إنجلترا X وY …، وثنائي الأرجنتين X وY).
const LIST_GROUP = [
  'عنوان تجريبي عن الكرة',
  '',
  'وسيلتقي لاعبو النادي في صفوف المنتخب سامر خليل ومازن داود ورامي حداد مع السويد.',
  'ورحل أيضا ثنائي الفريق فادي نصار وجاد سلوم.',
  'وتحدث المشجعون عن اللاعبين وعن مدربهم كريم عواد.',
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
    // (the rules' "no role" is anchored apart from their role: rule-none, its own prior; roles37)
    expect(cs[0]!.feats).toContain('rule-none');
    expect(cs[0]!.feats).not.toContain('rule');
    expect(cs[1]!.feats).toContain('rn|src:after-comma');
  });

  it('with noneFree (a none-free model), the rules\' "no role" has no anchored feature', () => {
    const cs = roleCandidates('', [opt('طالب الطب البيطري', ['src:after-comma'])], new Set(), { noneFree: true });
    expect(cs[0]!.feats).not.toContain('rule-none');
    expect(cs[0]!.feats).toContain('rule|none');
  });

  it('merges one reading given at two mentions and counts them', () => {
    const cs = roleCandidates('', [opt('المدرب', ['src:before-near'], 10), opt('المدرب', ['src:after-comma'], 90)]);
    const c = cs.find((x) => x.text === 'المدرب')!;
    expect(c.feats).toContain('agree:2');
    expect(c.feats).toContain('pair:src:after-comma+src:before-near');
  });

  it('marks a reading also read for another person (a role that leaks from one name to the next)', () => {
    const options = [opt('المدرب', ['src:before-near'], 10), opt('رئيس النادي', ['src:after-comma'], 10)];
    const cs = roleCandidates('', options, new Set(['المدرب']));
    expect(cs.find((x) => x.text === 'المدرب')!.feats).toContain('shared');
    expect(cs.find((x) => x.text === 'المدرب')!.feats).toContain('shared|src:before-near');
    expect(cs.find((x) => x.text === 'رئيس النادي')!.feats).not.toContain('shared');
  });

  it('describes a reading by kinds of word, not by its words: a title head, a place, the first mention', () => {
    const cs = roleCandidates('', [opt('وزير الخارجية', ['src:before-far'], 10), opt('ذهب إلى باريس', ['src:before-reach'], 50)]);
    const title = cs.find((x) => x.text === 'وزير الخارجية')!.feats;
    expect(title).toContain('k:head-title');
    expect(title).toContain('first:0');
    expect(title).toContain('src:before-far|k:head-title');
    const other = cs.find((x) => x.text === 'ذهب إلى باريس')!.feats;
    expect(other).toContain('k:no-title');
    expect(other).toContain('k:place');
    expect(other).toContain('first:1');
    // No feature names a word of the role.
    expect([...title, ...other].some((f) => /[\u0600-\u06FF]/.test(f))).toBe(false);
  });

  it('passes the chooser the readings another person shares (people.ts)', () => {
    const seen = new Map<string, RoleInput>();
    useRoleRanker(null);
    collectRoleChoices((id, input) => seen.set(id, input));
    parseArticle(SHARED);
    const shared = [...seen.values()].flatMap((x) => x.shared);
    expect(shared).toContain('اللاعبون الثلاثة');
  });

  it('reads a comma-set apposition after the name whatever its head word (the parser, not a list)', () => {
    const seen = new Map<string, RoleInput>();
    useRoleRanker(null);
    collectRoleChoices((id, input) => seen.set(id, input));
    const b = parseArticle(APPOSITION);
    const p = b.people.find((x) => x.name.ar.includes('خليل'))!;
    const input = seen.get(p.id)!;
    const texts = roleCandidates(input.ruleRole, input.options).map((c) => c.text);
    expect(texts).toContain('المدير المالي لشركة النقل الوطنية');
    expect(texts).toContain('');
  });
});

describe('role ranker: a list\'s title as every listed person\'s candidate', () => {
  /** The role inputs of LIST_UNLISTED's people, by a word of the name (the rules' choice, no model). */
  const listInputs = (): ((w: string) => RoleInput) => {
    const seen = new Map<string, RoleInput>();
    useRoleRanker(null);
    collectRoleChoices((id, input) => seen.set(id, input));
    const b = parseArticle(LIST_UNLISTED);
    return (w) => seen.get(b.people.find((x) => x.name.ar.includes(w))!.id)!;
  };

  it('offers the readings before a list\'s first name to its later names too (ctx:list)', () => {
    const of = listInputs();
    const first = of('خليل').options.map((o) => o.text);
    expect(first.some((t) => t.includes('غواصو الفريق الوطني'))).toBe(true);
    for (const w of ['داود', 'حداد']) {
      const opts = of(w).options.filter((o) => o.feats.includes('ctx:list'));
      expect(opts.some((o) => o.text.includes('غواصو الفريق الوطني'))).toBe(true);
    }
    expect(of('خليل').options.some((o) => o.feats.includes('ctx:list'))).toBe(false);
  });

  it('leaves a list\'s title out of the shared readings, so the leak guard still learns (people.ts)', () => {
    const of = listInputs();
    for (const w of ['خليل', 'داود', 'حداد']) expect(of(w).shared.some((t) => t.includes('غواصو'))).toBe(false);
  });
});

describe('role ranker: a group\'s title before a list (src:before-group)', () => {
  const inputs = (): ((w: string) => RoleInput) => {
    const seen = new Map<string, RoleInput>();
    useRoleRanker(null);
    collectRoleChoices((id, input) => seen.set(id, input));
    const b = parseArticle(LIST_GROUP);
    return (w) => seen.get(b.people.find((x) => x.name.ar.includes(w))!.id)!;
  };
  const group = (i: RoleInput) => i.options.filter((o) => o.feats.includes('src:before-group')).map((o) => o.text);

  it('offers the phrase from a plural or collective head to every listed name', () => {
    const of = inputs();
    for (const w of ['خليل', 'داود', 'حداد']) expect(group(of(w))).toContain('لاعبو النادي في صفوف المنتخب');
    // (the conjunction glued to the collective is not the title's)
    for (const w of ['نصار', 'سلوم']) expect(group(of(w))).toContain('ثنائي الفريق');
    expect(of('داود').options.find((o) => o.feats.includes('src:before-group'))!.feats).toContain('ctx:list');
  });

  it('offers none to a name in no list', () => {
    expect(group(inputs()('عواد'))).toEqual([]);
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

  it('describes the candidates as the model was trained: a none-free model\'s "no role" has no rule-none', () => {
    const options = [opt('طالب الطب البيطري', ['src:after-comma'])];
    // rule-none would hold "no role" (2 > 1); in a none-free model it is no feature at all
    useRoleRanker({ weights: { 'rule-none': 2, 'src:after-comma': 1 } });
    expect(chooseRole('p-x', '', options)).toBe('');
    useRoleRanker({ noneFree: true, weights: { 'rule-none': 2, 'src:after-comma': 1 } });
    expect(chooseRole('p-x', '', options)).toBe('طالب الطب البيطري');
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
