/**
 * Beam search through a joint graphone model: the source word is cut into chunks, each chunk
 * is replaced by a graphone whose source side it is, and the graphone n-gram scores the
 * sequence. The same model decodes both ways (Arabic -> Latin and back) because a joint model
 * scores the pair, not one side given the other.
 */
import type { NgramLM } from './ngram.ts';

export interface Scored {
  text: string;
  /** natural log-probability (joint) of the best cuts producing the text, summed */
  score: number;
}

interface Option {
  id: number;
  out: string;
}

interface State {
  /** context ids of the history (NgramLM.extend) */
  ctx: number[];
  out: string;
  s: number;
}

/** An extension of a state by one graphone, before it is worth building. */
interface Pending {
  from: State;
  o: Option;
  s: number;
}

function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** Options per chunk tried whatever came before. */
const ALWAYS_TRIED = 8;

export class JointDecoder {
  private readonly index = new Map<string, Option[]>();
  /** options per (previous symbol's context, chunk): see optionsAfter */
  private readonly after = new Map<number, Option[]>();
  /** each source chunk with options, numbered */
  private readonly chunkIds = new Map<string, number>();
  private readonly maxLen: number;

  /**
   * side: which half of "arabic\tlatin" the input is written in. perChunk: how many graphones
   * to try per source chunk (the most frequent ones), which bounds the search.
   */
  constructor(
    private readonly lm: NgramLM,
    graphones: readonly string[],
    side: 0 | 1,
    perChunk: number,
    private readonly edge: number,
  ) {
    const all = new Map<string, Array<Option & { p: number }>>();
    graphones.forEach((g, i) => {
      const parts = g.split('\t');
      const src = parts[side]!;
      const out = parts[1 - side]!;
      if (!src) return; // a graphone with nothing on the input side cannot be read from input
      const list = all.get(src) ?? [];
      list.push({ id: i + 1, out, p: lm.logpCtx(lm.start(), i + 1) });
      all.set(src, list);
    });
    let maxLen = 1;
    for (const [src, list] of all) {
      list.sort((a, b) => b.p - a.p);
      this.index.set(src, list.slice(0, perChunk).map(({ id, out }) => ({ id, out })));
      maxLen = Math.max(maxLen, src.length);
      this.chunkIds.set(src, this.chunkIds.size);
    }
    this.maxLen = maxLen;
  }

  /**
   * The graphones worth trying for a chunk after a given previous graphone: the chunk's most
   * frequent ones, plus any the model has seen right after that graphone (French -ier: ه read
   * as "r" only after ي read "ie"). Far fewer than all of them, and none that matters is lost.
   */
  private optionsAfter(prevCtx: number, chunk: string): Option[] | undefined {
    const c = this.chunkIds.get(chunk);
    if (c === undefined) return undefined;
    // a small-integer key: building a string key per state and position cost more than the look-up
    const k = prevCtx * this.chunkIds.size + c;
    let hit = this.after.get(k);
    if (hit) return hit;
    hit = this.index.get(chunk)!.filter((o, i) => i < ALWAYS_TRIED || this.lm.seen(prevCtx, o.id));
    if (this.after.size > 200_000) this.after.clear();
    this.after.set(k, hit);
    return hit;
  }

  /** The best distinct outputs for a source word, best first (at most `beam` states per position). */
  decode(src: string, beam: number, prune = 12): Scored[] {
    const n = src.length;
    if (!n) return [];
    const lm = this.lm;
    // extensions are cheap records; the context ids and the merge key are only worked out
    // for the few that survive pruning at their position
    const pending: Pending[][] = Array.from({ length: n + 1 }, () => []);
    const start: State = { ctx: lm.extend(lm.start(), this.edge), out: '', s: 0 };
    // best score reached so far at each position: an extension far below it is not worth keeping
    const reached = new Array<number>(n + 1).fill(-Infinity);
    let cur: State[] = [start];
    for (let i = 0; i <= n; i++) {
      if (i > 0) cur = this.survivors(pending[i]!, prune, i < n ? beam : Infinity);
      if (i === n) break;
      for (const st of cur) {
        for (let L = 1; L <= this.maxLen && i + L <= n; L++) {
          const opts = this.optionsAfter(st.ctx[1]!, L === 1 ? src[i]! : src.slice(i, i + L));
          if (!opts) continue;
          const next = pending[i + L]!;
          for (const o of opts) {
            const s = st.s + lm.logpCtx(st.ctx, o.id);
            if (s < reached[i + L]! - prune) continue;
            if (s > reached[i + L]!) reached[i + L] = s;
            next.push({ from: st, o, s });
          }
        }
      }
    }
    const finals = new Map<string, number>();
    for (const st of cur) {
      const s = st.s + lm.logpCtx(st.ctx, this.edge);
      finals.set(st.out, logAdd(finals.get(st.out) ?? -Infinity, s));
    }
    return [...finals].map(([text, score]) => ({ text, score })).sort((a, b) => b.score - a.score);
  }

  /**
   * The best states from a position's extensions: within `prune` of the best, at most `keep`
   * distinct ones. Extensions that spell the same text into the same model state score alike
   * from here on, so they are merged, adding their probabilities.
   */
  private survivors(ext: Pending[], prune: number, keep: number): State[] {
    let best = -Infinity;
    for (const e of ext) if (e.s > best) best = e.s;
    // only the extensions within reach of the best are sorted
    const near = ext.filter((e) => e.s >= best - prune).sort((a, b) => b.s - a.s);
    const lm = this.lm;
    const byKey = new Map<string, State>();
    const out: State[] = [];
    for (const e of near) {
      const ctx = lm.extend(e.from.ctx, e.o.id);
      const text = e.from.out + e.o.out;
      const key = `${text}|${lm.state(ctx)}`;
      const old = byKey.get(key);
      if (old) {
        old.s = logAdd(old.s, e.s);
        continue;
      }
      const st = { ctx, out: text, s: e.s };
      byKey.set(key, st);
      out.push(st);
      if (out.length >= keep) break;
    }
    return out;
  }
}
