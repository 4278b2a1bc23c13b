/**
 * names30 probe: an unknown key's near keys (one ا و ي added or dropped) that the look-up knows:
 * how often their spellings hold the right one our list lacks, and their heaviest spelling as
 * the first answer when it is within our K.
 *   NAMES_DEV=1 MUJAZ_NAMES_MODEL=/tmp/dev.bin npx tsx scripts/names/near-first.ts
 */
import { normAr } from '../../src/names/normalize.ts';
import { romaniseScored } from '../../src/names/transliterate.ts';
import { model } from '../../src/names/translit/model.ts';
import { googleHeldOut, hash, isHeldOut, wikidataPairs } from './data.ts';
const m = model();
const WEAK = ['ا', 'و', 'ي'];
function near(k: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= k.length; i++) {
    for (const w of WEAK) out.add(k.slice(0, i) + w + k.slice(i));
    if (i < k.length && WEAK.includes(k[i]!)) out.add(k.slice(0, i) + k.slice(i + 1));
  }
  out.delete(k);
  return [...out].filter((x) => m.ar2en.has(x));
}
const shipped = (ar: string) => hash(`names-google-heldout:${normAr(ar)}`) % 100 < 10;
const google = googleHeldOut().filter((p) => !shipped(p.ar) && !m.ar2en.has(normAr(p.ar)) && !/\s/.test(p.ar.trim()));
const wd = wikidataPairs().filter((p) => isHeldOut(p.ar));
for (const [name, set] of [['google unknown', google], ['unseen wd', wd]] as const) {
  let r1 = 0, r5 = 0, nearHit = 0, nearNot5 = 0, nearNotList = 0, nearFirstRight = 0, nearFirstWrongWhen1Right = 0, hasNear = 0;
  for (const p of set) {
    const want = p.en.toLowerCase();
    const got = romaniseScored(p.ar, 20).map((s) => s.text);
    if (got[0] === want) r1++;
    if (got.slice(0, 5).includes(want)) r5++;
    const nk = near(normAr(p.ar));
    if (nk.length) hasNear++;
    // near keys' spellings, heaviest first
    const sp = new Map<string, number>();
    for (const k of nk) for (const e of m.ar2en.get(k)!) { const t = e.text.normalize('NFD').replace(/[\u0300-\u036f]/g, ''); sp.set(t, (sp.get(t) ?? 0) + e.wikidata + 2 * e.google); }
    const ranked = [...sp].sort((a, b) => b[1] - a[1]).map(([t]) => t);
    if (ranked.includes(want)) { nearHit++; if (!got.slice(0, 5).includes(want)) nearNot5++; if (!got.includes(want)) nearNotList++; }
    if (ranked[0] === want) nearFirstRight++;
    if (ranked.length && ranked[0] !== want && got[0] === want) nearFirstWrongWhen1Right++;
  }
  const n = set.length;
  console.log(`${name} n=${n} first ${(r1 / n).toFixed(3)} in5 ${(r5 / n).toFixed(3)} | has near key ${hasNear} | answer among near spellings ${nearHit}, of them not in our 5: ${nearNot5}, not listed: ${nearNotList} | near's heaviest right ${nearFirstRight}; near's heaviest wrong where ours right ${nearFirstWrongWhen1Right}`);
}
for (const [name, set] of [['google unknown', google], ['unseen wd', wd]] as const) {
  const out: string[] = [];
  for (const K of [2, 3, 5, 10]) {
    let r1 = 0, r5 = 0;
    for (const p of set) {
      const want = p.en.toLowerCase();
      let got = romaniseScored(p.ar, 20).map((s) => s.text);
      const nk = near(normAr(p.ar));
      const sp = new Map<string, number>();
      for (const k of nk) for (const e of m.ar2en.get(k)!) { const t = e.text.normalize('NFD').replace(/[\u0300-\u036f]/g, ''); sp.set(t, (sp.get(t) ?? 0) + e.wikidata + 2 * e.google); }
      const top = [...sp].sort((a, b) => b[1] - a[1])[0]?.[0];
      const i = top ? got.indexOf(top) : -1;
      if (i > 0 && i < K) got = [top!, ...got.filter((t) => t !== top)];
      if (got[0] === want) r1++;
      if (got.slice(0, 5).includes(want)) r5++;
    }
    out.push(`K${K} ${(r1 / set.length).toFixed(3)}/${(r5 / set.length).toFixed(3)}`);
  }
  console.log(`${name}: near key's heaviest spelling first when within our K: ${out.join('  ')}`);
}
