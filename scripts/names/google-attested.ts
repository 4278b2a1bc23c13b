/**
 * names30 probe: a known key's first answer (firstKnown weights) plus lambda times the Google
 * pairs carrying the spelling under any key (or their share of the spelling's people): does
 * Google's own usage elsewhere pick Google's spelling? Dev model, Google's known eval words.
 *   NAMES_DEV=1 MUJAZ_NAMES_MODEL=/tmp/dev.bin npx tsx scripts/names/google-attested.ts
 */
import { normAr } from '../../src/names/normalize.ts';
import { candidateList } from '../../src/names/transliterate.ts';
import { arModelForm, enModelForm } from '../../src/names/translit/forms.ts';
import { model } from '../../src/names/translit/model.ts';
import { features, linear } from '../../src/names/translit/rerank.ts';
import { googleHeldOut, hash } from './data.ts';
const m = model();
const d = m.rerank!;
const shipped = (ar: string) => hash(`names-google-heldout:${normAr(ar)}`) % 100 < 10;
const rows = googleHeldOut().filter((p) => !shipped(p.ar) && m.ar2en.has(normAr(p.ar)) && !/\s/.test(p.ar.trim())).map((p) => {
  const src = arModelForm(p.ar);
  const list = candidateList(m, src);
  const f = features(m, list, src);
  const fk = f.map((r, i) => (list[i]!.from === 'lookup' ? linear(r, d.firstKnown!) : -Infinity));
  // Google pairs carrying the spelling under any key (other keys' Google spellings)
  const gAtt = list.map((c) => (m.en2ar.get(enModelForm(c.text)) ?? []).reduce((s, e) => s + e.google, 0));
  const wAtt = list.map((c) => (m.en2ar.get(enModelForm(c.text)) ?? []).reduce((s, e) => s + e.wikidata, 0));
  return { want: p.en.toLowerCase(), list, fk, gAtt, wAtt };
});
console.log(`google known (dev, shipped slice left out): ${rows.length}`);
for (const lam of [0, 0.1, 0.2, 0.3, 0.5, 1, 2]) for (const kind of ['g', 'gshare'] as const) {
  let r = 0;
  for (const x of rows) {
    let best = 0, bs = -Infinity;
    x.list.forEach((c, i) => {
      if (c.from !== 'lookup') return;
      const ev = kind === 'g' ? Math.log1p(x.gAtt[i]!) : Math.log1p(x.gAtt[i]!) - Math.log1p(x.gAtt[i]! + x.wAtt[i]!) ;
      const s = x.fk[i]! + lam * ev;
      if (s > bs) { bs = s; best = i; }
    });
    if (x.list[best]!.text === x.want) r++;
  }
  console.log(`lambda ${lam} ${kind}: first ${(r / rows.length).toFixed(4)}`);
}
