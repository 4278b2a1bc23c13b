import { describe, expect, it } from 'vitest';
import type { JointDecoder, Option, Scored } from '../../../src/names/translit/decode.ts';
import { buildModel, MODEL_PATH } from '../../../src/names/translit/model.ts';
import { readModelFile } from '../../../src/names/translit/model-file.ts';
import type { NgramLM } from '../../../src/names/translit/ngram.ts';

function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

interface RefState {
  st: number;
  out: string;
  s: number;
}

/**
 * The search as first written, for comparison: every extension a record, each position's near
 * ones sorted stably by score and merged through a map keyed by their texts, each step a walk
 * down the model's contexts (NgramLM.step), no memo of prefixes or expansions.
 */
function reference(dec: JointDecoder, src: string, beam: number, prune: number): Scored[] {
  const d = dec as unknown as { lm: NgramLM; edge: number; maxLen: number; chunkIds: Map<string, number>; optionsAfter(prev: number, c: number): Option[] };
  const lm = d.lm;
  const n = src.length;
  const lp = new Float64Array(1);
  const pending: Array<Array<{ from: RefState; o: Option; s: number; st: number }>> = Array.from({ length: n + 1 }, () => []);
  const reached = new Array<number>(n + 1).fill(-Infinity);
  let cur: RefState[] = [{ st: lm.next(0, d.edge), out: '', s: 0 }];
  let byText = new Map<string, RefState[]>();
  for (let i = 0; i <= n; i++) {
    if (i > 0) {
      const ext = pending[i]!;
      const best = Math.max(...ext.map((e) => e.s));
      const sorted = ext.filter((e) => e.s >= best - prune).sort((a, b) => b.s - a.s);
      const keep = i < n ? beam : Infinity;
      byText = new Map();
      const out: RefState[] = [];
      for (const e of sorted) {
        const text = e.from.out + e.o.out;
        const same = byText.get(text) ?? [];
        const old = same.find((x) => x.st === e.st);
        if (old) {
          old.s = logAdd(old.s, e.s);
          continue;
        }
        const st = { st: e.st, out: text, s: e.s };
        same.push(st);
        byText.set(text, same);
        out.push(st);
        if (out.length >= keep) break;
      }
      cur = out;
    }
    if (i === n) break;
    for (const st of cur) {
      for (let L = 1; L <= d.maxLen && i + L <= n; L++) {
        const c = d.chunkIds.get(src.slice(i, i + L));
        if (c === undefined) continue;
        let best = reached[i + L]!;
        for (const o of d.optionsAfter(lm.lastSymbolCtx(st.st), c)) {
          const next = lm.step(st.st, o.id, lp, 0);
          const s = st.s + lp[0]!;
          if (s < best - prune) continue;
          if (s > best) best = s;
          pending[i + L]!.push({ from: st, o, s, st: next });
        }
        reached[i + L] = best;
      }
    }
  }
  const out: Scored[] = [];
  for (const [text, same] of byText) {
    let acc = -Infinity;
    for (const st of same) acc = logAdd(acc, st.s + lm.logp(st.st, d.edge));
    out.push({ text, score: acc });
  }
  return out.sort((a, b) => b.score - a.score);
}

describe('JointDecoder against the plain search', () => {
  it('gives the same outputs and the same scores to the last bit, both ways, narrow and wide beams', () => {
    const model = buildModel(readModelFile(MODEL_PATH));
    const cases = [
      [model.fromArabic, ['محمد', 'الحكومة', 'الحكومي', 'الحكم', 'شولتس', 'وبالتالي', 'ابا', 'غرينبلات', 'كريستوفر', 'ماكرون', 'الخاشقجي']],
      [model.fromLatin, ['mohammed', 'scholz', 'ouagadougou', 'greenblatt', 'christopher', 'ali']],
    ] as const;
    for (const [dec, words] of cases) {
      for (const beam of [12, 3, 40]) {
        for (const w of words) {
          const want = reference(dec, w, beam, 8);
          expect(dec.decode(w, beam, 8)).toEqual(want);
          // only the first few returned: the same first few
          expect(dec.decode(w, beam, 8, 5)).toEqual(want.slice(0, 5));
        }
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
