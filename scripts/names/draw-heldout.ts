/**
 * Draws test/fixtures/names/heldout-wikidata.tsv, the fixed slice of names the shipped model is
 * never fitted on: 300 Wikidata pairs whose Arabic key is rare (at most two people in the whole
 * dictionary carry it) and that no Google pair spells, picked by a hash of the key.
 *
 * Why rare keys: a name absent from the training data is, in real copy and in the held-back
 * test split alike, a rare one. The slice drawn before (300 random pairs) held روبرت, كريستيان,
 * مايك and حسن out of the shipped model, so the product spelled مايك "Maik" and the parser's
 * gazetteer did not know كريستيان for a name. Deterministic: `npx tsx scripts/names/draw-heldout.ts`.
 */
import { writeFileSync } from 'node:fs';
import { normAr } from '../../src/names/normalize.ts';
import { HELD_OUT_FIXTURE, googlePairs, hash, wikidataPairs, type WikidataPair } from './data.ts';

const SIZE = 300;
const MAX_PEOPLE = 2;

const wikidata = wikidataPairs();
const google = new Set([...googlePairs('train'), ...googlePairs('eval')].map((p) => normAr(p.ar)));
const byKey = new Map<string, WikidataPair[]>();
for (const p of wikidata) {
  const k = normAr(p.ar);
  if (!k || google.has(k)) continue;
  let list = byKey.get(k);
  if (!list) byKey.set(k, (list = []));
  list.push(p);
}
const rare = [...byKey].filter(([, ps]) => ps.reduce((n, p) => n + p.count, 0) <= MAX_PEOPLE);
rare.sort(([a], [b]) => hash(`names-heldout-rare:${a}`) - hash(`names-heldout-rare:${b}`) || (a < b ? -1 : 1));
const out: WikidataPair[] = [];
for (const [, ps] of rare) {
  if (out.length + ps.length > SIZE) continue;
  out.push(...ps);
  if (out.length === SIZE) break;
}
writeFileSync(HELD_OUT_FIXTURE, ['english\tarabic\tcount', ...out.map((p) => `${p.en}\t${p.ar}\t${p.count}`)].join('\n') + '\n');
console.log(`${out.length} pairs, ${new Set(out.map((p) => normAr(p.ar))).size} keys, of ${rare.length} rare keys`);
