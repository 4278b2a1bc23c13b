/**
 * `npm run train:precedents`: trains the precedent classifier (src/parser/precedent-classifier.ts) on
 * the development gold (test/fixtures/corpus-gold, test/fixtures/articles and the sample) and writes
 * data/precedent-classifier.json.
 *
 * Every sentence of every article is one example: its features (the rules' reading of it among
 * them) and whether it holds a gold precedent's anchor, the eval's own test. Sentences are read
 * with the rules alone, so the examples do not depend on an earlier model.
 *
 * Honest figures: 5-fold cross-validation by article over the wire-copy gold (the written fixtures
 * and the sample always train): each fold is scored with a model trained without it, by the eval's
 * precedent recall and precision, beside the rules alone on the same articles. The shipped weights
 * are trained on everything. `--check` compares with the shipped file without writing it.
 * Options: --splits N (the cv pooled over N fold splits, 3 by default: one split's figures move by a
 * point with the split alone), --l2 X, --min N (features seen in fewer sentences are left out), --keep P, --add P (the
 * thresholds), --run P / --no-run (the run step: a sentence beside a taken one is added above P),
 * --grid (the cv over a grid of thresholds, with and without the run step), --year-fallback (dated
 * counted as if a sentence with no year in a dated article were of the article's year: a measure of
 * that guess, never shipped).
 *
 * `--labels-from COMMIT`: a like-for-like comparison of two label sets, nothing written. The cv is run
 * twice over the same folds (split 0 is cv:people's five folds; the other splits as above): once
 * trained on the gold precedents of the current files, once on those the same files held at COMMIT
 * (`git show COMMIT:PATH`; a file not there then keeps its current labels), and both are scored on the
 * current gold, held-out wire-copy articles only. Prints R, P, F1 (and dated) of each, split 0 and pooled.
 *   npm run train:precedents -- --labels-from cba02a7     (the labels before the precgold58 audit)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Sentence } from '../src/briefing/types.ts';
import { join, relative, resolve } from 'node:path';
import { fold, type Gold } from '../src/eval/gold-score.ts';
import { parseArticle } from '../src/parser/index.ts';
import { choosePrecedents, precedentFeatures, precedentScore, usePrecedentModel, type PrecedentModel } from '../src/parser/precedent-classifier.ts';
import { trainLogistic, type SentenceExample } from '../src/parser/precedent-classifier-train.ts';
import { readSentences } from '../src/parser/precedents.ts';
import { referenceMonth, referenceYear } from '../src/parser/years.ts';
import { foldOf } from '../src/parser/speaker-ranker-train.ts';
import { goldDir } from './lib/gold.ts';
import { writeOrCheckModel } from './lib/model-file.ts';
import { PRECEDENT_L2, PRECEDENT_MIN } from './lib/ranker-examples.ts';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'data/precedent-classifier.json');
const FOLDS = 5;
const argNum = (name: string, dflt: number) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : dflt; };
const L2 = argNum('--l2', PRECEDENT_L2);
const KEEP = argNum('--keep', 0.1);
const ADD = argNum('--add', 0.225);
// Chosen on this cross-validation (a grid of thresholds with --grid): recall up, precision held.
const MIN = argNum('--min', PRECEDENT_MIN);
// --run P: a sentence the rules leave beside a taken one is added above P; --no-run: no such step.
// Keep 0.1, add 0.35, run 0.15 (round thirteen): with the sentence-before features the grid's best
// F among recall >= 0.75 (R 75.4 P 58.0, F 65.6 in the experiment; round twelve's add 0.3 gave R 75.0
// P 56.0, F 64.1, and add 0.4 R 74.0 P 58.7). Add 0.4 is now R 74.7 P 58.8; keep 0.2, add 0.4-0.45,
// run 0.25-0.3 is the grid's best F (R 68-70 P 65-66), too far below the issue's recall.
// Add 0.3 again (round fifteen): over five fold splits add 0.35 gave recall 74.3 (73.8 in the worst
// split, as on the blind set), add 0.3 75.1 (74.8) at precision 56.0 against 56.9: the highest
// precision whose recall over the splits reaches the issue's 0.75.
// Add 0.225 (round twenty): 75.1 over the splits still landed at 73.8 on the blind set and 75.6 in
// `cv:people --unseen`: a pooled cv recall just at 0.75 leaves no margin for new copy. Over five
// splits add 0.225 gives R 76.4 P 54.4 (add 0.3: R 75.1 P 56.0), the highest precision of the grid
// whose recall reaches 0.76 with keep 0.1 and run 0.15 left as they were.
const RUN = process.argv.includes('--no-run') ? undefined : argNum('--run', 0.15);
const NO_DATES = process.argv.includes('--no-dates');
const FALLBACK = process.argv.includes('--year-fallback');
// --drop a,b: leave out features whose names start with these (an ablation; never for the shipped file).
const DROP = process.argv.includes('--drop') ? process.argv[process.argv.indexOf('--drop') + 1]!.split(',') : [];

const corpus = goldDir(join(root, 'test/fixtures/corpus-gold'), 'corpus/');
const extra = [
  ...goldDir(join(root, 'test/fixtures/articles'), 'articles/'),
  { id: 'sample', gold: join(root, 'test/fixtures/russia-iran-partnership.gold.json'), text: join(root, 'data/russia-iran-partnership.ar.txt') },
];

// --labels-from COMMIT: the training labels of a second run read from the gold files as of COMMIT.
const labelsAt = process.argv.indexOf('--labels-from');
const LABELS_FROM = labelsAt > 0 ? process.argv[labelsAt + 1]! : undefined;
/** The gold precedents' anchors of a file as of LABELS_FROM (null: the file was not there). */
function anchorsAt(file: string): string[] | null {
  try {
    const old = JSON.parse(execFileSync('git', ['show', `${LABELS_FROM}:${relative(root, file)}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 })) as Gold;
    return old.precedents.map((g) => fold(g.anchor));
  } catch { return null; }
}

interface Article { id: string; refYear: number | null; rows: SentenceExample[]; oldRows?: SentenceExample[]; rule: boolean[]; texts: string[]; anchors: string[]; goldYears: number[]; years: number[][] }

// PREC_CACHE=FILE: the parses (lang and sentences, which the precedent reading does not change) kept
// between runs, for experiments on the features alone; stale after any other parser change.
const cacheFile = process.env.PREC_CACHE;
const cache: Record<string, { lang: string; sentences: unknown[] }> = cacheFile && existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {};
function cachedParse(key: string, parse: () => { lang: string; sentences: unknown[] }): { lang: string; sentences: Sentence[] } {
  if (cacheFile) cache[key] ??= (({ lang, sentences }) => ({ lang, sentences }))(parse());
  return (cacheFile ? cache[key]! : parse()) as { lang: string; sentences: Sentence[] };
}
usePrecedentModel(null);
const articles: Article[] = [...corpus, ...extra].flatMap((it) => {
  const gold = JSON.parse(readFileSync(it.gold, 'utf8')) as Gold;
  // The article's date, as the eval passes it (a feed or page gives one); --no-dates reads every
  // article as a bare file with no date, as `mujaz parse FILE` does.
  const publishedAt = NO_DATES ? undefined : gold.date ?? undefined;
  const b = cachedParse(it.id + (NO_DATES ? ':nodate' : ''), () => parseArticle(readFileSync(it.text, 'utf8'), { meta: publishedAt ? { publishedAt } : {} }));
  if (b.lang !== 'ar') return [];
  const readings = readSentences(b.sentences, b.lang as 'ar', referenceYear(publishedAt), referenceMonth(publishedAt));
  const anchors = gold.precedents.map((g) => fold(g.anchor));
  const texts = b.sentences.map((s) => fold(s.text));
  const rows = b.sentences.map((_, i) => ({ id: it.id, feats: precedentFeatures(readings, b.sentences, i).filter((x) => !DROP.some((d) => x.startsWith(d))), gold: anchors.some((a) => texts[i]!.includes(a)) }));
  const goldYears = gold.precedents.map((g) => (g.year ? Number(String(g.year).slice(0, 4)) : NaN));
  const old = LABELS_FROM ? anchorsAt(it.gold) : null;
  const oldRows = old ? rows.map((r, i) => ({ ...r, gold: old.some((a) => texts[i]!.includes(a)) })) : LABELS_FROM ? rows : undefined;
  return [{ id: it.id, refYear: referenceYear(publishedAt), rows, ...(oldRows ? { oldRows } : {}), rule: readings.map((r) => r.rule), texts, anchors, goldYears, years: readings.map((r) => r.years) }];
});
usePrecedentModel(undefined);
if (cacheFile) writeFileSync(cacheFile, JSON.stringify(cache));

interface Score { tp: number; gold: number; predicted: number; hits: number; dated: number; datable: number; fallbackWrong: number }
const zero = (): Score => ({ tp: 0, gold: 0, predicted: 0, hits: 0, dated: 0, datable: 0, fallbackWrong: 0 });
/** The eval's precedent figures for one article's choice of sentences. */
function score(a: Article, take: readonly boolean[], s: Score): void {
  const taken = a.texts.filter((_, i) => take[i]);
  s.gold += a.anchors.length;
  s.tp += a.anchors.filter((x) => taken.some((t) => t.includes(x))).length;
  // Dated as the eval dates: the first taken sentence holding the anchor carries the gold's year.
  a.anchors.forEach((x, g) => {
    const k = a.texts.findIndex((t, i) => take[i] && t.includes(x));
    if (k < 0 || !Number.isFinite(a.goldYears[g])) return;
    s.datable++;
    // --year-fallback: a sentence with no year in a dated article read as of the article's year (a measure only).
    const years = FALLBACK && !a.years[k]!.length && a.refYear !== null ? [a.refYear] : a.years[k]!;
    if (years.includes(a.goldYears[g]!)) s.dated++;
    else if (FALLBACK && !a.years[k]!.length && a.refYear !== null) s.fallbackWrong++;
  });
  s.predicted += taken.length;
  s.hits += taken.filter((t) => a.anchors.some((x) => t.includes(x))).length;
}
const pct = (x: number) => (100 * x).toFixed(1);
const fig = (s: Score) => `R ${pct(s.tp / s.gold)} P ${pct(s.hits / Math.max(1, s.predicted))} dated ${pct(s.dated / Math.max(1, s.datable))} (${s.dated}${FALLBACK ? `; fallback wrong ${s.fallbackWrong}` : ''})`;

const corpusIds = new Set(corpus.map((c) => c.id));
/** FNV-1a: a fixed order of the articles for each extra split of the folds. */
const fnv = (s: string): number => { let h = 2166136261; for (const c of s) { h ^= c.charCodeAt(0); h = Math.imul(h, 16777619) >>> 0; } return h; };
/**
 * The article folds of split `s`: split 0 is the fold assignment every round has used (sorted ids);
 * the others deal the articles out in a hashed order. One split's figures move by a point with the
 * split alone (round fifteen: the thresholds chosen on split 0 gave recall 75.3 there and 74.3 over
 * five splits, 73.8 on the blind set), so thresholds are chosen on the pooled splits.
 */
function foldsOf(s: number): Map<string, number> {
  if (s === 0) return foldOf([...corpusIds], FOLDS);
  return new Map([...corpusIds].map((id) => [id, fnv(id + s)] as const).sort((a, b) => a[1] - b[1]).map(([id], i) => [id, i % FOLDS]));
}
const SPLITS = argNum('--splits', 3);
const splits = Array.from({ length: SPLITS }, (_, s) => foldsOf(s));
const folds = splits[0]!;
// Held-out probabilities of every corpus sentence, each from the model trained without its fold, per split.
/** Held-out probabilities per split, the models trained on the current labels or (`old`) on LABELS_FROM's. */
const heldOf = (old = false) => splits.map((fs) => {
  const heldP = new Map<string, number[]>();
  for (let k = 0; k < FOLDS; k++) {
    const train = articles.filter((a) => fs.get(a.id) !== k).flatMap((a) => (old ? a.oldRows! : a.rows));
    const weights = trainLogistic(train, L2, 200, MIN);
    for (const a of articles) if (fs.get(a.id) === k) heldP.set(a.id, a.rows.map((r) => precedentScore(r.feats, { weights })));
  }
  return heldP;
});
const heldPs = heldOf();
const heldP = heldPs[0]!;
const held = articles.filter((a) => corpusIds.has(a.id));
// (`run` undefined is no run step: the grid's first table; no default, which read it as the shipped RUN.)
/** The figures pooled over the splits (each article counted once per split). */
function cv(keep: number, add: number, run: number | undefined, Ps = heldPs): { rules: Score; model: Score } {
  const rules = zero();
  const model = zero();
  for (const P of Ps) for (const a of held) {
    score(a, a.rule, rules);
    score(a, choosePrecedents(a.rule, P.get(a.id)!, { keep, add, run }), model);
  }
  return { rules, model };
}
if (LABELS_FROM) {
  // Both label sets over the same folds, scored on the current gold (held-out wire copy only).
  const f = (s: Score) => { const r = s.tp / s.gold, p = s.hits / Math.max(1, s.predicted); return `${fig(s)} F1 ${pct((2 * r * p) / (r + p))}`; };
  const changed = articles.filter((a) => a.oldRows!.some((r, i) => r.gold !== a.rows[i]!.gold));
  console.log(`labels differing from ${LABELS_FROM}: ${changed.length} articles, ${changed.reduce((n, a) => n + a.oldRows!.filter((r, i) => r.gold !== a.rows[i]!.gold).length, 0)} sentences`);
  const oldPs = heldOf(true);
  for (const [name, Ps] of [[`labels of ${LABELS_FROM}`, oldPs], ['current labels', heldPs]] as const) {
    const one = zero();
    for (const a of held) score(a, choosePrecedents(a.rule, Ps[0]!.get(a.id)!, { keep: KEEP, add: ADD, run: RUN }), one);
    console.log(`${name.padEnd(20)} split 0 (cv:people's folds): ${f(one)} | ${SPLITS} splits pooled: ${f(cv(KEEP, ADD, RUN, Ps).model)}`);
  }
  console.log(`rules alone (split 0): ${f(cv(KEEP, ADD, RUN, [heldPs[0]!]).rules)}; scored on the current gold, ${held.length} held-out articles`);
  process.exit(0);
}
if (process.argv.includes('--grid')) {
  for (const keep of [0, 0.1, 0.2, 0.3, 0.4]) console.log(`keep ${keep}: ` + [0.3, 0.35, 0.4, 0.45, 0.5, 0.6].map((add) => `add ${add} ${fig(cv(keep, add, undefined).model)}`).join(' | '));
  // The run step: a lower threshold beside a taken sentence.
  for (const keep of [0, 0.05, 0.1, 0.2, 0.3]) for (const add of [0.2, 0.225, 0.25, 0.275, 0.3, 0.35, 0.4, 0.45, 0.5]) console.log(`keep ${keep} add ${add}: ` + [0.1, 0.15, 0.2, 0.25, 0.3].map((run) => `run ${run} ${fig(cv(keep, add, run).model)}`).join(' | '));
}
for (let k = 0; k < FOLDS; k++) {
  const rules = zero();
  const learned = zero();
  for (const a of held) {
    if (folds.get(a.id) !== k) continue;
    score(a, a.rule, rules);
    score(a, choosePrecedents(a.rule, heldP.get(a.id)!, { keep: KEEP, add: ADD, run: RUN }), learned);
  }
  console.log(`fold ${k} of split 0 (${rules.gold} precedents): ${fig(rules)} → ${fig(learned)}`);
}
const res = cv(KEEP, ADD, RUN);
// Each split's own recall (the pooled figure hides how far one split, as one new set of copy, falls).
const perSplit = heldPs.map((P) => { const s = zero(); for (const a of held) score(a, choosePrecedents(a.rule, P.get(a.id)!, { keep: KEEP, add: ADD, run: RUN }), s); return s; });
console.log(`each split: ${perSplit.map((s) => `R ${pct(s.tp / s.gold)} P ${pct(s.hits / Math.max(1, s.predicted))}`).join(' | ')}`);
// --dump FILE: every held-out miss and extra (one JSON line each), for grouping the errors by cause.
const dumpAt = process.argv.indexOf('--dump');
if (dumpAt > 0) {
  const lines: string[] = [];
  for (const a of held) {
    const take = choosePrecedents(a.rule, heldP.get(a.id)!, { keep: KEEP, add: ADD, run: RUN });
    a.texts.forEach((t, i) => {
      const gold = a.anchors.map((x, g) => (t.includes(x) ? g : -1)).filter((g) => g >= 0);
      const kind = gold.length && !take[i] ? 'miss' : !gold.length && take[i] ? 'extra' : gold.length ? 'hit' : '';
      if (kind) lines.push(JSON.stringify({ id: a.id, i, kind, n: a.texts.length, rule: a.rule[i], p: +heldP.get(a.id)![i]!.toFixed(3), years: a.years[i], goldYears: gold.map((g) => a.goldYears[g]), text: t }));
    });
  }
  writeFileSync(process.argv[dumpAt + 1]!, lines.join('\n') + '\n');
}
const oracle = zero();
for (const a of held) score(a, a.rows.map(() => true), oracle);
console.log(`anchors inside one sentence: ${pct(oracle.tp / oracle.gold)} %; every sentence taken: ${fig(oracle)}`);
console.log(`cross-validated (${FOLDS} folds by article, ${SPLITS} split${SPLITS > 1 ? 's' : ''} pooled, wire copy, ${held.length} articles, ${res.rules.gold / SPLITS} gold precedents): prec ${fig(res.rules)} (rules) → ${fig(res.model)} (classifier, ${res.model.tp} of ${res.model.gold} found; keep ${KEEP}, add ${ADD}${RUN === undefined ? "" : `, run ${RUN}`}, L2 ${L2})`);

const weights = trainLogistic(articles.flatMap((a) => a.rows), L2, 200, MIN);
const model: PrecedentModel = {
  note: `Logistic precedent classifier over sentences (L2 ${L2}); trained by scripts/train-precedents.ts on the development gold.`,
  crossValidated: { rulesRecall: +(res.rules.tp / res.rules.gold).toFixed(3), rulesPrecision: +(res.rules.hits / res.rules.predicted).toFixed(3), recall: +(res.model.tp / res.model.gold).toFixed(3), precision: +(res.model.hits / res.model.predicted).toFixed(3), precedents: res.rules.gold / SPLITS, splits: SPLITS },
  keep: KEEP,
  add: ADD,
  ...(RUN === undefined ? {} : { run: RUN }),
  weights,
};
writeOrCheckModel(out, JSON.stringify(model) + '\n', Object.keys(weights).length);
