/**
 * names30 probe: of the unknown words whose right spelling is not listed at all, how many are one
 * edit (a vowel changed or added, a consonant doubled or undoubled, a final e) from our first 3,
 * and how often the Latin character model would pick it among our first's variants.
 *   NAMES_DEV=1 MUJAZ_NAMES_MODEL=/tmp/dev.bin npx tsx scripts/names/one-edit.ts
 */
import { normAr } from '../../src/names/normalize.ts';
import { romaniseScored } from '../../src/names/transliterate.ts';
import { model } from '../../src/names/translit/model.ts';
import { googleHeldOut, hash, isHeldOut, wikidataPairs } from './data.ts';
const m = model();
const shipped = (ar: string) => hash(`names-google-heldout:${normAr(ar)}`) % 100 < 10;
const google = googleHeldOut().filter((p) => !shipped(p.ar) && !m.ar2en.has(normAr(p.ar)) && !/\s/.test(p.ar.trim()));
const wd = wikidataPairs().filter((p) => isHeldOut(p.ar)).filter((_, i) => i % 3 === 0);
const V = 'aeiouy';
function variants(s: string): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (!V.includes(c) && /[a-z]/.test(c) && s[i + 1] !== c && s[i - 1] !== c && i > 0) out.set(s.slice(0, i + 1) + c + s.slice(i + 1), 'double');
    if (s[i + 1] === c && !V.includes(c)) out.set(s.slice(0, i) + s.slice(i + 1), 'undouble');
    if (V.includes(c)) for (const v of 'aeiou') if (v !== c) out.set(s.slice(0, i) + v + s.slice(i + 1), 'vowel');
  }
  for (let i = 1; i <= s.length; i++) for (const v of 'aeiou') if (!V.includes(s[i - 1]!) || i === s.length) out.set(s.slice(0, i) + v + s.slice(i), 'insert');
  if (!s.endsWith('e')) out.set(s + 'e', 'final-e');
  for (const c of out.keys()) if (c === s) out.delete(c);
  return out;
}
for (const [name, set] of [['google unknown', google], ['unseen wd /3', wd]] as const) {
  const cls = new Map<string, number>();
  let miss = 0, lmBest = 0;
  for (const p of set) {
    const want = p.en.toLowerCase();
    const got = romaniseScored(p.ar, 20).map((s) => s.text);
    if (got.includes(want)) continue;
    miss++;
    let hit = '';
    for (const g of got.slice(0, 3)) { const v = variants(g); if (v.has(want)) { hit = v.get(want)!; break; } }
    if (hit) cls.set(hit, (cls.get(hit) ?? 0) + 1);
    // would the Latin char model per letter rank want first among the top guess's variants?
    if (hit) {
      const v = [...variants(got[0]!).keys()];
      const best = v.sort((a, b) => m.enLM.score(b) / (b.length + 1) - m.enLM.score(a) / (a.length + 1))[0];
      if (best === want) lmBest++;
    }
  }
  console.log(`${name} n=${set.length}, right spelling not listed ${miss}; one edit from our top 3: ${[...cls].map(([k, v]) => `${k} ${v}`).join(', ')}; char model's best variant of our first is it: ${lmBest}`);
}
