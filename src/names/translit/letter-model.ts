/**
 * A second generator of Latin spellings for unknown Arabic tokens, whose errors differ from the
 * joint graphone search's (issue 12, names26): each Arabic letter's Latin chunk (0-3 letters, as
 * the EM alignment cut the training pairs) predicted from a window of Arabic letters on BOTH
 * sides (the joint n-gram sees only the letters before: ك before ي, ة at the end) and the last
 * Latin letters written. Witten-Bell interpolation, from the letter alone through Arabic windows
 * of 2, 3 and 5 letters, then the 3-letter window with the last Latin letter and the 5-letter
 * window with the last two. Decoded by beam with the Latin character model added per letter.
 */
import type { CharLM } from './char-lm.ts';
import { IntTable } from './int-table.ts';

export interface LetterScored {
  text: string;
  score: number;
}

/** The model as the model file stores it. */
export interface LetterModelData {
  /** chunk i is outs[i] */
  outs: string[];
  /** the Arabic-only contexts, context id = line number: a tag (F: letter, E: letter and next, D: 3-letter window, B: 5-letter window) and the letters, '^'/'$' beyond the word */
  windows: string;
  /** contexts with Latin letters too: key (see prevKey) and context id, ascending keys */
  prevKeys: Int32Array;
  prevIds: Int32Array;
  /** (context id × outs.length + chunk) ascending, and the count of each */
  pairKeys: Int32Array;
  pairCounts: Int32Array;
}

/** Latin letters as 1-26, anything else (the start) 0. */
function latinCode(text: string, back: number): number {
  const i = text.length - back;
  if (i < 0) return 0;
  const c = text.charCodeAt(i) - 96;
  return c >= 1 && c <= 26 ? c : 0;
}

/** A Latin-context key: the 5-letter window's id with the last two Latin letters (even), or the 3-letter window's with the last one (odd). */
const keyA = (w5: number, text: string) => 2 * (w5 * 729 + latinCode(text, 2) * 27 + latinCode(text, 1));
const keyC = (w3: number, text: string) => 2 * (w3 * 27 + latinCode(text, 1)) + 1;

function windowsAt(src: string, i: number): [string, string, string, string] {
  const a = (j: number) => (j < 0 ? '^' : j >= src.length ? '$' : src[j]!);
  return [`F${a(i)}`, `E${a(i)}${a(i + 1)}`, `D${a(i - 1)}${a(i)}${a(i + 1)}`, `B${a(i - 2)}${a(i - 1)}${a(i)}${a(i + 1)}${a(i + 2)}`];
}

/** Chunks of a letter always tried, however rare in its window (see optionsAt). */
const ALWAYS = 8;
/** Chunks tried per letter: the best by the Arabic windows' estimate. */
const TRIED = Number(process.env.NAMES_LETTER_TRIED ?? 10);
/** Extensions more than this many nats below the best of their letter are dropped. */
const PRUNE = Number(process.env.NAMES_LETTER_PRUNE ?? 8);
/** A context seen fewer times than this (windows of 3 and 5 letters, Latin contexts) is dropped. */
const MIN_CONTEXT = 2;

export class LetterModel {
  private readonly outs: string[];
  private readonly winIds = new Map<string, number>();
  private readonly prev: IntTable;
  private readonly pairs: IntTable;
  /** per context: observations and distinct chunks */
  private readonly n: Int32Array;
  private readonly types: Int32Array;
  /** per letter context (F): its chunks, most frequent first */
  private readonly byLetter = new Map<number, number[]>();
  /** per context: its chunks (for the windows' options) */
  private readonly seenOuts = new Map<number, number[]>();
  private readonly nOut: number;

  constructor(readonly data: LetterModelData) {
    this.outs = data.outs;
    this.nOut = data.outs.length;
    const lines = data.windows ? data.windows.split('\n') : [];
    lines.forEach((w, i) => this.winIds.set(w, i));
    let nCtx = lines.length;
    for (const id of data.prevIds) nCtx = Math.max(nCtx, id + 1);
    this.prev = new IntTable(data.prevKeys.length);
    for (let i = 0; i < data.prevKeys.length; i++) this.prev.set(data.prevKeys[i]!, data.prevIds[i]!);
    this.pairs = new IntTable(data.pairKeys.length);
    this.n = new Int32Array(nCtx);
    this.types = new Int32Array(nCtx);
    const byCtx = new Map<number, Array<[number, number]>>();
    for (let i = 0; i < data.pairKeys.length; i++) {
      const k = data.pairKeys[i]!;
      const c = data.pairCounts[i]!;
      this.pairs.set(k, c);
      const ctx = Math.floor(k / this.nOut);
      this.n[ctx]! += c;
      this.types[ctx]!++;
      if (ctx < lines.length && (lines[ctx]![0] === 'F' || lines[ctx]![0] === 'B' || lines[ctx]![0] === 'D' || lines[ctx]![0] === 'E')) {
        let l = byCtx.get(ctx);
        if (!l) byCtx.set(ctx, (l = []));
        l.push([k % this.nOut, c]);
      }
    }
    for (const [ctx, l] of byCtx) {
      const sorted = l.sort((x, y) => y[1] - x[1] || x[0] - y[0]).map(([o]) => o);
      if (lines[ctx]![0] === 'F') this.byLetter.set(ctx, sorted);
      else this.seenOuts.set(ctx, sorted);
    }
  }

  /** Fitted on graphone cuts ("arabic\tlatin", one Arabic letter each; others are skipped). */
  static fit(cuts: readonly (readonly string[])[]): LetterModel {
    const outIds = new Map<string, number>();
    const outs: string[] = [];
    const winIds = new Map<string, number>();
    const winCount = new Map<string, number>();
    // first pass: which windows are frequent enough to keep
    const rows: Array<{ src: string; outs: number[]; text: string[] }> = [];
    for (const cut of cuts) {
      const parts = cut.map((g) => g.split('\t'));
      if (parts.some((p) => p[0]!.length !== 1)) continue;
      const src = parts.map((p) => p[0]!).join('');
      const ids = parts.map((p) => {
        let id = outIds.get(p[1]!);
        if (id === undefined) outIds.set(p[1]!, (id = outs.push(p[1]!) - 1));
        return id;
      });
      let text = '';
      const before: string[] = [];
      for (const p of parts) {
        before.push(text);
        text += p[1]!;
      }
      rows.push({ src, outs: ids, text: before });
      for (let i = 0; i < src.length; i++) for (const w of windowsAt(src, i)) winCount.set(w, (winCount.get(w) ?? 0) + 1);
    }
    const keepWin = (w: string) => w[0] === 'F' || w[0] === 'E' || (winCount.get(w) ?? 0) >= MIN_CONTEXT;
    for (const w of [...winCount.keys()].filter(keepWin).sort()) winIds.set(w, winIds.size);
    // Latin contexts, counted, then kept when frequent
    const prevCount = new Map<number, number>();
    for (const r of rows) {
      for (let i = 0; i < r.src.length; i++) {
        const [, , d, b] = windowsAt(r.src, i);
        const w5 = winIds.get(b);
        const w3 = winIds.get(d);
        if (w5 !== undefined) prevCount.set(keyA(w5, r.text[i]!), (prevCount.get(keyA(w5, r.text[i]!)) ?? 0) + 1);
        if (w3 !== undefined) prevCount.set(keyC(w3, r.text[i]!), (prevCount.get(keyC(w3, r.text[i]!)) ?? 0) + 1);
      }
    }
    const prevKeys = [...prevCount].filter(([, c]) => c >= MIN_CONTEXT).map(([k]) => k).sort((x, y) => x - y);
    const prevIds = prevKeys.map((_, i) => winIds.size + i);
    const prevId = new Map(prevKeys.map((k, i) => [k, prevIds[i]!]));
    const pairCount = new Map<number, number>();
    const nOut = outs.length;
    const bump = (ctx: number | undefined, o: number) => {
      if (ctx === undefined) return;
      const k = ctx * nOut + o;
      pairCount.set(k, (pairCount.get(k) ?? 0) + 1);
    };
    for (const r of rows) {
      for (let i = 0; i < r.src.length; i++) {
        const o = r.outs[i]!;
        const [f, e, d, b] = windowsAt(r.src, i);
        for (const w of [f, e, d, b]) bump(winIds.get(w), o);
        const w5 = winIds.get(b);
        const w3 = winIds.get(d);
        if (w5 !== undefined) bump(prevId.get(keyA(w5, r.text[i]!)), o);
        if (w3 !== undefined) bump(prevId.get(keyC(w3, r.text[i]!)), o);
      }
    }
    const pairKeys = [...pairCount.keys()].sort((x, y) => x - y);
    if ((winIds.size + prevKeys.length) * nOut >= 2 ** 31) throw new Error('letter model: too many contexts for 31-bit keys');
    return new LetterModel({
      outs,
      windows: [...winIds.keys()].join('\n'),
      prevKeys: Int32Array.from(prevKeys),
      prevIds: Int32Array.from(prevIds),
      pairKeys: Int32Array.from(pairKeys),
      pairCounts: Int32Array.from(pairKeys.map((k) => pairCount.get(k)!)),
    });
  }

  /** Witten-Bell: a context's estimate of chunk o over the estimate p below it. */
  private wb(ctx: number, o: number, p: number): number {
    if (ctx < 0) return p;
    const n = this.n[ctx]!;
    if (!n) return p;
    const t = this.types[ctx]!;
    const c = this.pairs.get(ctx * this.nOut + o);
    return ((c > 0 ? c : 0) + t * p) / (n + t);
  }

  /**
   * The best distinct spellings of src, best first: a beam of `beam` texts per letter (the
   * last letter keeps 4 × beam), each scored ln P(chunks) + charW × ln P(text) under the
   * Latin character model (when given).
   */
  decode(src: string, beam: number, enLM?: CharLM, charW = 0.4): LetterScored[] {
    const n = src.length;
    if (!n) return [];
    let hyps: Array<{ text: string; s: number; st: number }> = [{ text: '', s: 0, st: enLM ? enLM.start() : 0 }];
    const scratch = new Float64Array(1);
    // resume from the longest prefix searched before with the same beam, character model and
    // weight: the texts kept after letter i depend on letters 0..i+2 alone (the window looks two
    // letters ahead), so the search from there on is the same
    const memo = this.prefixMemo(beam, enLM, charW);
    let from = 0;
    for (let i = n - 3; i >= 0; i--) {
      const hit = memo.get(src.slice(0, i + 3));
      if (hit) {
        hyps = hit;
        from = i + 1;
        break;
      }
    }
    for (let i = from; i < n; i++) {
      const { opts, base, cb, cd } = this.letterOptions(src, i);
      const next = new Map<string, { text: string; s: number; st: number }>();
      let best = -Infinity;
      for (const h of hyps) {
        const ca = cb >= 0 ? this.prev.get(keyA(cb, h.text)) : -1;
        const cc = cd >= 0 ? this.prev.get(keyC(cd, h.text)) : -1;
        for (let j = 0; j < opts.length; j++) {
          const o = opts[j]!;
          let s = h.s + Math.log(this.wb(ca, o, this.wb(cc, o, base[j]!)));
          if (s < best - PRUNE) continue;
          let st = h.st;
          const out = this.outs[o]!;
          if (enLM) {
            for (let q = 0; q < out.length; q++) {
              st = enLM.step(st, out.charCodeAt(q), scratch);
              s += charW * scratch[0]!;
            }
          }
          if (s < best - PRUNE) continue;
          if (s > best) best = s;
          const text = h.text + out;
          const old = next.get(text);
          if (!old || old.s < s) next.set(text, { text, s, st });
        }
      }
      const all = [...next.values()].sort((x, y) => y.s - x.s || (x.text < y.text ? -1 : 1));
      hyps = all.slice(0, i === n - 1 ? 4 * beam : beam);
      if (i + 3 <= n) {
        if (memo.size > 50_000) memo.clear();
        memo.set(src.slice(0, i + 3), hyps);
      }
    }
    const out = hyps.map((h) => ({ text: h.text, score: h.s + (enLM ? charW * enLM.end(h.st) : 0) }));
    return out.sort((x, y) => y.score - x.score || (x.text < y.text ? -1 : 1));
  }

  /**
   * ln P(text | src) under the per-letter model alone (no character model): the best cut of
   * text into one chunk (0-3 letters) per Arabic letter; -Infinity when no cut is possible.
   */
  score(src: string, text: string): number {
    const n = src.length;
    const m = text.length;
    const outIds = (this.outIds ??= new Map(this.outs.map((o, i) => [o, i])));
    let prev = new Float64Array(m + 1).fill(-Infinity);
    prev[0] = 0;
    for (let i = 0; i < n; i++) {
      const [f, e, d, b] = windowsAt(src, i);
      const cf = this.winIds.get(f) ?? -1;
      const ce = this.winIds.get(e) ?? -1;
      const cd = this.winIds.get(d) ?? -1;
      const cb = this.winIds.get(b) ?? -1;
      const cur = new Float64Array(m + 1).fill(-Infinity);
      for (let j = 0; j <= m; j++) {
        if (prev[j] === -Infinity) continue;
        const before = text.slice(0, j);
        const ca = cb >= 0 ? this.prev.get(keyA(cb, before)) : -1;
        const cc = cd >= 0 ? this.prev.get(keyC(cd, before)) : -1;
        for (let L = 0; L <= 3 && j + L <= m; L++) {
          const o = outIds.get(text.slice(j, j + L));
          if (o === undefined) continue;
          const lp = Math.log(this.wb(ca, o, this.wb(cc, o, this.wb(cb, o, this.wb(cd, o, this.wb(ce, o, this.wb(cf, o, 1e-6)))))));
          if (prev[j]! + lp > cur[j + L]!) cur[j + L] = prev[j]! + lp;
        }
      }
      prev = cur;
    }
    return prev[m]!;
  }

  private outIds?: Map<string, number>;

  private memo = new Map<string, Array<{ text: string; s: number; st: number }>>();
  private memoFor: [number, CharLM | undefined, number] = [-1, undefined, 0];
  private prefixMemo(beam: number, enLM: CharLM | undefined, charW: number): Map<string, Array<{ text: string; s: number; st: number }>> {
    const [b, l, w] = this.memoFor;
    if (b !== beam || l !== enLM || w !== charW) {
      this.memo.clear();
      this.memoFor = [beam, enLM, charW];
    }
    return this.memo;
  }

  private readonly optionMemo = new Map<string, { opts: number[]; base: number[]; cb: number; cd: number }>();
  /**
   * Letter i's chunks worth trying and the Arabic windows' estimate of each (the same for every
   * text so far; the Latin contexts above move mass among them, seldom past them): the best few
   * by that estimate. Memoised by the 5-letter window, which decides them.
   */
  private letterOptions(src: string, i: number): { opts: number[]; base: number[]; cb: number; cd: number } {
    const [f, e, d, b] = windowsAt(src, i);
    const hit = this.optionMemo.get(b);
    if (hit) return hit;
    const cf = this.winIds.get(f) ?? -1;
    const ce = this.winIds.get(e) ?? -1;
    const cd = this.winIds.get(d) ?? -1;
    const cb = this.winIds.get(b) ?? -1;
    const cand = this.optionsAt(cf, ce, cd, cb);
    const est = cand.map((o) => this.wb(cb, o, this.wb(cd, o, this.wb(ce, o, this.wb(cf, o, 1e-6)))));
    const order = cand.map((_, j) => j).sort((x, y) => est[y]! - est[x]! || cand[x]! - cand[y]!).slice(0, TRIED);
    const out = { opts: order.map((j) => cand[j]!), base: order.map((j) => est[j]!), cb, cd };
    if (this.optionMemo.size > 100_000) this.optionMemo.clear();
    this.optionMemo.set(b, out);
    return out;
  }

  /** A letter's most frequent chunks and every chunk seen in the widest window of it the data has. */
  private optionsAt(cf: number, ce: number, cd: number, cb: number): number[] {
    const all = cf >= 0 ? this.byLetter.get(cf) ?? [] : [];
    const out = all.slice(0, ALWAYS);
    for (const c of [cb, cd, ce]) {
      const seen = c >= 0 ? this.seenOuts.get(c) : undefined;
      if (!seen) continue;
      for (const o of seen) if (!out.includes(o)) out.push(o);
      break;
    }
    if (!out.length) out.push(this.outs.indexOf(''));
    return out.filter((o) => o >= 0);
  }
}
