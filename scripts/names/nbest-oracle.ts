/**
 * How far a larger n-best could go (dev-split model, NAMES_DEV=1, MUJAZ_NAMES_MODEL): for the
 * unseen Wikidata pairs and Google's unknown eval words, where the right spelling falls in the
 * shipped list (reranked) and in the joint search's raw n-best at several beams.
 *   NAMES_ORACLE_LIMIT: pairs per set (default 1500)
 */
import { romaniseScored, TRANSLIT_PARAMS } from '../../src/names/transliterate.ts';
import { arModelForm } from '../../src/names/translit/forms.ts';
import { normAr } from '../../src/names/normalize.ts';
import { model } from '../../src/names/translit/model.ts';
import { googleHeldOut, isHeldOut, wikidataPairs } from './data.ts';

const m = model();
const limit = Number(process.env.NAMES_ORACLE_LIMIT ?? 1500);
const beams = [12, 20, 32];
const cuts = [1, 5, 10, 15, 20, 30, 50];
const sets = {
  unseen: wikidataPairs().filter((p) => isHeldOut(p.ar)).filter((_, i) => i % 3 === 0).slice(0, limit),
  googleUnknown: googleHeldOut().filter((p) => !m.ar2en.has(normAr(arModelForm(p.ar)))).slice(0, limit),
};
for (const [name, pairs] of Object.entries(sets)) {
  const hit = (rank: number, k: number) => rank >= 0 && rank < k;
  const shipped = cuts.map(() => 0);
  const raw = beams.map(() => cuts.map(() => 0));
  for (const p of pairs) {
    const want = p.en.toLowerCase();
    const src = arModelForm(p.ar);
    const list = romaniseScored(p.ar, 20).map((s) => s.text);
    cuts.forEach((k, j) => (shipped[j]! += hit(list.indexOf(want), k) ? 1 : 0));
    beams.forEach((b, bi) => {
      const out = m.fromArabic.decode(src, b, TRANSLIT_PARAMS.prune).map((s) => s.text);
      cuts.forEach((k, j) => (raw[bi]![j]! += hit(out.indexOf(want), k) ? 1 : 0));
    });
  }
  const f = (xs: number[]) => xs.map((x, j) => `@${cuts[j]} ${(x / pairs.length).toFixed(3)}`).join(' ');
  console.log(`${name} n=${pairs.length}\n  shipped list ${f(shipped)}`);
  beams.forEach((b, bi) => console.log(`  raw beam ${b}  ${f(raw[bi]!)}`));
}
