/**
 * Precedents: past events the article cites as background or comparison. A sentence is one when it
 * carries a cue of the past that is not the news itself: an earlier year, "last year", "سبق أن",
 * "على غرار", "كما حدث", "وكانت … قد", a span of years or decades, or narrative of an earlier
 * stage ("وبعد أن أخفقت …"). Reporting of the present (يوم الاثنين، الأسبوع الماضي) is not.
 */
import type { Lang, Precedent, Sentence } from '../briefing/types.ts';
import { lightNormAr } from '../text/arabic.ts';
import { asciiDigits } from '../text/normalize.ts';
import { findYears } from './years.ts';
import { MONTHS, WEEKDAYS } from './cues-ar.ts';
import { choosePrecedents, precedentFeatures, precedentModel, precedentScore } from './precedent-classifier.ts';

interface Cue {
  /** Pattern over the lightly normalised sentence (Arabic) or lower-cased sentence (English). */
  re: RegExp;
  /**
   * Years this cue stands for relative to the reference year (last year = -1). Read for English
   * only: Arabic sentences are dated by relativeYears, which reads every relative date in them.
   */
  rel?: number;
  /** A cue of narrative background (سبق أن، على غرار، وكان … قد) rather than of time alone. */
  narrative?: boolean;
  /**
   * A cue that also links the news's own steps (اعتقل رجلا بعد أن صدم …): a precedent only in a
   * sentence that does not date itself to the news's days (a weekday, اليوم، أمس).
   */
  notToday?: boolean;
  /** A cue that dates plans as well (في 6 آب/أغسطس): not in a sentence about what is ahead. */
  notAhead?: boolean;
}

// Patterns are literal alternations with bounded gaps, never nested quantifiers.
const AR_CUES: Cue[] = [
  { re: /(العام|السنة) (الماضي|الماضية|المنصرم|المنصرمة)/, rel: -1 },
  { re: /العقد الماضي|(العقود|السنوات|الاعوام|العقدين|السنتين|العامين)( [^\s]{2,8})? الماضية|عقد من الزمان|عقود من الزمن|لعقود|لسنوات|على مدى (عقد|عقدين|سنوات|عقود)|طوال (عقد|سنوات|عقود)/ },
  { re: /سبق (ان|ل)|على غرار|كما حدث|كما جرى|في الماضي|في السابق|سابقا|تاريخيا|في وقت سابق من (العام|السنة)/, narrative: true },
  { re: /(بداية|مطلع|اوائل|اواخر) (العام|السنة)( الجاري| الحالي)?/ },
  { re: /(^|\s)(و|ف)?كان(ت)? [^\s]+( [^\s]+){0,6} قد /, narrative: true, notToday: true },
  { re: /^(و|ف)?بعد ان [^\s]+(ت)? /, narrative: true },
  // A sentence opening with وكان/وكانت narrates background (وكان ترمب تعهد …), unless it is a schedule.
  { re: /^(و|ف)كان(ت)? (?!من المقرر|من المتوقع|يفترض|سي)[^\s]+ /, narrative: true, notToday: true },
  { re: /منذ (اندلاع|بداية|انطلاق|سقوط|انسحاب|توقيع|اندلاع|انتهاء|عام|سنة|عامين|سنوات)/ },
  // A time ago (قبل عام، قبل 5 سنوات، منذ أكثر من 10 سنوات) or a past month of the article's year
  // (في آذار/مارس الماضي، مطلع أيار/مايو): background the article recalls, dated from its present.
  { re: /(قبل|منذ) (اكثر من |نحو |حوالي |قرابة )?(عام|عامين|سنة|سنتين|([0-9٠-٩]+|ثلاث|ثلاثة|اربع|اربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثماني|ثمانية|تسع|تسعة|عشر|عشرة) (سنوات|اعوام|عاما|سنة))/, rel: -1 },
  // (منذ أسابيع، منذ أسبوعين: what has been going on for weeks is the news itself, not its background)
  { re: /قبل (اكثر من |نحو |حوالي )?(شهر|شهرين|اسابيع|اسبوعين|[0-9٠-٩]+ (اشهر|شهرا|اسابيع))|منذ (اكثر من |نحو |حوالي )?(شهر|شهرين|[0-9٠-٩]+ (اشهر|شهرا))/, rel: 0 },
  { re: /(يناير|فبراير|مارس|ابريل|أبريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون الثاني|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين الاول|تشرين الثاني|كانون الاول) (الماضي|المنصرم)/, rel: 0 },
  { re: /(بداية|مطلع|اوائل|منتصف|اواخر|نهاية) (شهر )?(يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين)/, rel: 0, notAhead: true },
  // An earlier event the sentence hangs the news on (… بعد أن تعهد الرئيس …، بعدما رفض، بعد أسابيع من
  // قمة سنغافورة، قبل أيام، قبل ستة أشهر) or a past habit (كان الجمهوريون يوجهون، طالما انتقد).
  { re: /بعد (ايام|اسابيع|اشهر|شهور|عدة ايام|عدة اسابيع|عدة اشهر) من|قبل (ايام|بضعة ايام|اسابيع|بضعة اسابيع|اشهر|بضعة اشهر)/, rel: 0, narrative: true, notToday: true },
  { re: /بعد ان|بعدما|بعد سنوات من|لطالما|طالما(?! ان )/, narrative: true, notToday: true },
  { re: /(قبل|منذ) (ستة|ثلاثة|اربعة|خمسة|سبعة|ثمانية|تسعة|عشرة) (اشهر|اسابيع)|الشهر الماضي/, rel: 0, notToday: true },
  { re: /(^|\s)(و|ف)?كان(ت|وا)? ([^\s]+ )?(ي|ت)[^\s]{3,}/, narrative: true, notToday: true },
  // A dated day or month of its own (في 12 تموز/يوليو، في الرابع من مارس، خلال شهر مايو): the news
  // itself is dated by weekdays, so an explicit date is an earlier step, unless it is ahead (المقبل، حتى …).
  { re: /(في|خلال|منذ) (شهر |[0-9٠-٩]{1,2} ?|(الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|[^\s]{3,12}) من )?(يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون الثاني|شباط|اذار|نيسان|ايار|حزيران|تموز|ايلول|تشرين الاول|تشرين الثاني|كانون الاول)(?!\/? ?(المقبل|القادم|الجاري))/, rel: 0, notToday: true, notAhead: true },
  { re: /في (الخمسينات|الستينات|السبعينات|الثمانينات|التسعينات|الخمسينيات|الستينيات|السبعينيات|الثمانينيات|التسعينيات)(?! من العمر)|مؤخرا/, rel: 0 },
  // Recall of a span or of a last time (checked on the even half's gold: 13 anchors to 1 other sentence):
  // عقود مضت، في الستة أعوام الماضية، بعد سبعة أعوام من النزاع، عقب أقل من عام على انتقاله، لم يسبق أن،
  // المرة الأخيرة التي، للمرة الأولى منذ.
  { re: /(عقود|سنوات|اعوام|سنين|قرون) مضت|(ال)?([0-9٠-٩]+|ثلاث|ثلاثة|اربع|اربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثماني|ثمانية|تسع|تسعة|عشر|عشرة) (سنوات|اعوام|سنين) (الماضية|الماضيه|المنصرمة)/ },
  { re: /(بعد|عقب) (اقل من |اكثر من |نحو |حوالي |قرابة )?(عام|سنة|عامين|سنتين|([0-9٠-٩]+|ثلاث|ثلاثة|اربع|اربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثماني|ثمانية|تسع|تسعة|عشر|عشرة) (سنوات|اعوام|عاما)) (من|على|علي)/, narrative: true },
  { re: /لم يسبق (ان|ل)|اخر مرة|المرة الاخيرة|(للمرة|لاول مرة)( [^\s]+){0,4} منذ/, narrative: true },
];

// Whole words only: لعقود must not match inside العقود الآجلة.
const cueEnd = (re: RegExp): string => (re.source.endsWith(' ') ? '' : '(?![\\u0621-\\u064A])');
// Most sentences hold no cue: one test of them all first, with the word start and و/ف written once
// around the alternation (passes exactly when some cue matches; each alternative with its own
// look-behind, the test cost as much as the cues one by one).
const ANY_AR_CUE = new RegExp(`(?<![\u0621-\u064A])(?:و|ف)?(?:${AR_CUES.map((c) => `(?:${c.re.source})${cueEnd(c.re)}`).join('|')})`);
for (const c of AR_CUES) c.re = new RegExp(`(?<![\u0621-\u064A])(?:و|ف)?(?:${c.re.source})${cueEnd(c.re)}`);

const EN_CUES: Cue[] = [
  { re: /\blast year\b/, rel: -1 },
  { re: /\b(previously|in the past|had (already|previously)|earlier this year|at the start of the year|early this year|for (years|decades)|over the past (decade|years|decades)|a decade ago|years ago|in a similar|as happened|echoing|like in)\b/ },
  { re: /\bsince (the|its|their|his|her)\b/ },
];

/**
 * Figures of the present (statistics, prices, sales, rates): a sentence that reports them is not a
 * precedent through a date alone (وباعت الشركة في العام الماضي 444600 سيارة), only through a cue
 * of narrative background.
 */
const AR_STATS = /(بيانات|الاحصاءات|احصاءات|احصائيات|مؤشر|متوسط|معدل|نسبة|بالمئة|بالمائة|في المئة|%|دولار|يورو|جنيه|ريال|درهم|دينار|برميل|سعر|اسعار|مبيعات|باعت|باع)(?![\u0621-\u064A])/;
const EN_STATS = /\b(data|statistics|index|average|rate|percent|per cent|%|dollars?|euros?|barrels?|price|prices|sales|sold)\b/;

/** The news's own days: a weekday, today, yesterday (lightly normalised). */
const TODAY = new RegExp(`(?<![\u0621-\u064A])(و|ف|ب)?(${[...WEEKDAYS.keys(), 'اليوم', 'امس', 'الليلة'].join('|')})(?![\u0621-\u064A])`);

/** Words of what is ahead: a sentence with one dates a plan, not a past step. */
const AHEAD = /(?<![\u0621-\u064A])(المقبل|المقبلة|القادم|القادمة|سوف|حتى|بحلول|من المقرر|من المتوقع|يعتزم|تعتزم|سيتم|ستبدا|سيبدا|موعد|يسعى|تسعى)(?![\u0621-\u064A])/;

const COUNT_WORDS: Record<string, number> = { عامين: 2, سنتين: 2, ثلاث: 3, ثلاثة: 3, اربع: 4, اربعة: 4, خمس: 5, خمسة: 5, ست: 6, ستة: 6, سبع: 7, سبعة: 7, ثماني: 8, ثمانية: 8, تسع: 9, تسعة: 9, عشر: 10, عشرة: 10 };
/** How many years a «قبل N سنوات» cue goes back (1 for العام الماضي, قبل عام). */
function yearsAgo(cue: string): number {
  const digits = /([0-9٠-٩]+) (سنوات|اعوام|عاما|سنة)/.exec(cue)?.[1];
  if (digits) return Number(digits.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)));
  for (const w of cue.split(' ')) if (COUNT_WORDS[w]) return COUNT_WORDS[w]!;
  return 1;
}

/** The month a season of the past stands for (spring April, summer July, autumn October, winter February; a sports season June). */
const SEASON_MONTH: Record<string, number> = { الربيع: 4, الصيف: 7, الخريف: 10, الشتاء: 2, الموسم: 6 };
/** How many months a «قبل N أشهر» cue goes back. */
function monthsAgo(cue: string): number {
  if (/شهرين/.test(cue)) return 2;
  const digits = /([0-9٠-٩]+) (اشهر|شهرا|شهور)/.exec(cue)?.[1];
  if (digits) return Number(digits.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)));
  for (const w of cue.split(' ')) if (COUNT_WORDS[w]) return COUNT_WORDS[w]!;
  return 1;
}

const MONTH_ALT = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
const NEXT = '(?:المقبل|المقبلة|القادم|القادمة)';
/**
 * Relative dates of the past in a lightly normalised Arabic sentence, each with how to resolve it
 * against the article's date: `years` back from its year, or a month of its year that falls in
 * the year before when the month has not come yet (في كانون الأول/ديسمبر الماضي in a March article).
 */
const AR_RELATIVE: Array<[RegExp, (m: RegExpExecArray, plain: string) => RelativeDate]> = [
  [/(العام|السنة) (الماضي|الماضية|المنصرم|المنصرمة|السابق|السابقة)|(النسخة|الدورة|البطولة) (الماضي|الماضية|السابق|السابقة|المنصرم|المنصرمة)/, () => ({ back: 1 })],
  // A season is placed like a month of the past (الربيع الماضي in an August article is this
  // year's spring; without the month, a year back); the sports season ends in May or June, so
  // الموسم الماضي is this year from July.
  [/(الموسم|الصيف|الشتاء|الربيع|الخريف) (الماضي|السابق|المنصرم)/, (m) => ({ season: SEASON_MONTH[m[1]!]! })],
  // Months back from the article's month (قبل ستة أشهر in April is the October before).
  // (منذ شهر شباط is a named month, read below.)
  [new RegExp(`(قبل|منذ) (اكثر من |نحو |حوالي |قرابة )?(شهر(?! (?:${MONTH_ALT}))|شهرين|([0-9٠-٩]+|ثلاثة|اربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة) (اشهر|شهرا|شهور))`), (m) => ({ monthsBack: monthsAgo(m[0]) })],
  [/(قبل|منذ) (اكثر من |نحو |حوالي |قرابة )?(عام|عامين|سنة|سنتين|([0-9٠-٩]+|ثلاث|ثلاثة|اربع|اربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثماني|ثمانية|تسع|تسعة|عشر|عشرة) (سنوات|اعوام|عاما|سنة))/, (m) => ({ back: yearsAgo(m[0]) })],
  [new RegExp(`(${MONTH_ALT})(?:/? ?(?:${MONTH_ALT}))? (الماضي|المنصرم)`), (m) => ({ month: MONTHS.get(m[1]!)!.n, last: true })],
  // A month named without a year after a day or a preposition of time (في 12 تموز، في أيار، خلال
  // شهر مايو، مطلع نيسان، منذ شباط), not one ahead (المقبل).
  // A month the sentence's verb puts ahead (وستقام … في آذار، وتقام النهائية في 26 أيار: futureMonth)
  // is no month of the past: dated forward, and the sentence is about what is ahead.
  [new RegExp(`(?:[0-9٠-٩]{1,2}|من|في|خلال|منذ|بداية|مطلع|اوائل|اواخر|منتصف|نهاية) (?:شهر )?(${MONTH_ALT})(?![\\u0621-\\u064A])(?!/? ?(?:(?:${MONTH_ALT}) )?(?:${NEXT}|الماضي|المنصرم))(?!(?:/? ?(?:${MONTH_ALT}))? ?(?:عام |سنة )?[0-9٠-٩]{4})`), (m, plain) => ({ month: MONTHS.get(m[1]!)!.n, last: false, ...futureMonth(plain, m) })],
  // An event a span before another (بعد عام من انتقاله، عقب أقل من عام على، عامين بعد إخفاقها): the
  // earlier one lies that many years before the later, the sentence's own year when it writes one
  // (في 1789 بعد خمسة أعوام على حادثة: 1784), else the article's.
  [/(بعد|عقب) (اقل من |اكثر من |نحو |حوالي |قرابة )?(عام|سنة|عامين|سنتين|([0-9٠-٩]+|ثلاث|ثلاثة|اربع|اربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثماني|ثمانية|تسع|تسعة|عشر|عشرة) (سنوات|اعوام|عاما|سنة)) (من|على|علي)|(عامين|سنتين|([0-9٠-٩]+|ثلاث|ثلاثة|اربع|اربعة|خمس|خمسة) (سنوات|اعوام)) بعد/, (m) => ({ before: yearsAgo(m[0]) })],
  // A span after a year the sentence writes (في جنوب أفريقيا 2010 … وبعدها بأربع سنوات في البرازيل:
  // 2014): dated from that year only (dating only: no written year, no reading, and no direction).
  [/(بعدها|بعده|بعد ذلك) ب ?(عام|سنة|عامين|سنتين|([0-9٠-٩]+|ثلاث|ثلاثة|اربع|اربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثماني|ثمانية|تسع|تسعة|عشر|عشرة) (سنوات|اعوام|عاما|سنة))/, (m) => ({ later: yearsAgo(m[0].replace(/^.*?(بعدها|بعده|بعد ذلك) ب ?/, '')), own: true })],
  [/الشهر (الماضي|المنصرم|السابق)/, () => ({ month: 0, last: true })],
  // The article's own year, month or recent months named as such (هذا العام، العام الجاري، الشهر
  // الحالي، في الشهور الأخيرة): its year (in January the months before are the year before's,
  // as الشهر الماضي is).
  // (Dating only: the classifier's reading of the sentence's direction leaves them out, its
  // features as before; read into `relative` they cost recall in cross-validation.)
  [/(هذا|هذه) (العام|السنة)|(العام|السنة) (الجاري|الحالي|الجارية|الحالية)|الشهر (الجاري|الحالي)/, () => ({ back: 0, own: true })],
  [/(الشهور|الاشهر) (الاخيرة|الماضية|القليلة الماضية)/, () => ({ month: 0, last: true, own: true })],
  [/(الاسبوع|الاسابيع|الايام) (الماضي|الماضية|المنصرم|الاخيرة)|في وقت سابق|مطلع (هذا|الاسبوع)|(قبل|منذ) (اكثر من |نحو |حوالي )?(ايام|بضعة ايام|اسبوع|اسبوعين|اسابيع|بضعة اسابيع|اشهر|بضعة اشهر|[0-9٠-٩]+ (ايام|اسابيع)|(ستة|ثلاثة|اربعة|خمسة|سبعة|ثمانية|تسعة|عشرة) (ايام|اسابيع))|بعد (ايام|اسابيع|اشهر|عدة ايام|عدة اسابيع|عدة اشهر) من|مؤخرا|(ايام|اسابيع|اشهر|شهور) مضت|(مباراة|جولة|لقاء|مباراتي) الذهاب|ذهابا/, () => ({ back: 0 })],
];

// Whole words, as the cues: اب (August) is not the start of ابو; a leading و/ف joins the first
// (وفي أيار/مايو). Compiled once: relativeYears runs for every sentence of every article.
const AR_RELATIVE_WORDS = AR_RELATIVE.map(([re, resolve]) => [new RegExp(`(?<![\u0621-\u064A])(?:و|ف)?(?:${re.source})(?![\u0621-\u064A])`, 'g'), resolve] as const);
// Most sentences hold none of them: one test of them all first, with the word edges and و/ف
// written once around the alternation (the same sentences pass; each alternative carrying its own
// look-behind, the test cost two to four times as much).
const ANY_RELATIVE = new RegExp(`(?<![\u0621-\u064A])(?:و|ف)?(?:${AR_RELATIVE.map(([re]) => `(?:${re.source})`).join('|')})(?![\u0621-\u064A])`);

/** The one-test filters and what they stand for (tests: a filter passes exactly when one of its regexes matches). */
export const filtersForTest = (): Array<{ any: RegExp; each: RegExp[] }> => [
  { any: ANY_AR_CUE, each: AR_CUES.map((c) => c.re) },
  { any: ANY_RELATIVE, each: AR_RELATIVE_WORDS.map(([g]) => new RegExp(g.source)) },
];

/**
 * The years a sentence's relative dates stand for, resolved against the article's year and month
 * (the month when the publication date is known): العام الماضي → year − 1, قبل خمس سنوات → year − 5,
 * الشهر الماضي and the weeks and days before → the year (the year before in January), a month
 * named without a year → the year, or the year before when that month is still ahead of the
 * article's (a month "الماضي" of the article's own month is a year back), months back (قبل ستة
 * أشهر) counted from the article's month, a season of the past (الربيع الماضي، الموسم الماضي)
 * placed as a month. A weekday is the news's own week: the article's year.
 */
export function relativeYears(plain: string, year: number | null, month: number | null = null): number[] {
  if (year === null) return [];
  const out = resolveRelative(relativeDates(plain), year, month);
  if (TODAY.test(plain)) out.add(year);
  return [...out];
}

/** `own`: the article's own time named as such (هذا العام), read for dating only. */
type RelativeDate = ({ back: number } | { before: number } | { later: number } | { month: number; last: boolean; ahead?: 'future' | 'imperf' } | { monthsBack: number } | { season: number }) & { own?: true };

/** Words of a plan, ahead wherever they stand: سوف, من المقرر، من المتوقع، يعتزم. */
const PLAN_WORD = /^(و|ف)?(سوف|المقرر|المتوقع|يعتزم|تعتزم|يعتزمون)$/;
/**
 * A future verb: سـ on an imperfect (ستقام، سيتم، سنعلن), not a noun in ة or a plural in ات (سيارة،
 * سياسة، سنوات). Names share the shape (ستاموس، ستيفن، سيرينا), so it counts only where a verb
 * opens its clause: at the sentence's or a comma's start, or after a clause word (below).
 */
const FUTURE_VERB = /^(و|ف)?س[يتن][\u0621-\u064A]{3,}$/;
const NOT_VERB_END = /(ة|ات)$/;
/** An imperfect verb's shape (ي/ت/ن + a stem; not a perfect in ت, a noun in ة or a plural in ات). */
const IMPERFECT = /^(و|ف)?[يتن][\u0621-\u064A]{3,}$/;
/**
 * Words that end the clause a month belongs to, read back from the month: a relative pronoun, a
 * complement (أن، إنه), the pluperfect (كان، قد), a negated past (لم), and a time before (منذ، بعد،
 * عقب، إثر): the verb beyond them is not the month's.
 */
const CLAUSE_BREAK = /^(و|ف)?(الذي|التي|الذين|اللذين|اللتين|ان|انه|انها|انهم|كان|كانت|كانوا|قد|لقد|لم|لما|منذ|بعد|بعدما|عقب|اثر|عندما|حين|حيث)$/;
const futureVerb = (w: string | undefined): boolean => !!w && FUTURE_VERB.test(w) && !NOT_VERB_END.test(w);
/**
 * Whether the verb a named month belongs to puts it ahead: read back from the month to the start of
 * its clause, a word of a plan or a future verb opening a clause ('future': وستقام النسخة 18 … بين
 * 13 و20 آذار، …، سيترك الشركة في آب، إنه سيتم عرض … في أيلول، إن الوزير سيزور), else a sentence that opens on an
 * imperfect verb ('imperf': وتقام المباراة النهائية في 26 أيار; present or scheduled, never a
 * narrated past). أن before an imperfect (من المقرر أن يلتقي) joins the clause before. منذ before the
 * month is always the past (لم يلعب منذ سبتمبر).
 */
function futureMonth(plain: string, m: RegExpExecArray): { ahead?: 'future' | 'imperf' } {
  if (/منذ/.test(m[0])) return {};
  // (each piece between commas or colons, its words; the first word of a piece opens a clause)
  const pieces = plain.slice(0, m.index).split(/[،,:؛;]/).map((p) => p.split(/\s+/).filter(Boolean));
  for (let p = pieces.length - 1; p >= 0; p--) {
    const words = pieces[p]!;
    for (let k = words.length - 1; k >= 0; k--) {
      const w = words[k]!;
      if (PLAN_WORD.test(w)) return { ahead: 'future' };
      if (CLAUSE_BREAK.test(w)) {
        // (the verb right after it, or after a definite subject: إن الوزير سيزور)
        if (futureVerb(words[k + 1]) || (/^ال/.test(words[k + 1] ?? '') && futureVerb(words[k + 2]))) return { ahead: 'future' };
        if (/^(و|ف)?ان$/.test(w) && IMPERFECT.test(words[k + 1] ?? '')) continue;
        return {};
      }
    }
    if (futureVerb(words[0])) return { ahead: 'future' };
    if (p === 0) return IMPERFECT.test(words[0] ?? '') && !/(ت|ة|ات)$/.test(words[0]!) ? { ahead: 'imperf' } : {};
  }
  return {};
}

/** Every relative date of the past in a sentence, unresolved (read once, resolved per year). */
function relativeDates(plain: string): RelativeDate[] {
  const out: RelativeDate[] = [];
  if (!ANY_RELATIVE.test(plain)) return out;
  for (const [g, resolve] of AR_RELATIVE_WORDS) {
    g.lastIndex = 0;
    for (let m = g.exec(plain); m; m = g.exec(plain)) out.push(resolve(m, plain));
  }
  return out;
}

function resolveRelative(dates: readonly RelativeDate[], year: number, month: number | null, written?: number): Set<number> {
  const out = new Set<number>();
  for (const r of dates) {
    if ('back' in r) out.add(year - r.back);
    else if ('before' in r) out.add((written ?? year) - r.before);
    else if ('later' in r) { if (written !== undefined) out.add(written + r.later); }
    // Without the article's month, months back stay in its year (as الشهر الماضي does).
    // A season of the past: a year back without the article's month, else placed as a month.
    else if ('season' in r) out.add(month === null || r.season >= month ? year - 1 : year);
    else if ('monthsBack' in r) out.add(month === null ? year : year + Math.floor((month - 1 - r.monthsBack) / 12));
    else if (r.month === 0) out.add(month === 1 ? year - 1 : year);
    // A month ahead by its verb: this year, or the next when the month is before the article's
    // (a future verb only: an imperfect also states what recurs, يقام كل عام في آذار).
    else if (r.ahead === 'future') out.add(month !== null && r.month < month ? year + 1 : year);
    else if (r.ahead === 'imperf') out.add(year);
    else out.add(month !== null && (r.last ? r.month >= month : r.month > month) ? year - 1 : year);
  }
  return out;
}

// A year in the future or as a deadline is not a precedent.
const AR_FUTURE = /(بحلول|حتى|المقبل|المقبلة|القادم|القادمة|سوف|خطة|رؤية)\s*(عام|سنة)?\s*$/;
const EN_FUTURE = /\b(by|until|before|next)\s*$/;

function textOf(s: Sentence, max = 320): string {
  return s.text.length <= max ? s.text : s.text.slice(0, max).replace(/\s+\S*$/, '') + '…';
}

/**
 * Without a publication date, the article's present is taken to be the latest year it mentions
 * (outside deadlines such as "بحلول عام 2030"): a 2018 report that says "2018" is reporting, not
 * recalling. A sentence with that year is a precedent only through another cue or an earlier year.
 */
function presentYear(sentences: readonly Sentence[], lang: Lang): number | null {
  let max: number | null = null;
  const seen = new Map<number, { count: number; lead: boolean }>();
  sentences.forEach((s, i) => {
    for (const y of new Set(findYears(s.text).filter((h) => !futureBefore(s.text, h.index, lang)).map((h) => h.year))) {
      const e = seen.get(y) ?? { count: 0, lead: false };
      e.count++;
      e.lead ||= i < 2;
      seen.set(y, e);
      if (max === null || y > max) max = y;
    }
  });
  // Only a year the article keeps coming back to, or states in its lead, is its present.
  const m = max === null ? undefined : seen.get(max);
  return m && (m.lead || m.count >= 2) ? max : null;
}

function futureBefore(text: string, index: number, lang: Lang): boolean {
  const before = lang === 'ar' ? lightNormAr(text.slice(Math.max(0, index - 24), index)) : text.slice(Math.max(0, index - 12), index).toLowerCase();
  return (lang === 'ar' ? AR_FUTURE : EN_FUTURE).test(before);
}

/** What the rules read in one sentence: the cue they found, its dating, and whether they take it. */
export interface SentenceReading {
  /** index of the cue in the rules' list (-1: none; -2: an earlier year alone) */
  cueIndex: number;
  cue: string;
  years: number[];
  /** the sentence reports figures of the present (statistics, prices) */
  stats: boolean;
  narrative: boolean;
  /** the news's own days (a weekday, today) and words of what is ahead */
  today: boolean;
  ahead: boolean;
  /** a year earlier than the article's present; the present year itself; a year ahead or a deadline */
  earlierYear: boolean;
  presentYear: boolean;
  futureYear: boolean;
  /**
   * The sentence's relative dates (العام الماضي، آذار الماضي، قبل أيام): 'past' when one falls in a
   * year before the article's, 'present' when they stay in its year, null without any.
   */
  relative: 'past' | 'present' | null;
  /** years back from the article's present to the earliest year the sentence names (null: none, or no present) */
  yearsBack: number | null;
  /** the rules take the sentence as a precedent */
  rule: boolean;
  /** the lightly normalised (Arabic) or lower-cased (English) sentence */
  plain: string;
}

// findYears reads 1900-2099 only: a bare four-digit number is as often a count (1400 شرطي، 1764
// مخالفة). An older year is read after a word of time (في 1789، عام 1892، في1930) or joined by و to a
// year (1892 و1894); 1500 on (a Hijri year, هذا العام 1439, stays out).
const OLD_YEAR = /(?:(?<![\u0621-\u064A])(?:و|ف)?(?:في|عام|العام|سنة|عامي) ?|(?<=(?:1[5-9]|20)[0-9]{2} ?)و)(1[5-8][0-9]{2})(?![0-9])/g;
/** Years 1500-1899 a sentence writes after a word of time (precedent dating). */
export function oldYears(text: string): number[] {
  const t = asciiDigits(text);
  if (!/1[5-8][0-9]{2}/.test(t)) return [];
  return [...t.matchAll(OLD_YEAR)].map((m) => Number(m[1]));
}

/** The rules' reading of every sentence, taken or not (the precedent classifier's input). */
export function readSentences(sentences: readonly Sentence[], lang: Lang, refYear: number | null, refMonth: number | null = null): SentenceReading[] {
  const cues = lang === 'ar' ? AR_CUES : EN_CUES;
  const present = refYear ?? presentYear(sentences, lang);
  // An English relative cue is dated from the publication year, else from the year the article reports in.
  const base = refYear ?? present;
  return sentences.map((s) => {
    const plain = lang === 'ar' ? lightNormAr(s.text) : s.text.toLowerCase();
    const today = lang === 'ar' && TODAY.test(plain);
    const relDates = lang === 'ar' ? relativeDates(plain) : [];
    // (a month its verb puts ahead is a plan: a future verb's, or an imperfect's after the article's month)
    const ahead = lang === 'ar' && (AHEAD.test(plain) || relDates.some((d) => 'ahead' in d && (d.ahead === 'future' || (d.ahead === 'imperf' && refYear !== null && refMonth !== null && d.month > refMonth))));
    let cue = '';
    let cueIndex = -1;
    let rel: number | undefined;
    let narrative = false;
    if (lang !== 'ar' || ANY_AR_CUE.test(plain)) for (const [i, c] of cues.entries()) {
      if (c.notToday && today) continue;
      if (c.notAhead && ahead) continue;
      const m = c.re.exec(plain);
      if (m) { cue = m[0].trim(); rel = c.rel; narrative = !!c.narrative; cueIndex = i; break; }
    }
    const stats = (lang === 'ar' ? AR_STATS : EN_STATS).test(plain);
    // «قبل خمس سنوات»: as many years back as it says.
    const years: number[] = [];
    let earlier = false;
    let atPresent = false;
    let future = false;
    const found = findYears(s.text);
    for (const y of found) {
      // The publication year itself is the present (في 4 آذار 2018 in a 2018 article), not ahead.
      if (futureBefore(s.text, y.index, lang) || (refYear !== null && y.year > refYear)) { future = true; continue; }
      if (present === null || y.year < present) earlier = true;
      else if (y.year === present) atPresent = true;
      else future = true;
      if (!years.includes(y.year)) years.push(y.year);
    }
    if (!cue && earlier) { cue = String(years.find((y) => present === null || y < present) ?? years[0]); cueIndex = -2; }
    // Years before 1900 after a word of time (dating only: the features read findYears' years as before).
    if (lang === 'ar') for (const y of oldYears(s.text)) if (!years.includes(y)) years.push(y);
    // Relative dates resolved against the article's date, beside the years written out: the event's
    // own time (وكان … قد عبرا الثلاثاء عن … الاتفاق الموقع عام 2015) is not the year of a noun in it.
    // (Read once: the article's year resolves them here, a stand-in year for their direction below.
    // No relative date holds a weekday, so reading them beside the news's own days changes nothing.)
    // Arabic relative dates are resolved against the publication year only (round fourteen): without
    // one, the present read from the years an article names was its real year in 4 of the 26 undated
    // development articles where it was read at all (the latest year named is mostly an earlier one, or
    // a tournament's ahead), and the relative dates it resolved gave 2 right years and 23 wrong ones.
    const month = refYear === null ? null : refMonth;
    if (lang === 'ar') {
      if (refYear !== null) {
        const rel = resolveRelative(relDates, refYear, month, years.length ? Math.min(...years) : undefined);
        if (today) rel.add(refYear);
        for (const y of rel) if (!years.includes(y)) years.push(y);
      }
      // Without the article's date, a span after a year the sentence writes (2010 … وبعدها بأربع
      // سنوات) is still read: the text's own year, never a guessed present. (Not a span before one:
      // «بعد سبعة أعوام من النزاع» beside 2013 is mostly not the year of the later event.)
      else if (years.length) {
        const spans = relDates.filter((d) => 'later' in d);
        for (const y of resolveRelative(spans, 0, null, Math.min(...years))) if (!years.includes(y)) years.push(y);
      }
    }
    else if (rel !== undefined && base !== null && !years.includes(base + rel) && !(rel === 0 && years.length)) years.push(base + rel);
    const rule = !!cue && (narrative || !stats);
    // The direction of the relative dates, known with or without the article's year (read from a
    // stand-in year): a weekday alone is the news's own day, read by `today`.
    const probe = [...resolveRelative(relDates.filter((d) => !d.own), 2000, month)];
    const relative = probe.some((y) => y < 2000) ? 'past' : probe.length ? 'present' : null;
    const written = found.map((h) => h.year).filter((y) => present !== null && y < present);
    const yearsBack = written.length && present !== null ? present - Math.min(...written) : null;
    return { cueIndex, cue, years: years.sort((a, b) => a - b), stats, narrative, today, ahead, earlierYear: earlier, presentYear: atPresent, futureYear: future, relative, yearsBack, rule, plain };
  });
}

/**
 * The rules' precedents; in Arabic the learned classifier (precedent-classifier.ts) then drops
 * rule precedents it finds unlikely and adds sentences the rules missed that it finds likely, or
 * fairly likely beside a taken one (background comes in runs: `choosePrecedents`).
 */
export function findPrecedents(sentences: readonly Sentence[], lang: Lang, refYear: number | null, refMonth: number | null = null): Precedent[] {
  const out: Precedent[] = [];
  const readings = readSentences(sentences, lang, refYear, refMonth);
  const model = lang === 'ar' ? precedentModel() : null;
  const scores = model ? readings.map((r, i) => precedentScore(precedentFeatures(readings, sentences, i, model), model)) : null;
  const rules = readings.map((r) => r.rule);
  const chosen = scores ? choosePrecedents(rules, scores, model!) : rules;
  sentences.forEach((s, i) => {
    const r = readings[i]!;
    const take = chosen[i]!;
    if (!take) return;
    out.push({ id: `pr${out.length + 1}`, text: { ar: lang === 'ar' ? textOf(s) : '', en: lang === 'en' ? textOf(s) : '' }, years: r.years, cue: r.cue || 'context', sentenceId: s.id });
  });
  return out;
}
