/**
 * Why an unknown word's right spelling is missing from our list (names37). Same words as
 * unknown-causes.ts (dev split only: Google eval single words the dev model does not know, unseen
 * Wikidata dev pairs, minus every word of the shipped held-out slices). For each: where the right
 * spelling is in the final list (first, @5, @20), in the joint search's raw output (@rerank as
 * shipped, @LIMIT), and the joint model's own score of it (summed over all its cuts, every
 * graphone allowed) against the last search output the list takes (TRANSLIT_PARAMS.rerank):
 * above it = a search error (the beam lost it), below = the model ranks it low (gap in nats),
 * -Infinity = no cut of it exists in the model's graphones (mostly a fragment against a
 * compound: بارداق ~ bardakoglu).
 * Run: MUJAZ_NAMES_MODEL=/tmp/n37/dev.bin NAMES_DEV=1 npx tsx scripts/names/coverage.ts
 * (NAMES_PARAMS as in eval-names.ts; EVERY=n reads every nth Wikidata pair; LIMIT (100) outputs
 * of the shipped beam and of a wide one, BEAM2 (64, prune + 4); SHOW=1 lists up to 30 no-cut words per set.)
 */
import { romaniseCandidates, TRANSLIT_PARAMS } from '../../src/names/transliterate.ts';
import { model, MODEL_PATH } from '../../src/names/translit/model.ts';
import { readModelFile } from '../../src/names/translit/model-file.ts';
import { NgramLM } from '../../src/names/translit/ngram.ts';
import { DEV_SPLIT } from './data.ts';
import { probeWords } from './probe-words.ts';

if (!DEV_SPLIT) throw new Error('run with NAMES_DEV=1 and a dev-split model (MUJAZ_NAMES_MODEL)');
Object.assign(TRANSLIT_PARAMS, JSON.parse(process.env.NAMES_PARAMS ?? '{}'));
const m = model();
const d = readModelFile(MODEL_PATH);
const lm = new NgramLM(d.joint);
const edge = d.graphones.length + 1;
const byAr = new Map<string, Array<{ id: number; out: string }>>();
d.graphones.forEach((g, i) => {
  const [a, l] = g.split('\t') as [string, string];
  if (!a) return;
  byAr.set(a, [...(byAr.get(a) ?? []), { id: i + 1, out: l }]);
});
const maxAr = Math.max(...[...byAr.keys()].map((k) => k.length));

function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}
/** ln P(src, tgt) under the joint model, summed over every cut. */
function forced(src: string, tgt: string): number {
  // cell (i, j): model state -> log-prob
  const cells = new Map<number, Map<number, number>>();
  const key = (i: number, j: number) => i * 1000 + j;
  cells.set(0, new Map([[lm.next(0, edge), 0]]));
  for (let i = 0; i < src.length; i++)
    for (let j = 0; j <= tgt.length; j++) {
      const c = cells.get(key(i, j));
      if (!c) continue;
      for (let L = 1; L <= maxAr && i + L <= src.length; L++)
        for (const o of byAr.get(src.slice(i, i + L)) ?? []) {
          if (!tgt.startsWith(o.out, j)) continue;
          const k2 = key(i + L, j + o.out.length);
          const nc = cells.get(k2) ?? new Map<number, number>();
          for (const [st, s] of c) {
            const ns = lm.next(st, o.id);
            nc.set(ns, logAdd(nc.get(ns) ?? -Infinity, s + lm.logp(st, o.id)));
          }
          cells.set(k2, nc);
        }
    }
  let tot = -Infinity;
  for (const [st, s] of cells.get(key(src.length, tgt.length)) ?? []) tot = logAdd(tot, s + lm.logp(st, edge));
  return tot;
}

const rows = probeWords((key) => m.ar2en.has(key), Number(process.env.EVERY ?? 1));
const LIMIT = Number(process.env.LIMIT ?? 100);
const BEAM2 = Number(process.env.BEAM2 ?? 64);
const t0 = Date.now();
const stats = new Map<string, Record<string, number>>();
for (const r of rows) {
  const st = stats.get(r.set) ?? {};
  stats.set(r.set, st);
  const bump = (x: string) => (st[x] = (st[x] ?? 0) + 1);
  bump('n');
  const got = romaniseCandidates(r.ar, 20);
  const at = got.indexOf(r.want);
  if (at === 0) bump('first');
  if (at >= 0 && at < 5) bump('@5');
  if (at >= 0) bump('@20');
  const raw = m.fromArabic.decode(r.src, TRANSLIT_PARAMS.beam, TRANSLIT_PARAMS.prune, LIMIT);
  const ri = raw.findIndex((x) => x.text === r.want);
  if (ri >= 0 && ri < TRANSLIT_PARAMS.rerank) bump(`raw@${TRANSLIT_PARAMS.rerank}`);
  if (ri >= 0) bump(`raw@${LIMIT}`);
  const wide = m.fromArabic.decode(r.src, BEAM2, TRANSLIT_PARAMS.prune + 4, LIMIT);
  const wi = wide.findIndex((x) => x.text === r.want);
  if (wi >= 0 && wi < TRANSLIT_PARAMS.rerank) bump(`wide${BEAM2}@${TRANSLIT_PARAMS.rerank}`);
  if (wi >= 0) bump(`wide${BEAM2}@${LIMIT}`);
  if (at < 0) {
    const f = forced(r.src, r.want);
    // the score of the last output the list takes (TRANSLIT_PARAMS.rerank)
    const t15 = raw[Math.min(raw.length, TRANSLIT_PARAMS.rerank) - 1]?.score ?? -Infinity;
    if (f === -Infinity) bump('absent:no-cut');
    else if (ri >= 0 && ri < TRANSLIT_PARAMS.rerank) bump('absent:listed-by-search-but-dropped');
    else if (f >= t15) bump('absent:search-error');
    else bump('absent:model-low');
    if (f > -Infinity && f < t15) {
      const gap = t15 - f;
      bump(gap < 1 ? 'absent:gap<1' : gap < 2 ? 'absent:gap1-2' : gap < 4 ? 'absent:gap2-4' : 'absent:gap4+');
    }
    if (process.env.SHOW && f === -Infinity && (st['shown'] = (st['shown'] ?? 0) + 1) <= 30) console.log('no-cut', r.set, r.src, r.want, got[0]);
  }
}
for (const [set, st] of stats) console.log(set, JSON.stringify(st));
console.log(`${((Date.now() - t0) / 1000).toFixed(0)} s`);
