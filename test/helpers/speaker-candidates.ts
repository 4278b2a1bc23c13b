/**
 * Constructed Arabic copy for speaker tests: a title line, a blank line, then the given lines; what
 * the parser says about who spoke and which candidates it weighed for each quote.
 */
import { parseArticle } from '../../src/parser/index.ts';
import { collectRankings, type RankedOption } from '../../src/parser/speaker-ranker.ts';

export const article = (lines: string[]) => ['عنوان تجريبي', '', ...lines].join('\n');

/** Each quote's speaker (Arabic), in order. */
export const whoSaid = (lines: string[]) => parseArticle(article(lines)).quotes.map((q) => q.speaker.ar);

/** The options the speaker ranker weighed, one list per quote with a choice. */
export function speakerCandidates(lines: string[]): RankedOption[][] {
  const seen: RankedOption[][] = [];
  collectRankings((_q, o) => seen.push(o));
  try {
    parseArticle(article(lines));
  } finally {
    collectRankings(null);
  }
  return seen;
}
