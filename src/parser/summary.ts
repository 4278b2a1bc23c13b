/**
 * Extractive summary: 3–5 sentences ranked by closeness to the article's centroid of stemmed
 * content words (TF-IDF over sentences), with a prior for the lead and a redundancy penalty
 * (maximal marginal relevance), then put back in article order and cut to a short point.
 * Names are never stemmed (the Arabic stemmer turns بوتين into وتين): words of people's names are
 * kept whole.
 */
import { createRequire } from 'node:module';
import type { Lang, Sentence } from '../briefing/types.ts';
import { lightNormAr } from '../text/arabic.ts';
import { stripCliticsGreedy } from '../text/clitics.ts';
import { normaliseAr } from '../text/normalize.ts';
import { isArStopword, isEnStopword } from '../text/stopwords.ts';
import type { Token } from './tokens.ts';
import { memo } from '../text/memo.ts';

const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as { newStemmer(lang: string): { stem(w: string): string } };
const arStemmer = snowball.newStemmer('arabic');
const enStemmer = snowball.newStemmer('english');
const stemmers = { ar: { stem: memo((w: string) => arStemmer.stem(w)) }, en: { stem: memo((w: string) => enStemmer.stem(w)) } };

const MAX_POINT = 200;

function terms(toks: readonly Token[], lang: Lang, nameWords: ReadonlySet<string>): Map<number, string[]> {
  const bySent = new Map<number, string[]>();
  const cache = new Map<string, string | null>();
  for (const t of toks) {
    let term = cache.get(t.light);
    if (term === undefined) {
      term = null;
      if (lang === 'ar') {
        if (/^[\u0621-\u064A]{2,}$/.test(t.light) && !isArStopword(t.light)) {
          const bare = stripCliticsGreedy(t.norm);
          if (nameWords.has(t.norm) || nameWords.has(bare)) term = bare;
          else if (bare.length >= 3 && !isArStopword(lightNormAr(bare))) term = stemmers.ar.stem(t.light);
        }
      } else if (/^[a-z][a-z'-]+$/.test(t.light) && !isEnStopword(t.light)) {
        term = nameWords.has(t.light) ? t.light : stemmers.en.stem(t.light);
      }
      cache.set(t.light, term);
    }
    if (!term) continue;
    let arr = bySent.get(t.sent);
    if (!arr) bySent.set(t.sent, (arr = []));
    arr.push(term);
  }
  return bySent;
}

/** Cut a long sentence at the last clause boundary before the limit (or a word boundary). */
export function shorten(s: string, max = MAX_POINT): string {
  const t = s.trim();
  if (t.length <= max) return t;
  const head = t.slice(0, max);
  const clause = Math.max(head.lastIndexOf('،'), head.lastIndexOf(','), head.lastIndexOf('؛'), head.lastIndexOf(';'));
  if (clause > max * 0.5) return head.slice(0, clause).trim() + '…';
  return head.replace(/\s+\S*$/, '').trim() + '…';
}

export function summarise(sentences: readonly Sentence[], toks: readonly Token[], lang: Lang, people: ReadonlyArray<{ name: { ar: string; en: string } }>): string[] {
  if (sentences.length === 0) return [];
  const nameWords = new Set(people.flatMap((p) => normaliseAr(`${p.name.ar} ${p.name.en}`).split(/\s+/)).filter(Boolean));
  const bySent = terms(toks, lang, nameWords);
  const df = new Map<string, number>();
  for (const ts of bySent.values()) for (const w of new Set(ts)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = sentences.length;
  const vecs = sentences.map((s) => {
    const v = new Map<string, number>();
    for (const w of bySent.get(s.id) ?? []) v.set(w, (v.get(w) ?? 0) + 1);
    for (const [w, tf] of v) v.set(w, tf * Math.log(1 + n / (df.get(w) ?? 1)));
    return v;
  });
  const centroid = new Map<string, number>();
  for (const v of vecs) for (const [w, x] of v) centroid.set(w, (centroid.get(w) ?? 0) + x);
  // Norms computed once per vector: recomputing the centroid's norm per sentence was quadratic.
  const norms = new Map<Map<string, number>, number>();
  const norm = (v: Map<string, number>) => {
    let x = norms.get(v);
    if (x === undefined) {
      x = 0;
      for (const y of v.values()) x += y * y;
      x = Math.sqrt(x) || 1;
      norms.set(v, x);
    }
    return x;
  };
  const cos = (a: Map<string, number>, b: Map<string, number>) => {
    let dot = 0;
    const [small, big] = a.size < b.size ? [a, b] : [b, a];
    for (const [w, x] of small) dot += x * (big.get(w) ?? 0);
    return dot / (norm(a) * norm(b));
  };
  const cn = centroid;
  const base = sentences.map((s, i) => {
    const words = (bySent.get(s.id) ?? []).length;
    let score = cos(vecs[i]!, cn);
    score += 0.25 / (1 + i); // the lead carries the news
    if (words < 5) score -= 0.3; // fragments and datelines
    if (/[؟?]\s*$/.test(s.text)) score -= 0.2;
    return score;
  });
  const want = Math.max(Math.min(n, 3), Math.min(5, Math.round(n / 4)));
  const chosen: number[] = [];
  // The pool is the best 40 by score: enough for 5 non-redundant points, and it keeps the
  // selection loop bounded on long or repetitive texts.
  const remaining = new Set(sentences.map((_, i) => i).sort((x, y) => base[y]! - base[x]! || x - y).slice(0, 40));
  while (chosen.length < want && remaining.size) {
    let best = -1;
    let bestScore = -Infinity;
    for (const i of remaining) {
      const red = chosen.reduce((m, j) => Math.max(m, cos(vecs[i]!, vecs[j]!)), 0);
      const sc = 0.7 * base[i]! - 0.3 * red;
      if (sc > bestScore) { bestScore = sc; best = i; }
    }
    remaining.delete(best);
    // Near-duplicates (the same fact told twice) never make two points.
    if (chosen.some((j) => cos(vecs[best]!, vecs[j]!) > 0.6)) continue;
    chosen.push(best);
  }
  return chosen.sort((a, b) => a - b).map((i) => shorten(sentences[i]!.text));
}
