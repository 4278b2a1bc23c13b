/**
 * Builds data/names/person-name-tokens.ar.tsv — Arabic person-name tokens with how many Wikidata
 * people carry each — from the Wikidata person-token pairs (english, arabic, count; CC0 1.0), so the
 * parser can ask "is this word known as part of a person's name?" offline.
 *
 * Usage: npx tsx scripts/build-name-tokens.ts PATH/wikidata-person-tokens.en-ar.tsv
 * (the product reads only the built file; see data/names/README.md for source and licence).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lightNormAr } from '../src/text/arabic.ts';

const src = process.argv[2];
if (!src) { console.error('usage: build-name-tokens.ts wikidata-person-tokens.en-ar.tsv'); process.exit(2); }
const counts = new Map<string, number>();
for (const line of readFileSync(src, 'utf8').split('\n').slice(1)) {
  const [, ar, n] = line.split('\t');
  if (!ar || !n) continue;
  const k = lightNormAr(ar.trim());
  if (!/^[\u0621-\u064A]{2,}$/.test(k)) continue;
  counts.set(k, (counts.get(k) ?? 0) + Number(n));
}
const rows = [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k}\t${n}`);
writeFileSync(join(import.meta.dirname, '../data/names/person-name-tokens.ar.tsv'), rows.join('\n') + '\n');
console.log(`${rows.length} tokens`);
