/**
 * `npm run train:speakers`: trains the speaker ranker (src/parser/speaker-ranker.ts) on the
 * development gold (test/fixtures/corpus-gold, test/fixtures/articles and the sample) and writes
 * data/speaker-ranker.json.
 *
 * Each quotation the parser finds and the gold holds gives one example: its candidate speakers,
 * each right or wrong by the eval's own test (same person, judged on the Arabic name; a described
 * source by its words). Candidates are read with the rules alone deciding, so the examples do not
 * depend on an earlier model.
 *
 * Honest figures: 5-fold cross-validation by article over the wire-copy gold (the written fixtures
 * and the sample always train): each fold is parsed with a model trained without it and scored
 * with `npm run eval`'s speaker figure, beside the rules alone on the same articles. The shipped
 * weights are trained on everything. `--check` compares with the shipped file without writing it.
 * Options: --l2 X (penalty of the log-linear model; -1: the averaged perceptron instead), --epochs N
 * (perceptron), --prior X (starting weight of the rules' choice), --margin X, --flips (held-out changes),
 * --groups (held-out mistakes by the types chosen and wanted) or --causes (by cause, scripts/lib/speaker-causes.ts;
 * with --half even|odd one half's only), --verbose (each quote).
 */
import { join, resolve } from 'node:path';
import { evaluate, share, type Tally } from '../src/eval/evaluate.ts';
import { bestCandidate, useSpeakerRanker, type RankerModel } from '../src/parser/speaker-ranker.ts';
import { foldOf, learnable, RANK_EPOCHS, RULE_PRIOR, trainRanker, trainSoftmax, type RankExample } from '../src/parser/speaker-ranker-train.ts';
import { goldDir, type Item } from './lib/gold.ts';
import { rankedQuotes, speakerExample } from './lib/ranked-quotes.ts';
import { writeOrCheckModel } from './lib/model-file.ts';
import { SPEAKER_L2 } from './lib/ranker-examples.ts';
import { causeOf } from './lib/speaker-causes.ts';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'data/speaker-ranker.json');
const FOLDS = 5;
const argNum = (name: string, dflt: number) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : dflt; };
const PRIOR = argNum('--prior', RULE_PRIOR);
const EPOCHS = argNum('--epochs', RANK_EPOCHS);
// The log-linear model with this L2 penalty held up best under cross-validation (perceptron: --l2 -1).
const L2 = argNum('--l2', SPEAKER_L2);
const MARGIN = argNum('--margin', 0);
const fit = (ex: RankExample[]) => (L2 >= 0 ? trainSoftmax(ex, L2, 300, PRIOR) : trainRanker(ex, EPOCHS, PRIOR));

const corpus = goldDir(join(root, 'test/fixtures/corpus-gold'), 'corpus/');
const extra = [
  ...goldDir(join(root, 'test/fixtures/articles'), 'articles/'),
  { id: 'sample', gold: join(root, 'test/fixtures/russia-iran-partnership.gold.json'), text: join(root, 'data/russia-iran-partnership.ar.txt') },
];

/** The gold speaker of each example (for --groups). */
const wanted = new Map<RankExample, string>();
interface Run { examples: RankExample[]; speakers: Tally; oracle: Tally }

/** Parses the articles with `model` (null: the rules alone) and gathers examples and the speaker figure. */
function run(items: readonly Item[], model: RankerModel | null): Run {
  const res: Run = { examples: [], speakers: { ok: 0, n: 0 }, oracle: { ok: 0, n: 0 } };
  useSpeakerRanker(model);
  for (const it of items) {
    const { gold, briefing: b, ranked } = rankedQuotes(it);
    const r = evaluate(it.id, b, gold);
    res.speakers.ok += r.speakers.ok;
    res.speakers.n += r.speakers.n;
    for (const r of ranked) {
      const ex = speakerExample(it.id, gold, r);
      const g = r.g;
      res.oracle.n++;
      if (ex.right.some(Boolean)) res.oracle.ok++;
      wanted.set(ex, `${g.speaker_ar ?? g.speaker_en}${g.unnamed ? ' (unnamed)' : ''} «${g.text_start.slice(0, 30)}»`);
      res.examples.push(ex);
    }
  }
  useSpeakerRanker(undefined);
  return res;
}

const pct = (t: Tally) => (100 * share(t)).toFixed(1);
const all = [...corpus, ...extra];
const base = run(all, null);
const folds = foldOf(corpus.map((c) => c.id), FOLDS);
const groups = new Map<string, string[]>();
const before: Tally = { ok: 0, n: 0 };
const after: Tally = { ok: 0, n: 0 };
for (let k = 0; k < FOLDS; k++) {
  const held = corpus.filter((c) => folds.get(c.id) === k);
  const heldIds = new Set(held.map((h) => h.id));
  const weights = fit(base.examples.filter((e) => !heldIds.has(e.id)));
  if (process.argv.includes('--flips')) {
    for (const ex of base.examples.filter((e) => heldIds.has(e.id))) {
      const pick = bestCandidate(ex.feats, weights, MARGIN);
      if (ex.right[pick] !== ex.right[0]) console.log(`  ${ex.right[pick] ? 'FIXED' : 'BROKE'} ${ex.id}: ${ex.names?.[0]} → ${ex.names?.[pick]}  [${ex.feats[pick]!.filter((f) => (weights[f] ?? 0) !== 0).map((f) => `${f}=${weights[f]}`).join(' ')}]`);
    }
  }
  const byCause = process.argv.includes('--causes');
  if (process.argv.includes('--groups') || byCause) {
    // Held-out wrong choices grouped by the chosen candidate's type and the right candidates' types (or by cause).
    const hi = process.argv.indexOf('--half');
    const half = hi > 0 ? process.argv[hi + 1] : null;
    const inHalf = (id: string) => !half || (Number(id.replace(/\D/g, '')) % 2 === 0) === (half === 'even');
    for (const ex of base.examples.filter((e) => heldIds.has(e.id) && inHalf(e.id))) {
      const pick = bestCandidate(ex.feats, weights, MARGIN);
      if (ex.right[pick]) continue;
      if (byCause) {
        const key = causeOf(ex.feats, ex.right, pick);
        groups.set(key, [...(groups.get(key) ?? []), `${ex.id}: ${ex.names?.[pick]} → want ${wanted.get(ex)}${ex.right[0] ? ' (rules right)' : ''}`]);
        continue;
      }
      const type = (i: number) => ex.feats[i]!.find((f) => f.startsWith('bias:'))!.slice(5);
      const rights = [...new Set(ex.feats.map((_, i) => i).filter((i) => ex.right[i]).map(type))].sort().join('/') || 'none';
      const key = `${type(pick)} for ${rights}`;
      groups.set(key, [...(groups.get(key) ?? []), `${ex.id}: ${ex.names?.[pick]} → want ${wanted.get(ex)}`]);
    }
  }
  const rules = run(held, null);
  const learned = run(held, { weights, margin: MARGIN });
  before.ok += rules.speakers.ok; before.n += rules.speakers.n;
  after.ok += learned.speakers.ok; after.n += learned.speakers.n;
  console.log(`fold ${k} (${held.length} articles, ${rules.speakers.n} quotes): speaker ${pct(rules.speakers)} → ${pct(learned.speakers)}`);
}
console.log(`cross-validated (${FOLDS} folds by article, wire copy, ${before.n} gold quotes): speaker ${pct(before)} (rules) → ${pct(after)} (ranker)`);
for (const [k, v] of [...groups].sort((x, y) => y[1].length - x[1].length)) {
  console.log(`${v.length}\t${k}`);
  if (process.argv.includes('--verbose')) for (const l of v) console.log(`    ${l}`);
}
console.log(`candidates hold a right speaker for ${pct(base.oracle)} % of found quotes (${base.oracle.n}); ${base.examples.filter(learnable).length} examples with a choice`);

const weights = fit(base.examples);
const inSample = run(all, { weights, margin: MARGIN });
console.log(`in-sample (dev, ${all.length} articles): speaker ${pct(base.speakers)} → ${pct(inSample.speakers)}`);
const model: RankerModel = {
  note: `Linear ranker choosing among candidate speakers of a quotation (${L2 >= 0 ? `log-linear, L2 ${L2}` : 'averaged perceptron'}); trained by scripts/train-speaker-ranker.ts on the development gold.`,
  crossValidated: { rules: Math.round(1000 * share(before)) / 1000, ranker: Math.round(1000 * share(after)) / 1000, quotes: before.n },
  margin: MARGIN,
  weights,
};
const json = JSON.stringify(model) + '\n';
writeOrCheckModel(out, json, Object.keys(weights).length);
