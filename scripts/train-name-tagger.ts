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
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { trainTagger, heldOutSplit, evaluateTagger, chooseThreshold } from '../src/parser/name-tagger-train.ts';
import { taggerGold } from './lib/tagger-examples.ts';

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
const threshold = chooseThreshold(test, trial);
const held = evaluateTagger(test, trial, threshold);
console.log(`held-out (${test.length} articles, trained on ${train.length}): token P ${pct(held.tokenP)} R ${pct(held.tokenR)} F1 ${pct(held.tokenF1)} · span P ${pct(held.spanP)} R ${pct(held.spanR)} F1 ${pct(held.spanF1)} at threshold ${threshold}`);

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
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === json;
  console.log(same ? 'data/name-tagger.json is up to date' : 'data/name-tagger.json differs from a fresh training run');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, json);
console.log(`wrote ${Object.keys(full).length} weights to data/name-tagger.json`);
