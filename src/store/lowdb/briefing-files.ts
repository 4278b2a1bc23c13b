/**
 * Briefing bodies of the embedded engine: each version written once to its own file (never
 * rewritten), then one line appended to catalog.jsonl; both fsynced before the write is
 * acknowledged. Start-up reads only the catalog and the stored search index (search-index.ts);
 * bodies are read when asked for.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Briefing } from '../../briefing/types.ts';
import { log } from '../../log.ts';
import { StorageUnavailableError, StoreError, type BriefingRepo, type SearchCandidate } from '../types.ts';
import { Catalog, type CatalogEntry } from './catalog.ts';
import { briefingTermsInSlices, type BriefingTerms } from '../../text/search-fold.ts';
import { appendDurable, fsyncDir, writeNewFileDurable } from './durable.ts';

interface CatalogLine {
  id: string;
  v: number;
  at: string;
  url?: string;
  f: string;
}

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
  }

  private get catalogFile(): string {
    return join(this.dir!, 'catalog.jsonl');
  }

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
    if (!this.dir || !existsSync(this.catalogFile)) return;
    const lines = readFileSync(this.catalogFile, 'utf8').split('\n');
    const listed: Array<Omit<CatalogEntry, 'seq'>> = [];
    for (const line of lines) {
      if (!line.trim()) continue;
      let x: CatalogLine;
      try {
        x = JSON.parse(line) as CatalogLine;
      } catch {
        continue;
      }
      if (typeof x?.id === 'string' && typeof x.f === 'string') listed.push({ id: x.id, ingestedAt: x.at, parserVersion: x.v, url: x.url, file: x.f });
    }
    this.catalog.setAll(listed);
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
      await this.appendCatalog(lines.join(''));
      // One sort for the whole list, then each indexed (remember() one at a time would shift the
      // newest-first list for every briefing).
      this.catalog.setAll(list.map((b, i) => ({ id: b.id, ingestedAt: b.meta.ingestedAt ?? '', parserVersion: b.parserVersion, url: b.meta.url, file: (JSON.parse(lines[i]!) as CatalogLine).f })));
      for (const b of list) this.catalog.indexBody(b);
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
    await this.appendCatalog(`${JSON.stringify(line)}\n`);
    this.remember(b, line.f, terms);
  }

  /** The body's own file, written once (fsynced, renamed, folder fsynced). */
  private async writeBody(b: Briefing): Promise<CatalogLine> {
    const sub = b.id.slice(0, 2).replace(/[^A-Za-z0-9_-]/g, '_') || '_';
    const file = join(sub, `${b.id.replace(/[^A-Za-z0-9_-]/g, '_')}.p${b.parserVersion}.json`);
    try {
      const dir = join(this.dir!, sub);
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
      throw unavailable(this.dir!, e);
    }
  }

  private remember(b: Briefing, file?: string, terms?: BriefingTerms): void {
    if (file) this.bodies.set(`${b.id}|${b.parserVersion}`, b);
    this.catalog.set({ id: b.id, ingestedAt: b.meta.ingestedAt ?? '', parserVersion: b.parserVersion, url: b.meta.url, file });
    this.catalog.indexBody(b, terms);
  }

}
