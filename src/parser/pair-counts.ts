/**
 * How often an article writes two words side by side (same sentence, no punctuation between), by
 * their light forms. A given name followed by the same ال word again and again (وضاح الطه ×3) is
 * evidence that the ال word is the person's family name, not an adjective read once.
 */
import { delimAfter, type Token } from './tokens.ts';

const cache = new WeakMap<readonly Token[], Map<string, number>>();

function counts(toks: readonly Token[]): Map<string, number> {
  let m = cache.get(toks);
  if (m) return m;
  m = new Map();
  for (let k = 1; k < toks.length; k++) {
    const a = toks[k - 1]!, b = toks[k]!;
    if (a.sent !== b.sent || delimAfter(a, toks)) continue;
    const key = a.light + ' ' + b.light;
    m.set(key, (m.get(key) ?? 0) + 1);
  }
  cache.set(toks, m);
  return m;
}

/** Times the article writes toks[k - 1] right before toks[k] (0 when k is no index of toks). */
export function pairCount(toks: readonly Token[], k: number): number {
  const a = toks[k - 1], b = toks[k];
  return a && b ? counts(toks).get(a.light + ' ' + b.light) ?? 0 : 0;
}
