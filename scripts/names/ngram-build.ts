/**
 * Builds an NgramLM (src/names/translit/ngram.ts) from symbol sequences: interpolated
 * Witten-Bell estimates, precomputed so the runtime model only reads numbers. Witten-Bell
 * rather than add-k because graphone and letter contexts differ wildly in how many
 * continuations they allow (a context after "ov" allows few, one after a vowel many).
 */
import type { NgramData } from '../../src/names/translit/ngram.ts';

export interface BuildOptions {
  order: number;
  /** symbols are 1..vocab; the boundary symbol must be among them */
  vocab: number;
  edge: number;
  /** n-grams of order >= 3 seen fewer times than this are dropped (the lower orders cover them) */
  minCount?: number;
  /** 'kn': interpolated Kneser-Ney (absolute discounting, continuation counts below the top order); 'wb': Witten-Bell */
  smoothing?: 'kn' | 'wb';
}

export function buildNgram(seqs: Array<{ ids: number[]; w: number }>, o: BuildOptions): NgramData {
  const base = o.vocab + 1;
  if (Math.pow(base, o.order) >= Number.MAX_SAFE_INTEGER) throw new Error(`n-gram keys overflow: base ${base}, order ${o.order}`);
  const counts: Array<Map<number, number>> = [];
  for (let n = 1; n <= o.order; n++) counts.push(new Map());
  for (const { ids, w } of seqs) {
    const s = [o.edge, ...ids, o.edge];
    for (let i = 1; i < s.length; i++) {
      let key = 0;
      // n-grams ending at i, contexts reaching back no further than the start boundary
      for (let n = 1; n <= o.order && i - n + 1 >= 0; n++) {
        key = 0;
        for (let t = i - n + 1; t <= i; t++) key = key * base + s[t]!;
        counts[n - 1]!.set(key, (counts[n - 1]!.get(key) ?? 0) + w);
      }
    }
  }
  const kn = (o.smoothing ?? 'kn') === 'kn';
  if (kn) {
    // below the top order an n-gram counts the distinct words seen before it (how many
    // contexts it completes), except where nothing can precede it (it starts at the boundary)
    for (let n = o.order - 1; n >= 1; n--) {
      const cont = new Map<number, number>();
      const span = Math.pow(base, n);
      for (const k of counts[n]!.keys()) {
        const suffix = k % span;
        cont.set(suffix, (cont.get(suffix) ?? 0) + 1);
      }
      const m = counts[n - 1]!;
      for (const k of m.keys()) {
        const c = cont.get(k);
        if (c !== undefined) m.set(k, c);
      }
    }
  }
  const discount = (n: number): number => {
    let n1 = 0;
    let n2 = 0;
    for (const c of counts[n - 1]!.values()) {
      if (c === 1) n1++;
      else if (c === 2) n2++;
    }
    return n1 + 2 * n2 > 0 ? Math.min(0.95, Math.max(0.1, n1 / (n1 + 2 * n2))) : 0.5;
  };
  const probs: Array<Map<number, number>> = [];
  const bows: Array<Map<number, number>> = [];
  // unigrams: add-one over the vocabulary (the edge never starts a sequence, it still ends one)
  const uni = counts[0]!;
  let total = 0;
  for (const c of uni.values()) total += c;
  const p1 = new Map<number, number>();
  for (const [k, c] of uni) p1.set(k, Math.log((c + 1) / (total + o.vocab)));
  const floor = Math.log(1 / (total + o.vocab));
  probs.push(p1);
  bows.push(new Map());
  const lower = (ctxIds: number[], sym: number): number => {
    // interpolated ln p of sym after ctxIds with the orders built so far
    let bow = 0;
    for (let n = Math.min(ctxIds.length, probs.length - 1); n >= 0; n--) {
      let ctx = 0;
      for (let t = ctxIds.length - n; t < ctxIds.length; t++) ctx = ctx * base + ctxIds[t]!;
      const p = probs[n]!.get(ctx * base + sym);
      if (p !== undefined) return bow + p;
      if (n > 0) bow += bows[n]!.get(ctx) ?? 0;
    }
    return bow + floor;
  };
  const decode = (key: number, n: number): number[] => {
    const ids: number[] = [];
    for (let t = 0; t < n; t++) {
      ids.unshift(key % base);
      key = Math.floor(key / base);
    }
    return ids;
  };
  for (let n = 2; n <= o.order; n++) {
    const ctxStats = new Map<number, { c: number; t: number }>();
    for (const [k, c] of counts[n - 1]!) {
      const ctx = Math.floor(k / base);
      const st = ctxStats.get(ctx) ?? { c: 0, t: 0 };
      st.c += c;
      st.t += 1;
      ctxStats.set(ctx, st);
    }
    const d = discount(n);
    const pn = new Map<number, number>();
    const bn = new Map<number, number>();
    const kept = new Set<number>();
    for (const [k, c] of counts[n - 1]!) {
      if (n >= 3 && c < (o.minCount ?? 1)) continue;
      const ids = decode(k, n);
      const ctx = Math.floor(k / base);
      const st = ctxStats.get(ctx)!;
      const pl = Math.exp(lower(ids.slice(1, -1), ids[n - 1]!));
      pn.set(k, kn ? Math.log((Math.max(c - d, 0) + d * st.t * pl) / st.c) : Math.log((c + st.t * pl) / (st.c + st.t)));
      kept.add(ctx);
    }
    for (const ctx of kept) {
      const st = ctxStats.get(ctx)!;
      bn.set(ctx, kn ? Math.log((d * st.t) / st.c) : Math.log(st.t / (st.c + st.t)));
    }
    probs.push(pn);
    bows.push(bn);
  }
  const flat = (maps: Array<Map<number, number>>, shift: number) =>
    maps.map((m, i) => {
      const n = i + 1 - shift;
      const out: number[] = [];
      if (n < 1) return out;
      for (const [k, v] of m) out.push(...decode(k, n), Math.round(v * 1000));
      return out;
    });
  // bows[i] holds contexts of the order-(i+1) model, i.e. i ids long
  const bowLists = bows.map((m, i) => {
    const out: number[] = [];
    for (const [k, v] of m) out.push(...decode(k, i), Math.round(v * 1000));
    return out;
  });
  // stored by context length: bows[n-1] = contexts of n ids
  const bowsByLen: number[][] = [];
  for (let n = 1; n < o.order; n++) bowsByLen.push(bowLists[n] ?? []);
  return { order: o.order, base, probs: flat(probs, 0), bows: bowsByLen, floor: Math.round(floor * 1000) };
}
