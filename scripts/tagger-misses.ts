/**
 * Study tool (round twenty-four, people46): the name tagger's scores on gold name tokens of one
 * fold's held-out articles under `cv:people --unseen`'s hiding (lexicon, given names, heads,
 * everyday words hidden by fold), each feature's weight, for the tokens scored below a cut.
 *   npx tsx scripts/tagger-misses.ts K [--half even|odd] [--cut C] [--json FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { heldOutSplit, trainTagger } from '../src/parser/name-tagger-train.ts';
import { hideLexiconEntries } from '../src/names/lexicon.ts';
import { devItems, taggerGoldSegmented, withFeatures } from './lib/tagger-examples.ts';
import { hideHeldHeads } from './lib/role-heads.ts';
import { everydayWordsOf } from './lib/everyday-words.ts';
import { useEverydayWords } from '../src/parser/everyday-words.ts';
import { hidingFor } from './lib/hide-lexicon.ts';
import { articleScores } from '../src/parser/name-tagger.ts';
import type { Gold } from '../src/eval/gold-score.ts';

const args = process.argv.slice(2);
const k = Number(args[0]);
const ha = args.indexOf('--half');
const half = ha >= 0 ? args[ha + 1] : undefined;
const co = args.indexOf('--cut');
const cut = co >= 0 ? Number(args[co + 1]) : 0;
const jo = args.indexOf('--json');
const inHalf = (id: string) => { if (!half) return true; const n = Number(id.split('/').pop()!.replace(/^p/, '')); return Number.isFinite(n) && (n % 2 === 0) === (half === 'even'); };

const items = devItems();
const held = new Set(heldOutSplit(items.corpus, k).test.map((x) => x.id));
useEverydayWords(new Set(everydayWordsOf(items.corpus.filter((it) => !held.has(it.id)))));
const goldRoles = new Map([...items.corpus, ...items.extra].map((it) => [it.id, (JSON.parse(readFileSync(it.gold, 'utf8')) as Gold).people.map((p) => p.role_ar ?? '').filter(Boolean)]));
hideHeldHeads(goldRoles, (id) => held.has(id));
const seg = taggerGoldSegmented();
const split = heldOutSplit(seg.corpus, k);
hideLexiconEntries(hidingFor(split.test.map((x) => x.gold), [...split.train, ...seg.extra].map((x) => x.gold), true));
const [train, test, extra] = [withFeatures(split.train), withFeatures(split.test), withFeatures(seg.extra)];
const w = trainTagger([...train, ...extra]);
const rows: unknown[] = [];
for (const ex of test) {
  if (!inHalf(ex.id)) continue;
  const sc = articleScores(ex.toks, w);
  ex.toks.forEach((t, i) => {
    const pos = ex.labels[i]!;
    rows.push({ id: ex.id, i, text: t.text, pos, score: sc[i], feats: Object.fromEntries(ex.feats[i]!.map((f) => [f, w[f] ?? 0])) });
    if (!pos || sc[i]! >= cut) return;
    const f = ex.feats[i]!.map((x) => [x, w[x] ?? 0] as const).filter(([, v]) => Math.abs(v) >= 2).sort((a, b) => a[1] - b[1]);
    const ctx = `${ex.toks[i - 1]?.text ?? ''} [${t.text}] ${ex.toks[i + 1]?.text ?? ''}`;
    console.log(`${ex.id}\t${sc[i]!.toFixed(1)}\t${ctx}\t${f.map(([x, v]) => `${x}:${v.toFixed(0)}`).join(' ')}`);
  });
}
if (jo >= 0) writeFileSync(args[jo + 1]!, JSON.stringify(rows));
