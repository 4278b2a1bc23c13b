/**
 * Briefing bodies of the embedded engine: each version written once to its own file (never
 * rewritten), then one line appended to catalog.jsonl; both fsynced before the write is
 * acknowledged. Start-up reads only the catalog (its snapshot and the lines after it,
 * catalog-file.ts) and the stored search index (search-index.ts); bodies are read when asked
 * for, each in one synchronous read (a few kilobytes from the page cache: through the thread
 * pool, 30 candidates of a search took 10-150 ms on a loaded machine).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Briefing } from '../../briefing/types.ts';
import { log } from '../../log.ts';
import { StorageUnavailableError, StoreError, type BriefingRepo, type SearchCandidate } from '../types.ts';
import { Catalog, type CatalogEntry } from './catalog.ts';
import { bodyFile, readCatalog, writeSnapshot, type CatalogLine } from './catalog-file.ts';
import { briefingTermsInSlices, type BriefingTerms } from '../../text/search-fold.ts';
import { appendDurable, fsyncDir, writeNewFileDurable } from './durable.ts';

/** The catalog is snapshotted in the background once this many lines came after the last snapshot. */
const SNAPSHOT_LINES = 5000;

/** Bodies read lately, so a chat going through one briefing's commands reads its file once. */
class Lru<V> {
  private readonly m = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(k: string): V | undefined {
    const v = this.m.get(k);
    if (v !== undefined) {
      this.m.delete(k);
      this.m.set(k, v);
    }
    return v;
  }
  set(k: string, v: V): void {
    this.m.delete(k);
    this.m.set(k, v);
    if (this.m.size > this.max) this.m.delete(this.m.keys().next().value!);
  }
}

function unavailable(dir: string, e: unknown): StorageUnavailableError {
  const c = (e as NodeJS.ErrnoException).code;
  return new StorageUnavailableError(`cannot write briefing files in ${dir} (${c === 'EACCES' || c === 'EPERM' ? 'permission denied' : (c ?? (e as Error).message)})`);
}

export class BriefingFiles implements BriefingRepo {
  private readonly catalog: Catalog;
  private readonly bodies = new Lru<Briefing>(256);
  /** In-memory mode keeps every body here instead of in files. */
  private readonly memory: Map<string, Briefing> | null;
  private indexed: Promise<void> = Promise.resolve();
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly dir: string | null,
    private readonly readOnly = false,
  ) {
    this.memory = dir === null ? new Map() : null;
    this.catalog = new Catalog(dir === null ? null : join(dir, 'search'), readOnly);
  }

  /** Resolves when every put so far is durable (and the search index's files written). */
  async idle(): Promise<void> {
    await this.writing;
    await this.catalog.indexIdle();
    await this.snapshotting;
  }

  /** At a graceful stop: everything durable, the catalog snapshotted and the search index's tail merged, for the next start-up. */
  async close(): Promise<void> {
    await this.idle();
    await Promise.all([this.snapshot(), this.catalog.settleIndex()]);
  }

  private get catalogFile(): string {
    return join(this.dir!, 'catalog.jsonl');
  }

  private get snapshotFile(): string {
    return join(this.dir!, 'catalog.snapshot.json');
  }

  /**
   * Length of catalog.jsonl the catalog in memory stands for. NaN (no snapshot is written) until
   * load() has read the file (a migration writes without reading it) and after a failed append.
   */
  private catalogBytes = NaN;
  /** Catalog lines written since the snapshot (or since the start, without one). */
  private linesSinceSnapshot = 0;
  private snapshotting: Promise<void> | null = null;

  /** Read the catalog (a torn last line from a crash is ignored: it was never acknowledged). */
  load(legacy?: Briefing[]): void {
    if (legacy) {
      // Read-only look at a file not migrated yet: serve its briefings from memory.
      for (const b of legacy) {
        this.catalog.set({ id: b.id, ingestedAt: b.meta.ingestedAt ?? '', parserVersion: b.parserVersion, url: b.meta.url });
        this.bodies.set(`${b.id}|${b.parserVersion}`, b);
        this.catalog.indexBody(b);
      }
      this.legacy = new Map(legacy.map((b) => [b.id, b]));
      return;
    }
    if (!this.dir) return;
    const read = readCatalog(this.catalogFile, this.snapshotFile, !this.readOnly);
    this.catalogBytes = read.end;
    this.linesSinceSnapshot = read.snapshotCovers === null ? read.rows.length : read.linesAfterSnapshot;
    this.catalog.setAll(read.rows);
    // The stored search index covers what was indexed before; anything it lacks (written by a
    // process that crashed before its index line, or an index lost) is indexed from its body in
    // the background, yielding to the event loop between briefings: start-up does not wait for
    // it; /search does.
    const entries = this.catalog.loadIndex().reverse();
    this.indexed = (async () => {
      for (const e of entries) {
        const b = await this.read(e).catch((err: Error) => {
          log.warn(`briefing ${e.id.slice(0, 8)} could not be read for search (${err.message})`);
          return undefined;
        });
        if (b && this.catalog.get(e.id) === e) this.catalog.indexBody(b);
      }
    })();
  }

  private legacy: Map<string, Briefing> | null = null;

  private async read(e: CatalogEntry): Promise<Briefing | undefined> {
    if (this.memory) return this.memory.get(e.id);
    if (this.legacy) return this.legacy.get(e.id);
    const hit = this.bodies.get(`${e.id}|${e.parserVersion}`);
    if (hit) return hit;
    const b = JSON.parse(readFileSync(join(this.dir!, e.file!), 'utf8')) as Briefing;
    this.bodies.set(`${e.id}|${e.parserVersion}`, b);
    return b;
  }

  private async readAll(entries: CatalogEntry[]): Promise<Briefing[]> {
    const out = await Promise.all(entries.map((e) => this.read(e)));
    return out.filter((b): b is Briefing => b !== undefined);
  }

  async count(): Promise<number> {
    return this.catalog.size;
  }

  async get(id: string): Promise<Briefing | undefined> {
    const e = this.catalog.get(id);
    return e ? this.read(e) : undefined;
  }

  async byUrl(url: string): Promise<Briefing | undefined> {
    const id = this.catalog.idByUrl(url);
    return id ? this.get(id) : undefined;
  }

  newest(offset: number, limit: number): Promise<Briefing[]> {
    return this.readAll(this.catalog.slice(offset, limit));
  }

  async position(id: string): Promise<number> {
    const e = this.catalog.get(id);
    return e ? this.catalog.rank(e) + 1 : 0;
  }

  async getMany(ids: readonly string[]): Promise<Briefing[]> {
    return this.readAll(ids.map((id) => this.catalog.get(id)).filter((e): e is CatalogEntry => e !== undefined));
  }

  async positions(ids: readonly string[]): Promise<Map<string, number>> {
    return new Map(await Promise.all(ids.map(async (id) => [id, await this.position(id)] as const)));
  }

  ingestedIn(after: string | undefined, upTo: string, limit: number): Promise<Briefing[]> {
    return this.readAll(this.catalog.ingestedIn(after, upTo, limit));
  }

  async countIngestedIn(after: string | undefined, upTo: string): Promise<number> {
    return this.catalog.countIngestedIn(after, upTo);
  }

  async idsByPrefix(prefix: string, limit: number): Promise<string[]> {
    return this.catalog.idsByPrefix(prefix, limit);
  }

  async candidates(words: readonly string[], limit: number): Promise<SearchCandidate[]> {
    await this.indexed;
    return this.catalog.candidates(words, limit);
  }

  /** Writes go one after another, so catalog lines keep the order they were acknowledged in. */
  put(b: Briefing): Promise<void> {
    if (this.readOnly) return Promise.reject(new StoreError('the data file was opened read-only'));
    const run = this.writing.then(() => this.write(b));
    this.writing = run.catch(() => undefined);
    return run;
  }

  /**
   * Many briefings at once (migration, bulk loads): bodies written in parallel, then their
   * catalog lines in one fsynced append. Durable when it resolves, like put().
   */
  putMany(list: readonly Briefing[], parallel = 32): Promise<void> {
    if (this.readOnly) return Promise.reject(new StoreError('the data file was opened read-only'));
    if (this.memory) return Promise.all(list.map((b) => this.put(b))).then(() => undefined);
    const run = this.writing.then(async () => {
      const lines: string[] = [];
      for (let i = 0; i < list.length; i += parallel) {
        const chunk = list.slice(i, i + parallel);
        lines.push(...(await Promise.all(chunk.map((b) => this.writeBody(b)))).map((l) => `${JSON.stringify(l)}\n`));
      }
      const text = lines.join('');
      await this.appendCatalog(text);
      this.appended(text, list.length);
      // One sort for the whole list, then each indexed (remember() one at a time would shift the
      // newest-first list for every briefing).
      this.catalog.setAll(list.map((b, i) => ({ id: b.id, ingestedAt: b.meta.ingestedAt ?? '', parserVersion: b.parserVersion, url: b.meta.url, file: (JSON.parse(lines[i]!) as CatalogLine).f })));
      for (const b of list) this.catalog.indexBody(b);
      this.maybeSnapshot();
    });
    this.writing = run.catch(() => undefined);
    return run;
  }

  private async write(b: Briefing): Promise<void> {
    // Worked out in slices before the write: a huge briefing's terms would hold the event loop.
    const terms = await briefingTermsInSlices(b);
    if (this.memory) {
      this.memory.set(b.id, b);
      this.remember(b, undefined, terms);
      return;
    }
    const line = await this.writeBody(b);
    const text = `${JSON.stringify(line)}\n`;
    await this.appendCatalog(text);
    // In the same turn as the catalog in memory changes: a snapshot taken at any moment covers
    // exactly the lines the catalog in memory holds.
    this.appended(text, 1);
    this.remember(b, line.f, terms);
    this.maybeSnapshot();
  }

  private appended(text: string, lines: number): void {
    this.catalogBytes += Buffer.byteLength(text);
    this.linesSinceSnapshot += lines;
  }

  private maybeSnapshot(): void {
    if (this.linesSinceSnapshot >= SNAPSHOT_LINES) void this.snapshot();
  }

  /**
   * Write the catalog snapshot (in the background; a failure is only logged: the snapshot is
   * derived data). The catalog is copied in one turn, with the length of catalog.jsonl it stands for.
   */
  snapshot(): Promise<void> {
    if (this.snapshotting) return this.snapshotting;
    if (!this.dir || this.readOnly || this.memory || this.legacy || !Number.isFinite(this.catalogBytes) || this.linesSinceSnapshot === 0) return Promise.resolve();
    const rows = this.catalog.rows();
    const covers = this.catalogBytes;
    const lines = this.linesSinceSnapshot;
    this.snapshotting = writeSnapshot(this.catalogFile, this.snapshotFile, rows, covers)
      .then(() => {
        this.linesSinceSnapshot -= lines;
      })
      .catch((e: Error) => log.warn(`catalog snapshot not written (${e.message}); start-up reads the catalog lines instead`))
      .finally(() => {
        this.snapshotting = null;
      });
    return this.snapshotting;
  }

  /** The body's own file, written once (fsynced, renamed, folder fsynced). */
  private async writeBody(b: Briefing): Promise<CatalogLine> {
    const file = bodyFile(b.id, b.parserVersion);
    try {
      const dir = join(this.dir!, dirname(file));
      if (!existsSync(dir)) {
        mkdirSync(dir, { recursive: true });
        await fsyncDir(this.dir!);
      }
      await writeNewFileDurable(join(this.dir!, file), JSON.stringify(b));
    } catch (e) {
      throw unavailable(this.dir!, e);
    }
    return { id: b.id, v: b.parserVersion, at: b.meta.ingestedAt ?? '', f: file, ...(b.meta.url ? { url: b.meta.url } : {}) };
  }

  private async appendCatalog(text: string): Promise<void> {
    try {
      const fresh = !existsSync(this.catalogFile);
      await appendDurable(this.catalogFile, text);
      if (fresh) await fsyncDir(this.dir!);
    } catch (e) {
      // Part of the text may be in the file: its length is unknown until the next start-up.
      this.catalogBytes = NaN;
      throw unavailable(this.dir!, e);
    }
  }

  private remember(b: Briefing, file?: string, terms?: BriefingTerms): void {
    if (file) this.bodies.set(`${b.id}|${b.parserVersion}`, b);
    this.catalog.set({ id: b.id, ingestedAt: b.meta.ingestedAt ?? '', parserVersion: b.parserVersion, url: b.meta.url, file });
    this.catalog.indexBody(b, terms);
  }

}
