/**
 * Offline study of the speaker ranker's features: reads a dump written by
 * `npx tsx scripts/speaker-wrong.ts --dump FILE` (every ranked quotation with its candidates'
 * features, from one parse) and prints the held-out right choices per half (5 folds by article,
 * as the trainer's cross-validation, L2 10), with the features matching a given pattern at their start (a regular expression) left
 * out: `npx tsx scripts/speaker-ablate.ts FILE [--drop vsubj,compl ...]`. Each --drop is one run
 * beside the full set. No parse: seconds, so feature groups can be weighed before retraining.
 * The figure is the share of found quotes whose chosen candidate is right (not the eval's speaker
 * figure over all gold quotes).
 * `--causes even|odd|all` (with `--verbose`: each quote): the held-out mistakes of that half
 * (all features) counted by cause (scripts/lib/speaker-causes.ts), the right speaker never offered
 * among them.
 */
import { readFileSync } from 'node:fs';
import { bestCandidate } from '../src/parser/speaker-ranker.ts';
import { foldOf, RULE_PRIOR, trainSoftmax, type RankExample } from '../src/parser/speaker-ranker-train.ts';
import { join, resolve } from 'node:path';
import { goldDir } from './lib/gold.ts';
import { causeOf } from './lib/speaker-causes.ts';

const file = process.argv[2]!;
const rows = JSON.parse(readFileSync(file, 'utf8')) as { id: string; feats: string[][]; right: boolean[]; names?: string[]; want?: string; ctx?: string }[];
// (the folds of the trainer and speaker-wrong.ts: over every gold article, quotes or none)
const corpus = goldDir(join(resolve(import.meta.dirname, '..'), 'test/fixtures/corpus-gold'), 'corpus/').map((c) => c.id);
const folds = foldOf(corpus, 5);
const sets = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--drop' ? [a] : []));
const li = process.argv.indexOf('--l2');
const L2 = li > 0 ? Number(process.argv[li + 1]) : 10;
const pi = process.argv.indexOf('--prior');
const PRIOR = pi > 0 ? Number(process.argv[pi + 1]) : RULE_PRIOR;
const even = (id: string) => Number(id.replace(/\D/g, '')) % 2 === 0;

function heldOut(drop: string[]): string {
  const res = drop.map((d) => new RegExp(`^(?:${d})`));
  const keep = (f: string) => !res.some((r) => r.test(f));
  const ex: RankExample[] = rows.map((r) => ({ id: r.id, right: r.right, feats: r.feats.map((fs) => fs.filter(keep)) }));
  const t: Record<'even' | 'odd', [number, number]> = { even: [0, 0], odd: [0, 0] };
  for (let k = 0; k < 5; k++) {
    const held = new Set(corpus.filter((c) => folds.get(c) === k));
    const w = trainSoftmax(ex.filter((e) => !held.has(e.id)), L2, 300, PRIOR);
    for (const e of ex.filter((e) => held.has(e.id))) {
      const h = even(e.id) ? t.even : t.odd;
      h[0]++;
      if (e.right[bestCandidate(e.feats, w, 0)]) h[1]++;
    }
  }
  const pc = (x: number[]) => (100 * x[1]! / x[0]!).toFixed(1);
  return `even ${pc(t.even)} (${t.even[0]! - t.even[1]!} wrong), odd ${pc(t.odd)} (${t.odd[0]! - t.odd[1]!} wrong), all ${(100 * (t.even[1]! + t.odd[1]!) / (t.even[0]! + t.odd[0]!)).toFixed(2)}`;
}

const ci = process.argv.indexOf('--causes');
if (ci > 0) {
  const half = process.argv[ci + 1];
  const inHalf = (id: string) => half === 'all' || even(id) === (half === 'even');
  const by = new Map<string, string[]>();
  let n = 0;
  for (let k = 0; k < 5; k++) {
    const held = new Set(corpus.filter((c) => folds.get(c) === k));
    const w = trainSoftmax(rows.filter((e) => !held.has(e.id)), L2, 300, PRIOR);
    for (const e of rows.filter((e) => held.has(e.id) && inHalf(e.id))) {
      n++;
      const pick = bestCandidate(e.feats, w, 0);
      if (e.right[pick]) continue;
      const c = causeOf(e.feats, e.right, pick);
      by.set(c, [...(by.get(c) ?? []), `${e.id}: ${e.names?.[pick]} → want ${e.want}${e.right[0] ? ' (rules right)' : ''}\n      ${e.ctx ?? ''}`]);
    }
  }
  const wrong = [...by.values()].reduce((s, v) => s + v.length, 0);
  console.log(`${half} half: ${n} found quotes held out, ${wrong} wrong`);
  for (const [c, v] of [...by].sort((x, y) => y[1].length - x[1].length)) {
    console.log(`${String(v.length).padStart(4)}  ${c}`);
    if (process.argv.includes('--verbose')) for (const l of v) console.log(`    ${l}`);
  }
  process.exit(0);
}
console.log(`all features: ${heldOut([])}`);
for (const s of sets) console.log(`without ${s}: ${heldOut(s.split(','))}`);
