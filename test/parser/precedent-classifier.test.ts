import { afterEach, describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/briefing/types.ts';
import { parseArticle } from '../../src/parser/index.ts';
import { choosePrecedents, precedentFeatures, precedentModel, precedentScore, takePrecedent, usePrecedentModel } from '../../src/parser/precedent-classifier.ts';
import { trainLogistic } from '../../src/parser/precedent-classifier-train.ts';
import { readSentences } from '../../src/parser/precedents.ts';

// A short article written for these tests (not from any corpus).
const ARTICLE = [
  'عنوان تجريبي عن الانتخابات',
  '',
  'أعلنت اللجنة الانتخابية يوم الاثنين نتائج الانتخابات البلدية في العاصمة.',
  'وارتفعت نسبة المشاركة إلى 45 بالمئة في العام 2019 مقارنة بالدورة السابقة.',
  'وكانت الحكومة قد أجلت الانتخابات مرتين بسبب الأزمة الاقتصادية.',
  'واندلعت احتجاجات واسعة في البلاد آنذاك.',
].join('\n');

const sentencesOf = (t: string): Sentence[] => parseArticle(t).sentences;
/** The sentences' readings at the article's date, and the index of the sentence holding a needle. */
const read = (s: Sentence[], year: number, month?: number) => ({
  r: readSentences(s, 'ar', year, month),
  at: (needle: string) => s.findIndex((x) => x.text.includes(needle)),
});

afterEach(() => usePrecedentModel(undefined));

describe('precedent classifier', () => {
  it('loads the shipped model with its thresholds and cross-validated figures', () => {
    const m = precedentModel();
    expect(m).not.toBeNull();
    expect(Object.keys(m!.weights).length).toBeGreaterThan(100);
    expect(m!.keep).toBeLessThan(m!.add);
    expect(m!.crossValidated?.recall).toBeGreaterThan(m!.crossValidated!.rulesRecall!);
    // Issue 11 asks recall 0.75 on unseen copy. Round fifteen pools the cv over three fold splits (one
    // split's figure moves by a point with the split alone: add 0.35 gave 0.753 on the first split and
    // 0.746 over three, 0.738 on the blind set); add 0.3 gave 0.751 over three and still 0.738 on the
    // blind set, so round twenty asks a margin: add 0.225 gives 0.765 with precision 0.545 over three.
    expect(m!.crossValidated!.splits).toBeGreaterThanOrEqual(3);
    expect(m!.crossValidated!.recall).toBeGreaterThanOrEqual(0.76);
    expect(m!.crossValidated!.precision).toBeGreaterThanOrEqual(0.54);
  });

  it('takes word, pair and opening features from the sentence’s words as split and stripped of و/ف، ب/ل', () => {
    const s = sentencesOf(ARTICLE);
    const r = readSentences(s, 'ar', 2020);
    const word = (w: string) => w.replace(/^(و|ف)(?=[\u0621-\u064A]{3})/, '').replace(/^(ب|ل)(?=ال)/, '');
    for (let i = 0; i < s.length; i++) {
      const words = r[i]!.plain.split(/[\s،,.:؛;!?()«»"]+/).filter(Boolean);
      const stems = words.map(word);
      const f = precedentFeatures(r, s, i);
      expect(f.filter((x) => x.startsWith('w:'))).toEqual([...new Set(stems)].filter((w) => w.length > 2).map((w) => `w:${w}`));
      const pairs = stems.slice(1).map((w, k) => [stems[k]!, w]).filter(([a, b]) => a!.length > 2 && b!.length > 2).map(([a, b]) => `b:${a} ${b}`);
      expect(f.filter((x) => x.startsWith('b:'))).toEqual(pairs);
      expect(f).toContain(`w0:${words[0]}`);
      // asked again (the split is kept per reading): the same list
      expect(precedentFeatures(r, s, i)).toEqual(f);
    }
  });

  it('gives a stem written several ways (قال، وقال، فقال) its word feature once, where first met', () => {
    const s = sentencesOf('قال الوزير إن الاتفاق تم. وقال الوزير فقال بالاتفاق والاتفاق الاتفاق قال وزير.');
    const r = readSentences(s, 'ar', 2020);
    const f = precedentFeatures(r, s, 1).filter((x) => x.startsWith('w:'));
    expect(f).toEqual(['w:قال', 'w:الوزير', 'w:الاتفاق', 'w:زير']);
    // … and again in the next sentence asked (each sentence's features are its own)
    expect(precedentFeatures(r, s, 0).filter((x) => x.startsWith('w:'))).toEqual(['w:قال', 'w:الوزير', 'w:الاتفاق']);
    expect(precedentFeatures(r, s, 1).filter((x) => x.startsWith('w:'))).toEqual(f);
  });

  it('builds, when scoring, only the word pairs the model weighs: the same score as from every feature', () => {
    const s = sentencesOf(ARTICLE);
    const r = readSentences(s, 'ar', 2020);
    const all = s.map((_, i) => precedentFeatures(r, s, i));
    const somePairs = all.flat().filter((x) => x.startsWith('b:')).filter((_, k) => k % 2 === 0);
    expect(somePairs.length).toBeGreaterThan(2);
    const model = { weights: { bias: -0.5, 'rule:true': 1, ...Object.fromEntries(somePairs.map((x, k) => [x, 0.25 + k / 8])) }, keep: 0.2, add: 0.6 };
    s.forEach((_, i) => {
      const scored = precedentFeatures(r, s, i, model);
      expect(scored.filter((x) => x.startsWith('b:'))).toEqual(all[i]!.filter((x) => x.startsWith('b:') && x in model.weights));
      expect(scored.filter((x) => !x.startsWith('b:'))).toEqual(all[i]!.filter((x) => !x.startsWith('b:')));
      expect(precedentScore(scored, model)).toBeCloseTo(precedentScore(all[i]!, model), 12);
    });
    // Another model after it (the pairs are kept per model on the words' records): its own pairs.
    const other = { weights: Object.fromEntries(all.flat().filter((x) => x.startsWith('b:')).filter((_, k) => k % 2 === 1).map((x) => [x, 1])), keep: 0.2, add: 0.6 };
    s.forEach((_, i) => expect(precedentFeatures(r, s, i, other).filter((x) => x.startsWith('b:'))).toEqual(all[i]!.filter((x) => x.startsWith('b:') && x in other.weights)));
  });

  it('describes a sentence by the rules’ reading, years, figures, place and words of the past', () => {
    const s = sentencesOf(ARTICLE);
    const { r, at } = read(s, 2020);
    const today = precedentFeatures(r, s, at('يوم الاثنين'));
    expect(today).toContain('today');
    expect(today).toContain('rule:false');
    const stats = precedentFeatures(r, s, at('نسبة المشاركة'));
    expect(stats).toEqual(expect.arrayContaining(['stats', 'pct', 'num', 'year:earlier', 'year:earlier|stats:true']));
    const back = precedentFeatures(r, s, at('أجلت'));
    expect(back).toEqual(expect.arrayContaining(['rule:true', 'narr', 'kana+qad', 'm:قد', 'w:الانتخابات']));
    const then = precedentFeatures(r, s, at('آنذاك'));
    expect(then).toEqual(expect.arrayContaining(['m:انذاك', 'prev:rule']));
    expect(then).not.toContain('next:rule');
  });

  it('reads relative dates, how far back a year is, figures per sentence and likeness to the lead', () => {
    const s = sentencesOf([
      'عنوان تجريبي',
      '',
      'وافق البرلمان الثلاثاء على قانون الموازنة الجديد بعد جلسة طويلة.',
      'وأقر البرلمان قانون الموازنة الجديد بأغلبية كبيرة.',
      'وأطيح بالحكومة السابقة العام الماضي بعد احتجاجات.',
      'وتراجعت الصادرات بنسبة 12 بالمئة إلى 4.5 مليار دولار في 2019 مقارنة بـ 5 مليارات في 2010.',
      'وكان الوزير قد استقال الثلاثاء بعد اتهامات بالفساد.',
      'وسبق أن رفض البرلمان القانون الثلاثاء.',
    ].join('\n'));
    const { r, at } = read(s, 2020, 3);
    expect(r[at('العام الماضي')]!.relative).toBe('past');
    expect(r[at('وأقر')]!.relative).toBeNull();
    const lead = precedentFeatures(r, s, at('وأقر'));
    const last = precedentFeatures(r, s, at('العام الماضي'));
    expect(lead.find((x) => x.startsWith('lead:'))! > last.find((x) => x.startsWith('lead:'))!).toBe(true);
    expect(last).toEqual(expect.arrayContaining(['rel:past', 'rel:past|stats:false']));
    const figures = precedentFeatures(r, s, at('الصادرات'));
    // 12, 4.5, 2019, 5, 2010: five figures; 2010 is ten years back.
    expect(figures).toEqual(expect.arrayContaining(['nums:more', 'back:10']));
    expect(precedentFeatures(r, s, at('استقال'))).toContain('today+after');
    expect(precedentFeatures(r, s, at('وسبق'))).toContain('today+narr');
  });

  it('sets a sentence\'s event against the news: its main verb beside the lead\'s, and how much of it the article repeats (round eleven)', () => {
    const s = sentencesOf(['عنوان تجريبي', '', 'أعلن البرلمان الثلاثاء إقرار قانون الموازنة الجديد.', 'وقال رئيس البرلمان إن قانون الموازنة يدعم الاقتصاد.', 'ويناقش البرلمان قانون الموازنة مرة أخرى.', 'وقد اندلعت حرب أهلية طاحنة في البلاد عام 1975.'].join('\n'));
    const { r, at } = read(s, 2020, 3);
    // The news's own story, in the present: its words recur through the article.
    expect(precedentFeatures(r, s, at('ويناقش'))).toEqual(expect.arrayContaining(['topic:more', 'tense:other|imperf', 'tense:imperf|early:false']));
    // An event recalled: told once, a perfect verb past «قد», an earlier year.
    expect(precedentFeatures(r, s, at('اندلعت'))).toEqual(expect.arrayContaining(['topic:1', 'once:more|early:true', 'tense:other|other', 'tense:other|early:true']));
    // The lead itself is not compared with itself.
    expect(precedentFeatures(r, s, 0).some((x) => x.startsWith('tense:'))).toBe(false);
  });

  it('reads the sentence\'s time against its main verb, and figures and quotes with that time (round twelve)', () => {
    const s = sentencesOf([
      'عنوان تجريبي',
      '',
      'أعلن البرلمان الثلاثاء إقرار قانون الموازنة الجديد.',
      'ويناقش البرلمان الثلاثاء قانون الضرائب.',
      'وارتفعت الصادرات بنسبة 12 بالمئة العام الماضي.',
      'وتبلغ قيمة الصادرات 4 مليارات دولار.',
      'وتعقد اللجنة اجتماعها الشهر المقبل.',
      'وقال الوزير «لن نتراجع» الثلاثاء.',
      'واندلعت الحرب الأهلية في البلاد.',
    ].join('\n'));
    const { r, at } = read(s, 2020, 3);
    // The news's own day with an imperfect verb: the present.
    expect(precedentFeatures(r, s, at('ويناقش'))).toEqual(expect.arrayContaining(['when:now|imperf', 'when:now|rule:false']));
    // Last year's figures: an earlier time with a percent, and the figures counted with it.
    expect(precedentFeatures(r, s, at('وارتفعت'))).toEqual(expect.arrayContaining(['when:early|other', 'figs|when:early', 'nums:1|early:true']));
    // Today's prices: a currency with no time.
    const prices = precedentFeatures(r, s, at('وتبلغ'));
    expect(prices).toEqual(expect.arrayContaining(['when:none|imperf', 'figs|when:none', 'nums:1|early:false']));
    expect(prices).not.toContain('figs|when:early');
    expect(precedentFeatures(r, s, at('المقبل'))).toContain('when:ahead|imperf');
    expect(precedentFeatures(r, s, at('لن نتراجع'))).toContain('quote|when:now');
    // A past event with no time written: a perfect verb, no time, no figures.
    const war = precedentFeatures(r, s, at('واندلعت'));
    expect(war).toEqual(expect.arrayContaining(['when:none|other', 'nums:0|early:false']));
    expect(war.some((x) => x.startsWith('figs|') || x.startsWith('quote|'))).toBe(false);
  });

  it('reads a sentence after the one before it: its time, its main verb, a pluperfect (round thirteen)', () => {
    const s = sentencesOf([
      'عنوان تجريبي',
      '',
      'أعلن البرلمان الثلاثاء إقرار قانون الموازنة الجديد.',
      'وكانت الحكومة قد أجلت التصويت على القانون عام 2015.',
      'واستقال رئيس الوزراء بعدها بأشهر.',
      'ويناقش البرلمان الثلاثاء قانون الضرائب.',
      'وارتفعت الأسعار.',
    ].join('\n'));
    const { r, at } = read(s, 2020, 3);
    // After an earlier time told in the pluperfect, a perfect verb goes on with the past.
    const resign = precedentFeatures(r, s, at('واستقال'));
    expect(resign).toEqual(expect.arrayContaining(['pwhen:early|other', 'pshape:kana|other', 'pkanaqad|other']));
    // After the news's own day with an imperfect verb: no pluperfect before it.
    const prices = precedentFeatures(r, s, at('وارتفعت'));
    expect(prices).toEqual(expect.arrayContaining(['pwhen:now|other', 'pshape:imperf|other']));
    expect(prices.some((x) => x.startsWith('pkanaqad'))).toBe(false);
    // The first sentence has none before it.
    expect(precedentFeatures(r, s, 0).some((x) => /^(pwhen|pshape|pkanaqad)/.test(x))).toBe(false);
  });

  it('reads the verb of a relative clause: perfect (an earlier event) or imperfect', () => {
    const s = sentencesOf(['عنوان تجريبي', '', 'وألغت الحكومة الاتفاق الذي وقعته مع الشركة.', 'ويدرس الوزير الخطة التي يعدها فريقه.'].join('\n'));
    const r = readSentences(s, 'ar', null);
    expect(precedentFeatures(r, s, 0)).toContain('relcl:perf');
    expect(precedentFeatures(r, s, 1)).toContain('relcl:imperf');
  });

  it('keeps rule precedents unless unlikely and adds others only when likely', () => {
    const m = { keep: 0.2, add: 0.6 };
    expect(takePrecedent(true, 0.3, m)).toBe(true);
    expect(takePrecedent(true, 0.1, m)).toBe(false);
    expect(takePrecedent(false, 0.5, m)).toBe(false);
    expect(takePrecedent(false, 0.7, m)).toBe(true);
  });

  it('adds a fairly likely sentence beside a taken one (background comes in runs), not a lone one', () => {
    const m = { keep: 0.2, add: 0.6, run: 0.3 };
    // sentence 1 (0.4) sits beside a rule precedent; sentence 4 (0.4) has no taken neighbour
    expect(choosePrecedents([true, false, false, false, false], [0.5, 0.4, 0.1, 0.1, 0.4], m)).toEqual([true, true, false, false, false]);
    // a neighbour taken only through the run step does not extend the run further
    expect(choosePrecedents([false, false, false], [0.7, 0.4, 0.4], m)).toEqual([true, true, false]);
    // a rule precedent dropped by `keep` is not re-added by the run step
    expect(choosePrecedents([false, true], [0.7, 0.1], m)).toEqual([true, false]);
    // without `run`, the thresholds alone decide
    expect(choosePrecedents([true, false], [0.5, 0.4], { keep: 0.2, add: 0.6 })).toEqual([true, false]);
  });

  it('learns which features mark a precedent and leaves out the rare ones', () => {
    const rows = [
      ...Array.from({ length: 6 }, (_, i) => ({ id: `a${i}`, feats: ['bias', 'm:انذاك'], gold: true })),
      ...Array.from({ length: 6 }, (_, i) => ({ id: `b${i}`, feats: ['bias', 'today'], gold: false })),
      { id: 'c', feats: ['bias', 'today', 'w:once'], gold: true },
    ];
    const w = trainLogistic(rows, 0.1, 200, 2);
    expect(precedentScore(['bias', 'm:انذاك'], { weights: w })).toBeGreaterThan(0.8);
    expect(precedentScore(['bias', 'today'], { weights: w })).toBeLessThan(0.3);
    expect(w['w:once']).toBeUndefined();
  });

  it('lets the model add a sentence the rules leave and drop one they take', () => {
    const s = sentencesOf(ARTICLE);
    const ids = (ps: { sentenceId: number }[]) => ps.map((p) => s[p.sentenceId]!.text);
    usePrecedentModel(null);
    const rules = ids(parseArticle(ARTICLE).precedents);
    expect(rules.some((t) => t.includes('أجلت'))).toBe(true);
    expect(rules.some((t) => t.includes('آنذاك'))).toBe(false);
    usePrecedentModel({ weights: { bias: -1, 'm:انذاك': 5, 'kana+qad': -8 }, keep: 0.2, add: 0.6 });
    const learned = ids(parseArticle(ARTICLE).precedents);
    expect(learned.some((t) => t.includes('آنذاك'))).toBe(true);
    expect(learned.some((t) => t.includes('أجلت'))).toBe(false);
  });

  it('lets the parser add a sentence through the run step beside a taken one', () => {
    const s = sentencesOf(ARTICLE);
    const texts = (m: Parameters<typeof usePrecedentModel>[0]) => { usePrecedentModel(m); return parseArticle(ARTICLE).precedents.map((p) => s[p.sentenceId]!.text); };
    // آنذاك alone scores 0.5: below `add`, above `run`, and beside the taken وكانت … قد sentence
    const weights = { bias: -3, 'm:انذاك': 3, 'kana+qad': 6 };
    expect(texts({ weights, keep: 0.2, add: 0.6 }).some((t) => t.includes('آنذاك'))).toBe(false);
    expect(texts({ weights, keep: 0.2, add: 0.6, run: 0.3 }).some((t) => t.includes('آنذاك'))).toBe(true);
  });
});
