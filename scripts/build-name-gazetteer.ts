/**
 * The person-name tokens that the transliteration model (data/names/model.bin) leaves out, for the
 * parser's name evidence only: data/names/held-keys.tsv.
 *
 * model.bin is fitted on every name pair except its fixed measurement slice, and that slice holds
 * whole Arabic keys in every source (scripts/names/data.ts isHeldOut): the 300 pairs of
 * test/fixtures/names/heldout-wikidata.tsv, drawn among the commonest tokens (روبرت, حسن, سلمان,
 * ليونيل, ليام ...). Kept out of the look-up so that they measure names the model never saw, they
 * were also missing from the gazetteer the parser asks (src/names/gazetteer.ts), which reads the
 * same look-up. This table gives them back to the gazetteer alone, from the training files only
 * (wikidata-person-tokens, the Merhav and Ash 80 % slice, and Google's train split; not Google's
 * eval rows, and neither source's test split, which are not in the repository): transliteration and
 * its measurements still never see them.
 *
 *   npx tsx scripts/build-name-gazetteer.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normAr } from '../src/names/normalize.ts';
import { googlePairs, isHeldOut, wikidataPairs } from './names/data.ts';

const root = new URL('..', import.meta.url).pathname;
const keys = new Map<string, Map<string, number>>();
const add = (ar: string, en: string, n: number) => {
  const k = normAr(ar);
  const e = en.toLowerCase().trim();
  if (!k || k.includes(' ') || !e || !isHeldOut(ar)) return;
  const m = keys.get(k) ?? new Map<string, number>();
  m.set(e, (m.get(e) ?? 0) + n);
  keys.set(k, m);
};
for (const p of wikidataPairs()) add(p.ar, p.en, p.count);
for (const p of googlePairs('train')) add(p.ar, p.en, 1);
const lines = [...keys]
  .sort((a, b) => (a[0] < b[0] ? -1 : 1))
  .map(([k, m]) => {
    const list = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const count = list.reduce((s, [, n]) => s + n, 0);
    return `${k}\t${count}\t${list.length}\t${list[0]![0]}`;
  });
const out = join(root, 'data/names/held-keys.tsv');
writeFileSync(out, `arabic\tcount\tspellings\tlatin\n${lines.join('\n')}\n`);
console.log(`wrote ${out}: ${lines.length} keys`);
