/**
 * `npm run eval`: scores the parser on a hand-annotated gold set; this is how parser changes are judged.
 *
 *   npm run eval                       the development set: test/fixtures/corpus-gold (real wire copy),
 *                                      test/fixtures/articles and the sample article
 *   npm run eval -- --set corpus       only the real-copy gold (test/fixtures/corpus-gold)
 *   npm run eval -- --set blind        test/fixtures/corpus-blind (the integrator's held-out slice)
 *   npm run eval -- --dir DIR          any directory of NAME.gold.json files
 *   --only NAME   one article   ·   --brief   no per-article lists
 *   --half even|odd   only the numbered gold (01, p014) whose number is even or odd: study one half, judge on the other
 *   MUJAZ_EVAL_SPEAKER_EN=1 npm run eval   also list each quote whose Arabic speaker is right but English rendering wrong
 *
 * A gold file NAME.gold.json is read with the text beside it (NAME.txt, NAME.ar.txt, NAME.en.txt), else
 * with the corpus copy of that id (test/fixtures/corpus/ant-dev/NN.txt, ant-pool/NNN.txt for gold pNNN). The last line is the
 * one-line summary.
 *
 * `role` counts a role right when it holds at least half the gold role's words; `role-strict` (the
 * line's last field) also asks at most two words beyond the gold's and none of another person's
 * name (src/eval/gold-score.ts strictRoleRight). The roles right by the first and not the second are
 * listed per article as `role+` (a neighbour's role or name run into the role, or a long tail).
 * `speaker-en-strict` (after it) is the same for the English speaker: a described source's English
 * right by `speaker-en` (half the gold's words) with at most two words beyond the gold's and none of
 * another person's name (src/eval/evaluate.ts rightSpeakerEnStrict); those it refuses are listed as `spken+`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArticle } from '../src/parser/index.ts';
import { addFigures, emptyFigures, evaluate, share, type Figures } from '../src/eval/evaluate.ts';
import { f1, precision, recall, type Gold } from '../src/eval/gold-score.ts';
import { goldDir, type Item } from './lib/gold.ts';

const root = resolve(import.meta.dirname, '..');
const fx = join(root, 'test/fixtures');
const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const brief = args.includes('--brief');
const only = opt('--only');

const sample: Item = { id: 'sample', gold: join(fx, 'russia-iran-partnership.gold.json'), text: join(root, 'data/russia-iran-partnership.ar.txt') };
const set = opt('--set') ?? 'dev';
const dir = opt('--dir');
const items: Item[] = dir ? goldDir(resolve(dir), '')
  : set === 'blind' ? goldDir(join(fx, 'corpus-blind'), 'blind/')
  : set === 'corpus' ? goldDir(join(fx, 'corpus-gold'), 'corpus/')
  : set === 'dev' ? [...goldDir(join(fx, 'corpus-gold'), 'corpus/'), ...goldDir(join(fx, 'articles'), 'articles/'), sample]
  : [];
const half = opt('--half');
if (half) {
  const keep = items.filter((it) => { const n = Number(it.id.split('/').pop()!.replace(/^p/, '')); return Number.isFinite(n) && (n % 2 === 0) === (half === 'even'); });
  items.splice(0, items.length, ...keep);
}
if (!items.length) { console.error(`no gold articles for ${dir ?? `--set ${set}`} (sets: dev, corpus, blind)`); process.exit(2); }

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
function line(f: Figures): string {
  return [
    `people P ${pct(precision(f.people))} R ${pct(recall(f.people))} F1 ${pct(f1(f.people))}`,
    `role ${pct(share(f.roles))}`, `name-en ${pct(share(f.namesEn))} (exact ${pct(share(f.namesEnExact))})`,
    `quote-R ${pct(share(f.quotes))}`, `speaker ${pct(share(f.speakers))}`, `speaker-en ${pct(share(f.speakersEn))}`,
    `kind ${pct(share(f.kinds))} (${f.kinds.n})`, `opposite ${f.opposite}`,
    `prec R ${pct(recall(f.precedents))} P ${pct(f.precedents.predicted ? f.precedentHits / f.precedents.predicted : 1)} dated ${pct(share(f.precedentYears))}`,
    // Last, so the fields before it keep their places: the strict role figure (no leak; see strictRoleRight).
    `role-strict ${pct(share(f.rolesStrict))}`,
    // after it, for the same reason: the strict English speaker figure (no run-on; see rightSpeakerEnStrict)
    `speaker-en-strict ${pct(share(f.speakersEnStrict))}`,
    // and after that: the English of the roles the Arabic gets right (rightRoleEn)
    `role-en ${pct(share(f.rolesEn))}`,
  ].join(' | ');
}

let total = emptyFigures();
let parseMs = 0;
for (const it of items) {
  if (only && !it.id.endsWith(only)) continue;
  const gold = JSON.parse(readFileSync(it.gold, 'utf8')) as Gold;
  const t0 = performance.now();
  // The gold's publication date stands for the one a feed or page gives: relative dates
  // (العام الماضي، آذار الماضي) are resolved against it.
  const b = parseArticle(readFileSync(it.text, 'utf8'), gold.date ? { meta: { publishedAt: gold.date } } : {});
  parseMs += performance.now() - t0;
  const r = evaluate(it.id, b, gold);
  total = addFigures(total, r);
  if (brief) continue;
  console.log(`\n== ${it.id}: ${line(r)}`);
  for (const m of r.misses) console.log(`   miss   ${m}`);
  for (const m of r.inventions) console.log(`   extra  ${m}`);
  for (const m of r.wrongSpeakers) console.log(`   wrong  ${m}`);
  for (const m of r.roleLeaks) console.log(`   role+  ${m}`);
  for (const m of r.speakerEnLeaks) console.log(`   spken+ ${m}`);
}
const t = total;
console.log(`\n${items.length} articles, ${t.people.gold} people, ${t.quotes.n} quotes, ${t.precedents.gold} precedents; parse ${parseMs.toFixed(0)} ms`);
console.log(`SUMMARY ${set === 'dev' && !dir ? 'dev' : dir ?? set}: ${line(t)}`);
