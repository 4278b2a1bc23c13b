/**
 * Feature names built from parts, as the same string object each time: the learned parts look
 * their weights up by name thousands of times per parse, and a name built afresh (a template
 * string) must be hashed and interned at every look-up; a name kept here is hashed once.
 *
 * Written as a tagged template at the site that uses it, so the name reads as it is stored in the
 * weights:
 *
 *     f.push(feat`t:${t}|v:${x.verb}`, feat`rule:${c.rule}`);
 *
 * gives the same strings as the plain templates `t:${t}|v:${x.verb}` and `rule:${c.rule}`. A site
 * is its template's strings array (one object per site of the source, the language's own cache),
 * so each site keeps its names per value of its one or two parts: one look-up for the site and one
 * per part. Meant for parts from small or recurring sets (types, buckets, booleans, words); each map
 * is bounded (cleared when full), so a long-running bot's memory stays flat.
 */
type Part = string | number | boolean | null | undefined;
type Names = Map<Part, string>;

const sites = new WeakMap<TemplateStringsArray, Map<Part, unknown>>();
const BOUND = 20_000;

/** A feature name with one or two variable parts, kept per site and per value (see above). */
export function feat(s: TemplateStringsArray, a: Part, b?: Part): string {
  let m = sites.get(s);
  if (m === undefined) sites.set(s, (m = new Map()));
  if (s.length === 2) {
    let n = (m as Names).get(a);
    if (n === undefined) {
      if (m.size >= BOUND) m.clear();
      (m as Names).set(a, (n = s[0]! + a + s[1]!));
    }
    return n;
  }
  let mb = (m as Map<Part, Names>).get(a);
  if (mb === undefined) {
    if (m.size >= BOUND) m.clear();
    (m as Map<Part, Names>).set(a, (mb = new Map()));
  }
  let n = mb.get(b);
  if (n === undefined) {
    if (mb.size >= BOUND) mb.clear();
    mb.set(b, (n = s[0]! + a + s[1]! + b + s[2]!));
  }
  return n;
}
