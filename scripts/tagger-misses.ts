/**
 * Study tool (round twenty-four, people46): the name tagger's scores on gold name tokens of one
 * fold's held-out articles under `cv:people --unseen`'s hiding (lexicon, given names, heads,
 * everyday words hidden by fold), each feature's weight, for the tokens scored below a cut.
 *   npx tsx scripts/tagger-misses.ts K [--half even|odd] [--cut C] [--json FILE]
 */
import { writeFileSync } from 'node:fs';
import { trainTagger } from '../src/parser/name-tagger-train.ts';
import { inHalfOf, unseenTaggerFold } from './lib/unseen-fold.ts';
import { articleScores } from '../src/parser/name-tagger.ts';

const args = process.argv.slice(2);
const k = Number(args[0]);
const ha = args.indexOf('--half');
const half = ha >= 0 ? args[ha + 1] : undefined;
const co = args.indexOf('--cut');
const cut = co >= 0 ? Number(args[co + 1]) : 0;
const jo = args.indexOf('--json');
const inHalf = inHalfOf(half);

const { train, test, extra } = unseenTaggerFold(k);
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
