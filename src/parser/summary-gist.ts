/**
 * An English gist of an Arabic briefing, written offline from what the parser already knows —
 * never a translation of the article's sentences: what kind of event it is, where (places and
 * countries named in the headline and the lead), who (people with their English names and roles,
 * and how often they are quoted), when (dates from the timeline) and the figures of the summary
 * points, as short template sentences. Shown when neither an editor overlay nor the translation
 * provider gives the summary in English; their English replaces it.
 */
import type { Briefing } from '../briefing/types.ts';
import { countryByArabic, lookupPlace } from '../names/index.ts';
import { speakerIdsOf } from '../briefing/speakers.ts';
import { asciiDigits, normaliseAr } from '../text/normalize.ts';

/** Kinds of event by cue words (folded with normaliseAr: ة→ه, ى→ي, hamza seats → ا). */
const KINDS: Array<{ en: string; cues: string[] }> = [
  { en: 'a death', cues: ['وفاه', 'توفي', 'توفيت', 'رحيل', 'رحل', 'رحلت', 'نعي', 'نعت', 'جنازه'] },
  { en: 'an attack or armed conflict', cues: ['هجوم', 'غاره', 'غارات', 'قصف', 'تفجير', 'انفجار', 'قتلي', 'قتيلا', 'مسلحين', 'الحرب', 'حرب', 'ضربات', 'صواريخ', 'اشتباكات', 'معارك'] },
  { en: 'an election or vote', cues: ['انتخابات', 'الانتخابات', 'الانتخابيه', 'تصويت', 'الاقتراع', 'مرشح', 'استفتاء'] },
  { en: 'a protest', cues: ['احتجاج', 'احتجاجات', 'مظاهرات', 'تظاهر', 'متظاهرين', 'المحتجين', 'محتجين', 'اضراب'] },
  { en: 'a court case or arrest', cues: ['محكمه', 'المحكمه', 'القضاء', 'اعتقال', 'اعتقل', 'اتهام', 'اتهامات', 'حكم', 'السجن', 'الشرطه', 'محاكمه', 'دعوي'] },
  { en: 'a deal or agreement', cues: ['اتفاق', 'اتفاقيه', 'الاتفاق', 'صفقه', 'توقيع', 'مذكره', 'شراكه'] },
  { en: 'talks or a visit', cues: ['محادثات', 'لقاء', 'التقي', 'قمه', 'اجتماع', 'زياره', 'تباحث', 'مباحثات', 'مفاوضات', 'اتصال'] },
  { en: 'sanctions', cues: ['عقوبات', 'العقوبات'] },
  { en: 'a sports event', cues: ['مباراه', 'المباراه', 'كاس', 'الدوري', 'منتخب', 'المنتخب', 'هدف', 'هدفا', 'اهداف', 'بطوله', 'المونديال', 'لاعب', 'مدرب', 'نادي'] },
  { en: 'economy and markets', cues: ['اسعار', 'الاسعار', 'الليره', 'العمله', 'البورصه', 'النفط', 'اقتصاد', 'الاقتصاد', 'التضخم', 'استثمار', 'استثمارات', 'الاسهم', 'البنك', 'دولار'] },
  { en: 'technology', cues: ['تطبيق', 'فيسبوك', 'تويتر', 'هاتف', 'الهواتف', 'الانترنت', 'بيانات', 'تقنيه', 'التكنولوجيا', 'الذكاء', 'ابل', 'غوغل'] },
  { en: 'culture and the arts', cues: ['فيلم', 'مسلسل', 'مهرجان', 'فنان', 'الفنان', 'الفنانه', 'اغنيه', 'الممثل', 'الممثله', 'رواية', 'روايه', 'معرض', 'جائزه'] },
  { en: 'health', cues: ['مرض', 'وباء', 'فيروس', 'الصحه', 'مستشفي', 'علاج', 'لقاح'] },
];

/** Units after a number in the points, Arabic (folded) → English. */
const UNITS: Array<[RegExp, string]> = [
  [/^(?:مليار)/, 'billion'],
  [/^(?:مليون|ملايين)/, 'million'],
  [/^(?:الف|الاف)/, 'thousand'],
  [/^(?:دولار)/, 'dollars'],
  [/^(?:يورو)/, 'euros'],
  [/^(?:جنيه)/, 'pounds'],
  [/^(?:ريال)/, 'riyals'],
  [/^(?:ليره)/, 'lira'],
  [/^(?:درهم)/, 'dirhams'],
  [/^(?:قتيل|قتلي)/, 'killed'],
  [/^(?:جريح|مصاب)/, 'injured'],
  [/^(?:شخص|اشخاص)/, 'people'],
  [/^(?:مستخدم)/, 'users'],
  [/^(?:عام|عاما|سنه|سنوات)$/, 'years'],
  [/^(?:يوم|يوما|ايام)$/, 'days'],
  [/^(?:شهر|شهرا|اشهر)$/, 'months'],
  [/^(?:هدف|هدفا|اهداف)$/, 'goals'],
  [/^(?:برميل)/, 'barrels'],
  [/^(?:كيلومتر|كلم|كم)$/, 'km'],
  [/^(?:بالمئه|بالمائه|%)$/, 'percent'],
  [/^(?:دوله|دول)$/, 'countries'],
];

const countTimes = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

function eventKind(words: readonly string[]): string | null {
  let best: { en: string; n: number } | null = null;
  for (const k of KINDS) {
    const n = words.filter((w) => k.cues.includes(w) || k.cues.includes(w.replace(/^[وفبل]/, ''))).length;
    if (n > 0 && (!best || n > best.n)) best = { en: k.en, n };
  }
  return best?.en ?? null;
}

function places(words: readonly string[]): string[] {
  const found = new Map<string, number>();
  const add = (en: string) => found.set(en, (found.get(en) ?? 0) + 1);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const country = countryByArabic(w);
    if (country) {
      add(country.en);
      continue;
    }
    for (const cand of [`${w} ${words[i + 1] ?? ''}`.trim(), w, w.replace(/^[وفبل]/, '')]) {
      const p = cand.length > 2 ? lookupPlace(cand) : null;
      if (p) {
        add(p.en);
        break;
      }
    }
  }
  return [...found.entries()].sort((a, b) => b[1] - a[1]).map(([en]) => en);
}

function figures(points: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of points) {
    const t = asciiDigits(p).replace(/٫/g, '.').replace(/\s*(?:في|بال)\s*الم(?:ئ|ائ)[ةه]/gu, '%');
    for (const m of t.matchAll(/(\d+(?:[.,]\d+)?)\s*(%|[\p{L}]+)?(?:\s+([\p{L}]+))?/gu)) {
      const num = m[1]!;
      if (/^(?:19|20)\d\d$/.test(num)) continue; // a year is a date, not a figure
      const unit = (w: string | undefined) => (w ? UNITS.find(([re]) => re.test(normaliseAr(w).replace(/^ال/, '')))?.[1] : undefined);
      const u1 = unit(m[2]);
      if (!u1) continue;
      const u2 = u1 === 'million' || u1 === 'billion' || u1 === 'thousand' ? unit(m[3]) : undefined;
      const fig = `${num} ${u1}${u2 ? ` ${u2}` : ''}`;
      if (!out.includes(fig)) out.push(fig);
    }
  }
  return out;
}

function list(xs: readonly string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

/**
 * Short English sentences about an Arabic briefing. Empty only when the parse gives nothing to
 * say; every Arabic article has at least the kind-of-report sentence.
 */
export function englishGist(b: Pick<Briefing, 'title' | 'summary' | 'people' | 'quotes' | 'timeline' | 'sentences' | 'meta'>, maxPeople = 2): string[] {
  const points = b.summary.ar;
  const headText = [b.title.ar, ...b.sentences.slice(0, 2).map((s) => s.text), ...points].join(' ');
  const words = normaliseAr(headText).split(/[^\u0621-\u064A]+/).filter(Boolean);
  const out: string[] = [];

  const kind = eventKind(words);
  const where = places(words).slice(0, 4);
  out.push(`A news report${kind ? ` on ${kind}` : ''}${where.length ? ` involving ${list(where)}` : ''}.`);

  const quoted = new Map<string, number>();
  // (a quote said together counts for each of its speakers)
  for (const q of b.quotes) for (const id of speakerIdsOf(q)) quoted.set(id, (quoted.get(id) ?? 0) + 1);
  const people = [...b.people]
    .filter((p) => p.name.en.trim())
    // The story's subject is named most; a speaker quoted often comes next.
    .sort((x, y) => y.mentions + 2 * (quoted.get(y.id) ?? 0) - (x.mentions + 2 * (quoted.get(x.id) ?? 0)) || x.firstOffset - y.firstOffset)
    .slice(0, maxPeople);
  for (const p of people) {
    const role = p.role.en.trim();
    const who = role ? `${p.name.en}, ${role},` : p.name.en;
    const q = quoted.get(p.id) ?? 0;
    out.push(q ? `${who} is quoted ${countTimes(q)}.` : `${who} is mentioned ${countTimes(p.mentions)}.`);
  }

  const when = [...new Set(b.timeline.map((e) => e.when.en.trim()).filter(Boolean))].slice(0, 3);
  if (b.meta.publishedAt) out.push(`Published ${b.meta.publishedAt.slice(0, 10)}${when.length ? `; dates named: ${list(when)}` : ''}.`);
  else if (when.length) out.push(`Dates named: ${list(when)}.`);

  const figs = figures(points).slice(0, 4);
  if (figs.length) out.push(`Figures: ${list(figs)}.`);
  return out;
}
