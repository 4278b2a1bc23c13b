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

function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

export class JointDecoder {
  private readonly index = new Map<string, Option[]>();
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
    }
    this.maxLen = maxLen;
  }

  /** The best distinct outputs for a source word, best first (at most `beam` states per position). */
  decode(src: string, beam: number, prune = 12): Scored[] {
    const n = src.length;
    if (!n) return [];
    const lm = this.lm;
    const beams: Array<Map<string, State>> = Array.from({ length: n + 1 }, () => new Map());
    beams[0]!.set('', { ctx: lm.extend(lm.start(), this.edge), out: '', s: 0 });
    // best score reached so far at each position: an extension far below it is not worth building
    const reached = new Array<number>(n + 1).fill(-Infinity);
    for (let i = 0; i < n; i++) {
      let cur = [...beams[i]!.values()].sort((a, b) => b.s - a.s);
      if (cur.length > beam) cur = cur.slice(0, beam);
      // states far below the best of their position never recover: drop them early
      if (cur.length > 1) cur = cur.filter((st) => st.s >= cur[0]!.s - prune);
      beams[i] = new Map();
      for (const st of cur) {
        for (let L = 1; L <= this.maxLen && i + L <= n; L++) {
          const opts = this.index.get(L === 1 ? src[i]! : src.slice(i, i + L));
          if (!opts) continue;
          const next = beams[i + L]!;
          for (const o of opts) {
            const s = st.s + lm.logpCtx(st.ctx, o.id);
            if (s < reached[i + L]! - prune) continue;
            if (s > reached[i + L]!) reached[i + L] = s;
            const out = st.out + o.out;
            const ctx = lm.extend(st.ctx, o.id);
            // states that spell the same text with the same model state score the same from
            // here on: merge them, adding their probabilities
            const key = `${out}|${lm.state(ctx)}`;
            const old = next.get(key);
            if (old) old.s = logAdd(old.s, s);
            else next.set(key, { ctx, out, s });
          }
        }
      }
    }
    const finals = new Map<string, number>();
    for (const st of beams[n]!.values()) {
      const s = st.s + lm.logpCtx(st.ctx, this.edge);
      finals.set(st.out, logAdd(finals.get(st.out) ?? -Infinity, s));
    }
    return [...finals].map(([text, score]) => ({ text, score })).sort((a, b) => b.score - a.score);
  }
}
