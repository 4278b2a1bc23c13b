/**
 * Beam search through a joint graphone model: the source word is cut into chunks, each chunk
 * is replaced by a graphone whose source side it is, and the graphone n-gram scores the
 * sequence. The same model decodes both ways (Arabic -> Latin and back) because a joint model
 * scores the pair, not one side given the other.
 */
import { IntTable } from './int-table.ts';
import type { NgramLM } from './ngram.ts';

export interface Scored {
  text: string;
  /** natural log-probability (joint) of the best cuts producing the text, summed */
  score: number;
}

export interface Option {
  id: number;
  out: string;
}

/**
 * A state's options for one chunk: option j's log-probability and the state it leads to are
 * at arena slot at + j (see expansions).
 */
interface Expansion {
  opts: Option[];
  at: number;
}

/** Expansions remembered before the memo is emptied. */
const EXPANSIONS_KEPT = 100_000;
/** Arena slots of the remembered expansions before the memo is emptied (12 bytes each). */
const ARENA_KEPT = 1 << 21;

export interface State {
  /** the model's state of the history (NgramLM.next) */
  st: number;
  out: string;
  s: number;
}

/** An extension of a state by one graphone, before it is worth building. */
export interface Pending {
  from: State;
  o: Option;
  s: number;
  /** the model's state after it */
  st: number;
}

function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** Searched prefixes remembered before the memo is emptied (a dozen states each). */
const PREFIXES_KEPT = 50_000;

/** Options per chunk tried whatever came before. */
const ALWAYS_TRIED = 8;

export class JointDecoder {
  /** each source chunk with options, numbered */
  private readonly chunkIds = new Map<string, number>();
  /** a chunk's options, the most frequent first, by chunk id */
  private readonly byChunk: Option[][] = [];
  /** options per (previous symbol's context, chunk): see optionsAfter */
  private readonly after = new Map<number, Option[]>();
  /** a state's steps by a chunk's options, by key (see expansions): index into expList */
  private readonly expIndex = new IntTable(1 << 14);
  private readonly expList: Expansion[] = [];
  /** the expansions' log-probabilities and next states */
  private arenaLp = new Float64Array(1 << 14);
  private arenaNext = new Int32Array(1 << 14);
  private arenaUsed = 0;
  /** Pending records reused from word to word (decode is not re-entered): allocation was a sixth of the time */
  private readonly pool: Pending[] = [];
  private poolUsed = 0;
  /** each position's extensions, reused likewise */
  private readonly lists: Pending[][] = [];
  private readonly maxLen: number;
  /** survivors' scratch: the near extensions, the best of them, their scores */
  private readonly near: Pending[] = [];
  /** see prefixCache */
  private readonly prefixes = new Map<string, State[]>();
  private prefixBeam = -1;
  private prefixPrune = -1;
  /** see endLp */
  private ends = new Float64Array(0);
  /** the last merged position's states by text (see merged, finals) */
  private byText = new Map<string, State[]>();
  /** finals' scratch */
  private readonly finalScores: number[] = [];
  private order = new Int32Array(64);

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
      list.push({ id: i + 1, out, p: lm.logp(0, i + 1) });
      all.set(src, list);
    });
    let maxLen = 1;
    for (const [src, list] of all) {
      list.sort((a, b) => b.p - a.p);
      maxLen = Math.max(maxLen, src.length);
      this.chunkIds.set(src, this.chunkIds.size);
      this.byChunk.push(list.slice(0, perChunk).map(({ id, out }) => ({ id, out })));
    }
    this.maxLen = maxLen;
  }

  /**
   * The graphones worth trying for a chunk after a given previous graphone: the chunk's most
   * frequent ones, plus any the model has seen right after that graphone (French -ier: ه read
   * as "r" only after ي read "ie"). Far fewer than all of them, and none that matters is lost.
   */
  private optionsAfter(prevCtx: number, c: number): Option[] {
    // a small-integer key: building a string key per state and position cost more than the look-up
    const k = prevCtx * this.chunkIds.size + c;
    let hit = this.after.get(k);
    if (hit) return hit;
    hit = this.byChunk[c]!.filter((o, i) => i < ALWAYS_TRIED || this.lm.seen(prevCtx, o.id));
    if (this.after.size > 200_000) this.after.clear();
    this.after.set(k, hit);
    return hit;
  }

  /**
   * Every option of a chunk from a model state, scored: the decoder meets the same (state,
   * chunk) pairs again and again across words, and one memo read replaces a hash look-up per
   * option.
   */
  private expansions(state: number, c: number): Expansion {
    const k = state * this.chunkIds.size + c;
    const i = this.expIndex.get(k);
    if (i >= 0) return this.expList[i]!;
    const lm = this.lm;
    const opts = this.optionsAfter(lm.lastSymbolCtx(state), c);
    if (this.expList.length >= EXPANSIONS_KEPT || this.arenaUsed + opts.length > ARENA_KEPT) {
      this.expIndex.clear();
      this.expList.length = 0;
      this.arenaUsed = 0;
    }
    if (this.arenaUsed + opts.length > this.arenaLp.length) {
      const lp = new Float64Array(this.arenaLp.length * 2);
      const next = new Int32Array(this.arenaLp.length * 2);
      lp.set(this.arenaLp);
      next.set(this.arenaNext);
      this.arenaLp = lp;
      this.arenaNext = next;
    }
    const at = this.arenaUsed;
    for (let j = 0; j < opts.length; j++) this.arenaNext[at + j] = lm.step(state, opts[j]!.id, this.arenaLp, at + j);
    this.arenaUsed += opts.length;
    const hit = { opts, at };
    this.expIndex.set(k, this.expList.length);
    this.expList.push(hit);
    return hit;
  }

  private pend(from: State, o: Option, s: number, st: number): Pending {
    const p = this.pool[this.poolUsed++];
    if (!p) {
      const fresh = { from, o, s, st };
      this.pool.push(fresh);
      return fresh;
    }
    p.from = from;
    p.o = o;
    p.s = s;
    p.st = st;
    return p;
  }

  /**
   * The states kept after each searched prefix (shorter than its word), for one beam and prune:
   * they are never changed once kept, so later words share them.
   */
  private prefixCache(beam: number, prune: number): Map<string, State[]> {
    if (beam !== this.prefixBeam || prune !== this.prefixPrune || this.prefixes.size > PREFIXES_KEPT) {
      this.prefixes.clear();
      this.prefixBeam = beam;
      this.prefixPrune = prune;
    }
    return this.prefixes;
  }

  /** The best distinct outputs for a source word, best first (at most `beam` states per position). */
  decode(src: string, beam: number, prune = 12): Scored[] {
    const n = src.length;
    if (!n) return [];
    const lm = this.lm;
    // extensions are cheap records; the context ids and the merge key are only worked out
    // for the few that survive pruning at their position
    while (this.lists.length <= n) this.lists.push([]);
    const pending = this.lists;
    for (let i = 0; i <= n; i++) pending[i]!.length = 0;
    this.poolUsed = 0;
    const start: State = { st: lm.next(0, this.edge), out: '', s: 0 };
    // best score reached so far at each position: an extension far below it is not worth keeping
    const reached = new Array<number>(n + 1).fill(-Infinity);
    // the chunk ids of the word, looked up once rather than per state: chunks[i * maxLen + L - 1]
    const maxLen = this.maxLen;
    const chunks = new Int32Array(n * maxLen).fill(-1);
    for (let i = 0; i < n; i++) for (let L = 1; L <= maxLen && i + L <= n; L++) chunks[i * maxLen + L - 1] = this.chunkIds.get(src.slice(i, i + L)) ?? -1;
    let cur: State[] = [start];
    // resume from the longest prefix of the word searched before (الحكوم of الحكومة after
    // الحكومي): with one-letter chunks the states kept at position i depend on the first i letters
    // alone, so the search from there on is the same, state for state
    const prefixes = maxLen === 1 ? this.prefixCache(beam, prune) : undefined;
    let from = 0;
    if (prefixes) {
      for (let i = n - 1; i > 0; i--) {
        const hit = prefixes.get(src.slice(0, i));
        if (hit) {
          cur = hit;
          from = i;
          break;
        }
      }
    }
    for (let i = from; i <= n; i++) {
      if (i > from) {
        cur = this.survivors(pending[i]!, prune, i < n ? beam : Infinity);
        if (prefixes && i < n) prefixes.set(src.slice(0, i), cur);
      }
      if (i === n) break;
      for (const st of cur) {
        for (let L = 1; L <= maxLen && i + L <= n; L++) {
          const c = chunks[i * maxLen + L - 1]!;
          if (c < 0) continue;
          const { opts, at } = this.expansions(st.st, c);
          const lp = this.arenaLp;
          const to = this.arenaNext;
          const next = pending[i + L]!;
          let best = reached[i + L]!;
          for (let j = 0; j < opts.length; j++) {
            const s = st.s + lp[at + j]!;
            if (s < best - prune) continue;
            if (s > best) best = s;
            next.push(this.pend(st, opts[j]!, s, to[at + j]!));
          }
          reached[i + L] = best;
        }
      }
    }
    return this.finals();
  }

  /**
   * ln P(word ends | state), remembered by state (NaN: not yet asked): every word's last
   * position asks it of a hundred states, each a walk down the back-off contexts.
   */
  private endLp(st: number): number {
    if (st >= this.ends.length) {
      const grown = new Float64Array(Math.max(2 * this.ends.length, st + 1)).fill(NaN);
      grown.set(this.ends);
      this.ends = grown;
    }
    let lp = this.ends[st]!;
    if (lp !== lp) lp = this.ends[st] = this.lm.logp(st, this.edge);
    return lp;
  }

  /**
   * The outputs from the last position's merged states (this.byText, filled by merged), each
   * text's states' end scores added in the order merged kept them, best first (ties in the
   * order the texts were first kept, as a stable sort leaves them).
   */
  private finals(): Scored[] {
    const texts: string[] = [];
    const scores = this.finalScores;
    scores.length = 0;
    for (const [text, same] of this.byText) {
      let acc = -Infinity;
      for (const st of same) acc = logAdd(acc, st.s + this.endLp(st.st));
      texts.push(text);
      scores.push(acc);
    }
    if (this.order.length < scores.length) this.order = new Int32Array(2 * scores.length);
    const order = stableOrder(scores, this.order);
    const out: Scored[] = new Array(order.length);
    for (let i = 0; i < order.length; i++) out[i] = { text: texts[order[i]!]!, score: scores[order[i]!]! };
    return out;
  }

  /**
   * The best states from a position's extensions: within `prune` of the best, at most `keep`
   * distinct ones. Extensions that spell the same text into the same model state score alike
   * from here on, so they are merged, adding their probabilities.
   */
  private survivors(ext: Pending[], prune: number, keep: number): State[] {
    let best = -Infinity;
    for (let i = 0; i < ext.length; i++) if (ext[i]!.s > best) best = ext[i]!.s;
    // the near ones into a reused array (a filter allocated one per position)
    const near = this.near;
    near.length = 0;
    for (let i = 0; i < ext.length; i++) if (ext[i]!.s >= best - prune) near.push(ext[i]!);
    // a small beam takes the best few one by one, in a stable sort's order, until it has its
    // states: it seldom looks past the first twenty of a hundred, so sorting them all cost more
    if (keep <= MERGE_SCAN) return keptStates(near, keep);
    return this.merged(stableSortByScore(near), keep);
  }

  /**
   * Sorted extensions to at most `keep` distinct states. Extensions that spell the same text
   * into the same model state score alike from here on, so they are merged, adding their
   * probabilities.
   */
  private merged(sorted: Pending[], keep: number): State[] {
    // by text, then among the few states spelling it (no key string built per extension); the
    // last position's map is read by finals
    const byText = (this.byText = new Map<string, State[]>());
    const out: State[] = [];
    for (const e of sorted) {
      const text = e.from.out + e.o.out;
      let same = byText.get(text);
      const old = same?.find((x) => x.st === e.st);
      if (old) {
        old.s = logAdd(old.s, e.s);
        continue;
      }
      const st = { st: e.st, out: text, s: e.s };
      if (same) same.push(st);
      else byText.set(text, (same = [st]));
      out.push(st);
      if (out.length >= keep) break;
    }
    return out;
  }
}

/** which extensions keptStates has taken, reused */
let taken = new Uint8Array(256);

/**
 * The same states as merged(ext sorted stably by score, best first, keep): the extensions are
 * taken best first by a scan each (the first of equal scores first, as a stable sort leaves
 * them) only as far as merging needs.
 */
export function keptStates(ext: Pending[], keep: number): State[] {
  const m = ext.length;
  if (taken.length < m) taken = new Uint8Array(2 * m);
  taken.fill(0, 0, m);
  const out: State[] = [];
  for (let left = m; left > 0; left--) {
    let at = -1;
    let top = -Infinity;
    for (let i = 0; i < m; i++) if (!taken[i] && (at < 0 || ext[i]!.s > top)) (at = i), (top = ext[i]!.s);
    taken[at] = 1;
    const e = ext[at]!;
    const head = e.from.out;
    const tail = e.o.out;
    const len = head.length + tail.length;
    let old: State | undefined;
    for (let j = 0; j < out.length; j++) {
      const x = out[j]!;
      if (x.st === e.st && x.out.length === len && x.out.startsWith(head) && x.out.endsWith(tail)) {
        old = x;
        break;
      }
    }
    if (old) {
      old.s = logAdd(old.s, e.s);
      continue;
    }
    out.push({ st: e.st, out: head + tail, s: e.s });
    if (out.length >= keep) break;
  }
  return out;
}

/** Up to this many kept states are merged by scanning them rather than through a map. */
const MERGE_SCAN = 32;

const byScore = (a: Pending, b: Pending) => b.s - a.s;

/** Longest list sorted by insertion rather than by Array.prototype.sort (quadratic beyond). */
const INSERTION_MAX = 256;

/**
 * Extensions sorted best first in place, equal scores in their order (as a stable sort by
 * byScore leaves them): a final position's hundred, where the built-in sort's comparator
 * calls cost a twentieth of romanising.
 */
export function stableSortByScore(a: Pending[]): Pending[] {
  if (a.length > INSERTION_MAX) return a.sort(byScore);
  for (let i = 1; i < a.length; i++) {
    const e = a[i]!;
    const s = e.s;
    let j = i;
    for (; j > 0 && a[j - 1]!.s < s; j--) a[j] = a[j - 1]!;
    a[j] = e;
  }
  return a;
}

/**
 * Indices of scores, best first, equal scores in index order (what a stable sort by
 * descending score gives), written into the start of `order` (at least as long as scores).
 */
function stableOrder(scores: number[], order: Int32Array): Int32Array {
  const n = scores.length;
  if (n > INSERTION_MAX) {
    const idx = Array.from({ length: n }, (_, i) => i).sort((x, y) => scores[y]! - scores[x]!);
    for (let i = 0; i < n; i++) order[i] = idx[i]!;
    return order.subarray(0, n);
  }
  for (let i = 0; i < n; i++) {
    const s = scores[i]!;
    let j = i;
    for (; j > 0 && scores[order[j - 1]!]! < s; j--) order[j] = order[j - 1]!;
    order[j] = i;
  }
  return order.subarray(0, n);
}
