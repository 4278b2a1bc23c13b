/**
 * Study (round forty-one, issue 11): a second pass for the name tagger, stacked on the first.
 * The second pass reads, besides the first pass's features, the first pass's score of the word,
 * of its neighbours and of the word's other occurrences in the article (banded), and is trained
 * on first-pass scores of articles the first pass did not see (inner five folds). Prints the
 * tagger's five-fold held-out token and span figures with and without it:
 *
 *   npx tsx scripts/tagger-stack-study.ts
 *
 * Measured: token F1 81.3 -> 84.5, span F1 69.8 -> 76.5; but wired into the parser (both passes
 * per cv:people fold) people F1 under `cv:people -- --unseen` fell 87.0 -> 86.6 (the cut-offs
 * reading the first pass, spans the second: 86.7 at threshold 0, 86.9 at 6, 86.3 at 12). Not
 * shipped; docs/eval.md "Round forty-one".
 */
import { trainTagger, heldOutSplit, evaluateTagger, chooseThreshold, type TaggerExample } from '../src/parser/name-tagger-train.ts';
import { scoreFeatures } from '../src/parser/name-tagger.ts';
import { taggerGold } from './lib/tagger-examples.ts';

const { corpus, extra } = taggerGold();
const B = (s: number | undefined) => s === undefined ? 'x' : s < -20 ? 'a' : s < -5 ? 'b' : s < 0 ? 'c' : s < 5 ? 'd' : s < 20 ? 'e' : 'f';
function stackOf(ex: TaggerExample, s: number[]): string[][] {
  const byWord = new Map<string, number[]>();
  ex.toks.forEach((t, i) => { const k = t.norm.replace(/^(و|ف|ب|ل|ال|وال|بال|لل)(?=.{3,})/, ''); (byWord.get(k) ?? byWord.set(k, []).get(k)!).push(i); });
  return ex.toks.map((t, i) => {
    const same = (j: number) => ex.toks[j]?.sent === t.sent;
    const p = same(i - 1) ? s[i - 1] : undefined, n = same(i + 1) ? s[i + 1] : undefined;
    const k = t.norm.replace(/^(و|ف|ب|ل|ال|وال|بال|لل)(?=.{3,})/, '');
    const others = byWord.get(k)!.filter((j) => j !== i);
    const dmax = others.length ? Math.max(...others.map((j) => s[j]!)) : undefined;
    const f = [`st:own:${B(s[i])}`, `st:p:${B(p)}`, `st:n:${B(n)}`, `st:pn:${B(p)}${B(n)}`, `st:doc:${B(dmax)}`, `st:cnt:${Math.min(3, others.length)}`, `st:own-doc:${B(s[i])}${B(dmax)}`];
    return f;
  });
}
const withStack = (ex: TaggerExample, s: number[]): TaggerExample => { const st = stackOf(ex, s); return { ...ex, feats: ex.feats.map((f, i) => [...f, ...st[i]!]) }; };
const scores = (ex: TaggerExample, w: Record<string, number>) => ex.feats.map((f) => scoreFeatures(f, w));
const pct = (x: number) => (100 * x).toFixed(1);
const pooledBase: TaggerExample[] = [], pooledStack: TaggerExample[] = [];
const wBase: Record<string, number> = {}, wStack: Record<string, number> = {};
for (let k = 0; k < 5; k++) {
  const { train, test } = heldOutSplit(corpus, k);
  const trainAll = [...train, ...extra];
  // cross-fitted first-pass scores on the training articles
  const stacked: TaggerExample[] = [];
  for (let j = 0; j < 5; j++) {
    const inner = heldOutSplit(train, j);
    const w = trainTagger([...inner.train, ...extra]);
    for (const ex of inner.test) stacked.push(withStack(ex, scores(ex, w)));
  }
  { const w = trainTagger(train); for (const ex of extra) stacked.push(withStack(ex, scores(ex, w))); }
  const w1 = trainTagger(trainAll);
  const w2 = trainTagger(stacked);
  for (const ex of test) {
    pooledBase.push({ ...ex, feats: ex.feats.map((f) => f.map((x) => `${k}|${x}`)) });
    const st = withStack(ex, scores(ex, w1));
    pooledStack.push({ ...st, feats: st.feats.map((f) => f.map((x) => `${k}|${x}`)) });
  }
  for (const [x, v] of Object.entries(w1)) wBase[`${k}|${x}`] = v;
  for (const [x, v] of Object.entries(w2)) wStack[`${k}|${x}`] = v;
  console.log('fold', k, 'done');
}
for (const [name, ex, w] of [['base', pooledBase, wBase], ['stack', pooledStack, wStack]] as const) {
  const th = chooseThreshold(ex, w);
  const r = evaluateTagger(ex, w, th);
  const r0 = evaluateTagger(ex, w, 0);
  console.log(name, `th ${th}: token P ${pct(r.tokenP)} R ${pct(r.tokenR)} F1 ${pct(r.tokenF1)} · span P ${pct(r.spanP)} R ${pct(r.spanR)} F1 ${pct(r.spanF1)} | th0 span F1 ${pct(r0.spanF1)}`);
}
