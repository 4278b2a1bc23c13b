/**
 * Many-to-many letter alignment by EM (after Jiampojamarn, Kondrak and Sherif, NAACL 2007):
 * each pair is cut into chunks, 1-2 Arabic letters against 0-3 Latin letters, and the joint
 * chunk-pair probabilities are re-estimated from expected counts (forward-backward) until they
 * settle; the most likely cut of every pair is its graphone sequence. Latin needs up to three
 * letters per Arabic one because Arabic leaves short vowels unwritten (ك -> "co" in Corbyn).
 */
import { arModelForm, enModelForm } from '../../src/names/translit/forms.ts';

export interface AlignPair {
  src: string;
  tgt: string;
  w: number;
}

/**
 * The distinct (Arabic, Latin) model forms of name pairs, each counted once, so a spelling shared by
 * thousands of people does not drown the rare patterns unknown names need; pairs too uneven to cut
 * (a Latin side over three letters per Arabic one, or over 30 Arabic letters) are left out.
 */
export function alignmentPairs(names: Iterable<readonly [string, string]>): AlignPair[] {
  const seen = new Set<string>();
  const pairs: AlignPair[] = [];
  for (const [ar, en] of names) {
    const src = arModelForm(ar);
    const tgt = enModelForm(en);
    if (!src || !tgt || tgt.length > 3 * src.length || src.length > 30) continue;
    const k = `${src}\t${tgt}`;
    if (seen.has(k)) continue;
    seen.add(k);
    pairs.push({ src, tgt, w: 1 });
  }
  return pairs;
}

const MAX_S = Number(process.env.NAMES_MAX_S ?? 1);
const MAX_T = Number(process.env.NAMES_MAX_T ?? 3);

interface Lattice {
  n: number;
  m: number;
  /** edges as (from, to, param) triples; nodes are i*(m+1)+j */
  e: Int32Array;
}

export interface Cut {
  graphones: string[];
  /** ln-probability of the best cut per source letter; -Infinity when the pair cannot be cut */
  perLetter: number;
}

export function align(pairs: AlignPair[], iterations = 6, log: (s: string) => void = () => {}): Cut[] {
  const paramIds = new Map<string, number>();
  const names: string[] = [];
  const lattices: Lattice[] = pairs.map(({ src, tgt }) => {
    const n = src.length;
    const m = tgt.length;
    const e: number[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j <= m; j++) {
        // from (i, j) only if the rest can still be covered
        if (j > MAX_T * i || m - j > MAX_T * (n - i)) continue;
        for (let s = 1; s <= MAX_S && i + s <= n; s++) {
          for (let t = s === 1 ? 0 : 1; t <= MAX_T && j + t <= m; t++) {
            const i2 = i + s;
            const j2 = j + t;
            if (m - j2 > MAX_T * (n - i2)) continue;
            const key = `${src.slice(i, i2)}\t${tgt.slice(j, j2)}`;
            let id = paramIds.get(key);
            if (id === undefined) {
              id = names.length;
              names.push(key);
              paramIds.set(key, id);
            }
            e.push(i * (m + 1) + j, i2 * (m + 1) + j2, id);
          }
        }
      }
    }
    return { n, m, e: Int32Array.from(e) };
  });
  let prob = new Float64Array(names.length).fill(1 / names.length);
  for (let it = 0; it < iterations; it++) {
    const counts = new Float64Array(names.length);
    let ll = 0;
    lattices.forEach((lat, p) => {
      const size = (lat.n + 1) * (lat.m + 1);
      const a = new Float64Array(size);
      const b = new Float64Array(size);
      a[0] = 1;
      const e = lat.e;
      // edges are generated in increasing source node order, and every edge moves forward
      for (let k = 0; k < e.length; k += 3) a[e[k + 1]!]! += a[e[k]!]! * prob[e[k + 2]!]!;
      b[size - 1] = 1;
      for (let k = e.length - 3; k >= 0; k -= 3) b[e[k]!]! += b[e[k + 1]!]! * prob[e[k + 2]!]!;
      const z = a[size - 1]!;
      if (!(z > 0)) return;
      ll += Math.log(z);
      const w = pairs[p]!.w / z;
      for (let k = 0; k < e.length; k += 3) counts[e[k + 2]!]! += a[e[k]!]! * prob[e[k + 2]!]! * b[e[k + 1]!]! * w;
    });
    let tot = 0;
    for (const c of counts) tot += c;
    prob = counts.map((c) => c / tot);
    log(`  EM iteration ${it + 1}: log-likelihood ${ll.toFixed(0)}`);
  }
  // Viterbi cut of each pair
  return lattices.map((lat) => {
    const size = (lat.n + 1) * (lat.m + 1);
    const best = new Float64Array(size).fill(-Infinity);
    const back = new Int32Array(size).fill(-1);
    best[0] = 0;
    const e = lat.e;
    for (let k = 0; k < e.length; k += 3) {
      const pr = prob[e[k + 2]!]!;
      if (!(pr > 0)) continue;
      const s = best[e[k]!]! + Math.log(pr);
      if (s > best[e[k + 1]!]!) {
        best[e[k + 1]!] = s;
        back[e[k + 1]!] = k;
      }
    }
    const out: string[] = [];
    let node = size - 1;
    if (back[node] === -1) return { graphones: out, perLetter: -Infinity };
    while (node !== 0) {
      const k = back[node]!;
      out.unshift(names[e[k + 2]!]!);
      node = e[k]!;
    }
    return { graphones: out, perLetter: best[size - 1]! / Math.max(1, lat.n) };
  });
}
