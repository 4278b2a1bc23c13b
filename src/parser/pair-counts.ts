/**
 * How often an article writes two words side by side (same sentence, no punctuation between), by
 * their light forms. A given name followed by the same ال word again and again (وضاح الطه ×3) is
 * evidence that the ال word is the person's family name, not an adjective read once.
 */
import { delimAfter, lightIndexOf, type Token } from './tokens.ts';

/**
 * Per article: the pair counts keyed by the two light forms' numbers (tokens.ts lightIndexOf), not
 * by the two forms joined into a string: a new string per adjacent pair of the article was most of
 * this index's allocation. Kept with the index whose numbers its keys use.
 */
const cache = new WeakMap<readonly Token[], { pairs: Map<number, number>; id: Map<string, number> }>();

function counts(toks: readonly Token[]): { pairs: Map<number, number>; id: Map<string, number> } {
  let c = cache.get(toks);
  if (c) return c;
  const { id } = lightIndexOf(toks);
  const n = id.size;
  const pairs = new Map<number, number>();
  for (let k = 1; k < toks.length; k++) {
    const a = toks[k - 1]!, b = toks[k]!;
    if (a.sent !== b.sent || delimAfter(a, toks)) continue;
    const key = id.get(a.light)! * n + id.get(b.light)!;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  cache.set(toks, (c = { pairs, id }));
  return c;
}

/** Times the article writes toks[k - 1] right before toks[k] (0 when k is no index of toks). */
export function pairCount(toks: readonly Token[], k: number): number {
  const a = toks[k - 1], b = toks[k];
  if (!a || !b) return 0;
  const { pairs, id } = counts(toks);
  return pairs.get(id.get(a.light)! * id.size + id.get(b.light)!) ?? 0;
}
