/**
 * An unknown key's first answer by learned weights (names28), measured on a dev-split model
 * without retraining: the file's unknown-key weights choosing among the rules' first 1, 2, 3, 5,
 * 20 (RERANK_PARAMS.unknownFirstAmong), and, when NAMES_RERANK_LISTS names the cross-fitted
 * lists of a `NAMES_DEV=1 NAMES_RERANK_LISTS=file npm run train:names` run, weights refitted
 * here on Google's unknown-key lists or on all of them with Google's weighing 4. Scored on
 * Google's unknown eval words (the shipped held-out slice's left out) and the dev split's unseen
 * Wikidata pairs, first answer and among 5.
 *   NAMES_DEV=1 MUJAZ_NAMES_MODEL=/tmp/dev.bin [NAMES_RERANK_LISTS=/tmp/lists.json] npx tsx scripts/names/first-unknown.ts
 */
import { readFileSync } from 'node:fs';
import { candidateList } from '../../src/names/transliterate.ts';
import { arModelForm } from '../../src/names/translit/forms.ts';
import { normAr } from '../../src/names/normalize.ts';
import { model } from '../../src/names/translit/model.ts';
import { FEATURES, RERANK_PARAMS, rerank } from '../../src/names/translit/rerank.ts';
import { googleHeldOut, hash, isHeldOut, wikidataPairs } from './data.ts';
import { trainRerank, type RerankList } from './rerank-train.ts';

const m = model();
const base = m.rerank!;

const shippedHeldOut = (ar: string) => hash(`names-google-heldout:${normAr(ar)}`) % 100 < 10;
const google = googleHeldOut().filter((p) => !shippedHeldOut(p.ar) && !m.ar2en.has(normAr(p.ar)));
const wd = wikidataPairs().filter((p) => isHeldOut(p.ar));
const prep = (ps: Array<{ ar: string; en: string }>) =>
  ps.map((p) => {
    const src = arModelForm(p.ar);
    return { src, want: p.en.toLowerCase(), list: src ? candidateList(m, src) : [] };
  });
const sets = { google: prep(google), wikidata: prep(wd) };

function score(label: string, d: typeof base): void {
  const out: string[] = [];
  for (const [name, rows] of Object.entries(sets)) {
    let r1 = 0;
    let r5 = 0;
    for (const r of rows) {
      const got = r.list.length ? rerank(m, d, r.list, r.src).map((c) => c.text) : [];
      if (got[0] === r.want) r1++;
      if (got.slice(0, 5).includes(r.want)) r5++;
    }
    out.push(`${name} (${rows.length}) ${(r1 / rows.length).toFixed(3)} / ${(r5 / rows.length).toFixed(3)}`);
  }
  console.log(`${label.padEnd(40)} ${out.join('   ')}`);
}

for (const among of [1, 2, 3, 5, 20]) {
  RERANK_PARAMS.unknownFirstAmong = among;
  score(`the file's unknown-key weights, among rules' ${among}`, base);
}
