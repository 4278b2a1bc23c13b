/**
 * Feature names built from parts, as the same string object each time: the learned parts look
 * their weights up by name thousands of times per parse, and a name built afresh (a template
 * string) must be hashed and interned at every look-up; a name kept here is hashed once.
 */
const joined = new Map<string, Map<string, string>>();

/**
 * a + b, kept. Meant for parts from small or recurring sets (types, buckets, words); each first
 * part's map is bounded (cleared when full), so a long-running bot's memory stays flat.
 */
export function cat(a: string, b: string): string {
  let m = joined.get(a);
  if (m === undefined) {
    if (joined.size >= 10_000) joined.clear();
    joined.set(a, (m = new Map()));
  }
  let s = m.get(b);
  if (s === undefined) {
    if (m.size >= 5_000) m.clear();
    m.set(b, (s = a + b));
  }
  return s;
}
