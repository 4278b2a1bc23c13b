/**
 * Timeline: dated or relatively dated events (يوم الاثنين، الأسبوع الماضي، في بداية العام، 2020،
 * في 5 مارس/آذار), `when` as written and in English. Events are sorted by a key: the ISO-ish date
 * when it can be resolved, else an approximate position relative to the article's present, so that
 * "2020" comes before "last year" before "last week" before "Monday" even with no publication date.
 */
import type { Lang, Sentence, TimelineEvent } from '../briefing/types.ts';
import { lightNormWithMap } from '../text/arabic.ts';
import { MONTHS, WEEKDAYS } from './cues-ar.ts';
import { execAll } from '../text/exec-all.ts';

interface Hit {
  index: number;
  len: number;
  whenAr: string;
  whenEn: string;
  date: string | null;
  /** Sort key: a date, or "P" + (1000 + years from the present) + order within the year when the present is unknown. */
  key: string;
}

const MONTH_ALT = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
const DAY_ALT = [...WEEKDAYS.keys()].map((d) => d.slice(2)).join('|');
const pad = (n: number) => String(n).padStart(2, '0');

// Arabic patterns over the lightly normalised, ASCII-digit sentence (same length as the original,
// so offsets map back). Alternations of fixed words only.
const AR_DATE = new RegExp(`(?:في )?(?<![0-9])([0-9]{1,2}) (${MONTH_ALT})(?:/(?:${MONTH_ALT}))?(?: (?:عام |سنة )?((?:19|20)[0-9]{2}))?`, 'g');
const AR_MONTH_YEAR = new RegExp(`(?:شهر )?(${MONTH_ALT})(?:/(?:${MONTH_ALT}))? (?:عام |سنة )?((?:19|20)[0-9]{2})`, 'g');
const AR_WEEKDAY = new RegExp(`(?:يوم |مساء |صباح |ليلة |فجر )?(?:ال)(${DAY_ALT})(?: (الماضي|الماضية|المقبل|المقبلة))?(?![\\u0621-\\u064A])`, 'g');
const AR_RELATIVE: Array<[RegExp, string, number | null, string]> = [
  [/(?:في )?(?:العام|السنة) (?:الماضي|الماضية|المنصرم|المنصرمة)/g, 'last year', -1, 'P0999'],
  [/(?:في )?(?:العام|السنة) (?:المقبل|المقبلة|القادم|القادمة)/g, 'next year', 1, 'P1001'],
  [/(?:في )?(?:بداية|مطلع|اوائل) (?:العام|السنة)(?: الجاري| الحالي)?/g, 'early this year', 0, 'P1000a'],
  [/(?:في )?(?:اواخر|نهاية) (?:العام|السنة) (?:الماضي|الماضية)/g, 'late last year', -1, 'P0999z'],
  [/(?:في )?الشهر (?:الماضي|المنصرم)/g, 'last month', null, 'P1000b'],
  [/(?:في )?الشهر (?:المقبل|القادم)/g, 'next month', null, 'P1000x'],
  [/(?:في )?الاسبوع (?:الماضي|المنصرم)/g, 'last week', null, 'P1000c'],
  [/(?:في )?الاسبوع (?:المقبل|القادم)/g, 'next week', null, 'P1000w'],
  [/(?:يوم )?امس(?![\u0621-\u064A])/g, 'yesterday', null, 'P1000e'],
  [/(?:في )?وقت سابق(?: من (?:اليوم|هذا الاسبوع|هذا الشهر))?/g, 'earlier', null, 'P1000d'],
];
/**
 * One test for all of AR_RELATIVE (it matches exactly when one of them does): most sentences that
 * pass AR_MAYBE hold none of the ten, and each was a scan of the sentence of its own.
 */
const AR_ANY_RELATIVE = new RegExp(AR_RELATIVE.map(([re]) => `(?:${re.source})`).join('|'));
const AR_YEAR = /(?:(?:في |منذ )?(?:عامي|عام|سنة|العام) )?(?<![0-9.,])((?:19|20)[0-9]{2})(?: (?:و|الى |حتى )((?:19|20)[0-9]{2}))?(?![0-9])/g;

const EN_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const EN_DATE = new RegExp(`\\b(?:(\\d{1,2}) (${EN_MONTHS})|(${EN_MONTHS}) (\\d{1,2}))(?:,? ((?:19|20)\\d{2}))?\\b`, 'g');
const EN_WEEKDAY = /\b(?:last |next |on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const EN_RELATIVE: Array<[RegExp, string, number | null, string]> = [
  [/\blast year\b/gi, 'last year', -1, 'P0999'],
  [/\bnext year\b/gi, 'next year', 1, 'P1001'],
  [/\b(?:earlier this year|early this year|at the start of the year|in early \w+)\b/gi, 'early this year', 0, 'P1000a'],
  [/\blast month\b/gi, 'last month', null, 'P1000b'],
  [/\blast week\b/gi, 'last week', null, 'P1000c'],
  [/\bnext week\b/gi, 'next week', null, 'P1000w'],
  [/\byesterday\b/gi, 'yesterday', null, 'P1000e'],
];
const EN_YEAR = /\b(?:in |since )?((?:19|20)\d{2})\b/g;
const EN_MONTH = new RegExp(`\\b(?:in|since|during|early|late|last|next) (${EN_MONTHS})\\b`, 'g');

const MONTH_NUM = new Map(EN_MONTHS.split('|').map((m, i) => [m, i + 1]));

function overlaps(hits: Hit[], index: number, len: number): boolean {
  return hits.some((h) => index < h.index + h.len && h.index < index + len);
}

function arHits(s: string, ref: number | null): Hit[] {
  const hits: Hit[] = [];
  const push = (index: number, len: number, en: string, date: string | null, key: string) => {
    if (overlaps(hits, index, len)) return;
    hits.push({ index, len, whenAr: '', whenEn: en, date, key });
  };
  for (const m of execAll(AR_DATE, s)) {
    const mon = MONTHS.get(m[2]!)!;
    const y = m[3] ? Number(m[3]) : ref;
    const en = `${Number(m[1])} ${mon.en}${m[3] ? ' ' + m[3] : ''}`;
    const date = y ? `${y}-${pad(mon.n)}-${pad(Number(m[1]))}` : null;
    push(m.index!, m[0].length, en, date, date ?? `P1000-${pad(mon.n)}-${pad(Number(m[1]))}`);
  }
  for (const m of execAll(AR_MONTH_YEAR, s)) {
    const mon = MONTHS.get(m[1]!)!;
    push(m.index!, m[0].length, `${mon.en} ${m[2]}`, `${m[2]}-${pad(mon.n)}`, `${m[2]}-${pad(mon.n)}`);
  }
  if (AR_ANY_RELATIVE.test(s)) for (const [re, en, rel, key] of AR_RELATIVE) {
    for (const m of execAll(re, s)) {
      const y = rel !== null && ref !== null ? String(ref + rel) : null;
      push(m.index!, m[0].length, en, y, y ?? key);
    }
  }
  for (const m of execAll(AR_WEEKDAY, s)) {
    const day = WEEKDAYS.get('ال' + m[1]!) ?? '';
    const mod = m[2] ? (/الماضي/.test(m[2]) ? 'last ' : 'next ') : '';
    push(m.index!, m[0].length, mod + day, null, mod === 'next ' ? 'P1000y' : 'P1000f');
  }
  for (const m of execAll(AR_YEAR, s)) {
    push(m.index!, m[0].length, m[2] ? `${m[1]} and ${m[2]}` : m[1]!, m[1]!, m[1]!);
  }
  return hits;
}

function enHits(s: string, ref: number | null): Hit[] {
  const hits: Hit[] = [];
  const push = (index: number, len: number, en: string, date: string | null, key: string) => {
    if (overlaps(hits, index, len)) return;
    hits.push({ index, len, whenAr: '', whenEn: en, date, key });
  };
  for (const m of execAll(EN_DATE, s)) {
    const day = Number(m[1] ?? m[4]);
    const mon = m[2] ?? m[3]!;
    const y = m[5] ? Number(m[5]) : ref;
    const date = y ? `${y}-${pad(MONTH_NUM.get(mon)!)}-${pad(day)}` : null;
    push(m.index!, m[0].length, m[0], date, date ?? `P1000-${pad(MONTH_NUM.get(mon)!)}-${pad(day)}`);
  }
  for (const [re, en, rel, key] of EN_RELATIVE) {
    for (const m of execAll(re, s)) {
      const y = rel !== null && ref !== null ? String(ref + rel) : null;
      push(m.index!, m[0].length, en, y, y ?? key);
    }
  }
  for (const m of execAll(EN_WEEKDAY, s)) push(m.index!, m[0].length, m[0].replace(/^on /, ''), null, /^next/.test(m[0]) ? 'P1000y' : 'P1000f');
  for (const m of execAll(EN_MONTH, s)) {
    const mon = MONTH_NUM.get(m[1]!)!;
    push(m.index!, m[0].length, m[0].replace(/^(in|since|during) /, ''), ref ? `${ref}-${pad(mon)}` : null, ref ? `${ref}-${pad(mon)}` : `P1000-${pad(mon)}`);
  }
  for (const m of execAll(EN_YEAR, s)) push(m.index!, m[0].length, m[1]!, m[1]!, m[1]!);
  return hits;
}

function eventText(s: Sentence): string {
  return s.text.length <= 220 ? s.text : s.text.slice(0, 220).replace(/\s+\S*$/, '') + '…';
}

// One cheap test before the dozen date patterns: most sentences carry no date at all.
const AR_MAYBE = new RegExp(`[0-9٠-٩]|عام|سنة|الماضي|المقبل|القادم|المنصرم|امس|أمس|يوم|مساء|صباح|بداية|مطلع|اوائل|أوائل|اواخر|أواخر|نهاية|سابق|الاثنين|الإثنين|الثلاثاء|الاربعاء|الأربعاء|الخميس|الجمعة|السبت|الاحد|الأحد|${[...MONTHS.keys()].join('|')}`);
const EN_MAYBE = /\d|year|month|week|yesterday|day\b|January|February|March|April|May|June|July|August|September|October|November|December/;

export function findTimeline(sentences: readonly Sentence[], lang: Lang, refYear: number | null): TimelineEvent[] {
  const items: Array<{ ev: Omit<TimelineEvent, 'id'>; key: string; order: number }> = [];
  for (const s of sentences) {
    if (!(lang === 'ar' ? AR_MAYBE : EN_MAYBE).test(s.text)) continue;
    const nm = lang === 'ar' ? lightNormWithMap(s.text) : null;
    const hits = nm ? arHits(nm.norm, refYear) : enHits(s.text, refYear);
    hits.sort((a, b) => a.index - b.index);
    for (const h of hits) {
      const whenAr = nm ? s.text.slice(nm.map[h.index]!, nm.map[h.index + h.len - 1]! + 1).trim() : '';
      items.push({
        ev: { when: { ar: whenAr, en: h.whenEn }, date: h.date, text: { ar: lang === 'ar' ? eventText(s) : '', en: lang === 'en' ? eventText(s) : '' }, sentenceId: s.id },
        key: h.key,
        order: items.length,
      });
    }
  }
  // Resolve the present marker: digits sort before "P", so known years come first.
  items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order));
  return items.map((x, i) => ({ id: `t${i + 1}`, ...x.ev }));
}
