import { describe, expect, it } from 'vitest';
import { buildNgram } from '../../../scripts/names/ngram-build.ts';
import type { NgramData } from '../../../src/names/translit/ngram.ts';
import { NgramLM } from '../../../src/names/translit/ngram.ts';

/** The textbook back-off reading of the stored tables, straight from the serialised data. */
function reference(d: NgramData) {
  const p = new Map<string, number>();
  const bow = new Map<string, number>();
  d.probs.forEach((flat, i) => {
    for (let j = 0; j < flat.length; j += i + 2) p.set(flat.slice(j, j + i + 1).join(','), flat[j + i + 1]! / 1000);
  });
  d.bows.forEach((flat, i) => {
    for (let j = 0; j < flat.length; j += i + 2) bow.set(flat.slice(j, j + i + 1).join(','), flat[j + i + 1]! / 1000);
  });
  const logp = (ctx: number[], sym: number): number => {
    const hit = p.get([...ctx, sym].join(','));
    if (hit !== undefined) return hit;
    if (!ctx.length) return d.floor / 1000;
    return (bow.get(ctx.join(',')) ?? 0) + logp(ctx.slice(1), sym);
  };
  return (seq: number[], edge: number): number => {
    const h = [edge];
    let s = 0;
    for (const sym of [...seq, edge]) {
      s += logp(h.slice(-(d.order - 1)), sym);
      h.push(sym);
    }
    return s;
  };
}

describe('NgramLM', () => {
  it('scores sequences as the back-off tables say, through its history states', () => {
    // a small deterministic corpus over symbols 1..6 (6 is the boundary)
    let x = 7;
    const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    const seqs = Array.from({ length: 300 }, () => ({ ids: Array.from({ length: 2 + Math.floor(rnd() * 6) }, () => 1 + Math.floor(rnd() * rnd() * 5)), w: 1 }));
    for (const order of [2, 3, 4, 5, 6]) {
      const d = buildNgram(seqs, { order, vocab: 6, edge: 6 });
      const lm = new NgramLM(d);
      // the packed form a model file keeps scores exactly alike
      const packed = new NgramLM(lm.pack());
      const ref = reference(d);
      for (let t = 0; t < 200; t++) {
        // unseen symbols and contexts too (7 is outside the vocabulary)
        const seq = Array.from({ length: 1 + Math.floor(rnd() * 7) }, () => 1 + Math.floor(rnd() * 7));
        expect(lm.score(seq, 6)).toBeCloseTo(ref(seq, 6), 9);
        expect(packed.score(seq, 6)).toBe(lm.score(seq, 6));
      }
    }
  });

  it('links a context to a shorter one stored later in the file (an order-5 model once hung here)', () => {
    // (1,2,3) is a context before (2) is: its back-off goes (1,2,3) -> (2)'s chain -> the empty one
    const d: NgramData = {
      order: 4,
      base: 6,
      probs: [
        [1, -1600, 2, -1600, 3, -1600, 4, -1600, 5, -1600],
        [2, 4, -700],
        [1, 2, 3, -300],
        [1, 2, 3, 4, -100],
      ],
      bows: [[1, -200], [1, 2, -250], [1, 2, 3, -400]],
      floor: -5000,
    };
    const lm = new NgramLM(d);
    const ref = reference(d);
    for (const seq of [[1, 2, 3, 4], [1, 2, 3, 3, 4], [2, 4, 1, 2, 3], [3, 2, 4]]) expect(lm.score(seq, 5)).toBeCloseTo(ref(seq, 5), 9);
  });

  it('steps many symbols at once as step does, bit for bit, from the back-off state\'s answers too', () => {
    let x = 11;
    const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    const seqs = Array.from({ length: 400 }, () => ({ ids: Array.from({ length: 2 + Math.floor(rnd() * 6) }, () => 1 + Math.floor(rnd() * rnd() * 7)), w: 1 }));
    const vocab = 8;
    for (const order of [2, 3, 4, 5]) {
      const lm = new NgramLM(buildNgram(seqs, { order, vocab, edge: vocab }));
      // every symbol, 7 and 9 outside the seen ones (9 beyond the vocabulary: the floor)
      const syms = Array.from({ length: vocab + 1 }, (_, i) => ({ id: i + 1 }));
      const n = syms.length;
      const size = 2 * n;
      const [lp, next, ctx, q] = [new Float64Array(size), new Int32Array(size), new Int32Array(size), new Int32Array(size)];
      const one = new Float64Array(1);
      for (let t = 0; t < 300; t++) {
        // a history's state, walked from the boundary
        let st = lm.next(0, vocab);
        const len = Math.floor(rnd() * 6);
        for (let i = 0; i < len; i++) st = lm.next(st, 1 + Math.floor(rnd() * vocab));
        const shorter = st === 0 ? 0 : lm.shorterCtx(st);
        lm.stepMany(shorter, syms, lp, next, ctx, q, n, -1);
        lm.stepMany(st, syms, lp, next, ctx, q, 0, st === 0 ? -1 : n);
        for (let j = 0; j < n; j++) {
          expect(next[j]).toBe(lm.step(st, syms[j]!.id, one, 0));
          expect(lp[j]).toBe(one[0]);
          expect(next[n + j]).toBe(lm.step(shorter, syms[j]!.id, one, 0));
          expect(lp[n + j]).toBe(one[0]);
        }
      }
    }
  });
});
