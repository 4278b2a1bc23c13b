/**
 * The token model the Arabic and English extractors share: each word with its offsets, sentence,
 * paragraph, its light and matching normal forms, and the punctuation that separates it from the
 * next word (Arabic structure is read mostly from commas, colons and quotation marks).
 */
import { forEachWord, type Span } from '../text/segment.ts';
import { lightNormAr } from '../text/arabic.ts';
import { normaliseAr } from '../text/normalize.ts';
import { memo } from '../text/memo.ts';
import { infoOfLight, TextInfo, type WordInfo } from './word-info.ts';

export interface Token {
  i: number;
  text: string;
  start: number;
  end: number;
  /** lightNormAr form (Arabic) or lower-case (Latin). */
  light: string;
  /** normaliseAr form (for matching names). */
  norm: string;
  sent: number;
  para: number;
  /** Characters between this token and the next one (or the end of the sentence). */
  gap: string;
  /** The word classes of the light form, filled as they are asked (see word-info.ts). */
  info?: WordInfo;
  /** The text-level record (see word-info.ts); only on tokens whose text it was made for. */
  tinfo?: TextInfo;
}

export interface SentenceSpan extends Span {
  para: number;
}

const infoOfText = memo((text: string) => new TextInfo(text, infoOfLight(lightNormAr(text)), normaliseAr(text)));

export function tokenize(text: string, sents: readonly SentenceSpan[], lang: string): Token[] {
  const out: Token[] = [];
  let si = 0;
  forEachWord(text, lang, (word, start) => {
    while (si < sents.length && sents[si]!.end <= start) si++;
    const s = sents[si];
    if (!s || start < s.start) return; // a word outside every sentence (title line handled apart)
    // (the record's text is the same string as the word's, kept once so later look-ups by text are cheap)
    const tinfo = lang === 'ar' ? infoOfText(word) : undefined;
    const light = tinfo ? tinfo.info.light : word.toLowerCase();
    out.push({ i: out.length, text: tinfo ? tinfo.text : word, start, end: start + word.length, light, norm: tinfo ? tinfo.norm : light, sent: si, para: s.para, gap: '', info: tinfo?.info, tinfo });
  });
  for (let k = 0; k < out.length; k++) {
    const t = out[k]!;
    const next = out[k + 1];
    const sentEnd = sents[t.sent]!.end;
    const gapEnd = next && next.sent === t.sent ? next.start : sentEnd;
    t.gap = text.slice(t.end, Math.max(t.end, gapEnd));
  }
  return out;
}

const HARD = /[،,:;؛.!?؟"«»“”„()\[\]–—…]/;
const COMMA = /[،,]/;
// Most gaps are one space, which holds no punctuation: answered without a regex test (these are
// asked of every token many times).
/** Whether punctuation follows the token (a comma, colon, quote, bracket, dash or sentence end). */
export function delimAfter(t: Token, toks: readonly Token[]): boolean {
  const next = toks[t.i + 1];
  return !next || next.sent !== t.sent || (t.gap !== ' ' && HARD.test(t.gap));
}

export function commaAfter(t: Token): boolean {
  return t.gap !== ' ' && COMMA.test(t.gap);
}

const ONLY_COMMA = /^\s*[،,]\s*$/;

/** Whether a comma and nothing else (spaces aside) follows the token: a list's or an apposition's comma. */
export function onlyCommaAfter(t: Token): boolean {
  return t.gap !== ' ' && ONLY_COMMA.test(t.gap);
}

export function colonAfter(t: Token): boolean {
  return t.gap !== ' ' && t.gap.includes(':');
}

/** Index of the first token that starts at or after `offset` (tokens are in text order). */
export function tokenAtOrAfter(toks: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * An article's distinct forms (normal or light), built once per token list: `forms` each distinct
 * form in order of first occurrence, `id` its number, `count[id]` how often it stands, `first[id]`
 * its first token and `next[k]` the next token with token k's form (−1 after the last). One map and
 * a few arrays: a map of a position array per form (normIndexOf's earlier shape) made several
 * hundred small arrays per article, a fair share of a parse's allocation.
 */
export interface FormIndex { forms: string[]; id: Map<string, number>; count: number[]; first: number[]; next: Int32Array }

function buildFormIndex(toks: readonly Token[], light: boolean): FormIndex {
  const forms: string[] = [];
  const id = new Map<string, number>();
  const count: number[] = [];
  const first: number[] = [];
  const last: number[] = [];
  const next = new Int32Array(toks.length).fill(-1);
  for (let k = 0; k < toks.length; k++) {
    const form = light ? toks[k]!.light : toks[k]!.norm;
    const j = id.get(form);
    if (j === undefined) {
      id.set(form, forms.length);
      forms.push(form);
      count.push(1);
      first.push(k);
      last.push(k);
    } else {
      count[j]!++;
      next[last[j]!] = k;
      last[j] = k;
    }
  }
  return { forms, id, count, first, next };
}

/** The article's normal forms (matching: occurrencesWithPrefixes, phrase counts). */
const normIndexCache = new WeakMap<readonly Token[], FormIndex>();
export function normIndexOf(toks: readonly Token[]): FormIndex {
  let x = normIndexCache.get(toks);
  if (!x) normIndexCache.set(toks, (x = buildFormIndex(toks, false)));
  return x;
}

/**
 * The article's light forms, shared by the readers that ask of them (people-ar's articleLights,
 * quotes-ar's lightCounts, pair-counts' pair keys: three readers each built a map or set of the
 * same forms of the same article).
 */
const lightIndexCache = new WeakMap<readonly Token[], FormIndex>();
export function lightIndexOf(toks: readonly Token[]): FormIndex {
  let x = lightIndexCache.get(toks);
  if (!x) lightIndexCache.set(toks, (x = buildFormIndex(toks, true)));
  return x;
}

/**
 * The forms a word counts for in occurrencesWithPrefixes: itself and itself without its first one
 * and two letters (while at least two letters stay). Memoised, so the slices are the same string
 * objects in every parse: the counts' map hashes each once, not once per article (building the
 * counts was about 2 % of a parse).
 */
const countedSlices = memo((norm: string): readonly string[] => {
  const out: string[] = [];
  for (let k = 0; k <= 2 && k < norm.length - 1; k++) out.push(norm.slice(k));
  return out;
});

/**
 * A token list's counts of the slices (countedSlices) of its forms, by the forms of the list
 * (normIndexOf): `occ[id]` is how many of its tokens count for form `id`. Slices that are no form
 * of the list are counted only when one is asked (a scan of the forms for the first few, then
 * `rest`, a map of them all: the callers ask almost only of the list's own words). A map of every
 * slice of the article was most of this count's allocation.
 */
interface PrefixCounts { index: FormIndex; occ: number[]; rest: Map<string, number> | null; asked: number }
function prefixCounts(toks: readonly Token[]): PrefixCounts {
  const index = normIndexOf(toks);
  const { forms: norms, id, count } = index;
  const occ = new Array<number>(norms.length).fill(0);
  // Per distinct form, weighted by its count: the same counts as per token, with a fraction of
  // the slices (an article repeats most of its words).
  // (indexed loops: this runs once per article, seldom optimised, and a for-of there makes an
  // iterator result per step)
  for (let j = 0; j < norms.length; j++) {
    const slices = countedSlices(norms[j]!);
    for (let k = 0; k < slices.length; k++) {
      const i = id.get(slices[k]!);
      if (i !== undefined) occ[i]! += count[j]!;
    }
  }
  return { index, occ, rest: null, asked: 0 };
}
function countOf(c: PrefixCounts, norm: string): number {
  const { forms: norms, id, count } = c.index;
  const i = id.get(norm);
  if (i !== undefined) return c.occ[i]!;
  if (c.rest === null && c.asked < REST_SCANS) {
    // (a word that is no form of the list, asked seldom: the forms it is a slice of, counted)
    c.asked++;
    let n = 0;
    for (let j = 0; j < norms.length; j++) {
      const m = norms[j]!;
      if (m.length !== norm.length + 1 && m.length !== norm.length + 2) continue;
      const slices = countedSlices(m);
      for (let k = 0; k < slices.length; k++) if (slices[k] === norm) n += count[j]!;
    }
    return n;
  }
  if (c.rest === null) {
    const m = new Map<string, number>();
    for (let j = 0; j < norms.length; j++) {
      for (const s of countedSlices(norms[j]!)) if (!id.has(s)) m.set(s, (m.get(s) ?? 0) + count[j]!);
    }
    c.rest = m;
  }
  return c.rest.get(norm) ?? 0;
}
/** Words that are no form of the list counted by a scan of its forms; after these, by a map of every slice. */
const REST_SCANS = 8;

/**
 * A token list's counts for occurrencesWithPrefixes: the counts built from its own tokens, or
 * (deriveOccurrences) another list's counts and the few slices its replaced tokens move.
 */
interface SliceCounts { base: PrefixCounts; moved: Map<string, number> | null }

/** Occurrences of a word with at most two attached prefix letters (عراقجي، لعراقجي، وبعراقجي). */
const suffixCache = new WeakMap<readonly Token[], SliceCounts>();
export function occurrencesWithPrefixes(toks: readonly Token[], norm: string): number {
  let c = suffixCache.get(toks);
  if (!c) suffixCache.set(toks, (c = { base: prefixCounts(toks), moved: null }));
  const n = countOf(c.base, norm);
  return c.moved === null ? n : n + (c.moved.get(norm) ?? 0);
}

/**
 * Seeds occurrencesWithPrefixes' counts of `toks`, a copy of `from` with the tokens at `changed`
 * replaced (same length and order), from `from`'s counts when they are built: only the replaced
 * tokens' slices move (the name tagger's second pass over unglued words counted the whole
 * article again). The counts are the same as built afresh (a slice whose count falls to 0 reads as
 * absent). `from`'s map is shared, not copied (a copy of every slice of the article was most of
 * this pass's allocation): the moves are kept beside it.
 */
export function deriveOccurrences(from: readonly Token[], toks: readonly Token[], changed: Iterable<number>): void {
  const base = suffixCache.get(from);
  if (!base || base.moved !== null || suffixCache.has(toks)) return;
  const moved = new Map<string, number>();
  const move = (norm: string, by: number): void => {
    for (const s of countedSlices(norm)) moved.set(s, (moved.get(s) ?? 0) + by);
  };
  for (const k of changed) {
    move(from[k]!.norm, -1);
    move(toks[k]!.norm, 1);
  }
  suffixCache.set(toks, { base: base.base, moved });
}

/**
 * Visits each sentence with the range [a, b] of its tokens (sentences without tokens are
 * skipped). One forward pass over the tokens, so callers stay linear.
 */
export function forEachSentenceTokens(
  sents: readonly SentenceSpan[],
  toks: readonly Token[],
  visit: (s: SentenceSpan, sid: number, a: number, b: number) => void,
): void {
  let ti = 0;
  sents.forEach((s, sid) => {
    while (ti < toks.length && toks[ti]!.sent < sid) ti++;
    const a = ti;
    let b = a - 1;
    while (b + 1 < toks.length && toks[b + 1]!.sent === sid) b++;
    if (b >= a) visit(s, sid, a, b);
  });
}
