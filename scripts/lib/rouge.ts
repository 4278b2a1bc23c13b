/**
 * ROUGE for Arabic (and English) news summaries, with its own tokeniser and normaliser so the
 * score does not depend on the parser's folding: a change to the parser's normaliser must not
 * move the yardstick it is judged by.
 *
 * Normalisation (matching only): diacritics, Quranic marks, superscript alef and tatweel dropped;
 * أ إ آ ٱ → ا; ى → ي; ة → ه; ؤ → و; ئ → ي; Arabic-Indic digits → ASCII; Latin lower-cased.
 * Tokens are maximal runs of letters/digits; punctuation (، ؛ ؟ « » " …) separates and is dropped.
 * With `clitics: true` a leading و/ف, then one of ب ل ك, then the article ال are stripped from
 * words long enough to keep a stem of three letters (so والرئيس and الرئيس and رئيس meet).
 */

const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const FOLD: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي' };

export function normaliseWord(w: string): string {
  return w
    .replace(MARKS, '')
    .replace(/[أإآٱىةؤئ]/g, (c) => FOLD[c]!)
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .toLowerCase();
}

export function stripClitics(w: string): string {
  let s = w;
  if (/^[وف]/.test(s) && s.length >= 5) s = s.slice(1);
  if (/^(لل)/.test(s) && s.length >= 5) return s.slice(2);
  if (/^[بلك]ال/.test(s) && s.length >= 6) return s.slice(3);
  if (/^ال/.test(s) && s.length >= 5) return s.slice(2);
  return s;
}

export interface TokenOptions {
  clitics?: boolean;
}

export function tokens(text: string, opts: TokenOptions = {}): string[] {
  const out: string[] = [];
  // Marks are removed first so a word split by a diacritic or tatweel stays one word.
  for (const m of text.replace(MARKS, '').matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = normaliseWord(m[0]);
    out.push(opts.clitics ? stripClitics(w) : w);
  }
  return out;
}

export interface Score {
  p: number;
  r: number;
  f: number;
}

function prf(hit: number, cand: number, ref: number): Score {
  const p = cand ? hit / cand : 0;
  const r = ref ? hit / ref : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function grams(t: readonly string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= t.length; i++) {
    const g = t.slice(i, i + n).join(' ');
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** ROUGE-N with clipped counts (a word repeated in the candidate counts at most as often as in the reference). */
export function rougeN(cand: readonly string[], ref: readonly string[], n: number): Score {
  const c = grams(cand, n);
  const r = grams(ref, n);
  let hit = 0;
  for (const [g, k] of c) hit += Math.min(k, r.get(g) ?? 0);
  return prf(hit, Math.max(0, cand.length - n + 1), Math.max(0, ref.length - n + 1));
}

export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    prev = cur;
  }
  return prev[b.length]!;
}

/** ROUGE-L over the whole summary as one sequence. */
export function rougeL(cand: readonly string[], ref: readonly string[]): Score {
  return prf(lcsLength(cand, ref), cand.length, ref.length);
}

export interface RougeSet {
  r1: Score;
  r2: Score;
  rl: Score;
  /** ROUGE-1 recall of the candidate cut to the reference's length in words. */
  r1AtLen: number;
  words: number;
}

export function rouge(candidate: string, reference: string, opts: TokenOptions = {}): RougeSet {
  const c = tokens(candidate, opts);
  const r = tokens(reference, opts);
  return { r1: rougeN(c, r, 1), r2: rougeN(c, r, 2), rl: rougeL(c, r), r1AtLen: rougeN(c.slice(0, r.length), r, 1).r, words: c.length };
}
