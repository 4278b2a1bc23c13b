/**
 * The embedded engine's /search index, kept on disk so start-up reads it instead of every
 * briefing body: an immutable segment file (search-segment.ts) plus the briefings indexed since,
 * held in memory and appended one line each to tail.jsonl. When the tail has grown to an eighth
 * of the segment (500 to 2,000 briefings), both are merged into a new segment in the background (in slices), so the work
 * per ingest stays constant and memory holds only terms, never the postings of the whole library.
 *
 * The index is derived data: a lost tail line or segment only means those briefings are indexed
 * again from their bodies at start-up (briefing-files.ts), so tail lines are not fsynced.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { log } from '../../log.ts';
import { queryCore, querySkeletons, type BriefingTerms } from '../../text/search-fold.ts';
import { writeFileDurable } from './durable.ts';
import { Segment, writeSegment, type FieldPostings } from './search-segment.ts';

const ALL = 0;
const TITLE = 1;
const NAMES = 2;

/**
 * The tail is merged into a new segment past segment documents ÷ MERGE_RATIO, kept between
 * MERGE_MIN and MERGE_MAX: start-up reads the tail into memory (a 12,500-briefing tail at 100k
 * cost 130 MB and seconds), while a merge rewrites the segment (35 MB at 100k briefings, in the
 * background; every 2,000 ingests is every 40 days at 50 articles a day).
 */
const MERGE_MIN = 500;
const MERGE_MAX = 2000;
const MERGE_RATIO = 8;
/** A tail this long is merged at a graceful stop (see settle()). */
const SETTLE_MIN = 100;

/** Briefings indexed since the segment: terms → document numbers, and terms by their first letters. */
class Tail {
  readonly fields: FieldPostings[] = [new Map(), new Map(), new Map()];
  /**
   * Words by their first two and by their first three letters, for prefix lookup (two letters
   * alone make buckets too big: every Arabic word with the article starts "ال").
   */
  private readonly buckets = new Map<string, string[]>();
  docs = 0;

  add(doc: number, terms: readonly (readonly string[])[]): void {
    this.docs++;
    terms.forEach((list, field) => {
      const m = this.fields[field]!;
      for (const term of list) {
        const p = m.get(term);
        if (p) p.push(doc);
        else {
          m.set(term, [doc]);
          if (field === ALL)
            for (const k of term.length >= 3 ? [term.slice(0, 2), term.slice(0, 3)] : [term.slice(0, 2)]) {
              const bucket = this.buckets.get(k);
              if (bucket) bucket.push(term);
              else this.buckets.set(k, [term]);
            }
        }
      }
    });
  }

  /** Words of the title and body starting with `core` (title and name words are among them). */
  terms(core: string): string[] {
    return (this.buckets.get(core.slice(0, core.length >= 3 ? 3 : 2)) ?? []).filter((t) => t.startsWith(core));
  }
}

/** Per document: words found (count of leading query words held), title words, named. */
export interface Matches {
  hits: Uint8Array;
  inTitle: Uint8Array;
  named: Uint8Array;
}

export class SearchIndex {
  /** Document number → key ("id\u0000parserVersion") of the briefing version indexed under it. */
  private docs: string[] = [];
  private readonly docOf = new Map<string, number>();
  private segment: Segment | null = null;
  private segmentNo = 0;
  /** Being merged into the next segment (still searched until the segment is in place). */
  private merging: Tail | null = null;
  private tail = new Tail();
  private saving: Promise<void> = Promise.resolve();

  /** `dir`: where the index is kept; null keeps it in memory only. */
  constructor(
    private readonly dir: string | null,
    private readonly readOnly = false,
    /** Smallest tail merged into a segment (tests make it small). */
    private readonly mergeMin = MERGE_MIN,
  ) {}

  static key(id: string, parserVersion: number): string {
    return `${id}\u0000${parserVersion}`;
  }

  /** Document number of this briefing version, if indexed. */
  doc(key: string): number | undefined {
    return this.docOf.get(key);
  }

  get size(): number {
    return this.docs.length;
  }

  /** Read the segment and tail written before (what cannot be read is indexed again). */
  load(): void {
    if (!this.dir || !existsSync(this.dir)) return;
    const segs = readdirSync(this.dir)
      .map((f) => /^segment\.(\d+)\.idx$/.exec(f))
      .filter((m): m is RegExpExecArray => m !== null)
      .sort((a, b) => Number(b[1]) - Number(a[1]));
    for (const m of segs) {
      try {
        this.segment = Segment.open(join(this.dir, m[0]));
        this.segmentNo = Number(m[1]);
        break;
      } catch (e) {
        log.warn(`search index ${m[0]} could not be read (${(e as Error).message}); its briefings are indexed again`);
      }
    }
    if (this.segment) {
      this.docs = [...this.segment.docs];
      this.docs.forEach((k, d) => this.docOf.set(k, d));
    }
    const tailFile = join(this.dir, 'tail.jsonl');
    if (!existsSync(tailFile)) return;
    for (const line of readFileSync(tailFile, 'utf8').split('\n')) {
      if (!line) continue;
      let x: { k: string; d: number; t: string[][] };
      try {
        x = JSON.parse(line) as typeof x;
      } catch {
        break; // a torn last line: what follows is indexed again
      }
      if (x.d < this.docs.length) continue; // merged into the segment already
      if (x.d !== this.docs.length || !Array.isArray(x.t)) break;
      this.addDoc(x.k, x.t);
    }
  }

  private addDoc(key: string, terms: readonly (readonly string[])[]): number {
    const d = this.docs.length;
    this.docs.push(key);
    this.docOf.set(key, d);
    this.tail.add(d, terms);
    return d;
  }

  /** Index one briefing version; returns its document number. Persisted in the background. */
  add(key: string, bt: BriefingTerms): number {
    const terms = [[...bt.all], [...bt.title], [...bt.names]];
    const d = this.addDoc(key, terms);
    if (this.dir && !this.readOnly) {
      const line = `${JSON.stringify({ k: key, d, t: terms })}\n`;
      this.later(async () => {
        mkdirSync(this.dir!, { recursive: true });
        await appendFile(join(this.dir!, 'tail.jsonl'), line);
      });
      this.maybeMerge();
    }
    return d;
  }

  private maybeMerge(): void {
    const due = Math.max(this.mergeMin, Math.min(MERGE_MAX, (this.segment?.docs.length ?? 0) / MERGE_RATIO));
    if (!this.merging && this.tail.docs >= due) this.merge();
  }

  /** Index work on disk, one step after another; a failure is logged (the index is derived). */
  private later(step: () => Promise<void>): void {
    this.saving = this.saving.then(step).catch((e: Error) => log.warn(`search index: ${e.message}`));
  }

  /** Everything added so far is on disk (or failed and was logged). */
  async idle(): Promise<void> {
    let p: Promise<void> | null = null;
    while (p !== this.saving) {
      p = this.saving;
      await p;
    }
  }

  /**
   * At a graceful stop: the tail merged into the segment, so the next start-up reads no tail
   * (2,000 tail briefings took 1.3 s of a 2.2 s start-up at 100k; a merge at stop takes about as
   * long, once). A tail of fewer than `SETTLE_MIN` is left as it is: reading it is quicker.
   */
  async settle(): Promise<void> {
    await this.idle();
    if (this.dir && !this.readOnly && this.tail.docs >= SETTLE_MIN) {
      this.merge();
      await this.idle();
    }
  }

  private merge(): void {
    const dir = this.dir!;
    this.merging = this.tail;
    this.tail = new Tail();
    const upTo = this.docs.length;
    const docs = this.docs.slice(0, upTo);
    const no = this.segmentNo + 1;
    const file = join(dir, `segment.${no}.idx`);
    this.later(async () => {
      await writeSegment(file, docs, this.segment, this.merging!.fields);
      const next = Segment.open(file);
      const old = this.segment;
      const oldNo = this.segmentNo;
      this.segment = next;
      this.segmentNo = no;
      this.merging = null;
      old?.close();
      // The tail keeps only what came after the merge.
      const tailFile = join(dir, 'tail.jsonl');
      const keep = existsSync(tailFile)
        ? readFileSync(tailFile, 'utf8')
            .split('\n')
            .filter((l) => l && Number(/^\{"k":.*?,"d":(\d+),/.exec(l)?.[1] ?? -1) >= upTo)
        : [];
      await writeFileDurable(tailFile, keep.length ? `${keep.join('\n')}\n` : '');
      if (old) unlinkSync(join(dir, `segment.${oldNo}.idx`));
      // A bulk load adds faster than a merge ends: what came meanwhile may be due already.
      this.maybeMerge();
    });
  }

  /** Documents holding every word (prefix, see queryCore), title-word counts, and names. */
  match(words: readonly string[]): Matches {
    const n = this.docs.length;
    const hits = new Uint8Array(n);
    const inTitle = new Uint8Array(n);
    const named = new Uint8Array(n);
    const tails = this.merging ? [this.merging, this.tail] : [this.tail];
    const seen = new Uint8Array(n);
    const seenTitle = new Uint8Array(n);
    words.forEach((w, i) => {
      const core = queryCore(w);
      if (i) seen.fill(0);
      seenTitle.fill(0);
      let anyTitle = this.segment?.mark(TITLE, core, false, seenTitle) ?? false;
      this.segment?.mark(ALL, core, false, seen);
      this.segment?.mark(NAMES, core, false, named);
      for (const t of tails) {
        for (const term of t.terms(core)) {
          for (const d of t.fields[ALL]!.get(term) ?? []) seen[d] = 1;
          for (const d of t.fields[TITLE]!.get(term) ?? []) (seenTitle[d] = 1), (anyTitle = true);
          for (const d of t.fields[NAMES]!.get(term) ?? []) named[d] = 1;
        }
      }
      // A document counts a word only if it held every word before it.
      if (i === 0) hits.set(seen);
      else for (let d = 0; d < n; d++) if (seen[d] && hits[d] === i) hits[d] = i + 1;
      if (anyTitle) for (let d = 0; d < n; d++) inTitle[d]! += seenTitle[d]!;
    });
    for (const sk of querySkeletons(words)) {
      const term = `~${sk}`;
      this.segment?.mark(NAMES, term, true, named);
      for (const t of tails) for (const d of t.fields[NAMES]!.get(term) ?? []) named[d] = 1;
    }
    return { hits, inTitle, named };
  }
}
