/**
 * Whole, clean summary points: a sentence as written when it is short enough, else its head cut
 * at a clause boundary — a semicolon, or a comma before a clause opener ("، حيث", "، مشيرا",
 * "، فيما", "، وقال") or between two long stretches — never inside a quotation or brackets, never
 * right after a short stretch between commas (an apposition: "الرئيس المصري، عبدالفتاح السيسي،"
 * or a day: "، الثلاثاء،"), and never leaving a speech verb without what was said. The head
 * ends with a full stop, not "…". When no such boundary exists the sentence cannot make a clean
 * point and `clauseHead` returns null.
 */
import type { Lang } from '../briefing/types.ts';
import { execAll } from '../text/exec-all.ts';

export const MAX_POINT_WORDS = 35;
const MIN_HEAD_WORDS = 8;

const OPENERS_AR = new Set([
  'حيث', 'فيما', 'بينما', 'إذ', 'اذ', 'كما', 'لكن', 'ولكن', 'لكنه', 'لكنها', 'غير', 'وذلك', 'ما', 'مما', 'وهو', 'وهي', 'وهما', 'وهم',
  'مشيرا', 'مشيرة', 'مشيراً', 'مضيفا', 'مضيفة', 'مضيفاً', 'مؤكدا', 'مؤكدة', 'مؤكداً', 'موضحا', 'موضحة', 'موضحاً', 'لافتا', 'لافتة', 'لافتاً',
  'معتبرا', 'معتبرة', 'معتبراً', 'قائلا', 'قائلة', 'قائلاً', 'داعيا', 'داعية', 'محذرا', 'محذرة', 'مطالبا', 'مطالبة', 'منوها', 'مشددا', 'مشددة',
  'وقال', 'وقالت', 'وأضاف', 'وأضافت', 'وأكد', 'وأكدت', 'وأوضح', 'وأشار', 'وتابع', 'وذكر', 'وذكرت', 'وأعلن', 'وأعلنت',
  'في', 'بعد', 'بعدما', 'قبل', 'وسط', 'عقب', 'إثر', 'اثر', 'ليصبح', 'لتصبح', 'ليكون', 'لتكون', 'وفقا', 'وفق', 'بحسب', 'حسب', 'وفي', 'ومن', 'وبحسب',
  'الذي', 'التي', 'الذين', 'والذي', 'والتي',
]);
// Clause openers that start a clause even without a comma before them ("… إلى فرنسا لافتاً إلى أنها …").
const BARE_OPENERS_AR = new Set([
  'حيث', 'فيما', 'بينما', 'وذلك', 'ولكن', 'لكن', 'وسط', 'بعدما', 'عقب', 'إثر', 'ليصبح', 'لتصبح', 'مما',
  'مشيرا', 'مشيرة', 'مشيراً', 'مضيفا', 'مضيفة', 'مضيفاً', 'مؤكدا', 'مؤكدة', 'مؤكداً', 'موضحا', 'موضحة', 'موضحاً', 'لافتا', 'لافتة', 'لافتاً',
  'معتبرا', 'معتبرة', 'معتبراً', 'داعيا', 'داعية', 'محذرا', 'محذرة', 'مطالبا', 'مطالبة', 'محققا', 'محققة', 'محققاً', 'منوها', 'مشددا', 'مشددة',
]);
const BARE_OPENERS_EN = new Set(['while', 'whereas', 'adding', 'saying', 'amid', 'although']);
// Last resort: before an adverbial phrase (time, cause, purpose), which the clause does without.
const ADJUNCTS_AR = new Set(['بعد', 'قبل', 'منذ', 'مع', 'بشأن', 'بسبب', 'جراء', 'تحسبا', 'بهدف', 'فضلا', 'خاصة', 'خلال', 'ضمن', 'لمطالبة', 'للمطالبة', 'احتجاجا', 'ردا', 'تزامنا']);
const ADJUNCTS_EN = new Set(['after', 'before', 'since', 'with', 'over', 'because', 'during', 'following', 'despite']);
// Very last resort, with a longer head kept: before a relative clause or a prepositional phrase.
const PHRASES_AR = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'لدى', 'عبر', 'بين', 'حول', 'نحو', 'ضد']);
const PHRASES_EN = new Set(['which', 'that', 'who', 'in', 'on', 'at', 'from', 'to', 'for', 'between', 'against']);
const OPENERS_EN = new Set(['which', 'while', 'whereas', 'adding', 'saying', 'after', 'before', 'but', 'as', 'according', 'where', 'who', 'amid', 'following', 'although', 'though']);

// Words that open a fronted adverbial ("وبعد انتهاء الحرب،", "After the vote,"): a head that ends
// with it has no main clause yet.
const FRONTED_AR = new Set([
  'في', 'وفي', 'بعد', 'وبعد', 'قبل', 'وقبل', 'خلال', 'وخلال', 'مع', 'ومع', 'عندما', 'وعندما', 'حين', 'وحين', 'منذ', 'ومنذ', 'إثر', 'وإثر',
  'رغم', 'ورغم', 'بينما', 'وبينما', 'فيما', 'وفيما', 'الآن', 'والآن', 'لدى', 'ولدى', 'عقب', 'وعقب', 'وسط', 'ووسط', 'على', 'وعلى', 'من', 'ومن',
  'بحسب', 'وبحسب', 'حسب', 'وحسب', 'وفقا', 'ووفقا', 'وفقاً', 'ووفقاً', 'كما', 'وكما', 'بعدما', 'وبعدما', 'أمس', 'وأمس', 'اليوم', 'واليوم',
]);
const FRONTED_EN = new Set(['after', 'before', 'when', 'while', 'in', 'on', 'at', 'during', 'following', 'despite', 'since', 'as', 'now', 'however', 'meanwhile', 'according', 'earlier', 'later', 'last', 'by', 'with', 'for', 'under', 'amid', 'if', 'although', 'though', 'once', 'speaking', 'asked']);

/**
 * Word index where the main clause starts: after the leading comma-separated stretches that open
 * with a fronted-adverbial word or are too short to be a clause (0 when the sentence opens with it).
 */
function mainClauseStart(ws: readonly Word[], lang: Lang): number {
  const fronted = lang === 'ar' ? FRONTED_AR : FRONTED_EN;
  let start = 0;
  while (start < ws.length) {
    let end = start;
    while (end < ws.length - 1 && !/[،,]$/u.test(ws[end]!.text)) end++;
    const first = bare(ws[start]!.text);
    const isFronted = fronted.has(lang === 'ar' ? first : first.toLowerCase()) || end - start + 1 <= 2;
    if (!isFronted || end >= ws.length - 1) return start;
    start = end + 1;
  }
  return start;
}

// A speech verb at the head's start needs its content (إن / أن / a colon / a quotation) in the head.
const SPEECH_START_AR = /^(?:[وف])?(?:قال|قالت|أضاف|أضافت|أوضح|أوضحت|تابع|تابعت|أشار|أشارت|ذكر|ذكرت|صرح|صرحت|اعتبر|اعتبرت|رأى|رأت|نقل|نقلت)$/u;
const SPEECH_CONTENT_AR = /(?:^|\s)(?:إن|أن|ان|بأن|إنه|أنه|إنها|أنها)(?=\s|$)|[:"«“]/u;
const SPEECH_EN = /\b(?:said|says|told|added|stated)\b/i;

interface Word {
  text: string;
  end: number;
}

const NON_SPACE = /\S+/g;
function wordsOf(s: string): Word[] {
  return execAll(NON_SPACE, s).map((m) => ({ text: m[0], end: m.index + m[0].length }));
}

/** Open quotation or bracket at offset `at` of `s`. */
function insideQuoteOrBracket(s: string, at: number): boolean {
  const head = s.slice(0, at);
  const count = (re: RegExp) => (head.match(re) ?? []).length;
  return count(/"/g) % 2 === 1 || count(/«/g) > count(/»/g) || count(/“/g) > count(/”/g) || count(/\(/g) > count(/\)/g) || count(/\[/g) > count(/]/g);
}

const bare = (w: string) => w.replace(/[^\p{L}\p{N}]/gu, '');

/** و before a word of three letters or more (made once: tsx builds a \p{…} literal afresh per call). */
const WA_WORD = /^و\p{L}{3,}/u;

function opensClause(word: string, lang: Lang): boolean {
  const w = bare(word);
  return lang === 'ar' ? WA_WORD.test(w) || OPENERS_AR.has(w) : OPENERS_EN.has(w.toLowerCase()) || /^(?:and|or)$/i.test(w);
}

/** A head that opens with a speech verb says what was said. */
function speechComplete(head: string, ws: readonly Word[], lang: Lang): boolean {
  if (lang === 'ar') return !SPEECH_START_AR.test(bare(ws[0]!.text)) || SPEECH_CONTENT_AR.test(head);
  return !SPEECH_EN.test(head.split(/\s+/).slice(0, 4).join(' ')) || /\bthat\b|[:"“]/.test(head);
}

/** The head of `s` cut at a clean clause boundary, at most `max` words; null when there is none. */
export function clauseHead(s: string, lang: Lang, max = MAX_POINT_WORDS): string | null {
  const text = s.trim();
  const ws = wordsOf(text);
  if (ws.length <= max) return text;
  const openers = lang === 'ar' ? OPENERS_AR : OPENERS_EN;
  // Word indices that end with a clause punctuation mark.
  const marks = ws.map((w, i) => (/[،,؛;]$/u.test(w.text) ? i : -1)).filter((i) => i >= 0);
  // A head must hold a few words of the main clause, not only a fronted adverbial.
  const minHead = Math.max(MIN_HEAD_WORDS, mainClauseStart(ws, lang) + 4);
  let best: { k: number; strength: number } | null = null;
  for (let m = 0; m < marks.length; m++) {
    const i = marks[m]!;
    const k = i + 1; // words kept
    if (k < minHead || k > max) continue;
    const w = ws[i]!;
    if (insideQuoteOrBracket(text, w.end)) continue;
    const prevMark = m > 0 ? marks[m - 1]! : -1;
    const nextMark = m + 1 < marks.length ? marks[m + 1]! : ws.length - 1;
    // A short stretch between commas is an apposition, a title or a day: cutting on either side of
    // it orphans it. A stretch opened by a conjunction or a clause opener ("، ووصفها بأنها …،") is a
    // clause, not an apposition.
    const apposition = (from: number, to: number) => to - from + 1 <= 4 && !opensClause(ws[from]!.text, lang);
    if (prevMark >= 0 && apposition(prevMark + 1, i)) continue;
    if (nextMark > i && apposition(i + 1, nextMark) && /[،,]$/u.test(ws[nextMark]?.text ?? '')) continue;
    const next = ws[i + 1] ? bare(ws[i + 1]!.text) : '';
    const semicolon = /[؛;]$/u.test(w.text);
    const strength = semicolon ? 3 : openers.has(lang === 'ar' ? next : next.toLowerCase()) ? 2 : 1;
    const head = text.slice(0, w.end);
    if (!speechComplete(head, ws, lang)) continue;
    // The latest boundary keeps the most of the sentence; a stronger one may stand a few words earlier.
    const value = k + 4 * strength;
    if (!best || value > best.k + 4 * best.strength) best = { k, strength };
  }
  if (!best) {
    // No punctuated boundary: a clause opener with no comma before it.
    const tiers: Array<[ReadonlySet<string>, number]> = lang === 'ar'
      ? [[BARE_OPENERS_AR, minHead], [ADJUNCTS_AR, minHead], [PHRASES_AR, Math.max(15, minHead)]]
      : [[BARE_OPENERS_EN, minHead], [ADJUNCTS_EN, minHead], [PHRASES_EN, Math.max(15, minHead)]];
    for (const [openers, minWords] of tiers) {
      for (let k = Math.min(max, ws.length - 1); k >= minWords && !best; k--) {
        const next = bare(ws[k]!.text);
        if (!openers.has(lang === 'ar' ? next : next.toLowerCase())) continue;
        if (insideQuoteOrBracket(text, ws[k - 1]!.end) || !speechComplete(text.slice(0, ws[k - 1]!.end), ws, lang)) continue;
        best = { k, strength: 0 };
      }
      if (best) break;
    }
  }
  if (!best) return null;
  const head = text.slice(0, ws[best.k - 1]!.end).replace(/[،,؛;]$/u, '').trimEnd();
  return `${head}.`;
}
