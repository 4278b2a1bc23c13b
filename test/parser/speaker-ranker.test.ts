import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { bestCandidate, candidateFeatures, collectRankings, speakerRankerModel, useSpeakerRanker, type QuoteContext, type RankedOption, type SpeakerCandidate } from '../../src/parser/speaker-ranker.ts';
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

describe('speaker ranker', () => {
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
