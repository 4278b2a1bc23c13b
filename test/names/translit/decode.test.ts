import { describe, expect, it } from 'vitest';
import { keptStates, stableSortByScore, type Pending, type State } from '../../../src/names/translit/decode.ts';
import { buildModel, MODEL_PATH } from '../../../src/names/translit/model.ts';
import { readModelFile } from '../../../src/names/translit/model-file.ts';

/** The old way: a stable sort, best first, merged through a map by (text, model state). */
function reference(ext: Pending[], keep: number): State[] {
  const byText = new Map<string, State[]>();
  const out: State[] = [];
  for (const e of [...ext].sort((a, b) => b.s - a.s)) {
    const text = e.from.out + e.o.out;
    const same = byText.get(text) ?? [];
    const old = same.find((x) => x.st === e.st);
    if (old) {
      old.s = Math.max(old.s, e.s) + Math.log1p(Math.exp(-Math.abs(old.s - e.s)));
      continue;
    }
    const st = { st: e.st, out: text, s: e.s };
    same.push(st);
    byText.set(text, same);
    out.push(st);
    if (out.length >= keep) break;
  }
  return out;
}

/** Deterministic pseudo-random extensions with tied scores, shared texts and shared states. */
function extensions(seed: number, n: number): Pending[] {
  let x = seed;
  const rnd = (k: number) => ((x = (x * 1103515245 + 12345) % 2 ** 31), x % k);
  const froms: State[] = ['', 'a', 'ab', 'b'].map((out, i) => ({ st: i, out, s: 0 }));
  return Array.from({ length: n }, (_, i) => ({
    from: froms[rnd(4)]!,
    o: { id: i + 1, out: ['', 'a', 'b', 'ba'][rnd(4)]! },
    s: -rnd(6) / 2,
    st: rnd(3),
  }));
}

describe('keptStates', () => {
  it('keeps the states a stable sort and map merge keep, in order, with the same sums', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const ext = extensions(seed, 1 + (seed % 90));
      for (const keep of [1, 3, 12]) {
        const got = keptStates(ext, keep).map((s) => [s.out, s.st, s.s]);
        const want = reference(ext, keep).map((s) => [s.out, s.st, s.s]);
        expect(got.length).toBe(want.length);
        got.forEach((g, i) => {
          expect(g.slice(0, 2)).toEqual(want[i]!.slice(0, 2));
          expect(g[2]).toBeCloseTo(want[i]![2] as number, 12);
        });
      }
    }
  });
});

describe('JointDecoder prefix memo', () => {
  it('decodes a word alike whether or not words sharing its prefix came before', () => {
    const fresh = buildModel(readModelFile(MODEL_PATH)).fromArabic;
    const primed = buildModel(readModelFile(MODEL_PATH)).fromArabic;
    for (const w of ['الحكومي', 'الحكم', 'الحكومات', 'محمود', 'محم']) primed.decode(w, 12, 8);
    for (const w of ['الحكومة', 'محمد', 'الحكومي', 'مح']) expect(primed.decode(w, 12, 8)).toEqual(fresh.decode(w, 12, 8));
    // another beam width is not served from the first one's prefixes
    expect(primed.decode('الحكومة', 5, 8)).toEqual(fresh.decode('الحكومة', 5, 8));
  });
});

describe('stableSortByScore', () => {
  it('orders as the built-in stable sort by score does, ties in their order, short and long lists', () => {
    for (let seed = 1; seed <= 120; seed++) {
      const ext = extensions(seed, seed % 3 ? 1 + (seed % 90) : 300 + seed);
      const want = [...ext].sort((a, b) => b.s - a.s);
      expect(stableSortByScore([...ext])).toEqual(want);
      // the records themselves, in that order (ties are equal records only by value)
      stableSortByScore(ext).forEach((e, i) => expect(e).toBe(want[i]));
    }
  });
});

describe('JointDecoder outputs', () => {
  it('gives each text once, best first, in both directions', () => {
    const model = buildModel(readModelFile(MODEL_PATH));
    for (const [dec, words] of [
      [model.fromArabic, ['محمد', 'الحكومة', 'شولتس', 'وبالتالي']],
      [model.fromLatin, ['mohammed', 'scholz', 'ouagadougou']],
    ] as const) {
      for (const w of words) {
        const got = dec.decode(w, 12, 8);
        expect(new Set(got.map((g) => g.text)).size).toBe(got.length);
        for (let i = 1; i < got.length; i++) expect(got[i - 1]!.score).toBeGreaterThanOrEqual(got[i]!.score);
        expect(got.length).toBeGreaterThan(5);
      }
    }
  });
});
