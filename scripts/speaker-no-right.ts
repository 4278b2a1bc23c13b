/**
 * The wrong speakers whose right one is never offered (issue 11, the candidates' ceiling), one line each
 * with the wanted speaker, the candidates the ranker saw and the sentence before the quotation, to read
 * why candidate generation missed it. Reads the dump of `scripts/speaker-wrong.ts --all --dump FILE`:
 * `npx tsx scripts/speaker-no-right.ts FILE [--half even|odd]`.
 */
import { readFileSync } from 'node:fs';

interface Row { id: string; want: string; ctx: string; names: string[]; right: boolean[] }
const rows = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Row[];
const hi = process.argv.indexOf('--half');
const half = hi > 0 ? process.argv[hi + 1] : null;
const parity = (id: string) => { const m = /(\d+)$/.exec(id); return m ? (Number(m[1]) % 2 === 0 ? 'even' : 'odd') : null; };
let n = 0;
for (const r of rows) {
  if (half && parity(r.id) !== half) continue;
  if (r.right.some(Boolean)) continue;
  n++;
  console.log(`${r.id} | want ${r.want} | offered ${r.names.join(' ; ')}\n   ${r.ctx.slice(-260)}`);
}
console.log(`${n} quotations with no right candidate`);
