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
import type { LetterModelData } from './model-data.ts';
import { IntTable } from './int-table.ts';

export interface LetterScored {
  text: string;
  score: number;
}

/** Latin letters as 1-26, anything else (the start) 0. */
function latinCode(text: string, back: number): number {
  const i = text.length - back;
  if (i < 0) return 0;
  const c = text.charCodeAt(i) - 96;
  return c >= 1 && c <= 26 ? c : 0;
}

/** latinCode of text's first j letters, without cutting them out. */
function latinCodeAt(text: string, j: number, back: number): number {
  const i = j - back;
  if (i < 0) return 0;
  const c = text.charCodeAt(i) - 96;
  return c >= 1 && c <= 26 ? c : 0;
}

/** A Latin-context key: the 5-letter window's id with the last two Latin letters (even), or the 3-letter window's with the last one (odd). */
const keyA = (w5: number, text: string) => 2 * (w5 * 729 + latinCode(text, 2) * 27 + latinCode(text, 1));
const keyC = (w3: number, text: string) => 2 * (w3 * 27 + latinCode(text, 1)) + 1;

/**
 * A window as one integer: five base-r digits (two letters before, the letter, two after), 0
 * where the window does not reach, so the letter alone, the letter and the next, the 3- and the
 * 5-letter window never share a code (letter codes start at 1; r = letters + 2, the last code
 * standing for a letter the model never saw).
 */
function windowCode(codes: Int32Array, i: number, span: 'F' | 'E' | 'D' | 'B', r: number, begin: number, end: number): number {
  const n = codes.length;
  const a = (j: number) => (j < 0 ? begin : j >= n ? end : codes[j]!);
  const pp = span === 'B' ? a(i - 2) : 0;
  const p = span === 'B' || span === 'D' ? a(i - 1) : 0;
  const nx = span === 'F' ? 0 : a(i + 1);
  const nn = span === 'B' ? a(i + 2) : 0;
  return (((pp * r + p) * r + a(i)) * r + nx) * r + nn;
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
  /** window code -> context id */
  private readonly win: IntTable;
  private readonly prev: IntTable;
  private readonly pairs: IntTable;
  private readonly n: Int32Array;
  private readonly types: Int32Array;
  private readonly optStarts: Int32Array;
  private readonly optList: Int32Array;
  private readonly nOut: number;
  private readonly empty: number;
  /** letter -> code (1..chars.length) */
  private readonly charIds: Map<string, number>;
  private readonly radix: number;
  private readonly begin: number;
  private readonly end: number;

  constructor(readonly data: LetterModelData) {
    this.outs = data.outs;
    this.nOut = data.outs.length;
    this.empty = data.outs.indexOf('');
    this.charIds = new Map(data.chars.map((c, i) => [c, i + 1]));
    this.radix = data.chars.length + 2;
    this.begin = this.charIds.get('^') ?? this.radix - 1;
    this.end = this.charIds.get('$') ?? this.radix - 1;
    const nWin = data.windows.length;
    const ids = new Int32Array(Math.max(nWin, data.prevKeys.length));
    for (let i = 0; i < ids.length; i++) ids[i] = i;
    this.win = IntTable.fromSlots(data.windows, ids);
    for (let i = 0; i < data.prevKeys.length; i++) ids[i] = nWin + i;
    this.prev = IntTable.fromSlots(data.prevKeys, ids.subarray(0, data.prevKeys.length));
    this.pairs = IntTable.fromSlots(data.pairKeys, data.pairCounts);
    this.n = data.n;
    this.types = data.types;
    this.optStarts = data.optStarts;
    this.optList = data.optList;
  }

  /** Fitted on graphone cuts ("arabic\tlatin", one Arabic letter each; others are skipped). */
  static fit(cuts: readonly (readonly string[])[]): LetterModel {
    const outIds = new Map<string, number>();
    const outs: string[] = [];
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
    }
    const chars = [...new Set([...rows.flatMap((r) => [...r.src]), '^', '$'])].sort();
    const charIds = new Map(chars.map((c, i) => [c, i + 1]));
    const r = chars.length + 2;
    if (r ** 5 >= 2 ** 31) throw new Error(`letter model: ${chars.length} letters, too many for 31-bit window codes`);
    const begin = charIds.get('^')!;
    const end = charIds.get('$')!;
    const spans = ['F', 'E', 'D', 'B'] as const;
    const codesOf = (src: string) => Int32Array.from([...src].map((c) => charIds.get(c)!));
    const rowCodes = rows.map((row) => {
      const codes = codesOf(row.src);
      return [...row.src].map((_, i) => spans.map((sp) => windowCode(codes, i, sp, r, begin, end)));
    });
    // which windows are frequent enough to keep (a letter alone, and with the next, always)
    const winCount = new Map<number, number>();
    for (const wins of rowCodes) for (const ws of wins) for (const w of ws) winCount.set(w, (winCount.get(w) ?? 0) + 1);
    const short = (w: number) => Math.floor(w / r ** 3) % r === 0; // no letter before: F or E
    const windows = [...winCount.keys()].filter((w) => short(w) || winCount.get(w)! >= MIN_CONTEXT).sort((x, y) => x - y);
    const winIds = new Map(windows.map((w, i) => [w, i]));
    // Latin contexts, counted, then kept when frequent
    const prevCount = new Map<number, number>();
    rows.forEach((row, j) => {
      for (let i = 0; i < row.src.length; i++) {
        const [, , d, b] = rowCodes[j]![i]!;
        const w5 = winIds.get(b!);
        const w3 = winIds.get(d!);
        if (w5 !== undefined) prevCount.set(keyA(w5, row.text[i]!), (prevCount.get(keyA(w5, row.text[i]!)) ?? 0) + 1);
        if (w3 !== undefined) prevCount.set(keyC(w3, row.text[i]!), (prevCount.get(keyC(w3, row.text[i]!)) ?? 0) + 1);
      }
    });
    const prevKeys = [...prevCount].filter(([, c]) => c >= MIN_CONTEXT).map(([k]) => k).sort((x, y) => x - y);
    const prevId = new Map(prevKeys.map((k, i) => [k, windows.length + i]));
    const nCtx = windows.length + prevKeys.length;
    const nOut = outs.length;
    if (nCtx * nOut >= 2 ** 31) throw new Error('letter model: too many contexts for 31-bit keys');
    const pairCount = new Map<number, number>();
    const bump = (ctx: number | undefined, o: number) => {
      if (ctx === undefined) return;
      const k = ctx * nOut + o;
      pairCount.set(k, (pairCount.get(k) ?? 0) + 1);
    };
    rows.forEach((row, j) => {
      for (let i = 0; i < row.src.length; i++) {
        const o = row.outs[i]!;
        const ws = rowCodes[j]![i]!;
        for (const w of ws) bump(winIds.get(w), o);
        const w5 = winIds.get(ws[3]!);
        const w3 = winIds.get(ws[2]!);
        if (w5 !== undefined) bump(prevId.get(keyA(w5, row.text[i]!)), o);
        if (w3 !== undefined) bump(prevId.get(keyC(w3, row.text[i]!)), o);
      }
    });
    const pairKeys = [...pairCount.keys()].sort((x, y) => x - y);
    const n = new Int32Array(nCtx);
    const types = new Int32Array(nCtx);
    const byCtx: Array<Array<[number, number]>> = windows.map(() => []);
    for (const k of pairKeys) {
      const ctx = Math.floor(k / nOut);
      const c = pairCount.get(k)!;
      n[ctx]! += c;
      types[ctx]!++;
      if (ctx < windows.length) byCtx[ctx]!.push([k % nOut, c]);
    }
    const optStarts = new Int32Array(windows.length + 1);
    const optList: number[] = [];
    byCtx.forEach((l, ctx) => {
      for (const [o] of l.sort((x, y) => y[1] - x[1] || x[0] - y[0])) optList.push(o);
      optStarts[ctx + 1] = optList.length;
    });
    return new LetterModel({
      outs,
      chars,
      windows: Int32Array.from(windows),
      prevKeys: Int32Array.from(prevKeys),
      pairKeys: Int32Array.from(pairKeys),
      pairCounts: Int32Array.from(pairKeys.map((k) => pairCount.get(k)!)),
      n,
      types,
      optStarts,
      optList: Int32Array.from(optList),
    });
  }

  /** A word's letter codes (an unseen letter: radix - 1, in no window). */
  private codes(src: string): Int32Array {
    const out = new Int32Array(src.length);
    for (let i = 0; i < src.length; i++) out[i] = this.charIds.get(src[i]!) ?? this.radix - 1;
    return out;
  }

  /** Letter i's four contexts (letter alone, and next, 3-letter, 5-letter window; -1: not one) and the 5-letter window's code. */
  private contexts(codes: Int32Array, i: number): [number, number, number, number, number] {
    const { radix: r, begin, end } = this;
    const b = windowCode(codes, i, 'B', r, begin, end);
    return [this.win.get(windowCode(codes, i, 'F', r, begin, end)), this.win.get(windowCode(codes, i, 'E', r, begin, end)), this.win.get(windowCode(codes, i, 'D', r, begin, end)), this.win.get(b), b];
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
    const codes = this.codes(src);
    for (let i = from; i < n; i++) {
      const { opts, base, cb, cd } = this.letterOptions(codes, i);
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
    // each chunk text[j, j + L) as a chunk id once (-1: not a chunk), not once per letter
    const chunk = new Int32Array((m + 1) * 4).fill(-1);
    for (let j = 0; j <= m; j++) for (let L = 0; L <= 3 && j + L <= m; L++) chunk[j * 4 + L] = outIds.get(text.slice(j, j + L)) ?? -1;
    let prev = new Float64Array(m + 1).fill(-Infinity);
    prev[0] = 0;
    // a word's letter contexts and each (letter, chunk)'s estimate from the Arabic windows alone
    // are kept until another word is scored: a word's candidates are scored one after another
    if (src !== this.scored.src) {
      const codes = this.codes(src);
      this.scored = { src, contexts: Array.from({ length: n }, (_, i) => this.contexts(codes, i)), arabic: new Map() };
    }
    const { contexts, arabic } = this.scored;
    for (let i = 0; i < n; i++) {
      const [cf, ce, cd, cb] = contexts[i]!;
      const cur = new Float64Array(m + 1).fill(-Infinity);
      // a cell from which the letters left cannot reach the end (3 Latin letters each at most)
      // adds nothing to the end's best cut: skipped (names31, the same result faster)
      const left = 3 * (n - i - 1);
      for (let j = Math.max(0, m - left - 3); j <= m; j++) {
        if (prev[j] === -Infinity) continue;
        const ca = cb >= 0 ? this.prev.get(2 * (cb * 729 + latinCodeAt(text, j, 2) * 27 + latinCodeAt(text, j, 1))) : -1;
        const cc = cd >= 0 ? this.prev.get(2 * (cd * 27 + latinCodeAt(text, j, 1)) + 1) : -1;
        for (let L = Math.max(0, m - left - j); L <= 3 && j + L <= m; L++) {
          const o = chunk[j * 4 + L]!;
          if (o < 0) continue;
          const at = i * this.nOut + o;
          let ar = arabic.get(at);
          if (ar === undefined) arabic.set(at, (ar = this.wb(cb, o, this.wb(cd, o, this.wb(ce, o, this.wb(cf, o, 1e-6))))));
          const lp = Math.log(this.wb(ca, o, this.wb(cc, o, ar)));
          if (prev[j]! + lp > cur[j + L]!) cur[j + L] = prev[j]! + lp;
        }
      }
      prev = cur;
    }
    return prev[m]!;
  }

  private outIds?: Map<string, number>;
  private scored: { src: string; contexts: Array<[number, number, number, number, number]>; arabic: Map<number, number> } = { src: '', contexts: [], arabic: new Map() };


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

  private readonly optionMemo = new Map<number, { opts: number[]; base: number[]; cb: number; cd: number }>();
  /**
   * Letter i's chunks worth trying and the Arabic windows' estimate of each (the same for every
   * text so far; the Latin contexts above move mass among them, seldom past them): the best few
   * by that estimate. Memoised by the 5-letter window, which decides them.
   */
  private letterOptions(codes: Int32Array, i: number): { opts: number[]; base: number[]; cb: number; cd: number } {
    const [cf, ce, cd, cb, b] = this.contexts(codes, i);
    const hit = this.optionMemo.get(b);
    if (hit) return hit;
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
    const { optStarts, optList } = this;
    const out: number[] = [];
    if (cf >= 0) for (let j = optStarts[cf]!; j < Math.min(optStarts[cf + 1]!, optStarts[cf]! + ALWAYS); j++) out.push(optList[j]!);
    for (const c of [cb, cd, ce]) {
      if (c < 0 || optStarts[c + 1] === optStarts[c]) continue;
      for (let j = optStarts[c]!; j < optStarts[c + 1]!; j++) if (!out.includes(optList[j]!)) out.push(optList[j]!);
      break;
    }
    if (!out.length) out.push(this.empty);
    return out.filter((o) => o >= 0);
  }
}
