/**
 * names30: a known key's first answer (the reranker's firstKnown weights), compared by
 * cross-validation on the cross-fitted Google lists of known keys cached by
 * `NAMES_DEV=1 NAMES_RERANK_LISTS=file npm run train:names`. Scored: the share of lists whose
 * right spelling is a known one and is chosen first among the known spellings (the decision the
 * weights make at run time).
 *   NAMES_RERANK_LISTS=/tmp/lists.json npx tsx scripts/names/first-known.ts
 */
import { readFileSync } from 'node:fs';
import { FEATURES } from '../../src/names/translit/rerank.ts';
import { trainRerank, type RerankList } from './rerank-train.ts';

type L = RerankList & { from: 'wd' | 'g' };
const { lists } = JSON.parse(readFileSync(process.env.NAMES_RERANK_LISTS!, 'utf8')) as { lists: L[] };
const at = (f: string) => FEATURES.indexOf(f as (typeof FEATURES)[number]);
const LOOK = at('lookup');
const GOOGLE = at('google');
const known = lists.filter((l) => l.from === 'g' && l.feats.some((r) => r[LOOK] === 1)).map((l) => ({ ...l, w: 1, feats: l.feats.map((r) => r.map((v, j) => (j === GOOGLE ? 0 : v))) }));
const goldKnown = known.filter((l) => l.feats[l.gold]![LOOK] === 1);
console.log(`${lists.length} lists; Google known-key lists ${known.length}, right spelling a known one ${goldKnown.length}`);

/** lookup rows only, gold re-indexed (-1 when the right one is a guess) */
function onlyKnown(l: L): L {
  const keep = l.feats.map((r, i) => (r[LOOK] === 1 ? i : -1)).filter((i) => i >= 0);
  return { ...l, feats: keep.map((i) => l.feats[i]!), gold: keep.indexOf(l.gold) };
}

const FOLDS = 5;
type Map_ = (row: number[]) => number[];
function cv(label: string, opts: { restrict: boolean; map?: Map_; l2?: number; iters?: number; extra?: L[] }): void {
  let right = 0;
  let rulesRight = 0;
  for (let k = 0; k < FOLDS; k++) {
    const tr = known.filter((_, i) => i % FOLDS !== k);
    const te = known.filter((_, i) => i % FOLDS === k);
    const prep = (ls: L[]) => ls.map((l) => (opts.restrict ? onlyKnown(l) : l)).filter((l) => l.gold >= 0 && l.feats.length > 0).map((l) => (opts.map ? { ...l, feats: l.feats.map(opts.map) } : l));
    const fit = trainRerank([...prep(tr), ...(opts.extra ? prep(opts.extra) : [])], { iters: opts.iters ?? 300, l2: opts.l2 ?? 1e-4 });
    for (const l of te) {
      if (l.feats[l.gold]![LOOK] !== 1) continue;
      let best = -1;
      let bs = -Infinity;
      l.feats.forEach((r, i) => {
        if (r[LOOK] !== 1) return;
        const row = opts.map ? opts.map(r) : r;
        let s = 0;
        for (let j = 0; j < row.length; j++) s += row[j]! * fit.weights[j]!;
        if (s > bs) { bs = s; best = i; }
      });
      if (best === l.gold) right++;
      if (l.feats.findIndex((r) => r[LOOK] === 1) === l.gold) rulesRight++;
    }
  }
  console.log(`${label.padEnd(60)} ${(right / goldKnown.length).toFixed(4)} (rules' first ${(rulesRight / goldKnown.length).toFixed(4)}; of ${goldKnown.length})`);
}

const variant = process.argv[2] ?? 'all';
cv('shipped: all rows of the list, linear', { restrict: false });
cv('known rows only, linear', { restrict: true });
for (const l2 of [1e-3, 1e-2]) cv(`known rows only, l2 ${l2}`, { restrict: true, l2 });
// a few products of the count evidence with the style evidence
const pick = ['share', 'wikidata', 'lookRank', 'charLM', 'attested', 'lenRatio', 'vowelShare', 'endsVowel', 'doubleConsonant', 'eShare', 'ou', 'digraphs'].map(at);
const inter: Map_ = (r) => {
  const out = [...r];
  for (let a = 0; a < pick.length; a++) for (let b = a; b < pick.length; b++) out.push(r[pick[a]!]! * r[pick[b]!]!);
  return out;
};
if (variant === 'all') {
  cv('known rows only, + pairwise products of 12', { restrict: true, map: inter });
  cv('known rows only, + pairwise products, l2 1e-2', { restrict: true, map: inter, l2: 1e-2 });
  const wdKnown = lists.filter((l) => l.from === 'wd' && l.feats.some((r) => r[LOOK] === 1)).map((l) => ({ ...l, w: 0.2, feats: l.feats.map((r) => r.map((v, j) => (j === GOOGLE ? 0 : v))) }));
  cv('known rows only, + Wikidata known lists weighing 0.2', { restrict: true, extra: wdKnown });
}
