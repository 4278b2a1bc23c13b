/**
 * Parse the bench's text of N characters (bench/parse.ts's articleOf) over and over, for a CPU profile:
 *
 *   node --import tsx --cpu-prof --cpu-prof-dir /tmp/prof scripts/profile-parse.ts [chars=5000] [parses=300] [warm=30]
 *
 * The largest .cpuprofile in the directory is this process's (tsx's loader writes a small one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArticle } from '../src/parser/index.ts';

const root = resolve(import.meta.dirname, '..');
const [chars = 5000, parses = 300, warm = 30] = process.argv.slice(2).map(Number);
const fixtures = join(root, 'test/fixtures/articles');
const sample = readFileSync(join(root, 'data/russia-iran-partnership.ar.txt'), 'utf8');
const arabic = readdirSync(fixtures).filter((f) => f.endsWith('.ar.txt')).map((f) => readFileSync(join(fixtures, f), 'utf8'));
const paras = [sample, ...arabic].flatMap((t) => t.split('\n').filter((p) => p.trim()));
const out: string[] = [];
for (let i = 0, len = 0; len < chars; i++) {
  const p = paras[i % paras.length]!;
  out.push(p);
  len += p.length + 1;
}
const text = out.join('\n').slice(0, chars);
for (let i = 0; i < warm; i++) parseArticle(text);
const c0 = process.cpuUsage();
for (let i = 0; i < parses; i++) parseArticle(text);
const c = process.cpuUsage(c0);
console.log(`${parses} parses of ${text.length} characters: ${((c.user + c.system) / 1000 / parses).toFixed(2)} ms CPU each`);
