/**
 * names30 probe for a next round's generator: one-edit variants of our first three guesses (a
 * vowel changed or added, a consonant doubled or undoubled, a final e) scored by the joint
 * model's forced score of (Arabic, variant) (best path through the graphones that spell exactly
 * the variant) plus the shipped character-model weight. Where the right spelling is not listed
 * but is such a variant: how often is it the best-scored variant, and where would it rank among
 * our list by that score? Dev model; Google's unknown eval words (shipped slice left out) and
 * every third unseen Wikidata pair.
 *   NAMES_DEV=1 MUJAZ_NAMES_MODEL=/tmp/dev.bin npx tsx scripts/names/forced-variants.ts
 */
import { normAr } from '../../src/names/normalize.ts';
import { romaniseScored, TRANSLIT_PARAMS } from '../../src/names/transliterate.ts';
import { arModelForm } from '../../src/names/translit/forms.ts';
import { model } from '../../src/names/translit/model.ts';
import { googleHeldOut, hash, isHeldOut, wikidataPairs } from './data.ts';

const m = model();
// the decoder's tables (private): chunk ids, each chunk's options, the joint n-gram model
const dec = m.fromArabic as unknown as { chunkIds: Map<string, number>; byChunk: Array<Array<{ id: number; out: string }>>; lm: { next(s: number, x: number): number; logp(s: number, x: number): number; step(s: number, x: number, o: Float64Array, at: number): number }; edge: number; maxLen: number };
const buf = new Float64Array(1);
/** best joint ln-probability of src spelled exactly as tgt (Viterbi over graphone paths), -Infinity if none */
function forced(src: string, tgt: string): number {
  const lm = dec.lm;
  let cur = new Map<string, { st: number; off: number; s: number }>([[`0|${lm.next(0, dec.edge)}`, { st: lm.next(0, dec.edge), off: 0, s: 0 }]]);
  const byPos: Array<Map<string, { st: number; off: number; s: number }>> = [cur];
  for (let i = 1; i <= src.length; i++) byPos.push(new Map());
  for (let i = 0; i < src.length; i++) {
    cur = byPos[i]!;
    // keep the 64 best per position
    const states = [...cur.values()].sort((a, b) => b.s - a.s).slice(0, 64);
    for (const x of states) {
      for (let L = 1; L <= dec.maxLen && i + L <= src.length; L++) {
        const c = dec.chunkIds.get(src.slice(i, i + L));
        if (c === undefined) continue;
        for (const o of dec.byChunk[c]!) {
          if (!tgt.startsWith(o.out, x.off)) continue;
          const st = lm.step(x.st, o.id, buf, 0);
          const s = x.s + buf[0]!;
          const off = x.off + o.out.length;
          const k = `${off}|${st}`;
          const old = byPos[i + L]!.get(k);
          if (!old || old.s < s) byPos[i + L]!.set(k, { st, off, s });
        }
      }
    }
  }
  let best = -Infinity;
  for (const x of byPos[src.length]!.values()) if (x.off === tgt.length) best = Math.max(best, x.s + lm.logp(x.st, dec.edge));
  return best;
}
const V = 'aeiouy';
function variants(s: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (!V.includes(c) && i > 0 && s[i + 1] !== c && s[i - 1] !== c) out.add(s.slice(0, i + 1) + c + s.slice(i + 1));
    if (s[i + 1] === c && !V.includes(c)) out.add(s.slice(0, i) + s.slice(i + 1));
    if (V.includes(c)) for (const v of 'aeiou') if (v !== c) out.add(s.slice(0, i) + v + s.slice(i + 1));
  }
  for (let i = 1; i <= s.length; i++) for (const v of 'aeiou') if (!V.includes(s[i - 1]!) || i === s.length) out.add(s.slice(0, i) + v + s.slice(i));
  if (!s.endsWith('e')) out.add(s + 'e');
  out.delete(s);
  return [...out];
}
const score = (src: string, t: string) => forced(src, t) + TRANSLIT_PARAMS.charLM * m.enLM.score(t);
const shipped = (ar: string) => hash(`names-google-heldout:${normAr(ar)}`) % 100 < 10;
const google = googleHeldOut().filter((p) => !shipped(p.ar) && !m.ar2en.has(normAr(p.ar)) && !/\s/.test(p.ar.trim()));
const wd = wikidataPairs().filter((p) => isHeldOut(p.ar)).filter((_, i) => i % 3 === 0);
for (const [name, set] of [['google unknown', google], ['unseen wikidata /3', wd]] as const) {
  let unlisted = 0, isVariant = 0, bestVariant = 0, aboveOur5th = 0, lostIf5th = 0, n5 = 0, gain5 = 0;
  const t0 = Date.now();
  for (const p of set) {
    const src = arModelForm(p.ar);
    const want = p.en.toLowerCase();
    const got = romaniseScored(p.ar, 20).map((s) => s.text);
    const in5 = got.slice(0, 5).includes(want);
    if (in5) n5++;
    if (!src || romaniseScored(p.ar, 1)[0]?.from !== 'model') continue;
    const listed = new Set(got);
    const vs = [...new Set(got.slice(0, 3).flatMap(variants))].filter((v) => !listed.has(v));
    const scored = vs.map((v) => ({ v, s: score(src, v) })).filter((x) => x.s > -Infinity).sort((a, b) => b.s - a.s);
    const ours5 = score(src, got[Math.min(4, got.length - 1)]!);
    // rule tried: the best variant as fifth when it outscores our fifth
    const top = scored[0];
    const five = top && top.s > ours5 ? [...got.slice(0, 4), top.v] : got.slice(0, 5);
    if (five.includes(want) && !in5) gain5++;
    if (!five.includes(want) && in5) lostIf5th++;
    if (listed.has(want)) continue;
    unlisted++;
    if (!vs.includes(want)) continue;
    isVariant++;
    if (scored[0]?.v === want) bestVariant++;
    if ((scored.find((x) => x.v === want)?.s ?? -Infinity) > ours5) aboveOur5th++;
  }
  const n = set.length;
  console.log(`${name} (${n}, ${((Date.now() - t0) / n).toFixed(1)} ms/word): right spelling unlisted ${unlisted}, a variant of our first 3 ${isVariant}, the best-scored variant ${bestVariant}, scored above our fifth ${aboveOur5th}; best variant as fifth when above ours: among 5 ${(n5 / n).toFixed(3)} -> ${((n5 + gain5 - lostIf5th) / n).toFixed(3)} (+${gain5} -${lostIf5th})`);
}
