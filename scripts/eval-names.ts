/**
 * `npm run eval:names`: how well the shipped model spells names it was not fitted on.
 *   - held-out Wikidata slice (scripts/names/data.ts, the keys of the 300-pair test fixture):
 *     every Arabic form there is absent from the training data, so this is the "unseen names"
 *     figure, both directions;
 *   - held-out 10 % of Google's eval split: Arabic -> Latin, exact first answer (many of its
 *     words are known tokens, as in the held-back test split).
 * Matches are exact on the lower-case spelling; "folded" also accepts a match once accents are
 * folded (matuš ~ matus).
 */
import { arabiseCandidates, romaniseCandidates, romaniseScored, TRANSLIT_PARAMS } from '../src/names/transliterate.ts';
import { enModelForm, arModelForm } from '../src/names/translit/forms.ts';
import { normAr } from '../src/names/normalize.ts';
import { googleHeldOut, isHeldOut, isPairHeldOut, PAIR_SPLIT, wikidataPairs } from './names/data.ts';
import { model } from '../src/names/translit/model.ts';
import { RERANK_PARAMS } from '../src/names/translit/rerank.ts';

interface Tally {
  n: number;
  top1: number;
  top5: number;
  fold1: number;
  fold5: number;
}
const tally = (): Tally => ({ n: 0, top1: 0, top5: 0, fold1: 0, fold5: 0 });
function count(t: Tally, want: string, got: string[], fold: (s: string) => string): void {
  t.n++;
  if (got[0] === want) t.top1++;
  if (got.slice(0, 5).includes(want)) t.top5++;
  const f = fold(want);
  if (got[0] !== undefined && fold(got[0]) === f) t.fold1++;
  if (got.slice(0, 5).some((g) => fold(g) === f)) t.fold5++;
}
const pct = (x: number, n: number) => (n ? (x / n).toFixed(3) : '-');
const show = (label: string, t: Tally) =>
  console.log(`${label.padEnd(44)} n=${String(t.n).padStart(5)}  top1 ${pct(t.top1, t.n)}  top5 ${pct(t.top5, t.n)}  (folded: top1 ${pct(t.fold1, t.n)}  top5 ${pct(t.fold5, t.n)})`);

// knobs may be overridden for tuning: NAMES_PARAMS='{"charLM":0.5}'
Object.assign(TRANSLIT_PARAMS, JSON.parse(process.env.NAMES_PARAMS ?? '{}'));
// and the reranker's: NAMES_RERANK_PARAMS='{"unknownFirstAmong":1}' (the rules' first answer for unknown keys)
Object.assign(RERANK_PARAMS, JSON.parse(process.env.NAMES_RERANK_PARAMS ?? '{}'));
const limit = Number(process.env.NAMES_EVAL_LIMIT ?? Infinity);
const sets = (process.env.NAMES_EVAL_SETS ?? 'wikidata,google').split(',');
const held = sets.includes('wikidata') ? wikidataPairs().filter((p) => isHeldOut(p.ar)).slice(0, limit) : [];
const ar2en = tally();
const en2ar = tally();
for (const p of held) {
  count(ar2en, p.en.toLowerCase(), romaniseCandidates(p.ar, 5), enModelForm);
  count(en2ar, arModelForm(p.ar), arabiseCandidates(p.en, 5), normAr);
}
show('held-out Wikidata, Arabic -> Latin (unseen)', ar2en);
show('held-out Wikidata, Latin -> Arabic (unseen)', en2ar);

// NAMES_DEV=pairs: a random slice of pairs, as the held-back Wikidata test split is
if (PAIR_SPLIT && sets.includes('wikidata')) {
  const all = tally();
  const seenKey = tally();
  const newKey = tally();
  for (const p of wikidataPairs().filter(isPairHeldOut).slice(0, limit)) {
    const got = romaniseCandidates(p.ar, 5);
    const want = p.en.toLowerCase();
    count(all, want, got, enModelForm);
    count(model().ar2en.has(normAr(p.ar)) ? seenKey : newKey, want, got, enModelForm);
  }
  show('random Wikidata pairs, Arabic -> Latin', all);
  show('  of which Arabic token known', seenKey);
  show('  of which Arabic token unknown', newKey);
}

const g = tally();
const gKnown = tally();
const gUnknown = tally();
for (const p of sets.includes('google') ? googleHeldOut().slice(0, limit) : []) {
  const got = romaniseCandidates(p.ar, 5);
  const want = p.en.toLowerCase();
  count(g, want, got, enModelForm);
  const known = romaniseScoredFrom(p.ar);
  count(known ? gKnown : gUnknown, want, got, enModelForm);
}
show('held-out Google eval, Arabic -> Latin', g);
show('  of which known tokens (look-up)', gKnown);
show('  of which unknown tokens (model)', gUnknown);

function romaniseScoredFrom(ar: string): boolean {
  return romaniseScoredFirst(ar) === 'lookup';
}
function romaniseScoredFirst(ar: string): string | undefined {
  return romaniseScored(ar, 1)[0]?.from;
}
