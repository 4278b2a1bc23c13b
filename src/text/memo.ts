/**
 * Memoise a pure string function in a bounded map: articles reuse a small vocabulary, so caching
 * per word saves most of the work, and the bound (cleared when full) keeps a long-running bot's
 * memory flat.
 */
export function memo<R>(fn: (s: string) => R, max = 50_000): (s: string) => R {
  const cache = new Map<string, R>();
  return (s: string): R => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as R;
    if (cache.size >= max) cache.clear();
    const r = fn(s);
    cache.set(s, r);
    return r;
  };
}
