/**
 * `npm run train:tagger`: trains the person-name tagger (src/parser/name-tagger.ts) on the
 * development gold (test/fixtures/corpus-gold, real wire copy; test/fixtures/articles and the sample)
 * and writes data/name-tagger.json.
 *
 * A token is a name token when it is inside an occurrence of a gold person's Arabic name in the
 * article text, in full or as the last name alone (with clitics: لبوتين). Deterministic: articles in
 * id order, a fixed-seed shuffle per epoch, a fixed number of epochs.
 *
 * Honest figures: a model trained without every fifth wire-copy article (by id) is scored on those articles
 * (token and span P/R/F1), and the span threshold is chosen there; the shipped weights are then
 * trained on all articles with that threshold. `--check` trains and compares with the shipped file
 * without writing it. `--fold K --held-out-model` (K 0-4) ships the model without fold K, for
 * cross-validating the parser (`npm run eval -- --dir` on that fold's articles); `npm run cv:people`
 * does all five folds in one process.
 */
import { join, resolve } from 'node:path';
import { trainTagger, heldOutSplit, evaluateTagger, chooseThreshold, type TaggerExample } from '../src/parser/name-tagger-train.ts';
import { taggerGold } from './lib/tagger-examples.ts';
import { writeOrCheckModel } from './lib/model-file.ts';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'data/name-tagger.json');

// Real wire copy is split into training and held-out articles; the written fixtures and the sample
// (the rest of the development set) only ever train.
const { corpus, extra } = taggerGold();
const examples = [...corpus, ...extra];
const foldArg = process.argv.indexOf('--fold');
const split = heldOutSplit(corpus, foldArg > 0 ? Number(process.argv[foldArg + 1]) : 4);
const train = [...split.train, ...extra];
const test = split.test;
const trial = trainTagger(train);
const pct = (x: number) => (100 * x).toFixed(1);
const show = (r: ReturnType<typeof evaluateTagger>) => `token P ${pct(r.tokenP)} R ${pct(r.tokenR)} F1 ${pct(r.tokenF1)} · span P ${pct(r.spanP)} R ${pct(r.spanR)} F1 ${pct(r.spanF1)}`;
const foldThreshold = chooseThreshold(test, trial);
const held = evaluateTagger(test, trial, foldThreshold);
console.log(`held-out (${test.length} articles, trained on ${train.length}): ${show(held)} at threshold ${foldThreshold}`);

// The shipped threshold is chosen on all five folds' held-out articles, each scored by the model
// trained without it (one fold's twelve articles are too few to calibrate on). `--held-out-model`
// keeps the fold's own threshold, as before.
let threshold = foldThreshold;
const cvWeights: Record<string, number> = {};
if (!process.argv.includes('--held-out-model')) {
  const pooled: TaggerExample[] = [];
  for (let k = 0; k < 5; k++) {
    const s = heldOutSplit(corpus, k);
    const w = trainTagger([...s.train, ...extra]);
    // Scored under one shared weight table: features of fold k prefixed by k, so the folds' models never mix.
    for (const ex of s.test) pooled.push({ ...ex, feats: ex.feats.map((f) => f.map((x) => `${k}|${x}`)) });
    for (const [x, v] of Object.entries(w)) cvWeights[`${k}|${x}`] = v;
  }
  threshold = chooseThreshold(pooled, cvWeights);
  console.log(`5-fold (${pooled.length} articles): ${show(evaluateTagger(pooled, cvWeights, threshold))} at threshold ${threshold}`);
}
// `--threshold T` ships T instead: the span threshold that is best for the tagger's own span F1 is
// not always best for the parser's people, which also have rule evidence; compare thresholds with
// `npm run cv:people -- --threshold T` and ship the parser's best (docs/eval.md).
const forced = process.argv.indexOf('--threshold');
if (forced > 0) {
  threshold = Number(process.argv[forced + 1]);
  if (!Number.isFinite(threshold)) throw new Error('--threshold needs a number');
  console.log(`shipping threshold ${threshold} (given)`);
}

// `--held-out-model`: ship the model trained without the held-out articles, to judge the parser on
// them honestly (`npm run eval -- --dir` on a directory of those articles), then retrain.
const full = process.argv.includes('--held-out-model') ? trial : trainTagger(examples);
if (process.argv.includes('--held-out-model')) console.log(`held-out articles: ${test.map((t) => t.id).join(' ')}`);
const model = {
  note: 'Averaged perceptron for Arabic person-name tokens; trained by scripts/train-name-tagger.ts on test/fixtures/corpus-gold (hand annotations of ANT corpus articles).',
  threshold,
  heldOut: Object.fromEntries(Object.entries(held).map(([k, v]) => [k, Math.round(v * 1000) / 1000])),
  weights: full,
};
const json = JSON.stringify(model, null, 0) + '\n';
writeOrCheckModel(out, json, Object.keys(full).length);
