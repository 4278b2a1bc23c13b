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

/**
 * A feature written at a template site, as the linear models' feature functions emit it: a fixed
 * name (f`rule`) or a name with one or two variable parts (f`t:${t}|v:${x.verb}`). One feature
 * function serves both the trainer, which wants the names (`featureNames`), and the parser, which
 * only wants their summed weight (`SiteWeights`), so the two cannot drift apart.
 */
export type Emit = (s: TemplateStringsArray, a?: Part, b?: Part) => void;

/** The name a site writes for these parts: the plain template's string (kept per site, see feat). */
export const siteName = (s: TemplateStringsArray, a?: Part, b?: Part): string => (s.length === 1 ? s[0]! : feat(s, a, b));

/** The names a feature function emits, in order (for training, and for reading a model's choices). */
export function featureNames(describe: (f: Emit) => void): string[] {
  const out: string[] = [];
  describe((s, a, b) => out.push(siteName(s, a, b)));
  return out;
}

type SiteWeight = number | Map<Part, number> | Map<Part, Map<Part, number>>;

/**
 * A model's weights looked up by site and part values rather than by name: at parse time the sum
 * of a candidate's weights is all that matters, and building (or fetching) each name and hashing it
 * into a dictionary of hundreds of names cost more than the rest of the scoring. Each site resolves
 * its weight once per model and value: a fixed name's weight is kept at the site itself, a name with
 * parts under a small map per part, bounded as feat's are.
 *
 * `sum` is the running total of what `emit` was given since the last `reset`; the weights are
 * added one by one in emission order, so the total is the same number as scoreCandidate's over
 * the names. The model's weights must not change once scored with (a new model is a new object).
 */
export class SiteWeights {
  sum = 0;
  private readonly sites = new Map<TemplateStringsArray, SiteWeight>();
  constructor(private readonly weights: Readonly<Record<string, number>>) {}

  readonly emit: Emit = (s, a, b) => {
    this.sum += this.weight(s, a, b);
  };

  reset(): this {
    this.sum = 0;
    return this;
  }

  private weight(s: TemplateStringsArray, a: Part, b: Part): number {
    const w = this.weights;
    let site = this.sites.get(s);
    if (site === undefined) {
      // (a fixed name: its weight is the site's; a name with parts: filled per value below)
      site = s.length === 1 ? (w[s[0]!] ?? 0) : new Map();
      this.sites.set(s, site);
    }
    if (typeof site === 'number') return site;
    if (s.length === 2) {
      const m = site as Map<Part, number>;
      let v = m.get(a);
      if (v === undefined) {
        if (m.size >= BOUND) m.clear();
        m.set(a, (v = w[s[0]! + a + s[1]!] ?? 0));
      }
      return v;
    }
    const ma = site as Map<Part, Map<Part, number>>;
    let mb = ma.get(a);
    if (mb === undefined) {
      if (ma.size >= BOUND) ma.clear();
      ma.set(a, (mb = new Map()));
    }
    let v = mb.get(b);
    if (v === undefined) {
      if (mb.size >= BOUND) mb.clear();
      mb.set(b, (v = w[s[0]! + a + s[1]! + b + s[2]!] ?? 0));
    }
    return v;
  }
}

const siteWeights = new WeakMap<object, SiteWeights>();
/** The site look-up of these weights, made once per weights object. */
export function siteWeightsOf(weights: Readonly<Record<string, number>>): SiteWeights {
  let sw = siteWeights.get(weights);
  if (sw === undefined) siteWeights.set(weights, (sw = new SiteWeights(weights)));
  return sw;
}
