/**
 * Unknown words' errors by cause (names35). On a dev-split model (NAMES_DEV=1,
 * MUJAZ_NAMES_MODEL=/tmp/...): the single-token Google eval words whose key the model does not
 * know and the unseen Wikidata dev pairs (10 % of keys by hash), leaving out every word of the
 * shipped held-out slices (the held-out Wikidata fixture's keys, the held-out Google hash slice),
 * so no test pair is read. Each miss (first answer != the pair's spelling) is cut letter by letter,
 * the right spelling and ours alike, by the EM alignment (align.ts) run on the training pairs and
 * these pairs together; the Arabic letters whose Latin chunks differ are classed:
 *   article  the ال of a word beginning with it (al/el/as-/ad-... and its dropping)
 *   ta-marbuta  a final ة (a/ah/eh/at/e)
 *   hamza    ء أ إ آ ؤ ئ
 *   long-vowel  ا و ي ى spelled with other vowels (or as consonants: w/y)
 *   doubled  a consonant's letters the same once doubled letters are single (shadda unwritten)
 *   vowel-missing / vowel-extra / vowel-other  a consonant's letters the same, the unwritten
 *               short vowel after it missing from ours, extra in ours, or another vowel
 *   doubled+vowel  both a doubling and a short vowel differ
 *   consonant  a consonant spelled with other letters (q/k, j/g/dj, th/s, kh/h, ...)
 * A word may carry several; "only X" counts the words whose every difference is X (what fixing X
 * alone would give). Words are also split by isForeign (the house heuristic of a foreign-looking
 * name) and by where the right spelling falls in our list (@5, @20, absent).
 * Run: MUJAZ_NAMES_MODEL=/tmp/n35/dev.bin NAMES_DEV=1 npx tsx scripts/names/unknown-causes.ts
 * (SHOW=class lists that class's words, SHOW=arabic-looking the misses isForeign does not flag,
 * CONF=n the n commonest letter confusions: dev pairs only. NAMES_PARAMS / NAMES_RERANK_PARAMS
 * as in eval-names.ts.)
 */
import { romaniseCandidates, TRANSLIT_PARAMS } from '../../src/names/transliterate.ts';
import { RERANK_PARAMS } from '../../src/names/translit/rerank.ts';
import { model } from '../../src/names/translit/model.ts';
import { isForeign } from '../../src/names/romanise.ts';
import { align, alignmentPairs } from './align.ts';
import { DEV_SPLIT, googlePairs, isHeldOut, wikidataPairs } from './data.ts';
import { probeWords, type ProbeWord } from './probe-words.ts';

if (!DEV_SPLIT) throw new Error('run with NAMES_DEV=1 and a dev-split model (MUJAZ_NAMES_MODEL)');
Object.assign(TRANSLIT_PARAMS, JSON.parse(process.env.NAMES_PARAMS ?? '{}'));
Object.assign(RERANK_PARAMS, JSON.parse(process.env.NAMES_RERANK_PARAMS ?? '{}'));
const m = model();
interface Row extends ProbeWord {
  got: string[];
}
const rows: Row[] = probeWords((key) => m.ar2en.has(key), Number(process.env.EVERY ?? 1)).map((w) => ({ ...w, got: romaniseCandidates(w.ar, 20) }));
const misses = rows.filter((r) => r.got[0] !== r.want);

// cut the misses (right spelling and ours) together with the training pairs
const train = [...wikidataPairs().filter((p) => !isHeldOut(p.ar)).map((p) => [p.ar, p.en] as const), ...googlePairs('train').filter((p) => !isHeldOut(p.ar)).map((p) => [p.ar, p.en] as const)];
const extra = misses.flatMap((r) => [{ src: r.src, tgt: r.want, w: 1 }, { src: r.src, tgt: r.got[0] ?? '', w: 1 }]);
const base = alignmentPairs(train);
const cuts = align([...base, ...extra], 6);
const cutOf = new Map<string, string[]>();
extra.forEach((p, i) => {
  const c = cuts[base.length + i]!;
  if (c.graphones.length) cutOf.set(`${p.src}\t${p.tgt}`, c.graphones.map((g) => g.split('\t')[1]!));
});

const HAMZA = /[ءأإآؤئ]/;
const LONG = /[اويى]/;
const V = /[aeiouy]/g;
function classes(src: string, a: string[], b: string[]): string[] {
  const out = new Set<string>();
  const art = src.startsWith('ال') && src.length > 3;
  for (let i = 0; i < src.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    const ch = src[i]!;
    if (art && i < 2) out.add('article');
    else if (ch === 'ة' && i === src.length - 1) out.add('ta-marbuta');
    else if (HAMZA.test(ch)) out.add('hamza');
    else if (LONG.test(ch) && (x.replace(V, '') === '' || y.replace(V, '') === '' || /^[wy]/.test(x) !== /^[wy]/.test(y) || x.replace(V, '') === y.replace(V, ''))) out.add('long-vowel');
    else {
      const cx = x.replace(V, '');
      const cy = y.replace(V, '');
      const dx = x.replace(/(.)\1/g, '$1');
      const dy = y.replace(/(.)\1/g, '$1');
      if (dx === dy) out.add('doubled');
      else if (cx === cy) out.add(x.length > y.length && y === cy ? 'vowel-missing' : y.length > x.length && x === cx ? 'vowel-extra' : 'vowel-other');
      else if (cx.replace(/(.)\1/g, '$1') === cy.replace(/(.)\1/g, '$1')) out.add('doubled+vowel');
      else out.add('consonant');
    }
  }
  return [...out];
}

for (const set of ['google', 'wikidata'] as const) {
  const all = rows.filter((r) => r.set === set);
  const ms = misses.filter((r) => r.set === set);
  const any = new Map<string, number>();
  const only = new Map<string, number>();
  const onlyIn5 = new Map<string, number>();
  const foreign = new Map<string, number>();
  const place = { in5: 0, in20: 0, absent: 0 };
  const bump = (mp: Map<string, number>, key: string) => mp.set(key, (mp.get(key) ?? 0) + 1);
  const shown: string[] = [];
  const conf = new Map<string, number>();
  for (const r of ms) {
    const at = r.got.indexOf(r.want);
    if (at >= 0 && at < 5) place.in5++;
    else if (at >= 0) place.in20++;
    else place.absent++;
    const a = cutOf.get(`${r.src}\t${r.want}`);
    const b = cutOf.get(`${r.src}\t${r.got[0] ?? ''}`);
    const cls = !a || !b ? ['uncut'] : classes(r.src, a, b);
    for (const c of cls) bump(any, c);
    if (a && b) for (let i = 0; i < r.src.length; i++) if (a[i] !== b[i]) bump(conf, `${r.src[i]} ${a[i] || '-'}>${b[i] || '-'}`);
    if (cls.length === 1) {
      bump(only, cls[0]!);
      if (at >= 0 && at < 5) bump(onlyIn5, cls[0]!);
    }
    bump(foreign, isForeign(r.src) ? 'foreign-looking' : 'arabic-looking');
    if (process.env.SHOW && (cls.includes(process.env.SHOW) || (process.env.SHOW === 'arabic-looking' && !isForeign(r.src)))) shown.push(`${r.src}\t${r.want}\t${r.got.slice(0, 5).join(',')}\t@${at}\t${a?.join('|')}  vs  ${b?.join('|')}`);
  }
  const firstRight = all.length - ms.length;
  console.log(`\n${set}: ${all.length} unknown words, first right ${(firstRight / all.length).toFixed(3)}; ${ms.length} misses: right @2-5 ${place.in5}, @6-20 ${place.in20}, not listed ${place.absent}`);
  console.log(`  misses by look (isForeign): ${[...foreign].map(([k2, v]) => `${k2} ${v}`).join(', ')}; first right among foreign-looking ${all.filter((r) => isForeign(r.src) && r.got[0] === r.want).length} / ${all.filter((r) => isForeign(r.src)).length}, arabic-looking ${all.filter((r) => !isForeign(r.src) && r.got[0] === r.want).length} / ${all.filter((r) => !isForeign(r.src)).length}`);
  console.log(`  ${'class'.padEnd(14)} ${'any'.padStart(5)} ${'only'.padStart(5)} ${'only,@2-5'.padStart(9)}`);
  for (const [c, v] of [...any].sort((x, y) => y[1] - x[1])) console.log(`  ${c.padEnd(14)} ${String(v).padStart(5)} ${String(only.get(c) ?? 0).padStart(5)} ${String(onlyIn5.get(c) ?? 0).padStart(9)}`);
  if (process.env.CONF) console.log('  letter right>ours: ' + [...conf].sort((x, y) => y[1] - x[1]).slice(0, Number(process.env.CONF)).map(([k2, v]) => `${k2} ${v}`).join(', '));
  if (shown.length) console.log(shown.slice(0, Number(process.env.SHOW_N ?? 40)).join('\n'));
}
for (const set of ['google', 'wikidata'] as const) {
  const al = rows.filter((r) => r.set === set && r.src.startsWith('ال') && r.src.length > 3);
  const rest = rows.filter((r) => r.set === set && !(r.src.startsWith('ال') && r.src.length > 3));
  const f = (xs: Row[]) => `${xs.length}: first ${(xs.filter((r) => r.got[0] === r.want).length / xs.length).toFixed(3)}, among 5 ${(xs.filter((r) => r.got.slice(0, 5).includes(r.want)).length / xs.length).toFixed(3)}`;
  console.log(`${set} words with ال ${f(al)}; without ${f(rest)}`);
}
