/**
 * Builds an NgramLM (src/names/translit/ngram.ts) from symbol sequences: interpolated
 * Kneser-Ney (or Witten-Bell) estimates, precomputed so the runtime model only reads numbers.
 * Keys here are comma-joined symbol strings: training is offline, and strings put no limit on
 * the vocabulary size or the order.
 */
import type { NgramData } from '../../src/names/translit/ngram.ts';

export interface BuildOptions {
  order: number;
  /** symbols are 1..vocab; the boundary symbol must be among them */
  vocab: number;
  edge: number;
  /** n-grams of order >= 3 seen fewer times than this are dropped (the lower orders cover them) */
  minCount?: number;
  /** the lowest order minCount applies to (default 3) */
  minCountFrom?: number;
  /** 'kn': interpolated Kneser-Ney (absolute discounting, continuation counts below the top order); 'wb': Witten-Bell */
  smoothing?: 'kn' | 'wb';
  /** Kneser-Ney with three discounts (counts 1, 2, 3+; Chen and Goodman) rather than one */
  modified?: boolean;
}

const key = (ids: readonly number[]) => ids.join(',');
const ids = (k: string): number[] => (k ? k.split(',').map(Number) : []);
/** the key without its last symbol (the context) */
const ctxOf = (k: string) => {
  const i = k.lastIndexOf(',');
  return i < 0 ? '' : k.slice(0, i);
};
/** the key without its first symbol */
const suffixOf = (k: string) => {
  const i = k.indexOf(',');
  return i < 0 ? '' : k.slice(i + 1);
};

export function buildNgram(seqs: Array<{ ids: number[]; w: number }>, o: BuildOptions): NgramData {
  const counts: Array<Map<string, number>> = [];
  for (let n = 1; n <= o.order; n++) counts.push(new Map());
  for (const seq of seqs) {
    const s = [o.edge, ...seq.ids, o.edge];
    for (let i = 1; i < s.length; i++) {
      // n-grams ending at i, contexts reaching back no further than the start boundary
      for (let n = 1; n <= o.order && i - n + 1 >= 0; n++) {
        const k = key(s.slice(i - n + 1, i + 1));
        counts[n - 1]!.set(k, (counts[n - 1]!.get(k) ?? 0) + seq.w);
      }
    }
  }
  const kn = (o.smoothing ?? 'kn') === 'kn';
  if (kn) {
    // below the top order an n-gram counts the distinct symbols seen before it (how many
    // contexts it completes), except where nothing can precede it (it starts at the boundary)
    for (let n = o.order - 1; n >= 1; n--) {
      const cont = new Map<string, number>();
      for (const k of counts[n]!.keys()) {
        const suffix = suffixOf(k);
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
  // Chen and Goodman's three discounts of an order, from its counts of counts
  const discounts = (n: number): number[] => {
    const nc = [0, 0, 0, 0, 0];
    for (const c of counts[n - 1]!.values()) if (c >= 1 && c <= 4 && Number.isInteger(c)) nc[c]!++;
    const [, n1, n2, n3, n4] = nc as [number, number, number, number, number];
    if (!n1 || !n2 || !n3 || !n4) return [discount(n), discount(n), discount(n)];
    const y = n1 / (n1 + 2 * n2);
    const clamp = (x: number, hi: number) => Math.min(hi, Math.max(0.05, x));
    return [clamp(1 - 2 * y * (n2 / n1), 0.95), clamp(2 - 3 * y * (n3 / n2), 1.9), clamp(3 - 4 * y * (n4 / n3), 2.9)];
  };
  const probs: Array<Map<string, number>> = [];
  const bows: Array<Map<string, number>> = [];
  // unigrams: add-one over the vocabulary (the edge never starts a sequence, it still ends one)
  let total = 0;
  for (const c of counts[0]!.values()) total += c;
  const p1 = new Map<string, number>();
  for (const [k, c] of counts[0]!) p1.set(k, Math.log((c + 1) / (total + o.vocab)));
  const floor = Math.log(1 / (total + o.vocab));
  probs.push(p1);
  bows.push(new Map());
  const lower = (ctx: number[], sym: number): number => {
    // interpolated ln p of sym after ctx with the orders built so far
    let bow = 0;
    for (let n = Math.min(ctx.length, probs.length - 1); n >= 0; n--) {
      const c = key(ctx.slice(ctx.length - n));
      const p = probs[n]!.get(n ? `${c},${sym}` : String(sym));
      if (p !== undefined) return bow + p;
      if (n > 0) bow += bows[n]!.get(c) ?? 0;
    }
    return bow + floor;
  };
  for (let n = 2; n <= o.order; n++) {
    const ctxStats = new Map<string, { c: number; t: number; g?: number }>();
    for (const [k, c] of counts[n - 1]!) {
      const ctx = ctxOf(k);
      const st = ctxStats.get(ctx) ?? { c: 0, t: 0 };
      st.c += c;
      st.t += 1;
      ctxStats.set(ctx, st);
    }
    const d = discount(n);
    const ds = discounts(n);
    const D = (c: number) => (o.modified ? (c >= 3 ? ds[2]! : c === 2 ? ds[1]! : ds[0]!) : d);
    if (o.modified) {
      for (const st of ctxStats.values()) st.g = 0;
      for (const [k, c] of counts[n - 1]!) ctxStats.get(ctxOf(k))!.g! += D(c);
    }
    const pn = new Map<string, number>();
    const bn = new Map<string, number>();
    const kept = new Set<string>();
    for (const [k, c] of counts[n - 1]!) {
      if (n >= (o.minCountFrom ?? 3) && c < (o.minCount ?? 1)) continue;
      const syms = ids(k);
      const ctx = ctxOf(k);
      const st = ctxStats.get(ctx)!;
      const pl = Math.exp(lower(syms.slice(1, -1), syms[n - 1]!));
      const gamma = o.modified ? st.g! : d * st.t;
      pn.set(k, kn ? Math.log((Math.max(c - D(c), 0) + gamma * pl) / st.c) : Math.log((c + st.t * pl) / (st.c + st.t)));
      kept.add(ctx);
    }
    for (const ctx of kept) {
      const st = ctxStats.get(ctx)!;
      bn.set(ctx, kn ? Math.log((o.modified ? st.g! : d * st.t) / st.c) : Math.log(st.t / (st.c + st.t)));
    }
    probs.push(pn);
    bows.push(bn);
  }
  const flat = (m: Map<string, number>): number[] => {
    const out: number[] = [];
    for (const [k, v] of m) out.push(...ids(k), Math.round(v * 1000));
    return out;
  };
  // bows[n] holds the contexts (n symbols long) of the order-(n+1) model
  const bowsByLen: number[][] = [];
  for (let n = 1; n < o.order; n++) bowsByLen.push(flat(bows[n]!));
  return { order: o.order, base: o.vocab + 1, probs: probs.map(flat), bows: bowsByLen, floor: Math.round(floor * 1000) };
}
