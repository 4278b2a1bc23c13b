/**
 * One gold article parsed with the speaker ranker's options recorded: each gold quote the eval
 * matches (its own matchQuote, so the ranker's tools see the quotes the eval scores), with the
 * candidates the ranker weighed for it. Shared by the ranker's trainer and its analysis scripts.
 */
import { readFileSync } from 'node:fs';
import type { Briefing, Quote } from '../../src/briefing/types.ts';
import { matchQuote, rightSpeakerAr } from '../../src/eval/evaluate.ts';
import type { Gold, GoldQuote } from '../../src/eval/gold-score.ts';
import { parseArticle } from '../../src/parser/index.ts';
import { collectRankings, type RankedOption } from '../../src/parser/speaker-ranker.ts';
import type { RankExample } from '../../src/parser/speaker-ranker-train.ts';
import type { Item } from './gold.ts';

export interface RankedQuote { g: GoldQuote; q: Quote; options: RankedOption[] }

export function rankedQuotes(it: Item): { gold: Gold; text: string; briefing: Briefing; ranked: RankedQuote[] } {
  const gold = JSON.parse(readFileSync(it.gold, 'utf8')) as Gold;
  const text = readFileSync(it.text, 'utf8');
  const seen = new Map<object, RankedOption[]>();
  collectRankings((q, options) => seen.set(q, options));
  let briefing: Briefing;
  try { briefing = parseArticle(text); } finally { collectRankings(null); }
  return { gold, text, briefing, ranked: matchedRankings(gold, briefing.quotes, seen) };
}

/** The gold quotes the eval matches among `quotes` (each found quote at most once), with the options recorded for each. */
export function matchedRankings(gold: Gold, quotes: readonly Quote[], seen: ReadonlyMap<object, RankedOption[]>): RankedQuote[] {
  const used = new Set<Quote>();
  const ranked: RankedQuote[] = [];
  for (const g of gold.quotes) {
    const q = matchQuote(g, quotes, used);
    if (!q) continue;
    used.add(q);
    const options = seen.get(q);
    if (options) ranked.push({ g, q, options });
  }
  return ranked;
}

/** One ranked quote as the speaker ranker's training example: each option right or wrong by the eval's own speaker test. */
export function speakerExample(id: string, gold: Gold, { g, q, options }: RankedQuote): RankExample {
  const right = options.map((o) => rightSpeakerAr({ ...q, speaker: o.speaker, speakerId: o.speakerId, speakerIds: o.speakerIds }, g, gold));
  return { id, feats: options.map((o) => o.feats), right, names: options.map((o) => o.speaker.ar) };
}
