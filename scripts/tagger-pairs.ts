/**
 * Study tool (round thirty-one, people60): the name tagger's held-out token and span figures under
 * `cv:people --unseen`'s hiding for fold K, for variants of the neighbour features that tie a word to
 * a name-shaped neighbour no list holds (the stacking of gz:none penalties across a two-word name).
 *   npx tsx scripts/tagger-pairs.ts K [--half even|odd] [--v a,b]
 */
import { evaluateTagger, trainTagger, type TaggerExample } from '../src/parser/name-tagger-train.ts';
import { studyFoldOf } from './lib/unseen-fold.ts';

const args = process.argv.slice(2);
const { train, test, extra } = studyFoldOf(args);
type Tf = (exs: TaggerExample[]) => TaggerExample[];
const mapFeats = (fn: (f: string[], ex: TaggerExample, i: number) => string[]): Tf => (exs) => exs.map((ex) => ({ ...ex, feats: ex.feats.map((f, i) => fn(f, ex, i)) }));
const has = (f: readonly string[], x: string) => f.includes(x);
const unseenShape = (f: readonly string[]) => has(f, 'gz:none') && has(f, 'namelike') && !has(f, 'al') && !has(f, 'stop');
// (1) a neighbour with no name evidence split by its shape
const ctxnl: Tf = mapFeats((f) => {
  const out = [...f];
  for (const tag of ['p', 'n', 'pp', 'nn']) if (has(f, `${tag}:gz:none`)) out.push(`${tag}:gz:none&${has(f, `${tag}:namelike`) && !has(f, `${tag}:al`) ? 'nl' : 'nnl'}`);
  return out;
});
// (2) the word and its neighbour both unseen and name-shaped, same sentence, no delimiter (pair of unseen name words)
const pairnl: Tf = (exs) => exs.map((ex) => ({ ...ex, feats: ex.feats.map((f, i) => {
  const out = [...f];
  if (!unseenShape(f)) return out;
  for (const d of [-1, 1]) {
    const g = ex.feats[i + d];
    if (g && ex.toks[i + d]!.sent === ex.toks[i]!.sent && unseenShape(g)) out.push(`pairnl:${d < 0 ? 'p' : 'n'}`);
  }
  return out;
}) }));
// (3) the neighbour's own strength (given / lexicon / gazetteer direct) beside an unseen name-shaped word
const strongNb: Tf = (exs) => exs.map((ex) => ({ ...ex, feats: ex.feats.map((f, i) => {
  const out = [...f];
  if (!has(f, 'namelike') || has(f, 'al')) return out;
  for (const d of [-1, 1]) {
    const g = ex.feats[i + d];
    if (g && ex.toks[i + d]!.sent === ex.toks[i]!.sent && has(g, 'strong') && has(g, 'namelike')) out.push(`nbstrong:${d < 0 ? 'p' : 'n'}&${has(f, 'gz:none') ? 'none' : 'ev'}`);
  }
  return out;
}) }));
// (4) the words two away contribute no gazetteer class (their own word and cue classes stay)
const noFarGz: Tf = mapFeats((f) => f.filter((x) => !/^(pp|nn):gz:/.test(x)));
// (5) nor the neighbours' gz:none (the stacking of a missing evidence across a name)
const noCtxNone: Tf = mapFeats((f) => f.filter((x) => !/^(p|n|pp|nn):gz:none$/.test(x)));
const compose = (...ts: Tf[]): Tf => (e) => ts.reduce((x, t) => t(x), e);
const variants: Record<string, Tf> = { base: (e) => e, ctxnl, pairnl, strongNb, all: compose(ctxnl, pairnl, strongNb), noFarGz, noCtxNone };
const only = args.indexOf('--v');
const pct = (x: number) => (100 * x).toFixed(1);
for (const [name, tf] of Object.entries(variants)) {
  if (only >= 0 && !args[only + 1]!.split(',').includes(name)) continue;
  const w = trainTagger(tf([...train, ...extra]));
  for (const th of [0]) {
    const r = evaluateTagger(tf(test), w, th);
    console.log(`fold ${args[0]} ${name.padEnd(10)} token P ${pct(r.tokenP)} R ${pct(r.tokenR)} F1 ${pct(r.tokenF1)} · span P ${pct(r.spanP)} R ${pct(r.spanR)} F1 ${pct(r.spanF1)}`);
  }
}
