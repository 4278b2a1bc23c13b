/**
 * Runs the parser over the development corpus and prints, per article, the people, quotes,
 * precedents and sources it found, plus a ROUGE-1 overlap of the summary with the outlet's own
 * lead summary (NN.abstract.txt): a sanity check to read by eye (npm run eval:summary is the score).
 *
 * Usage: npx tsx scripts/corpus-report.ts [CORPUS_DIR] [--only NN]
 *
 * The corpus is the ANT Corpus v2.1 (multi-source release), cited as:
 * A. Chouigui, O. Ben Khiroun, B. Elayeb, "An Arabic Multi-source News Corpus: Experimenting on
 * Single-document Extractive Summarization", Arabian Journal for Science and Engineering 46(8), 2021,
 * doi:10.1007/s13369-020-05258-z (project page: antcorpus.github.io). Licence: Apache-2.0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/parser/index.ts';
import { rouge } from './lib/rouge.ts';
import { findShared } from './lib/corpus.ts';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
// The value after --only is not the folder (with no --only, every plain argument may be).
const dir = args.find((a, i) => !a.startsWith('--') && (onlyAt < 0 || i !== onlyAt + 1)) ?? findShared('corpus/ant-dev');

const short = (s: string, n = 80) => (s.length > n ? s.slice(0, n) + '…' : s);
const files = readdirSync(dir).filter((f) => /^\d+\.txt$/.test(f)).sort();
let sumF = 0;
let nF = 0;
let totalMs = 0;
for (const f of files) {
  const id = f.replace('.txt', '');
  if (only && id !== only) continue;
  const text = readFileSync(join(dir, f), 'utf8');
  const t0 = performance.now();
  const b = parseArticle(text);
  totalMs += performance.now() - t0;
  console.log(`\n=== ${id} ${short(b.title.ar || b.title.en, 70)}  (${text.length} chars, ${b.sentences.length} sentences)`);
  for (const p of b.people) console.log(`  P ${p.name.ar} = ${p.name.en} [${p.role.ar}${p.role.en ? ' = ' + p.role.en : ''}] x${p.mentions}`);
  for (const q of b.quotes) console.log(`  Q ${q.kind[0]}${q.unnamed ? ' (unnamed)' : ''} ${q.speaker.ar || q.speaker.en}: ${short(q.text, 70)}`);
  for (const p of b.precedents) console.log(`  H [${p.cue}] ${p.years.join(',')} ${short(p.text.ar || p.text.en, 70)}`);
  for (const s of b.sources) console.log(`  S ${s.kind} ${s.name.ar || s.name.en} = ${s.name.en} x${s.mentions}`);
  const abs = join(dir, `${id}.abstract.txt`);
  if (existsSync(abs)) {
    const r = rouge(b.summary[b.lang].join(' '), readFileSync(abs, 'utf8'), { clitics: true }).r1;
    sumF += r.f;
    nF++;
    console.log(`  ROUGE-1 vs lead summary: P=${r.p.toFixed(2)} R=${r.r.toFixed(2)} F=${r.f.toFixed(2)}`);
  }
}
if (nF) console.log(`\nmean ROUGE-1 F over ${nF} articles: ${(sumF / nF).toFixed(3)}; parse time total ${totalMs.toFixed(0)} ms`);
