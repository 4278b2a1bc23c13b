/**
 * How often an article writes two words side by side (same sentence, no punctuation between), by
 * their light forms. A given name followed by the same ال word again and again (وضاح الطه ×3) is
 * evidence that the ال word is the person's family name, not an adjective read once.
 */
import { delimAfter, type Token } from './tokens.ts';

/**
 * Per article: each light form's number, and the pair counts keyed by the two numbers (a number
 * key, not the two forms joined into a string: a new string per adjacent pair of the article was
 * most of this index's allocation).
 */
interface PairCounts { ids: Map<string, number>; pairs: Map<number, number> }
const cache = new WeakMap<readonly Token[], PairCounts>();

function counts(toks: readonly Token[]): PairCounts {
  let c = cache.get(toks);
  if (c) return c;
  const ids = new Map<string, number>();
  for (const t of toks) if (!ids.has(t.light)) ids.set(t.light, ids.size);
  const n = ids.size;
  const pairs = new Map<number, number>();
  for (let k = 1; k < toks.length; k++) {
    const a = toks[k - 1]!, b = toks[k]!;
    if (a.sent !== b.sent || delimAfter(a, toks)) continue;
    const key = ids.get(a.light)! * n + ids.get(b.light)!;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  cache.set(toks, (c = { ids, pairs }));
  return c;
}

/** Times the article writes toks[k - 1] right before toks[k] (0 when k is no index of toks). */
export function pairCount(toks: readonly Token[], k: number): number {
  const a = toks[k - 1], b = toks[k];
  if (!a || !b) return 0;
  const { ids, pairs } = counts(toks);
  return pairs.get(ids.get(a.light)! * ids.size + ids.get(b.light)!) ?? 0;
}
