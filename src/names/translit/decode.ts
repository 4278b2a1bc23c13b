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

/** An option with its output's hash and the multiplier that appends it (see textHash). */
interface HashedOption extends Option {
  h: number;
  pw: number;
}

/**
 * A state's options for one chunk: option j's log-probability and the state it leads to are
 * at arena slot at + j (see expansions).
 */
interface Expansion {
  opts: HashedOption[];
  at: number;
}

/** Expansions remembered before the memo is emptied. */
const EXPANSIONS_KEPT = 100_000;
/** Arena slots of the remembered expansions before the memo is emptied (20 bytes each). */
const ARENA_KEPT = 1 << 21;

export interface State {
  /** the model's state of the history (NgramLM.next) */
  st: number;
  out: string;
  s: number;
  /** textHash of out */
  h: number;
}

/**
 * A polynomial hash of a text, so that the hash of a + b is worked out from a's and b's alone
 * (appendHash): the search merges extensions by the text they spell, and building that text
 * for each of a hundred extensions per position, to key a map by it, cost more than the rest
 * of the merge. Equal hashes are checked against the texts themselves.
 */
const HASH_MUL = 0x01000193;

function textHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, HASH_MUL) + s.charCodeAt(i)) | 0;
  return h;
}

/** HASH_MUL to the power of a text's length: textHash(a + b) = imul(textHash(a), pw(b)) + textHash(b). */
function hashPower(s: string): number {
  let p = 1;
  for (let i = 0; i < s.length; i++) p = Math.imul(p, HASH_MUL);
  return p;
}

function appendHash(h: number, o: HashedOption): number {
  return (Math.imul(h, o.pw) + o.h) | 0;
}

/** Whether a + b and c + d are the same text, without building either. */
function sameConcat(a: string, b: string, c: string, d: string): boolean {
  const n = a.length + b.length;
  if (n !== c.length + d.length) return false;
  for (let i = 0; i < n; i++) {
    const x = i < a.length ? a.charCodeAt(i) : b.charCodeAt(i - a.length);
    const y = i < c.length ? c.charCodeAt(i) : d.charCodeAt(i - c.length);
    if (x !== y) return false;
  }
  return true;
}

/**
 * One position's extensions of the states before it, each by one graphone, before they are
 * worth building: columns in reused arrays (records per extension, pooled, were still a
 * sixth of the search).
 */
class Extensions {
  from: State[] = [];
  opt: HashedOption[] = [];
  s = new Float64Array(64);
  st = new Int32Array(64);
  n = 0;
  push(from: State, o: HashedOption, s: number, st: number): void {
    const i = this.n++;
    if (i === this.s.length) {
      const sc = new Float64Array(2 * i);
      const stc = new Int32Array(2 * i);
      sc.set(this.s);
      stc.set(this.st);
      this.s = sc;
      this.st = stc;
    }
    this.from[i] = from;
    this.opt[i] = o;
    this.s[i] = s;
    this.st[i] = st;
  }
}

function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** Searched prefixes remembered before the memo is emptied (a dozen states each). */
const PREFIXES_KEPT = 50_000;

/**
 * Options per chunk tried whatever came before (the rest only when seen after the previous
 * graphone). 8 -> 2 (names37, dev split): the same right spellings within the search's first
 * 15 and the same first answers (the options never seen after the graphone before them almost
 * never win), about a sixth less search time, which pays for most of beam 16.
 */
const ALWAYS_TRIED = 2;

/** Up to this many kept states are taken by scanning for the best rather than by sorting. */
const MERGE_SCAN = 32;

/** Longest list sorted by insertion rather than by Array.prototype.sort (quadratic beyond). */
const INSERTION_MAX = 256;

export class JointDecoder {
  /** each source chunk with options, numbered */
  private readonly chunkIds = new Map<string, number>();
  /** ids of the one-character chunks below U+0800 by code, plus one (0: none) */
  private readonly charChunk = new Int32Array(0x800);
  /** a chunk's options, the most frequent first, by chunk id */
  private readonly byChunk: HashedOption[][] = [];
  /** options per (previous symbol's context, chunk): see optionsAfter */
  private readonly after = new Map<number, HashedOption[]>();
  /** a state's steps by a chunk's options, by key (see expansions): index into expList */
  private readonly expIndex = new IntTable(1 << 14);
  private readonly expList: Expansion[] = [];
  /**
   * the expansions' log-probabilities and next states, and the context each log-probability
   * was read from and its stored value (NgramLM.stepMany)
   */
  private arenaLp = new Float64Array(1 << 14);
  private arenaNext = new Int32Array(1 << 14);
  private arenaCtx = new Int32Array(1 << 14);
  private arenaQ = new Int32Array(1 << 14);
  private arenaUsed = 0;
  /** the most options a chunk can have (see expansions) */
  private maxOpts = 0;
  /** each position's extensions, reused from word to word (decode is not re-entered) */
  private readonly lists: Extensions[] = [];
  private readonly maxLen: number;
  /** survivors' scratch: the near extensions' indices, which of them are taken */
  private near = new Int32Array(256);
  private taken = new Uint8Array(256);
  /** see prefixCache */
  private readonly prefixes = new Map<string, State[]>();
  private prefixBeam = -1;
  private prefixPrune = -1;
  /** see endLp */
  private ends = new Float64Array(0);
  /**
   * grouped's work, read by finals: the distinct (text, model state) pairs ("nodes") in the
   * order they were kept, with their model states, summed scores, text group and the next node
   * of the same text; each text group's first extension (whose text it is) and last node; and
   * an open-addressing table of the groups by text hash, entries valid while stamped with gen
   */
  private nodeSt = new Int32Array(256);
  private nodeS = new Float64Array(256);
  private nodeGroup = new Int32Array(256);
  private nodeNext = new Int32Array(256);
  private nodes = 0;
  private groupRep = new Int32Array(256);
  private groupFirst = new Int32Array(256);
  private groupLast = new Int32Array(256);
  private groupHash = new Int32Array(256);
  private groups = 0;
  private slotGroup = new Int32Array(512);
  private slotGen = new Int32Array(512);
  private gen = 0;
  /** the position grouped last worked on (its extensions) */
  private groupedList: Extensions | undefined;
  /** finals' scratch */
  private groupScore = new Float64Array(256);
  private order = new Int32Array(256);

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
      if (src.length === 1 && src.charCodeAt(0) < this.charChunk.length) this.charChunk[src.charCodeAt(0)] = this.chunkIds.size + 1;
      this.chunkIds.set(src, this.chunkIds.size);
      const opts = list.slice(0, perChunk).map(({ id, out }) => ({ id, out, h: textHash(out), pw: hashPower(out) }));
      this.byChunk.push(opts);
      this.maxOpts = Math.max(this.maxOpts, opts.length);
    }
    this.maxLen = maxLen;
  }

  /**
   * The graphones worth trying for a chunk after a given previous graphone: the chunk's most
   * frequent ones, plus any the model has seen right after that graphone (French -ier: ه read
   * as "r" only after ي read "ie"). Far fewer than all of them, and none that matters is lost.
   */
  private optionsAfter(prevCtx: number, c: number): HashedOption[] {
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
    // room for this expansion and those of its back-off states (expand), so none is emptied
    // away while one built on it is being worked out
    const depth = this.lm.order + 1;
    if (this.expList.length + depth > EXPANSIONS_KEPT || this.arenaUsed + depth * this.maxOpts > ARENA_KEPT) {
      this.expIndex.clear();
      this.expList.length = 0;
      this.arenaUsed = 0;
    }
    return this.expand(state, c, k);
  }

  /**
   * expansions' work for a state not remembered. The options tried depend only on the state's
   * last graphone, which its back-off state (the longest suffix of its history that is a
   * context) shares unless that is the empty history: the same options were stepped from there,
   * so only this state's own entries are looked up (NgramLM.stepMany) and the rest is read from
   * the back-off state's expansion, remembered too.
   */
  private expand(state: number, c: number, k: number): Expansion {
    const lm = this.lm;
    const last = lm.lastSymbolCtx(state);
    const opts = this.optionsAfter(last, c);
    const shorter = state === 0 ? 0 : lm.shorterCtx(state);
    let from = -1;
    if (shorter !== 0 && lm.lastSymbolCtx(shorter) === last) {
      const ks = shorter * this.chunkIds.size + c;
      const i = this.expIndex.get(ks);
      from = (i >= 0 ? this.expList[i]! : this.expand(shorter, c, ks)).at;
    }
    if (this.arenaUsed + opts.length > this.arenaLp.length) {
      const size = this.arenaLp.length * 2;
      const lp = new Float64Array(size);
      const next = new Int32Array(size);
      const ctx = new Int32Array(size);
      const q = new Int32Array(size);
      lp.set(this.arenaLp);
      next.set(this.arenaNext);
      ctx.set(this.arenaCtx);
      q.set(this.arenaQ);
      this.arenaLp = lp;
      this.arenaNext = next;
      this.arenaCtx = ctx;
      this.arenaQ = q;
    }
    const at = this.arenaUsed;
    lm.stepMany(state, opts, this.arenaLp, this.arenaNext, this.arenaCtx, this.arenaQ, at, from);
    this.arenaUsed += opts.length;
    const hit = { opts, at };
    this.expIndex.set(k, this.expList.length);
    this.expList.push(hit);
    return hit;
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

  /**
   * The best distinct outputs for a source word, best first (at most `beam` states per
   * position); only the first `limit` of them are returned (the rest are worked out alike, as
   * every output's sum is needed to order them).
   */
  decode(src: string, beam: number, prune = 12, limit = Infinity): Scored[] {
    const n = src.length;
    if (!n) return [];
    const lm = this.lm;
    // extensions are cheap columns; the states and their texts are only built for the few
    // that survive pruning at their position
    while (this.lists.length <= n) this.lists.push(new Extensions());
    const pending = this.lists;
    for (let i = 0; i <= n; i++) pending[i]!.n = 0;
    const start: State = { st: lm.next(0, this.edge), out: '', s: 0, h: 0 };
    // best score reached so far at each position: an extension far below it is not worth keeping
    const reached = new Array<number>(n + 1).fill(-Infinity);
    // the chunk ids of the word, looked up once rather than per state: chunks[i * maxLen + L - 1]
    const maxLen = this.maxLen;
    const chunks = new Int32Array(n * maxLen).fill(-1);
    for (let i = 0; i < n; i++) {
      const code = src.charCodeAt(i);
      chunks[i * maxLen] = code < this.charChunk.length ? this.charChunk[code]! - 1 : (this.chunkIds.get(src[i]!) ?? -1);
      for (let L = 2; L <= maxLen && i + L <= n; L++) chunks[i * maxLen + L - 1] = this.chunkIds.get(src.slice(i, i + L)) ?? -1;
    }
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
        if (i === n) break;
        cur = this.survivors(pending[i]!, prune, beam);
        if (prefixes) prefixes.set(src.slice(0, i), cur);
      }
      for (const st of cur) {
        for (let L = 1; L <= maxLen && i + L <= n; L++) {
          const c = chunks[i * maxLen + L - 1]!;
          if (c < 0) continue;
          const { opts, at } = this.expansions(st.st, c);
          const lp = this.arenaLp;
          const to = this.arenaNext;
          const next = pending[i + L]!;
          let best = reached[i + L]!;
          const s0 = st.s;
          for (let j = 0; j < opts.length; j++) {
            const s = s0 + lp[at + j]!;
            if (s < best - prune) continue;
            if (s > best) best = s;
            next.push(st, opts[j]!, s, to[at + j]!);
          }
          reached[i + L] = best;
        }
      }
    }
    // the last position: every distinct (text, state) near the best, their texts' sums ordered
    const last = pending[n]!;
    this.grouped(last, this.nearOf(last, prune), Infinity);
    return this.finals(limit);
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
   * The outputs from the last position's grouped extensions, each text's states' end scores
   * added in the order they were kept, best first (ties in the order the texts were first
   * kept, as a stable sort leaves them); the texts built for the first `limit` only.
   */
  private finals(limit: number): Scored[] {
    const g = this.groups;
    if (this.groupScore.length < g) this.groupScore = new Float64Array(2 * g);
    if (this.order.length < g) this.order = new Int32Array(2 * g);
    const acc = this.groupScore;
    acc.fill(-Infinity, 0, g);
    // node by node in the order kept: each text's nodes come in that order too
    for (let k = 0; k < this.nodes; k++) {
      const x = this.nodeGroup[k]!;
      acc[x] = logAdd(acc[x]!, this.nodeS[k]! + this.endLp(this.nodeSt[k]!));
    }
    const order = stableOrder(acc, g, this.order);
    const list = this.groupedList!;
    const out: Scored[] = new Array(Math.min(g, limit));
    for (let i = 0; i < out.length; i++) {
      const e = this.groupRep[order[i]!]!;
      out[i] = { text: list.from[e]!.out + list.opt[e]!.out, score: acc[order[i]!]! };
    }
    return out;
  }

  /** Indices of a position's extensions within `prune` of its best, in order, into this.near; their count. */
  private nearOf(ext: Extensions, prune: number): number {
    const sc = ext.s;
    const n = ext.n;
    let best = -Infinity;
    for (let i = 0; i < n; i++) if (sc[i]! > best) best = sc[i]!;
    if (this.near.length < n) {
      this.near = new Int32Array(2 * n);
      this.taken = new Uint8Array(2 * n);
    }
    const near = this.near;
    let m = 0;
    const floor = best - prune;
    for (let i = 0; i < n; i++) if (sc[i]! >= floor) near[m++] = i;
    return m;
  }

  /**
   * The best states from a position's extensions: within `prune` of the best, at most `keep`
   * distinct ones. Extensions that spell the same text into the same model state score alike
   * from here on, so they are merged, adding their probabilities.
   */
  private survivors(ext: Extensions, prune: number, keep: number): State[] {
    const m = this.nearOf(ext, prune);
    // a small beam takes the best few one by one, in a stable sort's order, until it has its
    // states: it seldom looks past the first twenty of a hundred, so sorting them all cost more
    if (keep <= MERGE_SCAN) return this.kept(ext, m, keep);
    this.grouped(ext, m, keep);
    const out: State[] = new Array(this.nodes);
    for (let k = 0; k < this.nodes; k++) {
      const e = this.groupRep[this.nodeGroup[k]!]!;
      out[k] = { st: this.nodeSt[k]!, out: ext.from[e]!.out + ext.opt[e]!.out, s: this.nodeS[k]!, h: this.groupHash[this.nodeGroup[k]!]! };
    }
    return out;
  }

  /**
   * The same states as grouped(ext, m, keep) would keep: the near extensions are taken best
   * first by a scan each (the first of equal scores first, as a stable sort leaves them) only
   * as far as merging needs.
   */
  private kept(ext: Extensions, m: number, keep: number): State[] {
    const near = this.near;
    const taken = this.taken;
    const sc = ext.s;
    taken.fill(0, 0, m);
    const out: State[] = [];
    for (let left = m; left > 0; left--) {
      let at = -1;
      let top = -Infinity;
      for (let i = 0; i < m; i++) if (!taken[i] && (at < 0 || sc[near[i]!]! > top)) (at = i), (top = sc[near[i]!]!);
      taken[at] = 1;
      const e = near[at]!;
      const from = ext.from[e]!;
      const o = ext.opt[e]!;
      const st = ext.st[e]!;
      const h = appendHash(from.h, o);
      const head = from.out;
      const tail = o.out;
      const len = head.length + tail.length;
      let old: State | undefined;
      for (let j = 0; j < out.length; j++) {
        const x = out[j]!;
        if (x.st === st && x.h === h && x.out.length === len && x.out.startsWith(head) && x.out.endsWith(tail)) {
          old = x;
          break;
        }
      }
      if (old) {
        old.s = logAdd(old.s, sc[e]!);
        continue;
      }
      out.push({ st, out: head + tail, s: sc[e]!, h });
      if (out.length >= keep) break;
    }
    return out;
  }

  /**
   * The near extensions (this.near, m of them) sorted stably by score, best first, merged into
   * at most `keep` distinct (text, model state) nodes, probabilities added, grouped by text
   * (see the fields grouped fills). No text is built: extensions meet by their texts' hashes,
   * checked letter by letter.
   */
  private grouped(ext: Extensions, m: number, keep: number): void {
    const sorted = stableOrderOf(ext.s, this.near, m);
    if (this.nodeSt.length < m) {
      const size = 2 * m;
      this.nodeSt = new Int32Array(size);
      this.nodeS = new Float64Array(size);
      this.nodeGroup = new Int32Array(size);
      this.nodeNext = new Int32Array(size);
      this.groupRep = new Int32Array(size);
      this.groupFirst = new Int32Array(size);
      this.groupLast = new Int32Array(size);
      this.groupHash = new Int32Array(size);
    }
    let cap = this.slotGroup.length;
    if (cap < 2 * m) {
      while (cap < 2 * m) cap *= 2;
      this.slotGroup = new Int32Array(cap);
      this.slotGen = new Int32Array(cap);
      this.gen = 0;
    }
    const gen = ++this.gen;
    const mask = cap - 1;
    const { slotGroup, slotGen, nodeSt, nodeS, nodeGroup, nodeNext, groupRep, groupFirst, groupLast, groupHash } = this;
    let nodes = 0;
    let groups = 0;
    for (let k = 0; k < m; k++) {
      const e = sorted[k]!;
      const from = ext.from[e]!;
      const o = ext.opt[e]!;
      const st = ext.st[e]!;
      const s = ext.s[e]!;
      const h = appendHash(from.h, o);
      // the text's group: probe from the hash's slot until the group or a free slot
      let slot = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
      let g = -1;
      for (;; slot++) {
        slot &= mask;
        if (slotGen[slot] !== gen) break;
        const x = slotGroup[slot]!;
        const r = groupRep[x]!;
        if (groupHash[x] === h && sameConcat(ext.from[r]!.out, ext.opt[r]!.out, from.out, o.out)) {
          g = x;
          break;
        }
      }
      if (g >= 0) {
        let old = -1;
        for (let y = groupFirst[g]!; y >= 0; y = nodeNext[y]!) {
          if (nodeSt[y] === st) {
            old = y;
            break;
          }
        }
        if (old >= 0) {
          nodeS[old] = logAdd(nodeS[old]!, s);
          continue;
        }
        nodeNext[groupLast[g]!] = nodes;
      } else {
        g = groups++;
        slotGen[slot] = gen;
        slotGroup[slot] = g;
        groupRep[g] = e;
        groupHash[g] = h;
        groupFirst[g] = nodes;
      }
      groupLast[g] = nodes;
      nodeSt[nodes] = st;
      nodeS[nodes] = s;
      nodeGroup[nodes] = g;
      nodeNext[nodes] = -1;
      nodes++;
      if (nodes >= keep) break;
    }
    this.nodes = nodes;
    this.groups = groups;
    this.groupedList = ext;
  }
}

/** which near extensions stableOrderOf sorted, reused */
let sortScratch = new Int32Array(256);

/**
 * The indices idx[0..m) ordered by their scores sc[idx[i]], best first, equal scores in their
 * order (what a stable sort of the extensions by descending score gives, as idx ascends): a
 * final position's hundred by insertion, where the built-in sort's comparator calls cost a
 * twentieth of romanising.
 */
function stableOrderOf(sc: Float64Array, idx: Int32Array, m: number): Int32Array {
  if (sortScratch.length < m) sortScratch = new Int32Array(2 * m);
  const a = sortScratch;
  if (m > INSERTION_MAX) {
    const all = Array.from(idx.subarray(0, m)).sort((x, y) => sc[y]! - sc[x]!);
    for (let i = 0; i < m; i++) a[i] = all[i]!;
    return a;
  }
  for (let i = 0; i < m; i++) {
    const e = idx[i]!;
    const s = sc[e]!;
    let j = i;
    for (; j > 0 && sc[a[j - 1]!]! < s; j--) a[j] = a[j - 1]!;
    a[j] = e;
  }
  return a;
}

/**
 * Indices of the first n scores, best first, equal scores in index order (what a stable sort
 * by descending score gives), written into the start of `order` (at least n long).
 */
function stableOrder(scores: Float64Array, n: number, order: Int32Array): Int32Array {
  if (n > INSERTION_MAX) {
    const idx = Array.from({ length: n }, (_, i) => i).sort((x, y) => scores[y]! - scores[x]!);
    for (let i = 0; i < n; i++) order[i] = idx[i]!;
    return order;
  }
  for (let i = 0; i < n; i++) {
    const s = scores[i]!;
    let j = i;
    for (; j > 0 && scores[order[j - 1]!]! < s; j--) order[j] = order[j - 1]!;
    order[j] = i;
  }
  return order;
}
