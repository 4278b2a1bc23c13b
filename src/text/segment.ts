/**
 * Sentence and word segmentation on top of Intl.Segmenter.
 *
 * ICU splits at every full stop, including inside a quotation ("هذا يمنحنا فرصة.. للتفكير") and
 * at the ".." ellipsis of Arabic copy; we merge those pieces back. Line breaks (paragraphs) are
 * hard boundaries: a sentence never spans two paragraphs.
 */

import { scanWords } from './word-scan.ts';
import { scanSentences } from './sentence-scan.ts';

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface WordSpan extends Span {
  /** Index of the paragraph the word sits in. */
  para: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = lang + ':' + granularity;
  let s = segmenters.get(key);
  if (!s) { s = new Intl.Segmenter(lang, { granularity }); segmenters.set(key, s); }
  return s;
}

/** Paragraphs: maximal runs of text between line breaks, trimmed, empty ones dropped. */
export function paragraphs(text: string, from = 0): Span[] {
  const out: Span[] = [];
  let start = from;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    pushTrimmed(out, text, start, end);
    if (nl < 0) return out;
    start = nl + 1;
  }
}

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

const OPENERS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '‹': '›' };
const CLOSERS = new Set(['”', '»', '›']);
const QUOTE_CHARS = /["“”«»„‹›]/;

/**
 * Quotation depth after each piece. Typographic marks nest; the straight quote " toggles.
 * Returns null when the paragraph's quotes do not balance, in which case quotes are ignored
 * for merging (a stray mark must not glue a whole paragraph into one sentence).
 */
function quoteStates(pieces: string[]): boolean[] | null {
  let depth = 0;
  let straight = false;
  const open: boolean[] = [];
  for (const p of pieces) {
    // Most pieces have no quotation mark at all: skip the character loop for them.
    if (!QUOTE_CHARS.test(p)) { open.push(straight || depth > 0); continue; }
    for (const ch of p) {
      if (ch === '"') straight = !straight;
      else if (OPENERS[ch] !== undefined) depth++;
      else if (CLOSERS.has(ch)) depth = Math.max(0, depth - 1);
    }
    open.push(straight || depth > 0);
  }
  return straight || depth > 0 ? null : open;
}

/**
 * Cut [start, end) of `text` into pieces of about `size` characters for Intl.Segmenter, whose
 * iteration over one long string grows faster than linearly (100k characters of Arabic take
 * seconds in one piece, milliseconds in 1k pieces). Cuts go after sentence punctuation when
 * `sentencesFirst`, else at whitespace, else anywhere; `clean` says the cut is at such a boundary.
 */
function* chunks(text: string, start: number, end: number, size: number, sentencesFirst: boolean): Generator<{ a: number; b: number; clean: boolean }> {
  let a = start;
  while (end - a > size * 1.5) {
    const limit = Math.min(end, a + size * 2);
    let cut = -1;
    let clean = false;
    for (let i = a + size; i < limit; i++) {
      const ch = text[i]!;
      if (ch === ' ' || ch === '\n') {
        if (!sentencesFirst || /[.!?؟…]/.test(text[i - 1]!)) { cut = i + 1; clean = true; break; }
        if (cut < 0) cut = i + 1;
      }
    }
    if (cut < 0) cut = a + size;
    yield { a, b: cut, clean };
    a = cut;
  }
  yield { a, b: end, clean: true };
}

const CHUNK = 1000;
/**
 * Words are segmented in shorter pieces: the segmenter's cost per character still grows with the
 * piece between a few hundred characters and a thousand (5k characters of Arabic: 1.0 ms in 300-
 * character pieces, 1.3-1.5 ms in 1000-character ones). Cuts stay at white space.
 */
const WORD_CHUNK = 300;

const ends: number[] = []; // piece ends of one chunk, reused from chunk to chunk

/** Sentences of one paragraph (offsets relative to `base`). */
function paragraphSentences(para: Span, lang: string): Span[] {
  const pieces: Span[] = [];
  // Pieces that end where a chunk was cut mid-sentence must be glued to the next one.
  const glued = new Set<number>();
  for (const c of chunks(para.text, 0, para.text.length, CHUNK * 2, true)) {
    // Plain letters, digits and common marks are read by a table scan that gives the segmenter's
    // pieces (sentence-scan.ts); a chunk with any other character goes to the segmenter.
    if (scanSentences(para.text, c.a, c.b, ends)) {
      let from = c.a;
      for (const to of ends) {
        pieces.push({ text: para.text.slice(from, to), start: para.start + from, end: para.start + to });
        from = to;
      }
    } else {
      for (const seg of segmenter(lang, 'sentence').segment(para.text.slice(c.a, c.b))) {
        const st = para.start + c.a + seg.index;
        pieces.push({ text: seg.segment, start: st, end: st + seg.segment.length });
      }
    }
    if (!c.clean) glued.add(pieces.length - 1);
  }
  if (pieces.length === 0) return [];
  const open = quoteStates(pieces.map((p) => p.text));
  const merged: Span[] = [];
  let cur: Span | null = null;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    cur = cur ? { text: cur.text + p.text, start: cur.start, end: p.end } : { ...p };
    const trimmed = p.text.trimEnd();
    const ellipsis = trimmed.endsWith('..') && !trimmed.endsWith('...') || trimmed.endsWith('…');
    const inQuote = open ? open[i]! : false;
    // Never end at ".." (an ellipsis mid-sentence in Arabic copy) or inside an open quotation.
    if (i < pieces.length - 1 && (inQuote || ellipsis || glued.has(i) || tooShortToStand(trimmed))) continue;
    merged.push(cur);
    cur = null;
  }
  if (cur) merged.push(cur);
  return merged.flatMap((m) => splitRunaway(m)).map((m) => trimSpan(para, m)).filter((s): s is Span => s !== null);
}

/** Longest sentence kept whole; longer runs (no punctuation for pages) are cut at commas or spaces. */
export const MAX_SENTENCE = 2000;

function splitRunaway(m: Span): Span[] {
  if (m.text.length <= MAX_SENTENCE) return [m];
  const out: Span[] = [];
  let a = 0;
  const t = m.text;
  while (t.length - a > MAX_SENTENCE) {
    const window = t.slice(a + MAX_SENTENCE / 2, a + MAX_SENTENCE);
    let cut = Math.max(window.lastIndexOf('،'), window.lastIndexOf(','), window.lastIndexOf('؛'), window.lastIndexOf(';'));
    if (cut < 0) cut = window.lastIndexOf(' ');
    const at = cut < 0 ? a + MAX_SENTENCE : a + MAX_SENTENCE / 2 + cut + 1;
    out.push({ text: t.slice(a, at), start: m.start + a, end: m.start + at });
    a = at;
  }
  out.push({ text: t.slice(a), start: m.start + a, end: m.end });
  return out;
}

function trimSpan(para: Span, m: Span): Span | null {
  let s = m.start - para.start;
  let e = m.end - para.start;
  const t = para.text;
  while (s < e && /\s/.test(t[s]!)) s++;
  while (e > s && /\s/.test(t[e - 1]!)) e--;
  if (e <= s) return null;
  return { text: t.slice(s, e), start: para.start + s, end: para.start + e };
}

/** A lone number or initial before a full stop ("3." "U.") is not a sentence on its own. */
function tooShortToStand(piece: string): boolean {
  return piece.length <= 3;
}

/** Sentences of a whole text, paragraph by paragraph, with offsets into `text`. */
export function sentences(text: string, lang: string, from = 0): Array<Span & { para: number }> {
  const out: Array<Span & { para: number }> = [];
  paragraphs(text, from).forEach((p, pi) => {
    for (const s of paragraphSentences(p, lang)) out.push({ ...s, para: pi });
  });
  return out;
}

/** Word-like tokens of `text` with offsets (Intl.Segmenter word granularity). */
export function words(text: string, lang: string): Span[] {
  const out: Span[] = [];
  forEachWord(text, lang, (w, start) => { out.push({ text: w, start, end: start + w.length }); });
  return out;
}

/**
 * The word-like tokens of `text` in order, each passed to `visit` with its offset: the tokenizer
 * builds its own records, so no intermediate span per word is made for it to copy.
 */
export function forEachWord(text: string, lang: string, visit: (word: string, start: number) => void): void {
  const seg = segmenter(lang, 'word');
  const found: number[] = []; // word offsets of one piece, reused from piece to piece
  for (const c of chunks(text, 0, text.length, WORD_CHUNK, false)) {
    // Plain letters, digits and common marks are read by a table scan that gives the segmenter's
    // words (word-scan.ts); a piece with any other character goes to the segmenter.
    if (scanWords(text, c.a, c.b, found)) {
      for (let k = 0; k < found.length; k += 2) visit(text.slice(found[k]!, found[k + 1]!), found[k]!);
      continue;
    }
    for (const w of seg.segment(text.slice(c.a, c.b))) {
      if (w.isWordLike) visit(w.segment, c.a + w.index);
    }
  }
}

/** Bare Intl.Segmenter word + sentence passes (the speed yardstick of the bench). */
export function bareSegmentation(text: string, lang: string): number {
  let n = 0;
  for (const _ of segmenter(lang, 'sentence').segment(text)) n++;
  for (const _ of segmenter(lang, 'word').segment(text)) n++;
  return n;
}
