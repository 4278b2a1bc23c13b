/**
 * A learned judgement on each sentence: does it recall a past event (a precedent), or report the
 * news itself, its statistics or prices? The rules of precedents.ts read one cue per sentence and
 * fit the copy they were written on; here a logistic model weighs general evidence instead: the
 * rules' own reading (which cue, stats, today, ahead), years before or at the article's present,
 * words of the past (كان … قد، سبق، منذ، آنذاك، الذي وقع), the sentence's place in the article and
 * its neighbours, quotation and figures (numbers, percent, currency), and the words themselves.
 *
 * Trained by scripts/train-precedents.ts (`npm run train:precedents`) on the development gold; the
 * weights and the thresholds (keep, add, and run for a sentence beside a taken one) live in
 * data/precedent-classifier.json. Deterministic and offline.
 */
import type { Sentence } from '../briefing/types.ts';
import type { SentenceReading } from './precedents.ts';
import { shippedModel } from './shipped-model.ts';
import { feat } from './feature-names.ts';

export interface PrecedentModel {
  note?: string;
  weights: Record<string, number>;
  /** a sentence the rules take stays unless its probability is below `keep` */
  keep: number;
  /** a sentence the rules leave is added when its probability is above `add` */
  add: number;
  /**
   * Background comes in runs: a sentence the rules leave is also added when its probability is above
   * `run` and a neighbour is taken by the thresholds above (absent: no such step).
   */
  run?: number;
  crossValidated?: Record<string, number>;
}

/**
 * Feature names are written where they are used as feat`…` templates (feature-names.ts): the same
 * strings as plain templates, each kept per site and per value of its parts (booleans, buckets,
 * shapes, stems), so the weights' look-ups hash the same string objects in every sentence rather
 * than about 25 fresh names per sentence.
 */
const bucket = (n: number, cuts: readonly number[]): number | 'more' => {
  for (const c of cuts) if (n <= c) return c;
  return 'more';
};

/** How many spaces a text holds (its split(' ') less one, without the array). */
function spaces(text: string): number {
  let n = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

// Words of the past and of the present, whole words of the lightly normalised sentence (a leading
// و/ف/ب/ل stripped). Not article-specific: the vocabulary of background in any wire copy.
const MARKERS = new Set([
  'قد', 'كان', 'كانت', 'كانوا', 'سبق', 'سبقت', 'منذ', 'عام', 'العام', 'سنة', 'الماضي', 'الماضية', 'السابق', 'السابقة', 'سابق', 'سابقا',
  'انذاك', 'حينها', 'حينذاك', 'وقتها', 'انئذ', 'لاول', 'اول', 'الاولى', 'اخر', 'تاريخ', 'تاريخيا', 'ذكرى', 'عقب', 'اثر', 'اعقاب', 'قبل', 'بعد',
  'بعدما', 'خلال', 'يذكر', 'يشار', 'تجدر', 'يذكر', 'اندلاع', 'حرب', 'الحرب', 'اتفاق', 'الاتفاق', 'وقع', 'وقعت', 'شهد', 'شهدت', 'اعلن', 'اعلنت',
  'اطلق', 'اغتيال', 'انقلاب', 'ازمة', 'الازمة', 'ثورة', 'احتجاجات', 'عقود', 'سنوات', 'اعوام', 'عاما', 'مرة', 'المرة', 'مماثل', 'مماثلة',
  'غرار', 'حدث', 'جرى', 'ايضا', 'الان', 'حاليا', 'الحالي', 'الجاري', 'يوم', 'اليوم', 'امس', 'غدا', 'المقبل', 'المقبلة', 'سوف', 'قال', 'قالت',
  'اضاف', 'اضافت', 'اكد', 'اكدت', 'اوضح', 'اوضحت', 'يقول', 'تقول', 'بحسب', 'وفق', 'وفقا', 'ويأتي', 'ياتي', 'تاتي', 'يمثل', 'تمثل', 'يبلغ', 'تبلغ',
  'ارتفع', 'ارتفعت', 'انخفض', 'انخفضت', 'تراجع', 'تراجعت', 'مقارنة', 'بالمقارنة', 'بلغ', 'بلغت', 'مستوى', 'اعلى', 'ادنى', 'منذ', 'الاسبوع',
]);
const MONTHS = /(?<![\u0621-\u064A])(يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|ايلول|تشرين)(?![\u0621-\u064A])/;
const SPEECH = /(?<![\u0621-\u064A])(و|ف)?(قال|قالت|اضاف|اضافت|اكد|اكدت|اوضح|اوضحت|صرح|صرحت|يقول|تقول|بحسب|وفقا)(?![\u0621-\u064A])/;
const AFTER = /(?<![\u0621-\u064A])(و|ف)?(بعد|عقب|اثر|اعقاب|منذ|اثناء|خلال)(?![\u0621-\u064A])/;
const CURRENCY = /(?<![\u0621-\u064A])(دولار|يورو|جنيه|ريال|درهم|دينار|ليرة|مليار|مليون|برميل)/;

/**
 * A stem's record: its word feature's name, the same string object in every parse (its hash and
 * interned form, the weights being looked up by name, are computed once, not per sentence), and the
 * last feature list it was put in (`seen`: each stem's feature once per sentence without a Set).
 */
interface StemRecord {
  stem: string;
  feature: string;
  seen: number;
  /** the word pairs opening on this stem in the weighed pairs `pairsOf` (weighedPairs), kept on the record */
  pairsOf?: Map<string, Map<string, string>>;
  pairs?: Map<string, string>;
}
const stemRecords = new Map<string, StemRecord>();
const wordRecords = new Map<string, StemRecord>();
const RECORDS_MAX = 50_000;

/**
 * A word's stem record (memoised: the same words recur in every sentence and article; two regex
 * replaces per word were a good part of the features' cost). Words with one stem share its record:
 * both maps are cleared together when full, so a stem never has two records.
 */
function wordRecord(w: string): StemRecord {
  let rec = wordRecords.get(w);
  if (rec) return rec;
  if (wordRecords.size >= RECORDS_MAX || stemRecords.size >= RECORDS_MAX) { wordRecords.clear(); stemRecords.clear(); }
  const stem = w.replace(/^(و|ف)(?=[\u0621-\u064A]{3})/, '').replace(/^(ب|ل)(?=ال)/, '');
  rec = stemRecords.get(stem);
  if (!rec) stemRecords.set(stem, (rec = { stem, feature: `w:${stem}`, seen: 0 }));
  wordRecords.set(w, rec);
  return rec;
}
const word = (w: string): string => wordRecord(w).stem;

/** A sentence's words (no empty pieces), their stems (`word`) and stem records, split once per reading. */
const readingWords = new WeakMap<object, { words: string[]; stems: string[]; recs: StemRecord[] }>();
function wordsOf(r: { plain: string }): { words: string[]; stems: string[]; recs: StemRecord[] } {
  let x = readingWords.get(r);
  if (!x) {
    const words = r.plain.split(/[\s،,.:؛;!?()«»"]+/).filter(Boolean);
    // (cleared now if the sentence's words could fill the maps, never halfway through them: a
    // sentence's records are one per stem, which the passes over them (StemRecord.seen) rely on)
    if (wordRecords.size + words.length >= RECORDS_MAX || stemRecords.size + words.length >= RECORDS_MAX) { wordRecords.clear(); stemRecords.clear(); }
    const recs = words.map(wordRecord);
    readingWords.set(r, (x = { words, stems: recs.map((c) => c.stem), recs }));
  }
  return x;
}

/**
 * Numbers each pass over a sentence's stem records, for StemRecord.seen: a pass that meets each
 * distinct stem once marks its records with a fresh number instead of building a Set of the stems.
 */
let featureCall = 0;

/** The lead's content words, read once per article (every sentence is compared with them). */
const leads = new WeakMap<readonly unknown[], Set<string>>();
function leadWords(readings: readonly { plain: string }[]): Set<string> {
  let lead = leads.get(readings);
  if (!lead) {
    lead = new Set(wordsOf(readings[0]!).stems.filter((w) => w.length > 3));
    leads.set(readings, lead);
  }
  return lead;
}

const PREPS = new Set(['في', 'من', 'على', 'علي', 'عن', 'مع', 'خلال', 'بعد', 'قبل', 'منذ', 'الى', 'الي', 'عند', 'عندما', 'حين', 'لكن', 'كما', 'اما', 'ان', 'انه', 'انها']);
/**
 * The shape of a sentence's opening word, a verb's tense read without a lexicon: a particle or
 * preposition, a noun (ال…), an imperfect verb (ي/ت/ن + a stem: the present, يعد، تسعى), or else
 * (mostly perfect verbs: the narrative of what happened, اعلن، وقعت، تاهل).
 */
function openingShape(w: string): string {
  const x = w.replace(/^(و|ف)(?=[\u0621-\u064A]{3})/, '');
  if (PREPS.has(x)) return feat`p:${x}`;
  if (/^(ال|بال|لل)/.test(x)) return 'noun';
  if (/^(كان|كانت|كانوا|قد|لقد)$/.test(x)) return 'kana';
  if (/^[يتن][\u0621-\u064A]{3,}$/.test(x) && !/ت$/.test(x)) return 'imperf';
  if (/^[0-9٠-٩]/.test(x)) return 'num';
  return 'other';
}

// Counted once per article, not once per sentence: a 100k-word paste has thousands of sentences.
const ruleCounts = new WeakMap<readonly SentenceReading[], Int32Array>();
/** How many sentences before each one the rules took as precedents. */
function rulesBefore(readings: readonly SentenceReading[]): Int32Array {
  let c = ruleCounts.get(readings);
  if (!c) {
    c = new Int32Array(readings.length);
    for (let k = 1; k < readings.length; k++) c[k] = c[k - 1]! + (readings[k - 1]!.rule ? 1 : 0);
    ruleCounts.set(readings, c);
  }
  return c;
}

// Word pairs are most of a sentence's feature names; at parse time only those the model weighs count.
const pairs = new WeakMap<object, Map<string, Map<string, string>>>();
/**
 * The word pairs a model weighs: first word -> second word -> the feature's name, the weights' own
 * key (a name not built afresh per sentence, so its look-up hashes nothing new).
 */
function weighedPairs(model: Pick<PrecedentModel, 'weights'>): Map<string, Map<string, string>> {
  let h = pairs.get(model);
  if (!h) {
    h = new Map();
    // (a pair feature is `b:first second`, neither word holding a space)
    for (const k in model.weights) {
      if (!k.startsWith('b:')) continue;
      const sp = k.indexOf(' ');
      const first = k.slice(2, sp);
      let seconds = h.get(first);
      if (!seconds) h.set(first, (seconds = new Map()));
      seconds.set(k.slice(sp + 1), k);
    }
    pairs.set(model, h);
  }
  return h;
}

/** The features of sentence `i`, given the rules' readings of all sentences; each is a name. */
export function precedentFeatures(readings: readonly SentenceReading[], sentences: readonly Sentence[], i: number, scoring?: Pick<PrecedentModel, 'weights'>): string[] {
  const r = readings[i]!;
  const t = sentences[i]!.text;
  const rule = String(r.rule), stats = String(r.stats);
  const f = ['bias', feat`rule:${rule}`];
  if (r.cueIndex !== -1) f.push(feat`cue:${r.cueIndex}`, feat`cue:${r.cueIndex}|stats:${stats}`);
  if (r.stats) f.push('stats', feat`stats|narr:${r.narrative}`);
  if (r.narrative) f.push('narr');
  if (r.today) f.push('today', feat`today|rule:${rule}`);
  // Two events in one sentence: the news's own day beside an earlier step it hangs on (… الثلاثاء
  // بعد إعادة انتخابه، عقب اجتماع، إثر إعلان): the gold often takes the earlier step as background.
  if (r.today && AFTER.test(r.plain)) f.push('today+after');
  if (r.today && r.narrative) f.push('today+narr');
  if (r.ahead) f.push('ahead', feat`ahead|rule:${rule}`);
  if (r.earlierYear) f.push('year:earlier', feat`year:earlier|stats:${stats}`);
  if (r.presentYear) f.push('year:present');
  if (r.futureYear) f.push('year:future');
  if (MONTHS.test(r.plain)) f.push('month', feat`month|today:${r.today}`);
  // A relative date that reaches back a year or more (العام الماضي، قبل خمس سنوات) against one in
  // the article's own year (الشهر الماضي، قبل أيام): the former is background, the latter often news.
  if (r.relative) f.push(feat`rel:${r.relative}`, feat`rel:${r.relative}|stats:${stats}`);
  // How far back the sentence's earliest year is: last year's figures are news, decades-old events background.
  if (r.yearsBack !== null) f.push(feat`back:${bucket(r.yearsBack, [1, 3, 10, 30])}`);
  if (/[«»"“”]/.test(t)) f.push('quote');
  if (SPEECH.test(r.plain)) f.push('speech');
  if (/[0-9٠-٩]/.test(t)) f.push('num');
  // Figures as a share of the words: a sentence of statistics is dense with numbers.
  const nums = t.match(/[0-9٠-٩]+(?:[.,٫][0-9٠-٩]+)?/g)?.length ?? 0;
  f.push(feat`nums:${bucket(nums, [0, 1, 2, 4])}`);
  if (/%|بالمئة|بالمائة|في المئة|في المائة/.test(r.plain)) f.push('pct');
  if (CURRENCY.test(r.plain)) f.push('cur');
  f.push(feat`pos:${bucket(i, [0, 1, 3, 6, 10, 20])}`, feat`rpos:${Math.min(3, Math.floor((4 * i) / Math.max(1, sentences.length)))}`);
  if (i === sentences.length - 1) f.push('last');
  f.push(feat`len:${bucket(spaces(r.plain) + 1, [8, 15, 25, 40])}`);
  // Background comes in runs: the neighbours' readings.
  const prev = readings[i - 1];
  const next = readings[i + 1];
  if (prev?.rule) f.push('prev:rule');
  if (next?.rule) f.push('next:rule');
  if (prev?.earlierYear) f.push('prev:year');
  if (prev?.relative === 'past' || next?.relative === 'past') f.push('near:relpast');
  if (prev?.today) f.push('prev:today');
  const { words, stems, recs } = wordsOf(r);
  // Likeness to the lead (the first sentence states the news): a sentence retelling the lead's
  // event is the present news, not background.
  if (i > 0) {
    const lead = leadWords(readings);
    // (the distinct stems of more than three letters, and how many of them the lead holds)
    let mine = 0, inLead = 0;
    const pass = ++featureCall;
    for (const c of recs) {
      if (c.stem.length <= 3 || c.seen === pass) continue;
      c.seen = pass;
      mine++;
      if (lead.has(c.stem)) inLead++;
    }
    const shared = inLead / Math.max(1, mine);
    f.push(feat`lead:${bucket(Math.round(10 * shared), [0, 1, 2, 4])}`);
  }
  if (words[0]) f.push(feat`w0:${words[0]}`, feat`w0s:${openingShape(words[0])}`);
  if (words[1]) f.push(feat`w01:${word(words[0]!)} ${openingShape(words[1])}`);
  // Background comes in runs wider than one neighbour: a rule precedent two sentences away, and
  // how many of the sentences before this one the rules took (a profile's history runs on).
  if (readings[i - 2]?.rule || readings[i + 2]?.rule) f.push('near2:rule');
  f.push(feat`rulesbefore:${bucket(rulesBefore(readings)[i]!, [0, 1, 3])}`);
  // (When scoring, a pair the model does not weigh would add 0: not built.)
  const weighed = scoring ? weighedPairs(scoring) : null;
  for (let k = 0; k + 1 < stems.length; k++) {
    const a = stems[k]!, b = stems[k + 1]!;
    if (a.length <= 2 || b.length <= 2) continue;
    if (!weighed) f.push(`b:${a} ${b}`);
    else {
      const ca = recs[k]!;
      if (ca.pairsOf !== weighed) { ca.pairsOf = weighed; ca.pairs = weighed.get(a); }
      const name = ca.pairs?.get(b);
      if (name !== undefined) f.push(name);
    }
  }
  const seen = new Set<string>();
  for (const w of stems) if (MARKERS.has(w) && !seen.has(w)) { seen.add(w); f.push(feat`m:${w}`); }
  // Every word as well (the penalty keeps the rare ones small): what the news is about matters.
  // (each stem once, in first-seen order, as a Set of the stems would give them)
  const call = ++featureCall;
  for (const c of recs) {
    if (c.seen === call) continue;
    c.seen = call;
    if (c.stem.length > 2) f.push(c.feature);
  }
  // A relative clause recalls an earlier event (الاتفاق الذي وقع، التي أعلنت): the pronoun with the
  // shape of the verb after it (a perfect verb has no imperfect prefix ي/ت/ن).
  for (let k = 0; k + 1 < words.length; k++) {
    if (!/^(الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان)$/.test(words[k]!)) continue;
    const v = words[k + 1]!;
    f.push(/^(ي|ت|ن|س)/.test(v) ? 'relcl:imperf' : /^(كان|كانت|قد)$/.test(v) ? 'relcl:kana' : 'relcl:perf');
  }
  if (seen.has('كان') || seen.has('كانت') || seen.has('كانوا')) { if (seen.has('قد')) f.push('kana+qad'); }
  // (the main verb's shape, read once: the three feature groups below pair it with their own context)
  const me = mainShape(words);
  againstTheNews(readings, i, recs, me, f);
  timeAndTense(r, me, nums, f);
  afterWhat(readings[i - 1], me, f);
  return f;
}

/** The sentence's time: earlier (a year before the article's, العام الماضي), the news's own, ahead, or none. */
function whenOf(r: SentenceReading): 'early' | 'now' | 'ahead' | 'none' {
  const early = r.earlierYear || r.relative === 'past';
  return early ? 'early' : r.today || r.relative === 'present' || r.presentYear ? 'now' : r.ahead || r.futureYear ? 'ahead' : 'none';
}

const KANA = /^(و|ف)?(كان|كانت|كانوا)$/;
/** The sentence opens a pluperfect (وكان … قد فعل): كان, then قد later in it. */
function pluperfect(words: readonly string[]): boolean {
  const k = words.findIndex((w) => KANA.test(w));
  return k >= 0 && words.indexOf('قد', k + 1) > 0;
}

/**
 * The sentence against the one before it (round thirteen). A recalled event is told as a short
 * narrative: after a sentence set in an earlier time or in the pluperfect (وكان … قد), a perfect
 * verb goes on with the past (ثم فاز، واستقال بعدها), while after the news's own day it goes on with
 * the news. The previous sentence's time and main-verb shape, and whether it was pluperfect, each
 * with this sentence's main-verb shape.
 */
function afterWhat(prev: SentenceReading | undefined, me: string, f: string[]): void {
  if (!prev) return;
  const pw = wordsOf(prev).words;
  f.push(feat`pwhen:${whenOf(prev)}|${me}`, feat`pshape:${mainShape(pw)}|${me}`);
  if (pluperfect(pw)) f.push(feat`pkanaqad|${me}`);
}

/**
 * The sentence's time against its main verb (round twelve): an earlier time (a year before the
 * article's, العام الماضي), the news's own (a weekday, الجاري، هذا العام), one ahead (المقبل، a later
 * year) or none, with the main verb's shape and the rules' decision; figures (a percent, a currency,
 * how many numbers) with that time: last year's figures beside this week's prices; a quote with it.
 */
function timeAndTense(r: SentenceReading, me: string, nums: number, f: string[]): void {
  const early = r.earlierYear || r.relative === 'past';
  const when = whenOf(r);
  const rule = String(r.rule);
  f.push(feat`when:${when}|${me}`, feat`when:${when}|rule:${rule}`);
  if (/%|بالمئة|بالمائة|في المئة|في المائة/.test(r.plain) || CURRENCY.test(r.plain)) f.push(feat`figs|when:${when}`, feat`figs|rule:${rule}`);
  f.push(feat`nums:${bucket(nums, [0, 1, 2, 4])}|early:${early}`);
  if (/[«»"“”]/.test(r.plain)) f.push(feat`quote|when:${when}`);
}

// The particles before a sentence's main verb (وقد أعلن، ولم يحدد): passed over to read its tense.
const PARTICLES = new Set(['و', 'ف', 'قد', 'وقد', 'ولقد', 'لقد', 'كما', 'ثم', 'ولم', 'لم', 'لن', 'ولن']);
/** The shape of a sentence's first verb-like word past the particles (a negated past: لم، ولم). */
function mainShape(words: readonly string[]): string {
  for (const w of words.slice(0, 4)) {
    if (PARTICLES.has(w)) { if (/لم$/.test(w)) return 'neg-past'; continue; }
    return openingShape(w);
  }
  return 'none';
}
/** Read once per article: the lead's main-verb shape, and in how many sentences each word occurs. */
const articleViews = new WeakMap<readonly unknown[], { leadShape: string; count: Map<string, number> }>();
function articleView(readings: readonly SentenceReading[]) {
  let x = articleViews.get(readings);
  if (!x) {
    const count = new Map<string, number>();
    // (the words as precedentFeatures splits them: the empty pieces it drops are never looked up)
    for (const r of readings) {
      const pass = ++featureCall;
      for (const c of wordsOf(r).recs) {
        if (c.seen === pass) continue;
        c.seen = pass;
        count.set(c.stem, (count.get(c.stem) ?? 0) + 1);
      }
    }
    x = { leadShape: mainShape(wordsOf(readings[0]!).words), count };
    articleViews.set(readings, x);
  }
  return x;
}
/**
 * A sentence's event against the article's own (round eleven): the tense of its main verb beside the
 * lead's, and how much of its content the rest of the article keeps talking about (the news's own
 * story recurs, an event recalled is told once), each also with whether it names an earlier time.
 * Not for the lead itself (its first two sentences).
 */
function againstTheNews(readings: readonly SentenceReading[], i: number, recs: readonly StemRecord[], me: string, f: string[]): void {
  if (i < 2) return;
  const r = readings[i]!;
  const view = articleView(readings);
  const early = r.earlierYear || r.relative === 'past';
  // (the distinct content stems: more than three letters, no marker word; how many recur, how many occur once)
  let content = 0, recurs = 0, single = 0;
  const pass = ++featureCall;
  for (const c of recs) {
    if (c.stem.length <= 3 || MARKERS.has(c.stem) || c.seen === pass) continue;
    c.seen = pass;
    content++;
    const n = view.count.get(c.stem) ?? 0;
    if (n >= 3) recurs++;
    else if (n === 1) single++;
  }
  if (content) {
    const recurring = recurs / content;
    const once = single / content;
    const onceB = bucket(Math.round(10 * once), [2, 4, 6, 8]);
    f.push(feat`topic:${bucket(Math.round(10 * recurring), [1, 2, 3, 5])}`, feat`once:${onceB}`);
    f.push(feat`once:${onceB}|early:${early}`);
    if (readings.length < 6) f.push('short-article');
  }
  f.push(feat`tense:${view.leadShape}|${me}`, feat`tense:${me}|early:${early}`);
}

export function precedentScore(feats: readonly string[], model: Pick<PrecedentModel, 'weights'>): number {
  let s = 0;
  for (const x of feats) s += model.weights[x] ?? 0;
  return 1 / (1 + Math.exp(-s));
}

/** The decision: the rules' precedents stay unless unlikely, others are added when likely. */
export function takePrecedent(rule: boolean, p: number, model: Pick<PrecedentModel, 'keep' | 'add'>): boolean {
  return rule ? p >= model.keep : p > model.add;
}

/** Every sentence's decision: the thresholds, then the runs (a likely sentence beside a taken one). */
export function choosePrecedents(rules: readonly boolean[], ps: readonly number[], model: Pick<PrecedentModel, 'keep' | 'add' | 'run'>): boolean[] {
  const base = rules.map((r, i) => takePrecedent(r, ps[i]!, model));
  const run = model.run;
  if (run === undefined) return base;
  return base.map((t, i) => t || (!rules[i] && ps[i]! > run && (!!base[i - 1] || !!base[i + 1])));
}

const shipped = shippedModel<PrecedentModel>('precedent-classifier.json');
/** The shipped model; null when the data file is absent (the rules alone then decide). */
export const precedentModel = (): PrecedentModel | null => shipped.get();
/** For training and cross-validation only: parse with another model (null: the rules alone). */
export const usePrecedentModel = (m: PrecedentModel | null | undefined): void => shipped.use(m);
