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

/**
 * A feature name with one variable part, l0 + a + l1, kept per value of `a`: one map look-up a
 * name where `cat` takes two (its first part's map, then the second's), and nested cats four.
 * Bounded like cat's maps.
 */
export function kept1(l0: string, l1: string): (a: string) => string {
  const m = new Map<string, string>();
  return (a) => {
    let s = m.get(a);
    if (s === undefined) {
      if (m.size >= 5_000) m.clear();
      m.set(a, (s = l0 + a + l1));
    }
    return s;
  };
}

/** A feature name with two variable parts, l0 + a + l1 + b + l2, kept per pair (two look-ups a name). */
export function kept2(l0: string, l1: string, l2: string): (a: string, b: string) => string {
  const m = new Map<string, (b: string) => string>();
  return (a, b) => {
    let k = m.get(a);
    if (k === undefined) {
      if (m.size >= 5_000) m.clear();
      m.set(a, (k = kept1(l0 + a + l1, l2)));
    }
    return k(b);
  };
}
