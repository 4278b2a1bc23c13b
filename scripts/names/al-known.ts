/**
 * names30 probe: Google's eval words whose key is known and starts with ال (a clitic), on the
 * dev model: is Google's spelling the bare key's (عسكري for العسكري) rather than the article
 * key's own? Counts, and the first answer when the bare key's people are added to the article
 * key's spellings (same folded spelling summed, then the heaviest first).
 *   NAMES_DEV=1 MUJAZ_NAMES_MODEL=/tmp/dev.bin npx tsx scripts/names/al-known.ts
 */
import { normAr } from '../../src/names/normalize.ts';
import { romaniseScored } from '../../src/names/transliterate.ts';
import { model } from '../../src/names/translit/model.ts';
import { googleHeldOut, hash } from './data.ts';

const m = model();
const shipped = (ar: string) => hash(`names-google-heldout:${normAr(ar)}`) % 100 < 10;
const fold = (t: string) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const rows = googleHeldOut().filter((p) => !shipped(p.ar) && !/\s/.test(p.ar.trim()) && m.ar2en.has(normAr(p.ar)) && /^(ال|وال|بال|فال|لل)/.test(normAr(p.ar)));
let ours = 0, bareHas = 0, ownHas = 0, merged = 0, bareFirst = 0, bareKnown = 0;
for (const p of rows) {
  const key = normAr(p.ar);
  const want = p.en.toLowerCase();
  const bare = key.replace(/^(ال|وال|بال|فال)/, '').replace(/^لل/, '');
  const got = romaniseScored(p.ar, 5).map((s) => s.text);
  if (got[0] === want) ours++;
  const own = new Map<string, number>();
  for (const e of m.ar2en.get(key)!) own.set(fold(e.text), (own.get(fold(e.text)) ?? 0) + e.wikidata + 2 * e.google);
  if (own.has(want)) ownHas++;
  const b = m.ar2en.get(bare);
  if (b) bareKnown++;
  const bw = new Map<string, number>();
  for (const e of b ?? []) bw.set(fold(e.text), (bw.get(fold(e.text)) ?? 0) + e.wikidata + 2 * e.google);
  if (bw.has(want)) bareHas++;
  if ([...bw].sort((x, y) => y[1] - x[1])[0]?.[0] === want) bareFirst++;
  const sum = new Map(own);
  for (const [t, w] of bw) sum.set(t, (sum.get(t) ?? 0) + w);
  if ([...sum].sort((x, y) => y[1] - x[1])[0]?.[0] === want) merged++;
}
const n = rows.length;
console.log(`known ال keys among Google's eval words: ${n}; ours first ${ours}; right spelling among the key's own ${ownHas}; bare key known ${bareKnown}, holds it ${bareHas}, its heaviest is it ${bareFirst}; own + bare summed, heaviest is it ${merged}`);
