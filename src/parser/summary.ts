/**
 * Extractive summary that knows news structure: every sentence is scored by a linear model over
 * news features (position, length, headline and centroid overlap, people, numbers, speech,
 * reactions and next steps, background cues — see summary-features.ts) whose weights are fitted
 * on outlets' own abstracts (scripts/fit-summary.ts → data/summary-weights.json). Measured on the
 * ANT pool, the fit keeps the position prior (the lead, then the next sentences) with a small
 * penalty for background ("يذكر أن", "وكان"): no other feature improved both halves of the fit
 * slice. The best sentences are taken in score order, skipping any that repeats a chosen point's
 * content (shared content words and named entities, not only near-identical text) and any that
 * cannot make a whole, clean point (summary-clause.ts); the points are then put back in article
 * order, points after the second cut short at a clause boundary.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Lang } from '../briefing/types.ts';
import { clauseHead, MAX_POINT_WORDS } from './summary-clause.ts';
import { FEATURE_NAMES, sentenceInfos, type SentenceInfo, type SummaryInput } from './summary-features.ts';

export type { SummaryInput } from './summary-features.ts';

/** Points kept in the briefing; /summary shows the first 3 by default and up to 5 on request. */
export const MAX_POINTS = 5;
const MIN_POINT_WORDS = 6;
// Chosen on the fit slice (25, 20, 15 tried: 20 gave the best R1-F + R1@len).
const LATER_WORDS = 20;
export const LATER_POINT_WORDS = 30;

const weightsSchema = z.object({
  features: z.array(z.string()),
  weights: z.array(z.number()),
  redundancy: z.number().min(0).max(1),
});
export type SummaryWeights = z.infer<typeof weightsSchema>;

let loaded: SummaryWeights | null = null;
/** The fitted weights, read once and checked against the feature list they were fitted for. */
export function summaryWeights(): SummaryWeights {
  if (loaded) return loaded;
  const w = weightsSchema.parse(JSON.parse(readFileSync(new URL('../../data/summary-weights.json', import.meta.url), 'utf8')));
  if (w.features.join() !== FEATURE_NAMES.join() || w.weights.length !== FEATURE_NAMES.length)
    throw new Error('data/summary-weights.json was fitted for other features: run scripts/fit-summary.ts');
  return (loaded = w);
}

export function scoreSentence(info: SentenceInfo, w: SummaryWeights): number {
  return info.features.reduce((t, x, i) => t + x * w.weights[i]!, 0);
}

/** Shared content: the fraction of the smaller sentence's terms (and named things) the other has. */
export function overlap(a: SentenceInfo, b: SentenceInfo): number {
  // The same two people, or the same figure, with half the words shared: the same fact retold.
  const sharedEntities = [...a.entities].filter((e) => b.entities.has(e)).length;
  const ta = new Set([...a.terms, ...a.entities]);
  const tb = new Set([...b.terms, ...b.entities]);
  if (!ta.size || !tb.size) return 0;
  let hit = 0;
  for (const t of ta) if (tb.has(t)) hit++;
  const share = hit / Math.min(ta.size, tb.size);
  return sharedEntities >= 2 ? Math.min(1, share * 1.5) : share;
}

export function summarise(input: SummaryInput, weights: SummaryWeights = summaryWeights()): string[] {
  if (input.sentences.length === 0) return [];
  return selectPoints(sentenceInfos(input), input.sentences, input.lang, weights);
}

/** The points, from sentence features already computed (the fitting script calls this directly). */
export function selectPoints(infos: readonly SentenceInfo[], sentences: SummaryInput['sentences'], lang: Lang, weights: SummaryWeights, heads?: ReadonlyArray<string | null>): string[] {
  const order = infos.map((info) => ({ info, score: scoreSentence(info, weights) })).sort((a, b) => b.score - a.score || a.info.index - b.info.index);
  const chosen: Array<{ info: SentenceInfo; point: string }> = [];
  for (const { info } of order) {
    if (chosen.length >= MAX_POINTS) break;
    if (info.words < MIN_POINT_WORDS && sentences.length > 3) continue;
    if (chosen.some((c) => overlap(c.info, info) >= weights.redundancy)) continue;
    const point = heads ? heads[info.index] : clauseHead(sentences[info.index]!.text, lang, MAX_POINT_WORDS);
    if (point) chosen.push({ info, point });
  }
  // A text with no sentence that makes a clean point still gets its best sentence, cut at a word.
  if (!chosen.length) chosen.push({ info: order[0]!.info, point: shortenWords(sentences[order[0]!.info.index]!.text, MAX_POINT_WORDS) });
  // Points after the first two add a fact briefly: cut at a clause boundary when one is early enough.
  return chosen.sort((a, b) => a.info.index - b.info.index).map((c, i) => (i >= 2 ? (clauseHead(c.point, lang, LATER_WORDS) ?? c.point) : c.point));
}

function shortenWords(s: string, max: number): string {
  const ws = s.trim().split(/\s+/);
  return ws.length <= max ? s.trim() : `${ws.slice(0, max).join(' ')}…`;
}

/** Cut a long line (a fallback title) at the last clause boundary before the limit, or a word boundary. */
export function shorten(s: string, max = 200): string {
  const t = s.trim();
  if (t.length <= max) return t;
  const head = t.slice(0, max);
  const clause = Math.max(head.lastIndexOf('،'), head.lastIndexOf(','), head.lastIndexOf('؛'), head.lastIndexOf(';'));
  if (clause > max * 0.5) return head.slice(0, clause).trim() + '…';
  return head.replace(/\s+\S*$/, '').trim() + '…';
}

export type { Lang };
