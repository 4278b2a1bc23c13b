/**
 * `npm run cv:people`: the parser's people figures cross-validated over the name tagger's five folds
 * of real wire copy (test/fixtures/corpus-gold). For each fold K the tagger is trained without that
 * fold's articles (as `npm run train:tagger -- --fold K --held-out-model` would) and the parser is
 * scored on them; the in-sample `npm run eval` flatters the tagger, this does not.
 *
 *   npm run cv:people              per-fold and total figures (the last line: the summary)
 *   npm run cv:people -- --list    also each article's misses and inventions
 *   npm run cv:people -- --threshold T   every fold at span threshold T (default: each fold's best)
 */
import { readFileSync } from 'node:fs';
import { parseArticle } from '../src/parser/index.ts';
import { useTaggerModel } from '../src/parser/name-tagger.ts';
import { chooseThreshold, heldOutSplit, trainTagger } from '../src/parser/name-tagger-train.ts';
import { addFigures, emptyFigures, evaluate, share, type Figures } from '../src/eval/evaluate.ts';
import { f1, precision, recall, type Gold } from '../src/eval/gold-score.ts';
import { taggerGold } from './lib/tagger-examples.ts';

const list = process.argv.includes('--list');
// `--threshold T`: one span threshold for every fold (as shipped) instead of each fold's best on its own articles.
const th = process.argv.indexOf('--threshold');
const fixed = th > 0 ? Number(process.argv[th + 1]) : undefined;
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const line = (f: Figures) => `people P ${pct(precision(f.people))} R ${pct(recall(f.people))} F1 ${pct(f1(f.people))} | role ${pct(share(f.roles))} | quote-R ${pct(share(f.quotes))} | speaker ${pct(share(f.speakers))} | prec R ${pct(recall(f.precedents))}`;

const { corpus, extra } = taggerGold();
let total = emptyFigures();
const foldF1: number[] = [];
for (let k = 0; k < 5; k++) {
  const { train, test } = heldOutSplit(corpus, k);
  const weights = trainTagger([...train, ...extra]);
  useTaggerModel({ weights, threshold: fixed ?? chooseThreshold(test, weights) });
  let fold = emptyFigures();
  for (const ex of test) {
    const gold = JSON.parse(readFileSync(ex.item.gold, 'utf8')) as Gold;
    const r = evaluate(ex.id, parseArticle(readFileSync(ex.item.text, 'utf8')), gold);
    fold = addFigures(fold, r);
    if (!list) continue;
    console.log(`\n== ${ex.id} (fold ${k}): ${line(r)}`);
    for (const m of r.misses) if (/^(person|role)/.test(m)) console.log(`   miss   ${m}`);
    for (const m of r.inventions) if (/^person/.test(m)) console.log(`   extra  ${m}`);
  }
  foldF1.push(f1(fold.people));
  console.log(`fold ${k} (${test.length} articles): ${line(fold)}`);
  total = addFigures(total, fold);
}
useTaggerModel(null);
const mean = foldF1.reduce((a, b) => a + b, 0) / foldF1.length;
console.log(`SUMMARY cv: ${line(total)} | mean fold F1 ${pct(mean)}`);
