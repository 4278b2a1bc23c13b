/**
 * Every spelling list with its scores, for proving a speed change leaves names output
 * byte-identical: run it before and after, then `cmp` the two files. For each Arabic word (one
 * per line in AR_FILE) the learned and the rules' lists (romaniseScored, 20 each), for each Latin
 * word (EN_FILE) arabiseScored's, and for every twentieth Arabic word the letter model's list.
 *   npx tsx scripts/names/spelling-dump.ts AR_FILE EN_FILE OUT
 * (namespeed30 used every Arabic token of the corpus-gold articles with the Arabic side of the
 * raw Wikidata and Google pairs, 68,941 words, and every fourth Wikidata Latin token, 12,995.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { arabiseScored, letterCandidates, romaniseScored } from '../../src/names/transliterate.ts';

const [arFile, enFile, out] = process.argv.slice(2);
if (!arFile || !enFile || !out) {
  console.error('usage: npx tsx scripts/names/spelling-dump.ts AR_FILE EN_FILE OUT');
  process.exit(2);
}
const words = (f: string) => readFileSync(f, 'utf8').split('\n').filter(Boolean);
const ar = words(arFile);
const lines: string[] = [];
for (const w of ar) lines.push(`${w}\t${JSON.stringify(romaniseScored(w, 20))}\t${JSON.stringify(romaniseScored(w, 20, 'rules'))}`);
for (const w of words(enFile)) lines.push(`${w}\t${JSON.stringify(arabiseScored(w, 20))}`);
for (let i = 0; i < ar.length; i += 20) lines.push(`L ${ar[i]}\t${letterCandidates(ar[i]!, 20).join(' ')}`);
writeFileSync(out, lines.join('\n') + '\n');
