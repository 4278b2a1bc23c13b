/**
 * CPU per new word of the letter model's search (src/names/translit/letter-model.ts) against the
 * joint graphone search's, both with their memos warmed on 1,500 other words first (as in the
 * names bench); needs the alignment cuts second-gen.ts caches and a dev-split model:
 *   MUJAZ_NAMES_MODEL=/tmp/names26-base.bin NAMES_DEV=pairs npx tsx scripts/names/letter-speed.ts
 */
import { readFileSync } from 'node:fs';
import { LetterModel } from '../../src/names/translit/letter-model.ts';
import { model } from '../../src/names/translit/model.ts';
import { arModelForm } from '../../src/names/translit/forms.ts';
import { wikidataPairs } from './data.ts';
const cuts = JSON.parse(readFileSync(process.env.NAMES_CUTS ?? '/tmp/names26-cuts.json', 'utf8')) as string[][];
const a = LetterModel.fit(cuts);
const m = model();
const all = [...new Set(wikidataPairs().filter((_, i) => i % 7 === 0).map((p) => arModelForm(p.ar)).filter(Boolean))];
const warm = all.slice(0, 1500);
const test = all.slice(1500, 4500);
for (const w of warm) { a.decode(w, 16, m.enLM, 0.4); m.fromArabic.decode(w, 12, 8); }
for (const beam of [16, 12, 8]) {
  const u0 = process.cpuUsage();
  for (const w of test) a.decode(w, beam, m.enLM, 0.4);
  const u = process.cpuUsage(u0);
  console.log(`letter beam ${beam}: ${((u.user + u.system) / 1000 / test.length).toFixed(3)} ms CPU per new word`);
}
for (const beam of [12, 32]) {
  const u0 = process.cpuUsage();
  for (const w of test) m.fromArabic.decode(w, beam, 8);
  const u = process.cpuUsage(u0);
  console.log(`joint beam ${beam}: ${((u.user + u.system) / 1000 / test.length).toFixed(3)} ms CPU per new word (beam 12 second: memo warm from the pass before)`);
}
