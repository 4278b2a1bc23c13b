/**
 * Precedents: past events the article cites as background or comparison. A sentence is one when it
 * carries a cue of the past that is not the news itself: an earlier year, "last year", "سبق أن",
 * "على غرار", "كما حدث", "وكانت … قد", a span of years or decades, or narrative of an earlier
 * stage ("وبعد أن أخفقت …"). Reporting of the present (يوم الاثنين، الأسبوع الماضي) is not.
 */
import type { Lang, Precedent, Sentence } from '../briefing/types.ts';
import { lightNormAr } from '../text/arabic.ts';
import { findYears } from './years.ts';

interface Cue {
  /** Pattern over the lightly normalised sentence (Arabic) or lower-cased sentence (English). */
  re: RegExp;
  /** Years this cue stands for relative to the reference year (last year = -1). */
  rel?: number;
}

// Patterns are literal alternations with bounded gaps, never nested quantifiers.
const AR_CUES: Cue[] = [
  { re: /(العام|السنة) (الماضي|الماضية|المنصرم|المنصرمة)/, rel: -1 },
  { re: /العقد الماضي|(العقود|السنوات|الاعوام|العقدين|السنتين|العامين)( [^\s]{2,8})? الماضية|عقد من الزمان|عقود من الزمن|لعقود|لسنوات|على مدى (عقد|عقدين|سنوات|عقود)|طوال (عقد|سنوات|عقود)/ },
  { re: /سبق (ان|ل)|على غرار|كما حدث|كما جرى|في الماضي|في السابق|سابقا|تاريخيا|في وقت سابق من (العام|السنة)/ },
  { re: /(بداية|مطلع|اوائل|اواخر) (العام|السنة)( الجاري| الحالي)?/ },
  { re: /(^|\s)(و|ف)?كان(ت)? [^\s]+( [^\s]+){0,6} قد /},
  { re: /^(و|ف)?بعد ان [^\s]+(ت)? /},
  // A sentence opening with وكان/وكانت narrates background (وكان ترمب تعهد …), unless it is a schedule.
  { re: /^(و|ف)كان(ت)? (?!من المقرر|من المتوقع|يفترض|سي)[^\s]+ / },
  { re: /منذ (اندلاع|بداية|انطلاق|سقوط|انسحاب|توقيع|اندلاع|انتهاء|عام|سنة|عامين|سنوات)/ },
];

// Whole words only: لعقود must not match inside العقود الآجلة.
for (const c of AR_CUES) c.re = new RegExp(`(?<![\u0621-\u064A])(?:و|ف)?(?:${c.re.source})${c.re.source.endsWith(' ') ? '' : '(?![\\u0621-\\u064A])'}`);

const EN_CUES: Cue[] = [
  { re: /\blast year\b/, rel: -1 },
  { re: /\b(previously|in the past|had (already|previously)|earlier this year|at the start of the year|early this year|for (years|decades)|over the past (decade|years|decades)|a decade ago|years ago|in a similar|as happened|echoing|like in)\b/ },
  { re: /\bsince (the|its|their|his|her)\b/ },
];

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

export function findPrecedents(sentences: readonly Sentence[], lang: Lang, refYear: number | null): Precedent[] {
  const out: Precedent[] = [];
  const cues = lang === 'ar' ? AR_CUES : EN_CUES;
  const present = refYear ?? presentYear(sentences, lang);
  for (const s of sentences) {
    const plain = lang === 'ar' ? lightNormAr(s.text) : s.text.toLowerCase();
    let cue = '';
    let rel: number | undefined;
    for (const c of cues) {
      const m = c.re.exec(plain);
      if (m) { cue = m[0].trim(); rel = c.rel; break; }
    }
    const years: number[] = [];
    let earlier = false;
    for (const y of findYears(s.text)) {
      if (futureBefore(s.text, y.index, lang)) continue;
      if (refYear !== null && y.year >= refYear) continue;
      if (present === null || y.year < present) earlier = true;
      if (!years.includes(y.year)) years.push(y.year);
    }
    if (!cue && earlier) cue = String(years.find((y) => present === null || y < present) ?? years[0]);
    if (!cue) continue;
    if (rel !== undefined && refYear !== null && !years.includes(refYear + rel)) years.push(refYear + rel);
    out.push({ id: `pr${out.length + 1}`, text: { ar: lang === 'ar' ? textOf(s) : '', en: lang === 'en' ? textOf(s) : '' }, years: years.sort((a, b) => a - b), cue, sentenceId: s.id });
  }
  return out;
}
