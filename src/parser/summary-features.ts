/**
 * What the summariser knows about each sentence: its content terms (stemmed, names kept whole),
 * the people and numbers it names, and a feature vector for the news-structure scorer (position,
 * length, overlap with the headline and with the article's centroid, people, numbers, speech,
 * reaction and next-step cues, background cues such as "يذكر أن" / "وكان"). The weights that turn
 * features into a score are fitted on real abstracts by scripts/fit-summary.ts and shipped in
 * data/summary-weights.json.
 */
import { createRequire } from 'node:module';
import type { Lang } from '../briefing/types.ts';
import { lightNormAr } from '../text/arabic.ts';
import { stripCliticsGreedy } from '../text/clitics.ts';
import { normaliseAr } from '../text/normalize.ts';
import { isArStopword, isEnStopword } from '../text/stopwords.ts';
import { memo } from '../text/memo.ts';

const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as { newStemmer(lang: string): { stem(w: string): string } };
const arStem = memo(((s) => (w: string) => s.stem(w))(snowball.newStemmer('arabic')));
const enStem = memo(((s) => (w: string) => s.stem(w))(snowball.newStemmer('english')));

export interface SummaryInput {
  lang: Lang;
  title: string;
  sentences: ReadonlyArray<{ id: number; text: string; start: number }>;
  /** The article text the sentence offsets point into (to see paragraph starts). */
  text: string;
  people: ReadonlyArray<{ id: string; name: { ar: string; en: string }; sentenceIds: readonly number[] }>;
}

export interface SentenceInfo {
  index: number;
  words: number;
  /** Content terms (stems; names whole). */
  terms: string[];
  /** People, numbers: the named things a fact is about. */
  entities: Set<string>;
  features: number[];
}

export const FEATURE_NAMES = [
  'bias', 'lead', 'second', 'invPos', 'relPos', 'paraStart', 'len', 'short', 'long', 'titleOverlap',
  'centroid', 'numbers', 'people', 'speech', 'background', 'quoted', 'question', 'opensQuote', 'next', 'reaction',
] as const;

// Openers of reported speech: "وقال", "وأضاف", "وأكد" ... (first word, clitic و/ف allowed).
const SPEECH_AR = /^(?:[وف])?(?:قال|قالت|أضاف|أضافت|اضاف|اضافت|أكد|أكدت|اكد|اكدت|أوضح|أوضحت|اوضح|تابع|تابعت|أشار|أشارت|اشار|ذكر|ذكرت|صرح|صرحت|أعلن|أعلنت|اعلن|اعلنت|نقل|نقلت|كشف|كشفت|شدد|شددت|اعتبر|اعتبرت|رأى|رأت|لفت|لفتت)$/u;
// Background: "يذكر أن", "وكان ... قد", "وسبق أن", "ويعد", "يشار إلى", "في عام ...".
const BACKGROUND_AR = /^(?:[وف]?(?:يذكر|يشار|تجدر|يجدر|كان|كانت|سبق|يعد|تعد|يعتبر|تعتبر|يأتي|تأتي|جاء|جاءت)|منذ|وخلال|وفي عام|في عام|يذكر)$/u;
// What happens next: future particles and scheduling words.
const NEXT_AR = /(?:^|\s)(?:س[يتن]\p{L}{2,}|سوف|المقرر|المتوقع|المقبل|المقبلة|القادم|القادمة|يعتزم|تعتزم|يخطط|تخطط)(?=\s|$|[،.])/u;
// Reactions: condemnation, welcome, denial, response.
const REACTION_AR = /(?:^|\s)[وف]?(?:أدان|أدانت|ادان|رحب|رحبت|ندد|نددت|انتقد|انتقدت|نفى|نفت|رفض|رفضت|ردا|رد|ردت|حذر|حذرت|طالب|طالبت|دعا|دعت)(?=\s|$|[،.])/u;
const SPEECH_EN = /^(?:he|she|they|it|the|a|an)?\s*\S*\s*(?:said|says|added|told|stated|announced)\b/i;
const BACKGROUND_EN = /^(?:in \d{4}|since|previously|earlier|last year|the [a-z]+ (?:has|had) (?:long|previously)|it was)\b/i;
const NEXT_EN = /\b(?:will|would|plans?|expected|next (?:week|month|year)|due to|scheduled)\b/i;
const REACTION_EN = /\b(?:condemned|welcomed|denied|rejected|criticised|criticized|warned|responded|urged|called on)\b/i;

const QUOTE_CHARS = /["«»“”]/;

/**
 * An Arabic word's readings for contentTerms, memoised per word as written (the folds and the stem
 * were the summariser's main cost): null for a stopword or no Arabic word; its full fold, that fold
 * without clitics, and its stem (null when the bare word is too short or a stopword).
 */
const arabicTerm = memo((raw: string): { norm: string; bare: string; stem: string | null } | null => {
  const light = lightNormAr(raw);
  if (!/^[\u0621-\u064A]{2,}$/.test(light) || isArStopword(light)) return null;
  const norm = normaliseAr(raw);
  const bare = stripCliticsGreedy(norm);
  return { norm, bare, stem: bare.length >= 3 && !isArStopword(lightNormAr(bare)) ? arStem(light) : null };
});

const TERM_LETTER = /[\p{L}\p{M}]/u;
const TERM_DIGIT = /\p{N}/u;
/** For code units below 0x800: 1 a letter or mark, 2 a number, 0 neither (from the regexes themselves). */
const TERM_CLASS = new Uint8Array(0x800);
for (let c = 0; c < 0x800; c++) {
  const ch = String.fromCharCode(c);
  TERM_CLASS[c] = TERM_LETTER.test(ch) ? 1 : TERM_DIGIT.test(ch) ? 2 : 0;
}

/**
 * The runs of letters, marks and numbers of `text` (as `text.match(/[\p{L}\p{M}\p{N}]+/gu)`), each
 * passed to `visit` with whether it is all numbers (as `/^\p{N}+$/u`): a table read for the common
 * code units, the regexes for the rest (the match was ~1 % of a parse).
 */
export function forEachTermRun(text: string, visit: (run: string, numeric: boolean) => void): void {
  let start = -1;
  let numeric = true;
  for (let i = 0; i < text.length; ) {
    let k: number;
    let width = 1;
    const c = text.charCodeAt(i);
    if (c < 0x800) k = TERM_CLASS[c]!;
    else {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) width = 2;
      const ch = String.fromCodePoint(cp);
      k = TERM_LETTER.test(ch) ? 1 : TERM_DIGIT.test(ch) ? 2 : 0;
    }
    if (k !== 0) {
      if (start < 0) { start = i; numeric = true; }
      if (k === 1) numeric = false;
    } else if (start >= 0) {
      visit(text.slice(start, i), numeric);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) visit(text.slice(start), numeric);
}

function contentTerms(text: string, lang: Lang, nameWords: ReadonlySet<string>): string[] {
  const out: string[] = [];
  forEachTermRun(text, (raw, numeric) => {
    if (numeric) {
      out.push(raw);
      return;
    }
    if (lang === 'ar') {
      const w = arabicTerm(raw);
      if (!w) return;
      if (nameWords.has(w.norm) || nameWords.has(w.bare)) out.push(w.bare);
      else if (w.stem !== null) out.push(w.stem);
    } else {
      const w = raw.toLowerCase();
      if (!/^[a-z][a-z'-]+$/.test(w) || isEnStopword(w)) return;
      out.push(nameWords.has(w) ? w : enStem(w));
    }
  });
  return out;
}

/**
 * Numbers in a sentence (12, 3.5, ٢٠٢٤). Made once: tsx's esbuild writes a \p{…} regex literal as
 * `new RegExp(…)`, which inside the loop was built again for every sentence. (match with /g starts
 * from 0 whatever lastIndex holds.)
 */
const NUMBER_RUN = /\p{N}+(?:[.,]\p{N}+)?/gu;

// (per-sentence patterns made once, as NUMBER_RUN: a regex literal in the loop is a new RegExp per
// sentence. NOT_LETTER is /g, but replace starts a global regex from 0 whatever lastIndex holds.)
const SPACE = /\s/;
const NOT_LETTER = /[^\p{L}]/gu;
const NOTED_AR = /^(?:يذكر|ويذكر|يشار|ويشار)/u;
const QUESTION_END = /[؟?]\s*$/u;
/** For code units below 0x800: whether /\s/ matches it. */
const SPACE_CLASS = new Uint8Array(0x800);
for (let c = 0; c < 0x800; c++) SPACE_CLASS[c] = SPACE.test(String.fromCharCode(c)) ? 1 : 0;

/** How many words text.split(/\s+/) gives of a trimmed text (its runs of non-space; none when empty). */
function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c < 0x800 ? SPACE_CLASS[c] === 1 : SPACE.test(text[i]!);
    if (space) inWord = false;
    else if (!inWord) { inWord = true; words++; }
  }
  return words;
}

export function sentenceInfos(input: SummaryInput): SentenceInfo[] {
  const { lang, sentences } = input;
  const nameWords = new Set(input.people.flatMap((p) => normaliseAr(`${p.name.ar} ${p.name.en}`).toLowerCase().split(/\s+/)).filter(Boolean));
  const terms = sentences.map((s) => contentTerms(s.text, lang, nameWords));
  const titleTerms = new Set(contentTerms(input.title, lang, nameWords));
  const peopleBySentence = new Map<number, string[]>();
  // (pushed, not copied into a new array per person: the same lists in the same order)
  for (const p of input.people) {
    for (const id of p.sentenceIds) {
      const ids = peopleBySentence.get(id);
      if (ids) ids.push(p.id);
      else peopleBySentence.set(id, [p.id]);
    }
  }

  // TF-IDF centroid over the article's sentences. Each sentence's vector is its distinct terms in
  // order of first occurrence (`keys`) and their weights (`vals`), two arrays rather than a map per
  // sentence; every sum runs over the same terms in the same order as over such a map.
  const n = sentences.length;
  const df = new Map<string, number>();
  const keys: string[][] = [];
  const vals: number[][] = [];
  const slot = new Map<string, number>();
  for (const ts of terms) {
    slot.clear();
    const ks: string[] = [];
    const vs: number[] = [];
    for (const w of ts) {
      const j = slot.get(w);
      if (j === undefined) { slot.set(w, ks.length); ks.push(w); vs.push(1); }
      else vs[j]!++;
    }
    for (const w of ks) df.set(w, (df.get(w) ?? 0) + 1);
    keys.push(ks);
    vals.push(vs);
  }
  for (let i = 0; i < n; i++) {
    const ks = keys[i]!, vs = vals[i]!;
    for (let j = 0; j < ks.length; j++) vs[j] = vs[j]! * Math.log(1 + n / (df.get(ks[j]!) ?? 1));
  }
  const centroid = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const ks = keys[i]!, vs = vals[i]!;
    for (let j = 0; j < ks.length; j++) centroid.set(ks[j]!, (centroid.get(ks[j]!) ?? 0) + vs[j]!);
  }
  let ct = 0;
  for (const x of centroid.values()) ct += x * x; // (the same sum, in the same order, as a reduce over the values)
  const cn = Math.sqrt(ct) || 1;

  return sentences.map((s, i) => {
    const text = s.text.trim();
    // (the words as text.split(/\s+/) would give them, counted without the array: the first and how many)
    const words = wordCount(text);
    const ks = keys[i]!, vs = vals[i]!;
    let dot = 0;
    let vt = 0;
    for (let j = 0; j < ks.length; j++) dot += vs[j]! * (centroid.get(ks[j]!) ?? 0);
    for (let j = 0; j < vs.length; j++) vt += vs[j]! * vs[j]!;
    const cos = dot / ((Math.sqrt(vt) || 1) * cn);
    const ts = terms[i]!;
    // (how many of its distinct terms the title holds: the size of the set of its terms in the title)
    let inTitle = 0;
    if (titleTerms.size) for (const w of ks) if (titleTerms.has(w)) inTitle++;
    const titleHit = titleTerms.size ? inTitle / titleTerms.size : 0;
    const space = text.search(SPACE);
    const first = space < 0 ? text : text.slice(0, space);
    const firstClean = first.replace(NOT_LETTER, '');
    const people = peopleBySentence.get(s.id) ?? [];
    const numbers = text.match(NUMBER_RUN) ?? [];
    // (filled in turn rather than from a spread of both lists: the same members in the same order)
    const entities = new Set<string>(people);
    for (const x of numbers) entities.add(`#${x}`);
    const paraStart = s.start === 0 || input.text[s.start - 1] === '\n' ? 1 : 0;
    const ar = lang === 'ar';
    const features = [
      1,
      i === 0 ? 1 : 0,
      i === 1 ? 1 : 0,
      1 / (1 + i),
      n > 1 ? i / (n - 1) : 0,
      paraStart,
      Math.min(words, 60) / 60,
      words < 8 ? 1 : 0,
      words > 40 ? 1 : 0,
      titleHit,
      cos,
      numbers.length ? 1 : 0,
      Math.min(people.length, 3) / 3,
      (ar ? SPEECH_AR.test(firstClean) : SPEECH_EN.test(text)) ? 1 : 0,
      (ar ? BACKGROUND_AR.test(firstClean) || NOTED_AR.test(text) : BACKGROUND_EN.test(text)) ? 1 : 0,
      QUOTE_CHARS.test(text) ? 1 : 0,
      QUESTION_END.test(text) ? 1 : 0,
      QUOTE_CHARS.test(text.charAt(0)) ? 1 : 0,
      (ar ? NEXT_AR.test(text) : NEXT_EN.test(text)) ? 1 : 0,
      (ar ? REACTION_AR.test(text) : REACTION_EN.test(text)) ? 1 : 0,
    ];
    return { index: i, words, terms: ts, entities, features };
  });
}
