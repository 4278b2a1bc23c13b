/**
 * What the embedded engines know of every briefing without reading its body: id, ingest time,
 * URL, and where the body is, kept newest first; plus an inverted index of search terms so
 * /search looks at candidates, not at the whole library. Updated one briefing at a time.
 */
import type { Briefing } from '../../briefing/types.ts';
import { briefingTerms, queryCore, querySkeletons, type BriefingTerms } from '../../text/search-fold.ts';
import type { SearchCandidate } from '../types.ts';

export interface CatalogEntry {
  id: string;
  /** Insertion order: ties in ingest time keep the order briefings came in. */
  seq: number;
  ingestedAt: string;
  parserVersion: number;
  url?: string;
  /** Body location (file name relative to the briefings folder) for the file engine. */
  file?: string;
}

/** Newest first: later ingest time first, then later insertion. */
function newer(a: CatalogEntry, b: CatalogEntry): number {
  return a.ingestedAt === b.ingestedAt ? b.seq - a.seq : a.ingestedAt < b.ingestedAt ? 1 : -1;
}

class TermIndex {
  /** term -> doc numbers, ascending (docs are numbered as they are indexed). */
  private readonly all = new Map<string, number[]>();
  private readonly title = new Map<string, number[]>();
  private readonly names = new Map<string, number[]>();
  /**
   * Terms by their first two and by their first three letters, for prefix lookup (two letters
   * alone make buckets too big: every Arabic word with the article starts "ال").
   */
  private readonly buckets = new Map<string, string[]>();
  readonly docs: string[] = [];
  private readonly docOf = new Map<string, number>();

  /** `terms`: briefingTerms(b) when already worked out (off the event loop's critical path). */
  add(b: Briefing, terms: BriefingTerms = briefingTerms(b)): void {
    const doc = this.docs.length;
    this.docs.push(b.id);
    // A newer parse of the same briefing: its old postings become dead entries (skipped below).
    this.docOf.set(b.id, doc);
    const { all: allTerms, title: titleTerms, names: nameTerms } = terms;
    for (const term of allTerms) {
      let p = this.all.get(term);
      if (!p) {
        p = [];
        this.all.set(term, p);
        for (const k of term.length >= 3 ? [term.slice(0, 2), term.slice(0, 3)] : [term.slice(0, 2)]) {
          const bucket = this.buckets.get(k);
          if (bucket) bucket.push(term);
          else this.buckets.set(k, [term]);
        }
      }
      p.push(doc);
    }
    for (const term of titleTerms) push(this.title, term, doc);
    // Names include their sound skeletons: a name typed in the other script ("haddad" for الحداد).
    for (const term of nameTerms) push(this.names, term, doc);
  }

  private terms(core: string): string[] {
    return (this.buckets.get(core.slice(0, core.length >= 3 ? 3 : 2)) ?? []).filter((t) => t.startsWith(core));
  }

  /** Docs holding every word, or naming a person with any; with title-word counts. */
  match(words: readonly string[]): Map<string, Omit<SearchCandidate, 'id'>> {
    const n = this.docs.length;
    const hits = new Uint8Array(n);
    const inTitle = new Uint8Array(n);
    const named = new Uint8Array(n);
    words.forEach((w, i) => {
      const seen = new Uint8Array(n);
      const terms = this.terms(queryCore(w));
      for (const term of terms) {
        for (const d of this.all.get(term) ?? []) {
          if (seen[d]) continue;
          seen[d] = 1;
          if (hits[d] === i) hits[d] = i + 1;
        }
      }
      const seenTitle = new Uint8Array(n);
      for (const term of terms) {
        for (const d of this.title.get(term) ?? []) if (!seenTitle[d]) (seenTitle[d] = 1), inTitle[d]!++;
        for (const d of this.names.get(term) ?? []) named[d] = 1;
      }
    });
    for (const sk of querySkeletons(words)) for (const d of this.names.get(`~${sk}`) ?? []) named[d] = 1;
    const out = new Map<string, Omit<SearchCandidate, 'id'>>();
    for (let d = 0; d < n; d++) {
      if (hits[d] !== words.length && !named[d]) continue;
      const id = this.docs[d]!;
      if (this.docOf.get(id) !== d) continue;
      out.set(id, { titleWords: inTitle[d]!, allWords: hits[d] === words.length, named: named[d] === 1 });
    }
    return out;
  }
}

/** Ingest times compared as strings must share one form ("...00Z" and "...00.000Z" are the same instant). */
export function normIso(s: string | undefined): string {
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
  private readonly index = new TermIndex();
  private seq = 0;

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
    if (old) this.order.splice(this.rank(old), 1);
    const entry: CatalogEntry = { ...e, ingestedAt: normIso(e.ingestedAt), seq: old?.seq ?? this.seq++ };
    this.byId.set(e.id, entry);
    if (e.url) this.byUrl.set(e.url, e.id);
    this.order.splice(this.insertAt(entry), 0, entry);
    return entry;
  }

  indexBody(b: Briefing, terms?: BriefingTerms): void {
    this.index.add(b, terms);
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
    const out: CatalogEntry[] = [];
    upTo = normIso(upTo);
    after = after === undefined ? undefined : normIso(after);
    // Skip what is newer than upTo (binary search), then walk until `after`.
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.order[mid]!.ingestedAt > upTo) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.order.length && out.length < limit; i++) {
      const e = this.order[i]!;
      if (!e.ingestedAt || (after !== undefined && e.ingestedAt <= after)) break;
      out.push(e);
    }
    return out;
  }

  idsByPrefix(prefix: string, limit: number): string[] {
    const out: string[] = [];
    for (const id of this.byId.keys()) {
      if (id.startsWith(prefix)) out.push(id);
      if (out.length >= limit) break;
    }
    return out;
  }

  candidates(words: readonly string[], limit: number): SearchCandidate[] {
    const m = this.index.match(words);
    return [...m]
      .map(([id, m]) => ({ id, ...m, e: this.byId.get(id)! }))
      .filter((x) => x.e)
      .sort((a, b) => Number(b.allWords) - Number(a.allWords) || b.titleWords - a.titleWords || newer(a.e, b.e))
      .slice(0, limit)
      .map(({ e: _e, ...c }) => c);
  }
}
