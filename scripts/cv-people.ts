/**
 * `npm run cv:people`: the parser's people figures cross-validated over the name tagger's five folds
 * of real wire copy (test/fixtures/corpus-gold). For each fold K the tagger is trained without that
 * fold's articles (as `npm run train:tagger -- --fold K --held-out-model` would) and the parser is
 * scored on them; the in-sample `npm run eval` flatters the tagger, this does not.
 *
 *   npm run cv:people              per-fold and total figures (the last line: the summary)
 *   npm run cv:people -- --list    also each article's misses and inventions
 *   npm run cv:people -- --threshold T   every fold at span threshold T (default: each fold's best)
 *   npm run cv:people -- --hide-lexicon  also hide the lexicon people who are the held-out fold's gold
 *                                  people (the lexicon was grown reading these articles; see
 *                                  scripts/lib/hide-lexicon.ts); each fold runs in its own process,
 *                                  since the lexicon is loaded once and memoised everywhere
 *   npm run cv:people -- --hide-lexicon --hide-given   and the given names only the held-out fold's
 *                                  gold people have
 *   npm run cv:people -- --fold K  only fold K (prints its figures as JSON on a `FIGURES` line)
 *   npm run cv:people -- --list --half even   list only the even (or odd) gold ids (the figures stay whole)
 *   npm run cv:people -- --list --causes      each invention and miss with its likely cause
 *                                  (scripts/lib/people-errors.ts), and the causes counted at the end
 *   npm run cv:people -- --list --out FILE    the listing into FILE instead of the terminal
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArticle } from '../src/parser/index.ts';
import { useTaggerModel } from '../src/parser/name-tagger.ts';
import { chooseThreshold, heldOutSplit, trainTagger } from '../src/parser/name-tagger-train.ts';
import { addFigures, emptyFigures, evaluate, share, type Figures } from '../src/eval/evaluate.ts';
import { f1, precision, recall, type Gold } from '../src/eval/gold-score.ts';
import { hideLexiconEntries } from '../src/names/lexicon.ts';
import { taggerGold, taggerGoldSegmented, withFeatures, type GoldExample } from './lib/tagger-examples.ts';
import { hidingFor } from './lib/hide-lexicon.ts';
import { causeCounts, peopleErrors, type PeopleError } from './lib/people-errors.ts';

const args = process.argv.slice(2);
const list = args.includes('--list');
const hide = args.includes('--hide-lexicon');
const hideGiven = args.includes('--hide-given');
const th = args.indexOf('--threshold');
// `--threshold T`: one span threshold for every fold (as shipped) instead of each fold's best on its own articles.
const fixed = th >= 0 ? Number(args[th + 1]) : undefined;
const fo = args.indexOf('--fold');
const only = fo >= 0 ? Number(args[fo + 1]) : undefined;
const ha = args.indexOf('--half');
// `--half even|odd`: the listing holds only those gold ids (the eval's --half rule: the id's number).
const half = ha >= 0 ? args[ha + 1] : undefined;
const inHalf = (id: string) => { if (!half) return true; const n = Number(id.split('/').pop()!.replace(/^p/, '')); return Number.isFinite(n) && (n % 2 === 0) === (half === 'even'); };
const causes = args.includes('--causes');
const oo = args.indexOf('--out');
const outFile = oo >= 0 ? args[oo + 1] : undefined;
/** The listing: into --out's file when given (a fold's own process always prints, its parent collects). */
const listing: string[] = [];
const emit = (l: string) => { if (outFile && only === undefined) listing.push(l); else console.log(l); };
const errors: PeopleError[] = [];
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const line = (f: Figures) => `people P ${pct(precision(f.people))} R ${pct(recall(f.people))} F1 ${pct(f1(f.people))} | role ${pct(share(f.roles))} | quote-R ${pct(share(f.quotes))} | speaker ${pct(share(f.speakers))} | prec R ${pct(recall(f.precedents))}`;

/** One fold, in this process: the lexicon hidden first when asked (before any word class is read). */
let shared: { corpus: GoldExample[]; extra: GoldExample[] } | undefined;
function runFold(k: number): Figures {
  let train: GoldExample[], test: GoldExample[], extra: GoldExample[];
  if (hide) {
    const seg = taggerGoldSegmented();
    const split = heldOutSplit(seg.corpus, k);
    hideLexiconEntries(hidingFor(split.test.map((x) => x.gold), [...split.train, ...seg.extra].map((x) => x.gold), hideGiven));
    [train, test, extra] = [withFeatures(split.train), withFeatures(split.test), withFeatures(seg.extra)];
  } else {
    shared ??= taggerGold();
    ({ train, test } = heldOutSplit(shared.corpus, k));
    extra = shared.extra;
  }
  const weights = trainTagger([...train, ...extra]);
  useTaggerModel({ weights, threshold: fixed ?? chooseThreshold(test, weights) });
  let fold = emptyFigures();
  for (const ex of test) {
    const gold = JSON.parse(readFileSync(ex.item.gold, 'utf8')) as Gold;
    const r = evaluate(ex.id, parseArticle(readFileSync(ex.item.text, 'utf8')), gold);
    fold = addFigures(fold, r);
    if (!list || !inHalf(ex.id)) continue;
    emit(`\n== ${ex.id} (fold ${k}): ${line(r)}`);
    if (causes) {
      const raw = readFileSync(ex.item.text, 'utf8');
      const es = peopleErrors(raw, parseArticle(raw), gold);
      for (const e of es) emit(`   ${e.kind === 'miss' ? 'miss ' : 'extra'}  person ${e.name}  — ${e.cause} (${e.note})`);
      errors.push(...es);
      for (const m of r.misses) if (/^role/.test(m)) emit(`   miss   ${m}`);
      continue;
    }
    for (const m of r.misses) if (/^(person|role)/.test(m)) emit(`   miss   ${m}`);
    for (const m of r.inventions) if (/^person/.test(m)) emit(`   extra  ${m}`);
  }
  useTaggerModel(null);
  return fold;
}

if (only !== undefined) {
  const fold = runFold(only);
  console.log(`fold ${only}: ${line(fold)}`);
  if (causes) console.log(`ERRORS ${JSON.stringify(errors)}`);
  console.log(`FIGURES ${JSON.stringify(fold)}`);
} else {
  let total = emptyFigures();
  const foldF1: number[] = [];
  for (let k = 0; k < 5; k++) {
    let fold: Figures;
    if (hide) {
      // a fresh process per fold: the hidden lexicon differs by fold
      const tsx = join(resolve(import.meta.dirname, '..'), 'node_modules/.bin/tsx');
      const r = spawnSync(tsx, [import.meta.filename, ...args, '--fold', String(k)], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
      if (r.status !== 0) throw new Error(`fold ${k} failed (${r.status})`);
      const out = r.stdout.split('\n');
      for (const l of out) if (l && !l.startsWith('FIGURES ') && !l.startsWith('ERRORS ') && !l.startsWith('fold ')) emit(l);
      const es = out.find((l) => l.startsWith('ERRORS '));
      if (es) errors.push(...(JSON.parse(es.slice(7)) as PeopleError[]));
      fold = JSON.parse(out.find((l) => l.startsWith('FIGURES '))!.slice(8)) as Figures;
    } else {
      fold = runFold(k);
    }
    foldF1.push(f1(fold.people));
    console.log(`fold ${k}: ${line(fold)}`);
    total = addFigures(total, fold);
  }
  const mean = foldF1.reduce((a, b) => a + b, 0) / foldF1.length;
  if (causes) {
    emit(`\nCAUSES (${half ?? 'all'} ids, ${errors.filter((e) => e.kind === 'extra').length} inventions, ${errors.filter((e) => e.kind === 'miss').length} misses):`);
    for (const [c, n] of causeCounts(errors)) emit(`${String(n).padStart(5)}  ${c}`);
  }
  if (outFile) writeFileSync(outFile, listing.join('\n') + '\n');
  console.log(`SUMMARY cv${hide ? (hideGiven ? ' (lexicon people and given names hidden)' : ' (lexicon people hidden)') : ''}: ${line(total)} | mean fold F1 ${pct(mean)}`);
}
