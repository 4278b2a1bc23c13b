/**
 * Analysis for the speaker ranker: the held-out quotations (5-fold cross-validation by article, as
 * `npm run train:speakers -- --check`) whose chosen speaker is wrong while a right candidate was
 * offered, each with its sentence and every candidate's score and features, to read what sets the
 * right one apart. `npx tsx scripts/speaker-wrong.ts [--all] [--half even|odd] [--dump FILE]` (--all: wrong choices
 * without a right candidate too; --summary: per half, candidate recall and held-out right choices).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rightSpeakerAr } from '../src/eval/evaluate.ts';
import { bestCandidate, scoreCandidate, useSpeakerRanker } from '../src/parser/speaker-ranker.ts';
import { foldOf, trainSoftmax, type RankExample } from '../src/parser/speaker-ranker-train.ts';
import { goldDir } from './lib/gold.ts';
import { rankedQuotes } from './lib/ranked-quotes.ts';

const root = resolve(import.meta.dirname, '..');
const corpus = goldDir(join(root, 'test/fixtures/corpus-gold'), 'corpus/');
const extra = [
  ...goldDir(join(root, 'test/fixtures/articles'), 'articles/'),
  { id: 'sample', gold: join(root, 'test/fixtures/russia-iran-partnership.gold.json'), text: join(root, 'data/russia-iran-partnership.ar.txt') },
];
interface Row { ex: RankExample; ctx: string; want: string }
const rows: Row[] = [];
useSpeakerRanker(null);
for (const it of [...corpus, ...extra]) {
  const { gold, text, ranked } = rankedQuotes(it);
  for (const { g, q, options } of ranked) {
    const right = options.map((o) => rightSpeakerAr({ ...q, speaker: o.speaker, speakerId: o.speakerId, speakerIds: o.speakerIds }, g, gold));
    const at = text.indexOf(q.text);
    const ctx = at < 0 ? q.text : text.slice(Math.max(0, at - 220), at).replace(/.*\n/s, '') + '⟦' + q.text.slice(0, 90) + '⟧';
    rows.push({ ex: { id: it.id, feats: options.map((o) => o.feats), right, names: options.map((o) => o.speaker.ar) }, ctx: ctx.replace(/\s+/g, ' '), want: `${g.speaker_ar ?? g.speaker_en}${g.unnamed ? ' (unnamed)' : ''}` });
  }
}
useSpeakerRanker(undefined);
// --dump FILE: every ranked quotation (id, wanted speaker, candidates with features and rightness) as JSON, for grouping by script.
const di = process.argv.indexOf('--dump');
if (di > 0) writeFileSync(process.argv[di + 1]!, JSON.stringify(rows.map((r) => ({ id: r.ex.id, want: r.want, ctx: r.ctx, names: r.ex.names, right: r.ex.right, feats: r.ex.feats }))));
// --half even|odd: list only articles whose number has that parity (study on one half, judge on the other).
const hi = process.argv.indexOf('--half');
const half = hi > 0 ? process.argv[hi + 1] : null;
const inHalf = (id: string) => !half || (Number(id.replace(/\D/g, '')) % 2 === 0) === (half === 'even');
// --feature F: how often the candidates carrying F are right, and the rules' choice beside them.
const fi = process.argv.indexOf('--feature');
if (fi > 0) {
  const f = process.argv[fi + 1]!;
  let n = 0, right = 0, rule = 0, either = 0;
  for (const r of rows) {
    r.ex.feats.forEach((fs, i) => {
      if (i === 0 || !fs.includes(f)) return;
      n++;
      if (r.ex.right[i]) right++;
      if (r.ex.right[0]) rule++;
      if (r.ex.right[i] || r.ex.right[0]) either++;
      if (process.argv.includes('--verbose')) console.log(`  ${r.ex.right[i] ? '+' : '-'}${r.ex.right[0] ? '+' : '-'} ${r.ex.id}: ${r.ex.names![0]} / ${r.ex.names![i]} (want ${r.want})`);
    });
  }
  console.log(`${f}: ${n} candidates besides the rules' choice, ${right} right; the rules' choice right beside ${rule}; either ${either}`);
  process.exit(0);
}
const folds = foldOf(corpus.map((c) => c.id), 5);
const all = process.argv.includes('--all');
// --summary: per half, found quotes, candidate recall (a right speaker offered) and held-out right choices, from this one parse.
if (process.argv.includes('--summary')) {
  const t: Record<'even' | 'odd', [number, number, number]> = { even: [0, 0, 0], odd: [0, 0, 0] };
  for (let k = 0; k < 5; k++) {
    const held = new Set(corpus.filter((c) => folds.get(c.id) === k).map((c) => c.id));
    const w = trainSoftmax(rows.filter((r) => !held.has(r.ex.id)).map((r) => r.ex), 10, 300);
    for (const r of rows.filter((r) => held.has(r.ex.id))) {
      const h = Number(r.ex.id.replace(/\D/g, '')) % 2 === 0 ? t.even : t.odd;
      h[0]++;
      if (r.ex.right.some(Boolean)) h[1]++;
      if (r.ex.right[bestCandidate(r.ex.feats, w, 0)]) h[2]++;
    }
  }
  for (const [name, [q, offered, ok]] of Object.entries(t)) console.log(`${name}: ${q} found quotes, candidate recall ${(100 * offered! / q!).toFixed(1)}, held-out right ${(100 * ok! / q!).toFixed(1)} (${q! - ok!} wrong)`);
  process.exit(0);
}
let n = 0;
for (let k = 0; k < 5; k++) {
  const held = new Set(corpus.filter((c) => folds.get(c.id) === k).map((c) => c.id));
  const w = trainSoftmax(rows.filter((r) => !held.has(r.ex.id)).map((r) => r.ex), 10, 300);
  for (const r of rows.filter((r) => held.has(r.ex.id) && inHalf(r.ex.id))) {
    const pick = bestCandidate(r.ex.feats, w, 0);
    if (r.ex.right[pick] || (!all && !r.ex.right.some(Boolean))) continue;
    n++;
    console.log(`\n## ${r.ex.id}: want ${r.want}\n   ${r.ctx}`);
    r.ex.feats.forEach((f, i) => {
      const s = scoreCandidate(f, w).toFixed(2);
      console.log(`   ${i === pick ? '>' : ' '}${r.ex.right[i] ? '+' : ' '} ${s.padStart(6)} ${r.ex.names![i]}  [${f.filter((x) => !x.startsWith('bias')).join(' ')}]`);
    });
  }
}
console.log(`\n${n} wrong choices`);
