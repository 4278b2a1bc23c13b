/**
 * `npm run eval:summary [CORPUS_DIR] [--all] [--points 3|5] [--raw] [--show]`: ROUGE-1/2/L of mujaz's summary
 * as /summary shows it (3 points within 600 characters; 5 with --points 5; --raw: the parser's points
 * without the reply budget),
 * of the first sentence (Lead-1) and of the first three (Lead-3) against the outlets' own abstracts.
 *
 * Articles whose abstract is a copy of the lead sentence (or a cut-off copy of it) are left out:
 * on them any summary that starts with the lead wins and nothing is measured. Scores are given
 * for all kept articles, for the fit slice and for the blind slice (every 5th article, ids
 * divisible by 5), which the summariser's weights are never fitted on.
 * F is ROUGE F1 of the summary as shown; "R1@len" is ROUGE-1 recall of the summary cut to the
 * abstract's length in words (fair to longer and shorter systems alike).
 *
 * The corpus is the ANT Corpus v2.1 (multi-source release), cited as:
 * A. Chouigui, O. Ben Khiroun, B. Elayeb, "An Arabic Multi-source News Corpus: Experimenting on
 * Single-document Extractive Summarization", Arabian Journal for Science and Engineering 46(8), 2021,
 * doi:10.1007/s13369-020-05258-z (project page: antcorpus.github.io). Licence: Apache-2.0.
 */
import { summaryReplyBlocks } from '../commands/summary.ts';
import { parseArticle } from '../src/parser/index.ts';
import { rouge, tokens, type RougeSet } from './lib/rouge.ts';
import { findShared, loadCorpus, leadSentences, isLeadCopy, isBlind } from './lib/corpus.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? findShared('corpus/ant-pool');
const all = args.includes('--all');
const show = args.includes('--show');
const raw = args.includes('--raw');
const pi = args.indexOf('--points');
const points = pi >= 0 ? Number(args[pi + 1]) : 3;

type Sys = 'mujaz' | 'lead1' | 'lead3';
const SYSTEMS: Sys[] = ['mujaz', 'lead1', 'lead3'];
interface Row {
  id: string;
  blind: boolean;
  scores: Record<Sys, RougeSet>;
}

const rows: Row[] = [];
let skipped = 0;
for (const a of loadCorpus(dir)) {
  if (!a.abstract) continue;
  const lead = leadSentences(a.text);
  if (!all && isLeadCopy(a.abstract, lead[0] ?? '')) {
    skipped++;
    continue;
  }
  const b = parseArticle(a.text);
  // What /summary shows (its character budget applied), in the article's language.
  const shown = summaryReplyBlocks(b, b.lang, points > 3).flatMap((bl) => (bl.type === 'list' ? bl.items : []));
  const mine = (raw ? b.summary[b.lang].slice(0, points) : shown).join(' ');
  const scores = {
    mujaz: rouge(mine, a.abstract),
    lead1: rouge(lead.slice(0, 1).join(' '), a.abstract),
    lead3: rouge(lead.slice(0, 3).join(' '), a.abstract),
  };
  rows.push({ id: a.id, blind: isBlind(a.id), scores });
  if (show) {
    console.log(`\n## ${a.id}  R1 F mujaz ${pct(scores.mujaz.r1.f)} lead3 ${pct(scores.lead3.r1.f)}`);
    console.log(`abstract: ${a.abstract}`);
    (raw ? b.summary[b.lang].slice(0, points) : shown).forEach((p) => console.log(`  - ${p}`));
  }
}

function pct(x: number): string {
  return (100 * x).toFixed(1);
}

function table(name: string, rs: Row[]): void {
  console.log(`\n${name}: ${rs.length} articles`);
  console.log('system  words  R1-F  R2-F  RL-F  R1@len');
  for (const s of SYSTEMS) {
    const m = (f: (x: RougeSet) => number) => rs.reduce((t, r) => t + f(r.scores[s]), 0) / (rs.length || 1);
    console.log(
      `${s.padEnd(7)} ${m((x) => x.words).toFixed(0).padStart(5)} ${pct(m((x) => x.r1.f)).padStart(5)} ${pct(m((x) => x.r2.f)).padStart(5)} ${pct(m((x) => x.rl.f)).padStart(5)} ${pct(m((x) => x.r1AtLen)).padStart(6)}`,
    );
  }
  const d = (f: (x: RougeSet) => number) => (100 * rs.reduce((t, r) => t + f(r.scores.mujaz) - f(r.scores.lead3), 0)) / (rs.length || 1);
  console.log(`mujaz − Lead-3: R1-F ${d((x) => x.r1.f).toFixed(2)}, R1@len ${d((x) => x.r1AtLen).toFixed(2)} points`);
}

console.log(`corpus ${dir}: ${rows.length} articles scored, ${skipped} left out (abstract copies the lead sentence); summary = ${raw ? `first ${points} parser points` : `/summary${points > 3 ? ' more' : ''} as shown`}`);
table('all', rows);
table('fit slice', rows.filter((r) => !r.blind));
table('blind slice (ids divisible by 5)', rows.filter((r) => r.blind));
void tokens;
