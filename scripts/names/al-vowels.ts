/**
 * names30 probe: an unknown key written with ال is an Arabic name (a nisba or a family name), which
 * Google spells with its short vowels (rasafi, sallabi, dajani) where our guesses often drop them
 * (rsafi, slabi, djani; Maghrebi French-style spellings in Wikidata). Rule tried: among the first K
 * of such a key's list, the guess with the fewest consonant clusters (digraphs sh kh gh th dh ch
 * ph ou counted as one letter) first, ties kept in order. Dev model; Google's unknown eval words
 * (shipped slice left out) and the unseen Wikidata pairs, each split by ال.
 *   NAMES_DEV=1 MUJAZ_NAMES_MODEL=/tmp/dev.bin npx tsx scripts/names/al-vowels.ts
 */
import { normAr } from '../../src/names/normalize.ts';
import { romaniseScored } from '../../src/names/transliterate.ts';
import { model } from '../../src/names/translit/model.ts';
import { googleHeldOut, hash, isHeldOut, wikidataPairs } from './data.ts';

const m = model();
const shipped = (ar: string) => hash(`names-google-heldout:${normAr(ar)}`) % 100 < 10;
const AL = /^(ال|وال|بال|فال|لل)/;
const unknown = (ar: string) => !m.ar2en.has(normAr(ar)) && !/\s/.test(ar.trim());
const google = googleHeldOut().filter((p) => !shipped(p.ar) && unknown(p.ar));
const wd = wikidataPairs().filter((p) => isHeldOut(p.ar));
function clusters(t: string): number {
  const s = t.replace(/sh|kh|gh|th|dh|ch|ph|ou/g, 'X').replace(/([b-df-hj-np-tv-z])\1/g, '$1');
  return (s.match(/[b-df-hj-np-tv-zX](?=[b-df-hj-np-tv-zX])/g) ?? []).length;
}
for (const [name, set] of [['google unknown', google], ['unseen wikidata', wd]] as const) {
  for (const withAl of [true, false]) {
    const rows = set.filter((p) => AL.test(normAr(p.ar)) === withAl);
    const out: string[] = [];
    for (const K of [1, 2, 3, 5]) {
      let r1 = 0;
      for (const p of rows) {
        const got = romaniseScored(p.ar, 5);
        if (!got.length) continue;
        let best = 0;
        if (got[0]!.from === 'model') for (let i = 1; i < Math.min(K, got.length); i++) if (got[i]!.from === 'model' && clusters(got[i]!.text) < clusters(got[best]!.text)) best = i;
        if (got[best]!.text === p.en.toLowerCase()) r1++;
      }
      out.push(`K${K} ${(r1 / rows.length).toFixed(3)}`);
    }
    console.log(`${name} ${withAl ? 'with ال' : 'without'} (${rows.length}): first answer ${out.join('  ')}`);
  }
}
