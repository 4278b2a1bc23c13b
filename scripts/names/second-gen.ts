/**
 * Experiment (issue 12, names26): a second candidate generator whose errors differ from the
 * joint graphone search's, and how much the union of both n-bests holds the right spelling.
 * The second generator is a per-letter model: each Arabic letter's Latin chunk (0-3 letters,
 * from the same EM alignment the joint model is fitted on) predicted from a window of Arabic
 * letters on BOTH sides (the joint n-gram sees only letters before) and the last Latin letters
 * written, Witten-Bell interpolated from the widest window down to the letter alone; decoded by
 * beam with the English character model of the dev model added at every letter.
 *   MUJAZ_NAMES_MODEL=/tmp/names26-base.bin NAMES_DEV=pairs npx tsx scripts/names/second-gen.ts
 *   NAMES_ORACLE_LIMIT (pairs per set, 800), NAMES_CUTS (cache of the alignment cuts)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { normAr } from '../../src/names/normalize.ts';
import { arModelForm } from '../../src/names/translit/forms.ts';
import { model } from '../../src/names/translit/model.ts';
import { romaniseScored, TRANSLIT_PARAMS } from '../../src/names/transliterate.ts';
import { LetterModel } from '../../src/names/translit/letter-model.ts';
import { align, alignmentPairs } from './align.ts';
import { trainRerank, type RerankList } from './rerank-train.ts';
import { googleHeldOut, googlePairs, isGoogleHeldOut, isHeldOut, isPairHeldOut, wikidataPairs } from './data.ts';

const log = (s: string) => process.stderr.write(`${s}\n`);
const wd = wikidataPairs();
const gAll = [...googlePairs('train'), ...googlePairs('eval').filter((p) => !isGoogleHeldOut(p.ar))];
const wdTrain = wd.filter((p) => !isHeldOut(p.ar) && !isPairHeldOut(p));
const gFit = gAll.filter((p) => !isHeldOut(p.ar));

const cacheFile = process.env.NAMES_CUTS ?? '/tmp/names26-cuts.json';
let cuts: string[][];
if (existsSync(cacheFile)) cuts = JSON.parse(readFileSync(cacheFile, 'utf8')) as string[][];
else {
  const pairs = alignmentPairs([...wdTrain.map((p) => [p.ar, p.en] as const), ...gFit.map((p) => [p.ar, p.en] as const)]);
  const c = align(pairs, 6, log);
  cuts = c.filter((x) => x.graphones.length && x.perLetter >= -8).map((x) => x.graphones);
  writeFileSync(cacheFile, JSON.stringify(cuts));
}
log(`${cuts.length} cuts`);
const m = model();
let t0 = performance.now();
const lm = LetterModel.fit(cuts);
log(`letter model fitted in ${(performance.now() - t0).toFixed(0)} ms: ${lm.data.pairKeys.length} counts, ${lm.data.prevKeys.length} Latin contexts`);
const JOINT_BEAM = Number(process.env.NAMES_JOINT_BEAM ?? TRANSLIT_PARAMS.beam);
const BEAM = Number(process.env.NAMES_LETTER_BEAM ?? 16);
const CHAR_W = Number(process.env.NAMES_LETTER_CHAR ?? 0.4);

const RRF_LETTER = Number(process.env.NAMES_RRF_LETTER ?? 0.8);
const limit = Number(process.env.NAMES_ORACLE_LIMIT ?? 800);
const sets = {
  unseen: wd.filter((p) => isHeldOut(p.ar)).filter((_, i) => i % 3 === 0).slice(0, limit),
  randomUnknownKey: wd.filter(isPairHeldOut).filter((p) => !m.ar2en.has(normAr(arModelForm(p.ar)))).slice(0, limit),
  googleUnknown: googleHeldOut().filter((p) => !m.ar2en.has(normAr(arModelForm(p.ar)))).slice(0, limit),
};
const cutsAt = [1, 5, 10, 20, 50];
let tLetter = 0;
const lists: Array<{ set: string; i: number; feats: number[][]; gold: number; cands: string[]; shipped: string[]; want: string }> = [];
let tJoint = 0;
for (const [name, pairs] of Object.entries(sets)) {
  const tally = new Map<string, number[]>();
  const add = (label: string, list: string[], want: string) => {
    const t = tally.get(label) ?? cutsAt.map(() => 0);
    const r = list.indexOf(want);
    cutsAt.forEach((k, j) => (t[j]! += r >= 0 && r < k ? 1 : 0));
    tally.set(label, t);
  };
  for (const p of pairs) {
    const want = p.en.toLowerCase();
    const src = arModelForm(p.ar);
    const shipped = romaniseScored(p.ar, 20).map((s) => s.text);
    let t = performance.now();
    const joint = m.fromArabic.decode(src, JOINT_BEAM, TRANSLIT_PARAMS.prune).map((s) => s.text);
    tJoint += performance.now() - t;
    t = performance.now();
    const letter = lm.decode(src, BEAM, m.enLM, CHAR_W).map((s) => s.text);
    tLetter += performance.now() - t;
    const union = [...new Set([...joint.slice(0, 25), ...letter.slice(0, 25)])];
    // interleaved, joint first: the 5 best of the union without any reranker
    const inter: string[] = [];
    for (let i = 0; inter.length < 60 && (i < joint.length || i < letter.length); i++) {
      for (const x of [joint[i], letter[i]]) if (x !== undefined && !inter.includes(x)) inter.push(x);
    }
    const shippedPlus = [...new Set([...shipped, ...letter])];
    // fusions without retraining: the shipped list's first k, then the letter model's best the
    // list lacks; and reciprocal-rank fusion (1 / (rank + 5)) of the two lists
    const take = (k: number) => [...new Set([...shipped.slice(0, k), ...letter, ...shipped.slice(k)])];
    const rrf = new Map<string, number>();
    shipped.forEach((x, r) => rrf.set(x, (rrf.get(x) ?? 0) + 1 / (r + 5)));
    letter.slice(0, 50).forEach((x, r) => rrf.set(x, (rrf.get(x) ?? 0) + RRF_LETTER / (r + 5)));
    const fused = [...rrf].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([x]) => x);
    add('shipped 4, then letter', [...new Set([...take(4)])], want);
    add('shipped 3, then letter', [...new Set([...take(3)])], want);
    add('rank fusion', fused, want);
    add('shipped list (reranked)', shipped, want);
    // the union's candidates with their evidence, for the cross-validated reranker below
    const jointScored = m.fromArabic.decode(src, TRANSLIT_PARAMS.beam, TRANSLIT_PARAMS.prune).slice(0, 50);
    const letterScored = lm.decode(src, BEAM, m.enLM, CHAR_W).slice(0, 20);
    const letterBest = lm.score(src, letterScored[0]?.text ?? '');
    const cands = process.env.NAMES_UNION_SHIPPED_ONLY ? shipped : [...new Set([...shipped, ...letterScored.map((x) => x.text)])];
    const feats = cands.map((x) => {
      const r = shipped.indexOf(x);
      const lr = letterScored.findIndex((y) => y.text === x);
      const jr = jointScored.findIndex((y) => y.text === x);
      const c = m.enLM.score(x);
      const len = Math.max(1, x.length);
      return [
        r >= 0 ? 1 : 0, r >= 0 ? 1 / (1 + r) : 0, Math.log(1 + (r >= 0 ? r : 20)),
        lr >= 0 ? 1 : 0, lr >= 0 ? 1 / (1 + lr) : 0, lr >= 0 ? letterScored[lr]!.score - letterScored[0]!.score : -20,
        jr >= 0 ? 1 : 0, jr >= 0 ? jointScored[jr]!.score - jointScored[0]!.score : -20,
        c / len, c, x.length / src.length, (x.length / src.length) ** 2,
        Math.max(-40, lm.score(src, x) - letterBest),
      ];
    });
    lists.push({ set: name, i: lists.length, feats, gold: cands.indexOf(want), cands, shipped, want });
    add('joint raw beam 12', joint, want);
    add('letter model', letter, want);
    add('union 25+25', union, want);
    add('interleaved joint/letter', inter, want);
    add('shipped then letter', shippedPlus, want);
  }
  console.log(`${name} n=${pairs.length}`);
  for (const [label, t] of tally) console.log(`  ${label.padEnd(28)} ${t.map((x, j) => `@${cutsAt[j]} ${(x / pairs.length).toFixed(3)}`).join(' ')}`);
}
console.log(`time: joint ${tJoint.toFixed(0)} ms, letter ${tLetter.toFixed(0)} ms`);

// a reranker of the union (shipped list and the letter model's 20 best), 2-fold cross-validated
// over these held-out pairs (even / odd), so no list is ranked by weights fitted on it
const res = new Map<string, number[]>();
for (const fold of [0, 1]) {
  const train: RerankList[] = lists.filter((u) => u.i % 2 !== fold && u.gold >= 0).map((u) => ({ feats: u.feats, gold: u.gold, w: 1 }));
  const fit = trainRerank(train, { iters: 300, l2: 1e-4 });
  for (const u of lists.filter((x) => x.i % 2 === fold)) {
    const s = u.feats.map((f) => f.reduce((a, v, j) => a + v * fit.weights[j]!, 0));
    const order = u.cands.map((_, j) => j).sort((a, b) => s[b]! - s[a]! || a - b);
    const r = order.findIndex((j) => j === u.gold);
    const t = res.get(u.set) ?? [0, 0, 0, 0, 0];
    t[0]!++;
    if (r === 0) t[1]!++;
    if (r >= 0 && r < 5) t[2]!++;
    if (u.shipped[0] === u.want) t[3]!++;
    if (u.shipped.slice(0, 5).includes(u.want)) t[4]!++;
    res.set(u.set, t);
  }
  if (fold === 0) log(`union reranker weights (fold 0): ${fit.weights.map((w) => w.toFixed(2)).join(' ')}`);
}
for (const [set, t] of res) console.log(`union reranked, 2-fold CV, ${set} n=${t[0]}: @1 ${(t[1]! / t[0]!).toFixed(3)} @5 ${(t[2]! / t[0]!).toFixed(3)} (shipped @1 ${(t[3]! / t[0]!).toFixed(3)} @5 ${(t[4]! / t[0]!).toFixed(3)})`);
