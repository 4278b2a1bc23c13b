/**
 * What the embedded engines know of every briefing without reading its body: id, ingest time,
 * URL, and where the body is, kept newest first; plus the search index (search-index.ts) so
 * /search looks at candidates, not at the whole library. Updated one briefing at a time.
 */
import type { Briefing } from '../../briefing/types.ts';
import { briefingTerms, type BriefingTerms } from '../../text/search-fold.ts';
import type { SearchCandidate } from '../types.ts';
import { SearchIndex } from './search-index.ts';
import type { CatalogRow } from './catalog-file.ts';

export interface CatalogEntry {
  id: string;
  /** Insertion order: ties in ingest time keep the order briefings came in. */
  seq: number;
  ingestedAt: string;
  parserVersion: number;
  url?: string;
  /** Body location (file name relative to the briefings folder) for the file engine. */
  file?: string;
  /** Its document number in the search index, once indexed. */
  doc?: number;
}

/** Newest first: later ingest time first, then later insertion. */
function newer(a: CatalogEntry, b: CatalogEntry): number {
  return a.ingestedAt === b.ingestedAt ? b.seq - a.seq : a.ingestedAt < b.ingestedAt ? 1 : -1;
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** Ingest times compared as strings must share one form ("...00Z" and "...00.000Z" are the same instant). */
export function normIso(s: string | undefined): string {
  // Already in toISOString's form (what mujaz writes): as it is (start-up reads 100k of these).
  if (s !== undefined && s.length === 24 && ISO.test(s)) return s;
  const t = Date.parse(s ?? '');
  return Number.isFinite(t) ? new Date(t).toISOString() : '';
}

function push(m: Map<string, number[]>, k: string, v: number): void {
  const p = m.get(k);
  if (p) p.push(v);
  else m.set(k, [v]);
}

export class Catalog {
  private readonly byId = new Map<string, CatalogEntry>();
  private readonly byUrl = new Map<string, string>();
  /** Newest first. */
  private readonly order: CatalogEntry[] = [];
  private readonly index: SearchIndex;
  private seq = 0;

  /** `indexDir`: where the search index is kept (null: in memory); `readOnly`: read it, never write it. */
  constructor(indexDir: string | null = null, readOnly = false) {
    this.index = new SearchIndex(indexDir, readOnly);
  }

  /** Read the stored search index and tie its documents to the entries; returns the entries it lacks. */
  loadIndex(): CatalogEntry[] {
    this.index.load();
    const missing: CatalogEntry[] = [];
    this.rankDocs = null;
    for (const e of this.order) {
      e.doc = this.index.doc(SearchIndex.key(e.id, e.parserVersion));
      if (e.doc === undefined) missing.push(e);
    }
    return missing;
  }

  /** At a graceful stop: the search index's tail merged (see SearchIndex.settle). */
  settleIndex(): Promise<void> {
    return this.index.settle();
  }

  /** The search index's writes are on disk. */
  indexIdle(): Promise<void> {
    return this.index.idle();
  }

  get size(): number {
    return this.order.length;
  }

  get(id: string): CatalogEntry | undefined {
    return this.byId.get(id);
  }

  idByUrl(url: string): string | undefined {
    return this.byUrl.get(url);
  }

  /** Record (or replace) a briefing's entry; returns it. */
  set(e: Omit<CatalogEntry, 'seq'>): CatalogEntry {
    const old = this.byId.get(e.id);
    this.rankDocs = null;
    if (old) this.order.splice(this.rank(old), 1);
    const entry = this.entry(e, old);
    this.byId.set(e.id, entry);
    if (e.url) this.byUrl.set(e.url, e.id);
    this.order.splice(this.insertAt(entry), 0, entry);
    return entry;
  }

  /** A new entry (replacing `old`, whose place in the insertion order it keeps), every field set: one object shape. */
  private entry(e: Omit<CatalogEntry, 'seq'>, old: CatalogEntry | undefined): CatalogEntry {
    return { id: e.id, seq: old?.seq ?? this.seq++, ingestedAt: normIso(e.ingestedAt), parserVersion: e.parserVersion, url: e.url, file: e.file, doc: e.doc };
  }

  /** Every entry in insertion order (what a catalog snapshot holds; file-backed entries only). */
  rows(): CatalogRow[] {
    const out: CatalogRow[] = [];
    for (const e of this.byId.values()) if (e.file !== undefined) out.push({ id: e.id, ingestedAt: e.ingestedAt, parserVersion: e.parserVersion, url: e.url, file: e.file });
    return out;
  }

  /** Index a briefing version (the one the catalog holds for its id). */
  indexBody(b: Briefing, terms: BriefingTerms = briefingTerms(b)): void {
    const doc = this.index.add(SearchIndex.key(b.id, b.parserVersion), terms);
    const e = this.byId.get(b.id);
    if (e && e.parserVersion === b.parserVersion) {
      e.doc = doc;
      this.rankDocs = null;
    }
  }

  /**
   * Start-up: every catalog line at once (a later line for an id replaces an earlier one), sorted
   * once; one set() each would shift the newest-first list for every line (quadratic).
   */
  setAll(list: ReadonlyArray<Omit<CatalogEntry, 'seq'>>): void {
    for (const e of list) {
      const entry = this.entry(e, this.byId.get(e.id));
      this.byId.set(e.id, entry);
      if (e.url) this.byUrl.set(e.url, e.id);
    }
    // Catalog lines come oldest first: reversed, the list is nearly sorted (a cheap sort).
    const all = [...this.byId.values()].reverse();
    all.sort(newer);
    this.rankDocs = null;
    this.order.length = 0;
    for (const e of all) this.order.push(e);
  }

  /** 0-based rank in the newest-first order (the entry must be present). */
  rank(e: CatalogEntry): number {
    let lo = 0;
    let hi = this.order.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = newer(this.order[mid]!, e);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private insertAt(e: CatalogEntry): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newer(this.order[mid]!, e) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  slice(offset: number, limit: number): CatalogEntry[] {
    return this.order.slice(Math.max(0, offset), Math.max(0, offset) + Math.max(0, limit));
  }

  /** Entries ingested in (after, upTo], newest first. */
  ingestedIn(after: string | undefined, upTo: string, limit: number): CatalogEntry[] {
    const [from, to] = this.intervalRange(after, upTo);
    return this.order.slice(from, Math.min(to, from + Math.max(0, limit)));
  }

  /** How many entries were ingested in (after, upTo]. */
  countIngestedIn(after: string | undefined, upTo: string): number {
    const [from, to] = this.intervalRange(after, upTo);
    return to - from;
  }

  /**
   * Where (after, upTo] lies in the newest-first order, as [from, to): two binary searches, so a
   * digest's interval is found and counted without walking it. Entries with no ingest time sort
   * last and are never in an interval.
   */
  private intervalRange(after: string | undefined, upTo: string): [number, number] {
    upTo = normIso(upTo);
    const from = this.firstAtOrBefore(upTo);
    // (an undated entry's ingestedAt is '', which sorts after every date: the tail starts there)
    const to = this.firstAtOrBefore(after === undefined ? '' : normIso(after));
    return [from, Math.max(from, to)];
  }

  /** The first index whose entry was ingested at or before `iso` (the order is newest first). */
  private firstAtOrBefore(iso: string): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.order[mid]!.ingestedAt > iso) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  idsByPrefix(prefix: string, limit: number): string[] {
    const out: string[] = [];
    for (const id of this.byId.keys()) {
      if (id.startsWith(prefix)) out.push(id);
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * Ranked by every word, then title words, then newest: the newest-first list is walked once,
   * each match put in its rank's bucket until that bucket holds `limit` (no sort of all matches).
   */
  candidates(words: readonly string[], limit: number): SearchCandidate[] {
    if (limit <= 0) return [];
    const { hits, inTitle, named } = this.index.match(words);
    const k = words.length;
    const docs = this.docsByRank();
    // Bucket (all words ? 0 : 1) * (k + 1) + (k - title words): lower is better. Holds ranks.
    const buckets: number[][] = Array.from({ length: 2 * (k + 1) }, () => []);
    const bucketOf = (d: number): number => {
      const all = hits[d] === k;
      return !all && !named[d] ? -1 : (all ? 0 : k + 1) + (k - inTitle[d]!);
    };
    // How many ranked documents each bucket gets in all, counted in the index's order (a sequential
    // pass): the walk below stops once no later document can change the result. A common word
    // that no title holds (most of a news library says "Iran") then walks its first few dozen
    // matches, not the whole library (10,000 ranks per /search at 10k briefings).
    const left = new Int32Array(buckets.length);
    const ranked = this.rankedDocs();
    for (let d = 0; d < hits.length; d++) {
      if (!ranked[d]) continue;
      const b = bucketOf(d);
      if (b >= 0) left[b]!++;
    }
    // The result is the buckets in order, cut at `limit`: settled when every bucket before the
    // cut is full or has had all its documents.
    const settled = (): boolean => {
      let n = 0;
      for (let b = 0; b < buckets.length; b++) {
        const len = buckets[b]!.length;
        if (len < limit && left[b]! > 0) return false;
        if ((n += len) >= limit) return true;
      }
      return true;
    };
    for (let r = 0; r < docs.length; r++) {
      const d = docs[r]!;
      if (d < 0) continue;
      const b = bucketOf(d);
      if (b < 0) continue;
      const bucket = buckets[b]!;
      const full = bucket.length >= limit;
      if (!full) bucket.push(r);
      // (asked only when a bucket fills or runs out, the two events that can settle it)
      if ((--left[b]! === 0 || (!full && bucket.length === limit)) && settled()) break;
    }
    return buckets
      .flat()
      .slice(0, limit)
      .map((r) => {
        const e = this.order[r]!;
        const d = docs[r]!;
        return { id: e.id, titleWords: inTitle[d]!, allWords: hits[d] === k, named: named[d] === 1 };
      });
  }

  /**
   * Document numbers in newest-first order (-1: not indexed yet), rebuilt after the catalog or
   * the index changed: a search walks this typed array, not the entry objects (at 100k
   * briefings the walk over objects was most of a search's time).
   */
  private rankDocs: Int32Array | null = null;
  /** By document number: 1 when the document is in the rank order (a briefing's current version). */
  private rankedSet: Uint8Array | null = null;

  private docsByRank(): Int32Array {
    if (this.rankDocs) return this.rankDocs;
    const docs = new Int32Array(this.order.length);
    for (let r = 0; r < docs.length; r++) docs[r] = this.order[r]!.doc ?? -1;
    this.rankedSet = null;
    return (this.rankDocs = docs);
  }

  private rankedDocs(): Uint8Array {
    const docs = this.docsByRank();
    if (this.rankedSet) return this.rankedSet;
    let max = -1;
    for (const d of docs) if (d > max) max = d;
    const set = new Uint8Array(max + 1);
    for (const d of docs) if (d >= 0) set[d] = 1;
    return (this.rankedSet = set);
  }
}
