/**
 * names30 probe: the letter model (names26/27) beside the joint list without refitting, on the
 * dev model: its first answer when it is within our K (two models agreeing), and five built as our
 * first 3 or 4 then the letter model's. Google's unknown eval words (shipped slice left out) and
 * half the unseen Wikidata pairs.
 *   NAMES_DEV=1 MUJAZ_NAMES_MODEL=/tmp/dev.bin npx tsx scripts/names/letter-agree.ts
 */
import { normAr } from '../../src/names/normalize.ts';
import { letterCandidates, romaniseScored } from '../../src/names/transliterate.ts';
import { model } from '../../src/names/translit/model.ts';
import { googleHeldOut, hash, isHeldOut, wikidataPairs } from './data.ts';
const m = model();
console.log('letters', !!m.letters);
const shipped = (ar: string) => hash(`names-google-heldout:${normAr(ar)}`) % 100 < 10;
const google = googleHeldOut().filter((p) => !shipped(p.ar) && !m.ar2en.has(normAr(p.ar)) && !/\s/.test(p.ar.trim()));
const wd = wikidataPairs().filter((p) => isHeldOut(p.ar)).filter((_, i) => i % 2 === 0);
for (const [name, set] of [['google unknown', google], ['unseen wd /2', wd]] as const) {
  const data = set.map((p) => ({ want: p.en.toLowerCase(), got: romaniseScored(p.ar, 20).map((s) => s.text), lt: letterCandidates(p.ar, 10), clitic: romaniseScored(p.ar, 1)[0]?.from !== 'model' }));
  const out: string[] = [];
  const base1 = data.filter((x) => x.got[0] === x.want).length, base5 = data.filter((x) => x.got.slice(0, 5).includes(x.want)).length;
  out.push(`base ${(base1 / set.length).toFixed(3)}/${(base5 / set.length).toFixed(3)}; letters alone ${(data.filter((x) => x.lt[0] === x.want).length / set.length).toFixed(3)}/${(data.filter((x) => x.lt.slice(0, 5).includes(x.want)).length / set.length).toFixed(3)}`);
  for (const K of [2, 3, 5]) {
    // first answer: the letter model's first when it is within our K (agreement of two models)
    let r1 = 0;
    for (const x of data) { const i = x.got.indexOf(x.lt[0] ?? ''); const first = !x.clitic && i > 0 && i < K ? x.lt[0] : x.got[0]; if (first === x.want) r1++; }
    out.push(`agree-K${K} first ${(r1 / set.length).toFixed(3)}`);
  }
  for (const keep of [3, 4]) {
    // among 5: our first `keep`, then the letter model's not yet there, then ours
    let r5 = 0;
    for (const x of data) { const l = [...new Set([...x.got.slice(0, keep), ...x.lt.filter((t) => !x.got.slice(0, keep).includes(t)).slice(0, 5 - keep), ...x.got])].slice(0, 5); if (l.includes(x.want)) r5++; }
    out.push(`ours ${keep} + letters: in5 ${(r5 / set.length).toFixed(3)}`);
  }
  // both lists agree: candidates in both top 5 moved up
  let r5b = 0;
  for (const x of data) { const both = x.got.slice(0, 10).filter((t) => x.lt.slice(0, 5).includes(t)); const l = [...new Set([x.got[0]!, ...both, ...x.got])].slice(0, 5); if (l.includes(x.want)) r5b++; }
  out.push(`in both moved up: in5 ${(r5b / set.length).toFixed(3)}`);
  console.log(`${name} n=${set.length}: ${out.join('; ')}`);
}
