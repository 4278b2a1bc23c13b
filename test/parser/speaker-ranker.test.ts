import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { bestCandidate, candidateFeatures, candidateScore, collectRankings, scoreCandidate, speakerRankerModel, useSpeakerRanker, type QuoteContext, type RankedOption, type SpeakerCandidate } from '../../src/parser/speaker-ranker.ts';
import { trainRanker, trainSoftmax, type RankExample } from '../../src/parser/speaker-ranker-train.ts';

const ctx: QuoteContext = { verb: 'speech', kind: 'indirect', ruleType: 'person', opensSentence: false, crowd: 1, ruleMedium: false };
const cand = (over: Partial<SpeakerCandidate>): SpeakerCandidate => ({ type: 'person', rule: false, last: false, mention: null, mentions: 1, hasRole: false, medium: false, words: 2, ...over });
const at = (dist: number, over: Partial<NonNullable<SpeakerCandidate['mention']>> = {}) => ({ dist, sentBack: 0, subjectSlot: false, object: false, inQuote: false, punctBetween: false, clauseStart: false, ...over });

// A short article written for these tests (not from any corpus).
const ARTICLE = [
  'عنوان تجريبي عن الاقتصاد',
  '',
  'قال وزير المالية سمير حداد إن الحكومة ستخفض الضرائب على الشركات الصغيرة العام المقبل.',
  'وأضاف أن الخطة تشمل دعم الصادرات الزراعية في المحافظات الجنوبية.',
  'وكانت وزارة الصحة قد أعلنت أن عدد الإصابات ارتفع إلى مئة حالة خلال الأسبوع الماضي.',
  'وفند المتحدث باسم الحزب كريم منصور أن يكون الحزب قد تلقى أموالا من الخارج.',
  'وأكدت الشركة أن أنشطتها في البلاد "محدودة جدا في الوقت الراهن" وأن قرار الانسحاب "لا يغير الأهداف العامة للخطة".',
  'وأكد حداد عمق العلاقات بين البلدين، و"الحرص المشترك على دفع العلاقات إلى الأمام في كل المجالات".',
].join('\n');

afterEach(() => {
  useSpeakerRanker(undefined);
  collectRankings(null);
});

// The features as the ranker first spelled them (template strings), to check the built ones against.
const bucketRef = (n: number, cuts: readonly number[]): string => {
  for (const c of cuts) if (n <= c) return `${c}`;
  return 'far';
};

function templateFeatures(c: SpeakerCandidate, x: QuoteContext): string[] {
  const t = c.type;
  const f = [`bias:${t}`, `t:${t}|v:${x.verb}`, `t:${t}|k:${x.kind}`, `t:${t}|rt:${x.ruleType}`];
  if (c.rule) f.push('rule', `rule|t:${t}`, `rule|v:${x.verb}`, `rule|rt:${x.ruleType}|v:${x.verb}`);
  if (c.last) f.push('last', `last|v:${x.verb}`, `last|t:${t}`, `last|rt:${x.ruleType}`);
  if (c.rule && c.last) f.push('rule+last');
  if (!c.rule) f.push(`alt|t:${t}|rt:${x.ruleType}`, ...(x.ruleMedium ? ['alt|rm', `alt|rm|t:${t}`] : []), ...(c.last ? [`alt|last|rt:${x.ruleType}`] : []));
  if (x.opensSentence) f.push(`open|t:${t}`, ...(c.last ? ['open|last'] : []));
  if (c.medium) f.push('medium', `medium|rule:${c.rule}`);
  if (t === 'described' || t === 'named') f.push(`w:${bucketRef(c.words, [2, 3, 5])}`);
  if (c.gender) f.push(`g:${c.gender}`, `g:${c.gender}|rule:${c.rule}`, `g:${c.gender}|t:${t}`);
  if (c.spoke) f.push('spoke', `spoke|t:${t}`, `spoke|rule:${c.rule}`);
  if (c.recent) f.push(`recent:${c.recent}`, `recent:${c.recent}|v:${x.verb}`, ...(x.opensSentence ? [`recent:${c.recent}|open`] : []), ...(c.mention ? [] : [`recent|nomention|v:${x.verb}`]));
  if (c.head) f.push(`head:${c.head}`, `head:${c.head}|rule:${c.rule}`);
  if (c.topic) f.push('topic', `topic|rule:${c.rule}`, `topic|v:${x.verb}`);
  if (c.coref) f.push('coref', `coref|t:${t}`, `coref|rt:${x.ruleType}`);
  if (c.shape) f.push(`shape:${c.shape}`, `shape:${c.shape}|rule:${c.rule}`, `shape:${c.shape}|t:${t}`);
  if (c.ante) f.push('ante', `ante|v:${x.verb}`, `ante|rt:${x.ruleType}`, `ante|rule:${c.rule}`, ...(x.ruleGeneric ? ['ante|gen'] : []), ...(c.mention ? [] : ['ante|far']));
  if (c.protagonist) f.push('prot', `prot|v:${x.verb}`, `prot|rt:${x.ruleType}`, ...(c.mention ? [] : ['prot|far']));
  if (c.coref && !c.mention) f.push('coref|far');
  if (c.issued) f.push('issued', `issued|v:${x.verb}`, `issued|rt:${x.ruleType}`);
  if (c.stmtBack) f.push('stmtback');
  if (x.plural) f.push(`pl|t:${t}`);
  if (c.group) f.push('group', `group|v:${x.verb}`, `group|rt:${x.ruleType}`, `group|rule:${c.rule}`, ...(c.mention?.subjectSlot ? ['group|subj'] : []), ...(c.mention && c.mention.dist < 0 ? ['group|before'] : []));
  if (c.groupSubj) f.push('gsubj', `gsubj|rt:${x.ruleType}`, `gsubj|rule:${c.rule}`);
  if (x.ruleGeneric && !c.rule) f.push(`gen|alt|t:${t}`);
  if (c.vsubj) f.push('vsubj', `vsubj:${c.vsubj}`, `vsubj|rule:${c.rule}`, `vsubj|t:${t}`, `vsubj|v:${x.verb}`);
  if (c.vonly) f.push('vonly');
  if (c.standin) f.push('standin', `standin|v:${x.verb}`, ...(c.mention?.subjectSlot ? ['standin|subj'] : []));
  if (c.appos) f.push('appos', `appos|t:${t}`);
  if (c.relsubj) f.push('relsubj', `relsubj|t:${t}`);
  if (c.bare) f.push('bare', `bare|v:${x.verb}`, ...(c.mention?.subjectSlot ? ['bare|subj'] : []));
  if (c.joint) f.push('joint', `joint|v:${x.verb}`, ...(c.mention?.subjectSlot ? ['joint|subj'] : ['joint|before']), ...(x.plural ? ['joint|pl'] : []));
  if (c.compl) f.push('compl', `compl|rule:${c.rule}`, `compl|t:${t}`);
  if (c.bodyGender) f.push(`bg:${c.bodyGender}`, `bg:${c.bodyGender}|rule:${c.rule}`);
  if (c.last) f.push(`last|para:${!!c.lastPara}`, `last|para:${!!c.lastPara}|v:${x.verb}`);
  if (x.ruleDesc && t === 'person') f.push('desc|alt', ...(c.ante ? ['desc|ante'] : []), ...(c.last ? ['desc|last'] : []), ...(c.recent === 1 ? ['desc|recent1'] : []), ...(c.gender ? [`desc|g:${c.gender}`] : []), ...(c.coref ? ['desc|coref'] : []));
  if (t === 'person') {
    f.push(`n:${bucketRef(c.mentions, [1, 2, 4, 8])}`);
    if (c.hasRole) f.push('role');
  }
  const m = c.mention;
  if (!m) {
    f.push(`nomention|t:${t}`);
    if (t !== 'unattributed') f.push(`nomention|v:${x.verb}`);
    return f;
  }
  const side = m.dist < 0 ? 'before' : 'after';
  const d = bucketRef(Math.abs(m.dist), [1, 2, 4, 8, 16, 32]);
  f.push(`side:${side}`, `side:${side}|d:${d}`, `side:${side}|v:${x.verb}`, `sent:${Math.min(m.sentBack, 2)}`, `t:${t}|side:${side}`);
  if (m.subjectSlot) f.push('subj', `subj|t:${t}`, `subj|v:${x.verb}`);
  if (m.object) f.push('obj', `obj|side:${side}`);
  if (m.possessor) f.push('poss', `poss|side:${side}`);
  if (m.relative) f.push('rel', `rel|t:${t}`);
  if (m.holder) f.push('holder');
  if (m.inQuote) f.push('inquote');
  if (m.punctBetween) f.push(`punct|side:${side}`);
  if (m.clauseStart) f.push('clause-start', `clause-start|v:${x.verb}`);
  f.push(`crowd:${Math.min(x.crowd, 3)}|side:${side}`);
  if (m.clauses !== undefined) f.push(`cl:${Math.min(m.clauses, 3)}|side:${side}`, `cl:${Math.min(m.clauses, 3)}|t:${t}`, `cl:${Math.min(m.clauses, 3)}|v:${x.verb}`);
  if (m.via) f.push(`via:${m.via}`, `via:${m.via}|t:${t}`, `via:${m.via}|rule:${c.rule}`);
  return f;
}

/** A random candidate and context (a seeded generator: the same cases each run). */
function randomCase(seed: number): [SpeakerCandidate, QuoteContext] {
  let x = seed;
  const r = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const maybe = <T,>(v: T): T | undefined => (r() < 0.5 ? v : undefined);
  const mention = r() < 0.3 ? null : {
    dist: Math.floor(r() * 80) - 40, sentBack: Math.floor(r() * 4), subjectSlot: r() < 0.5, object: r() < 0.5, inQuote: r() < 0.2,
    punctBetween: r() < 0.5, clauseStart: r() < 0.5, via: pick(['according', 'an', null, undefined] as const), possessor: maybe(true), relative: maybe(true), holder: maybe(true),
    clauses: pick([0, 1, 2, 5, undefined]),
  };
  const c = {
    type: pick(['person', 'named', 'described', 'body', 'unattributed'] as const), rule: r() < 0.5, last: r() < 0.5, mention, mentions: Math.floor(r() * 12),
    hasRole: r() < 0.5, medium: r() < 0.3, words: Math.floor(r() * 7), gender: pick(['agree', 'clash', null, undefined] as const), spoke: maybe(true),
    recent: pick([1, 2, 3, undefined]), head: pick(['role', 'unnamed', 'outlet', 'place', 'name', 'other', undefined] as const), topic: maybe(true), coref: maybe(true),
    shape: pick(['prep', 'pron', 'verb', 'def', 'bare', undefined] as const), ante: maybe(true), protagonist: maybe(true), issued: maybe(true), stmtBack: maybe(true), group: maybe(true), groupSubj: maybe(true),
    vsubj: pick(['agree', 'clash', 'open', undefined] as const), compl: maybe(true), vonly: maybe(true), standin: maybe(true), appos: maybe(true), relsubj: maybe(true), bare: maybe(true), joint: maybe(true), bodyGender: pick(['agree', 'clash', null, undefined] as const), lastPara: maybe(true),
  } as SpeakerCandidate;
  const ctx: QuoteContext = {
    verb: pick(['speech', 'continuation', 'denial', 'report', 'according', 'none'] as const), kind: pick(['direct', 'indirect', 'denial'] as const),
    ruleType: pick(['person', 'named', 'described', 'body', 'unattributed'] as const), opensSentence: r() < 0.5, crowd: Math.floor(r() * 6), ruleMedium: r() < 0.3, ruleGeneric: maybe(true), ruleDesc: maybe(true), plural: maybe(true),
  };
  return [c, ctx];
}

describe('speaker ranker', () => {
  it('builds the same feature names as the template strings, for 3,000 random candidates', () => {
    for (let k = 1; k <= 3000; k++) {
      const [c, ctx] = randomCase(k);
      expect(candidateFeatures(c, ctx)).toEqual(templateFeatures(c, ctx));
    }
  });

  it('scores as the sum of the named features\' weights, in their order (the parser builds no names), for 3,000 random candidates', () => {
    const w = speakerRankerModel()!.weights;
    for (let k = 1; k <= 3000; k++) {
      const [c, ctx] = randomCase(k);
      expect(candidateScore(c, ctx, w)).toBe(scoreCandidate(templateFeatures(c, ctx), w));
    }
  });

  it('loads the shipped model with its cross-validated figures', () => {
    const m = speakerRankerModel();
    expect(m).not.toBeNull();
    expect(Object.keys(m!.weights).length).toBeGreaterThan(20);
    expect(m!.weights.rule).toBeGreaterThan(0);
    expect(m!.crossValidated?.quotes).toBeGreaterThan(0);
  });

  it('describes where a candidate stands relative to the verb', () => {
    const subj = candidateFeatures(cand({ mention: at(1, { subjectSlot: true }) }), ctx);
    expect(subj).toContain('subj');
    expect(subj).toContain('side:after|d:1');
    const obj = candidateFeatures(cand({ mention: at(-3, { object: true, punctBetween: true }) }), ctx);
    expect(obj).toContain('obj|side:before');
    expect(obj).toContain('punct|side:before');
    expect(obj).not.toContain('subj');
    const none = candidateFeatures(cand({ type: 'unattributed' }), ctx);
    expect(none).toContain('nomention|t:unattributed');
    expect(candidateFeatures(cand({ type: 'described', medium: true, rule: true }), { ...ctx, ruleType: 'described' })).toContain('medium|rule:true');
  });

  it('marks the original source behind بحسب/نقلا عن and a candidate who spoke before', () => {
    expect(candidateFeatures(cand({ mention: at(4, { via: 'according' }) }), ctx)).toContain('via:according|t:person');
    expect(candidateFeatures(cand({ mention: at(4, { via: 'an' }) }), ctx)).toContain('via:an');
    expect(candidateFeatures(cand({ mention: at(4) }), ctx).some((f) => f.startsWith('via'))).toBe(false);
    expect(candidateFeatures(cand({ spoke: true }), ctx)).toContain('spoke|rule:false');
  });

  it('marks a name in a relative clause, a title\'s holder after its possessor, and the paragraph\'s topic', () => {
    expect(candidateFeatures(cand({ mention: at(-3, { relative: true }) }), ctx)).toContain('rel|t:person');
    expect(candidateFeatures(cand({ mention: at(2, { holder: true }) }), ctx)).toContain('holder');
    expect(candidateFeatures(cand({ topic: true, rule: true }), ctx)).toContain('topic|rule:true');
    const ranked: RankedOption[][] = [];
    collectRankings((_q, options) => ranked.push(options));
    parseArticle('عنوان تجريبي\n\nوانتقد سمير حداد الاتفاق الذي أبرمه سلفه كريم منصور واصفا إياه بأنه "أسوأ اتفاق".\nوقال محامي حداد، فادي نصار، إن "موكله لن يقر بأي ذنب".');
    const feats = (name: string) => ranked.flat().find((o) => o.speaker.ar === name)?.feats ?? [];
    expect(feats('كريم منصور')).toContain('rel');
    expect(feats('فادي نصار')).toContain('holder');
  });

  it('reads the phrase before a mention and who has spoken, in constructed copy', () => {
    const seen: RankedOption[][] = [];
    collectRankings((_q, options) => seen.push(options));
    parseArticle([
      'عنوان تجريبي عن الزراعة',
      '',
      'قال وزير الزراعة سمير حداد إن المحصول سيرتفع هذا العام بنسبة كبيرة في كل المحافظات.',
      'ونقلت الإذاعة الرسمية عن كريم منصور قوله إن الأمطار كانت أغزر من المعتاد في الشتاء الماضي.',
      'وذكرت الصحيفة أن الأسعار ستنخفض في الأسواق، بحسب نادر سليم.',
    ].join('\n'));
    const feat = (name: string, f: string) => seen.some((o) => o.some((x) => x.speaker.ar === name && x.feats.includes(f)));
    expect(feat('كريم منصور', 'via:an')).toBe(true);
    expect(feat('نادر سليم', 'via:according')).toBe(true);
    // حداد spoke in the first sentence: a candidate again for the later quotations.
    expect(feat('سمير حداد', 'spoke')).toBe(true);
  });

  it('keeps the rules\' choice unless another candidate beats it by the margin', () => {
    const feats = [['rule'], ['subj']];
    expect(bestCandidate(feats, { rule: 1, subj: 1.5 })).toBe(1);
    expect(bestCandidate(feats, { rule: 1, subj: 1.5 }, 1)).toBe(0);
    expect(bestCandidate(feats, { rule: 1, subj: 1 })).toBe(0);
  });

  it('learns from examples where the rules pick the wrong phrase', () => {
    // The rules choose a means of speaking (بيان) while the body before the verb is right; elsewhere they are right.
    const ex: RankExample[] = [];
    for (let i = 0; i < 20; i++) {
      ex.push({ id: `a${i}`, feats: [['rule', 'medium'], ['side:before', 'subj-before']], right: [false, true] });
      ex.push({ id: `b${i}`, feats: [['rule'], ['side:before']], right: [true, false] });
    }
    for (const w of [trainSoftmax(ex, 0.1), trainRanker(ex)]) {
      expect(bestCandidate(ex[0]!.feats, w)).toBe(1);
      expect(bestCandidate(ex[1]!.feats, w)).toBe(0);
    }
  });

  it('offers the parser\'s candidates with the rules\' choice first and unattributed among them', () => {
    const seen: RankedOption[][] = [];
    collectRankings((_q, options) => seen.push(options));
    const b = parseArticle(ARTICLE);
    expect(seen.length).toBe(b.quotes.length);
    for (const options of seen) {
      expect(options.some((o) => o.speaker.en === 'unattributed')).toBe(true);
      expect(options[0]!.feats).toContain('rule');
    }
  });

  it('reads who said what in constructed copy, with and without the model', () => {
    for (const m of [undefined, null]) {
      useSpeakerRanker(m);
      const b = parseArticle(ARTICLE);
      const by = (start: string) => b.quotes.find((q) => q.text.startsWith(start));
      expect(by('الحكومة ستخفض')?.speaker.ar).toBe('سمير حداد');
      // وأضاف: the last speaker.
      expect(by('الخطة تشمل')?.speaker.ar).toBe('سمير حداد');
      // The subject before its verb (وكانت وزارة الصحة قد أعلنت أن …).
      expect(by('عدد الإصابات')?.speaker.ar).toBe('وزارة الصحة');
      // فند is a denial, never a claim.
      expect(by('يكون الحزب')?.kind).toBe('denial');
      expect(by('يكون الحزب')?.speaker.ar).toBe('كريم منصور');
      // A complementiser opens the clause of a later quotation; an object before a quotation opens the statement.
      expect(by('قرار الانسحاب')?.speaker.ar).toBe('الشركة');
      expect(by('عمق العلاقات')?.speaker.ar).toBe('سمير حداد');
    }
  });
});
