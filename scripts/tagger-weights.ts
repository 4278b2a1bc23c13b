/**
 * `npx tsx scripts/tagger-weights.ts [FILE]`: how large the shipped name tagger's weights are by how
 * often their feature fires in training (the dev gold), to see whether rare features carry weights
 * as large as general ones (round twenty-seven, people49: the tagger's regularisation).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { taggerGold } from './lib/tagger-examples.ts';

const file = process.argv[2] ?? resolve(import.meta.dirname, '../data/name-tagger.json');
const w: Record<string, number> = JSON.parse(readFileSync(file, 'utf8')).weights;
const { corpus, extra } = taggerGold();
const count = new Map<string, number>();
for (const ex of [...corpus, ...extra]) for (const f of ex.feats) for (const x of f) count.set(x, (count.get(x) ?? 0) + 1);
const bands: [string, number, number][] = [['1', 1, 1], ['2-3', 2, 3], ['4-9', 4, 9], ['10-99', 10, 99], ['100+', 100, Infinity]];
for (const [label, lo, hi] of bands) {
  const xs = Object.entries(w).filter(([x]) => { const n = count.get(x) ?? 0; return n >= lo && n <= hi; });
  const abs = xs.map(([, v]) => Math.abs(v)).sort((a, b) => b - a);
  const mean = abs.reduce((a, b) => a + b, 0) / Math.max(1, abs.length);
  console.log(`seen ${label.padEnd(6)} ${String(xs.length).padStart(6)} weights, max |w| ${(abs[0] ?? 0).toFixed(1)}, 99th pct ${(abs[Math.floor(abs.length / 100)] ?? 0).toFixed(1)}, mean ${mean.toFixed(2)}`);
}
const top = Object.entries(w).filter(([x]) => (count.get(x) ?? 0) <= 9).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 8);
console.log('largest rare (seen ≤ 9):', top.map(([x, v]) => `${x} ${v} (${count.get(x)})`).join(', '));
console.log(['pp:inst', 'pre2:أح', 'suf2:رو', 'bias'].map((x) => `${x} ${w[x]} (${count.get(x)})`).join(', '));
