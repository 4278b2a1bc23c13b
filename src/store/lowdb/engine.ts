/**
 * The embedded engine (the default): lowdb's JSON file holds the small hot state, a journal
 * beside it takes every change as one fsynced line (so a write costs a line, not the whole file),
 * and the file is rewritten from memory only when the journal has grown (compaction, off the
 * path of any reply). Briefing bodies live in their own immutable files (briefing-files.ts).
 * One writer per data file, enforced by a lock file; `mujaz ingest` beside a running bot hands
 * its files over through the inbox folder instead.
 */
import { accessSync, closeSync, constants, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { HotState, type SectionData } from '../hot-state.ts';
import {
  StorageUnavailableError,
  StoreBusyError,
  StoreError,
  type BriefingRepo,
  type Change,
  type ClaimCandidate,
  type ClaimFirstResult,
  type ClaimOptions,
  type Section,
  type AnySectionSpec,
  type SectionSpec,
  type Store,
} from '../types.ts';
import { BriefingFiles } from './briefing-files.ts';
import { appendDurable, fsyncDir, writeFileDurable } from './durable.ts';
import { acquireLock } from './lock.ts';
import { migrateV1, readDataFile, SCHEMA_VERSION } from './data-file.ts';
import { sectionFile, storePaths, type StorePaths } from './paths.ts';

/** The snapshot as lowdb sees it. */
type Snapshot = Record<string, unknown>;

/** lowdb adapter writing through writeFileDurable (unique temp, fsync, rename, folder fsync, mode kept). */
class DurableJsonFile implements Adapter<Snapshot> {
  constructor(private readonly file: string) {}
  async read(): Promise<Snapshot | null> {
    return existsSync(this.file) ? (JSON.parse(readFileSync(this.file, 'utf8')) as Snapshot) : null;
  }
  async write(data: Snapshot): Promise<void> {
    await writeFileDurable(this.file, JSON.stringify(data));
  }
}

/** The journal is folded into the snapshot past this size. */
const COMPACT_BYTES = 4 * 1024 * 1024;

export interface OpenOptions {
  /** Sections to check at once, so a malformed file is refused before anything runs. */
  sections?: readonly AnySectionSpec[];
  /** Read only (no lock, no writes): for CLI commands that only look. */
  readOnly?: boolean;
}

export class LowdbStore implements Store {
  readonly engine: 'lowdb' | 'memory';
  readonly shared = false;
  readonly briefings: BriefingFiles;
  private pending: Array<{ parts: Array<[file: string, text: string]>; done: () => void; fail: (e: Error) => void }> = [];
  /** Sections kept in files of their own (SectionSpec.ownFile): name → file. */
  private readonly ownFiles = new Map<string, string>();
  private committing: Promise<void> | null = null;
  private journalBytes = 0;
  private release: (() => void) | null = null;
  private closed = false;

  private constructor(
    private readonly hot: HotState,
    private readonly paths: StorePaths | null,
    private readonly low: Low<Snapshot> | null,
    private readonly readOnly: boolean,
  ) {
    this.engine = paths ? 'lowdb' : 'memory';
    this.briefings = new BriefingFiles(paths ? paths.briefings : null, readOnly);
  }

  get where(): string {
    return this.paths ? this.paths.file : ':memory:';
  }

  /** The folder `mujaz ingest` drops files into for this store's writer. */
  get inbox(): string | null {
    return this.paths?.inbox ?? null;
  }

  static memory(): LowdbStore {
    return new LowdbStore(new HotState({}, 'the in-memory store'), null, null, false);
  }

  static async open(file: string, opts: OpenOptions = {}): Promise<LowdbStore> {
    const paths = storePaths(file);
    const dir = dirname(file);
    let release: (() => void) | null = null;
    if (!opts.readOnly) {
      try {
        mkdirSync(dir, { recursive: true });
      } catch (e) {
        throw folderError(dir, e);
      }
      let lock;
      try {
        lock = acquireLock(paths.lock);
      } catch (e) {
        throw folderError(dir, e);
      }
      if (!lock.ok)
        throw new StoreBusyError(
          `the data file ${file} is in use by another running mujaz (pid ${lock.pid}); stop it first, or use \`mujaz ingest\`, which hands articles to it`,
          lock.pid,
          paths.inbox,
        );
      release = lock.release;
    }
    try {
      const store = await LowdbStore.load(paths, opts);
      store.release = release;
      return store;
    } catch (e) {
      release?.();
      throw e;
    }
  }

  private static async load(paths: StorePaths, opts: OpenOptions): Promise<LowdbStore> {
    const { file } = paths;
    const read = readDataFile(file);
    if (read.exists && !opts.readOnly) {
      try {
        accessSync(file, constants.W_OK);
      } catch {
        throw new StoreError(`the data file ${file} is read-only; mujaz needs to write it: make it writable (chmod u+w ${file}) or set MUJAZ_DATA_FILE to another file`);
      }
    }
    const hot = new HotState(read.sections, `the data file ${file}`);
    const low = new Low<Snapshot>(new DurableJsonFile(file), { schemaVersion: SCHEMA_VERSION });
    const store = new LowdbStore(hot, paths, low, !!opts.readOnly);
    // Check every section the app uses before anything is written (a bad file stays untouched).
    for (const spec of opts.sections ?? []) store.section(spec);
    if (!opts.readOnly) {
      try {
        mkdirSync(paths.briefings, { recursive: true });
      } catch (e) {
        throw folderError(paths.briefings, e);
      }
    }
    if (read.legacyBriefings && !opts.readOnly) await migrateV1(file, read.legacyBriefings, store.briefings);
    else store.briefings.load(!!opts.readOnly && read.legacyBriefings ? read.legacyBriefings : undefined);
    store.replayJournal();
    if (!opts.readOnly && (!read.exists || read.legacyBriefings || store.journalBytes > 0)) await store.compact();
    return store;
  }

  private replayJournal(): void {
    if (!this.paths || !existsSync(this.paths.journal)) return;
    const text = readFileSync(this.paths.journal, 'utf8');
    this.journalBytes = Buffer.byteLength(text);
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      let changes: Change[];
      try {
        changes = JSON.parse(line) as Change[];
      } catch {
        // The torn tail of a write cut by a crash: it was never acknowledged.
        continue;
      }
      if (Array.isArray(changes)) this.hot.apply(changes.map((c) => ({ section: c.section, key: c.key, value: c.value ?? undefined })));
    }
    // An older journal may hold records of sections now kept in their own files.
    for (const name of this.ownFiles.keys()) this.adoptIntoOwnFile(name, {});
    this.inOwnFile.clear();
  }

  section<T>(spec: SectionSpec<T>): Section<T> {
    if (spec.ownFile && this.paths && !this.ownFiles.has(spec.name)) this.openOwnFile(spec.name);
    return this.hot.register(spec);
  }

  /**
   * Read a section's own file into memory. Records of it still in the hot file (written before
   * it had a file of its own, or replayed from the journal) are appended to that file first, so
   * the next snapshot can leave them out.
   */
  private openOwnFile(name: string): void {
    const file = sectionFile(this.paths!, name);
    this.ownFiles.set(name, file);
    const recs: Record<string, unknown> = {};
    if (existsSync(file)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line) continue;
        try {
          const x = JSON.parse(line) as { k: string; v: unknown };
          if (x.v === null) delete recs[x.k];
          else recs[x.k] = x.v;
        } catch {
          // a torn last line: never acknowledged
        }
      }
    }
    this.adoptIntoOwnFile(name, recs);
  }

  /** Keys known to be in each own file while the store opens (the journal replay adds more). */
  private readonly inOwnFile = new Map<string, Set<string>>();

  private adoptIntoOwnFile(name: string, inFile: Record<string, unknown>): void {
    const data = (this.hot.data[name] ??= {});
    const known = this.inOwnFile.get(name) ?? new Set(Object.keys(inFile));
    this.inOwnFile.set(name, known);
    const missing = Object.entries(data).filter(([k]) => !known.has(k));
    for (const [k] of missing) known.add(k);
    Object.assign(data, inFile);
    if (!missing.length || this.readOnly) return;
    const file = this.ownFiles.get(name)!;
    const fresh = !existsSync(file);
    const fd = openSync(file, 'a', 0o644);
    try {
      writeSync(fd, missing.map(([k, v]) => `${JSON.stringify({ k, v })}\n`).join(''));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (fresh) {
      const dfd = openSync(dirname(file), 'r');
      try {
        fsyncSync(dfd);
      } finally {
        closeSync(dfd);
      }
    }
  }

  write(changes: readonly Change[]): Promise<void> {
    if (!changes.length) return Promise.resolve();
    if (this.readOnly) return Promise.reject(new StoreError(`${this.where} was opened read-only`));
    if (this.closed) return Promise.reject(new StorageUnavailableError(`${this.where} is closed`));
    this.hot.apply(changes);
    if (!this.paths) return Promise.resolve();
    // undefined (delete) travels as null through JSON.
    const hot = changes.filter((c) => !this.ownFiles.has(c.section));
    const parts: Array<[string, string]> = [];
    if (hot.length) parts.push([this.paths.journal, `${JSON.stringify(hot.map((c) => ({ section: c.section, key: c.key, value: c.value ?? null })))}\n`]);
    for (const c of changes) {
      const own = this.ownFiles.get(c.section);
      if (own) parts.push([own, `${JSON.stringify({ k: c.key, v: c.value ?? null })}\n`]);
    }
    return new Promise<void>((done, fail) => {
      this.pending.push({ parts, done, fail });
      this.schedule();
    });
  }

  /** One writer (the lock): memory is never behind the file. */
  async refresh(): Promise<void> {}

  async claimFirst<T>(spec: SectionSpec<T>, _lockSpec: AnySectionSpec, candidates: ReadonlyArray<ClaimCandidate<T>>): Promise<ClaimFirstResult> {
    // One writer: nobody else is claiming anything, so the first free candidate is the one.
    const passed: string[] = [];
    for (const c of candidates) {
      if (await this.claim(spec, c.key, c.value, { replaceStatus: c.replaceStatus })) return { took: c.key, passed };
      passed.push(c.key);
    }
    return { took: null, passed };
  }

  async claim<T>(spec: SectionSpec<T>, key: string, value: T, opts?: ClaimOptions): Promise<boolean> {
    if (!this.hot.claimable(spec.name, key, opts)) return false;
    await this.write([{ section: spec.name, key, value }]);
    return true;
  }

  /** Group commit: every write made while one append is on its way shares the next append. */
  private schedule(): void {
    if (this.committing) return;
    this.committing = (async () => {
      while (this.pending.length) {
        await new Promise<void>((r) => setImmediate(r));
        const batch = this.pending;
        this.pending = [];
        const byFile = new Map<string, string>();
        for (const b of batch) for (const [f, t] of b.parts) byFile.set(f, (byFile.get(f) ?? '') + t);
        let failed: string | null = null;
        try {
          await Promise.all(
            [...byFile].map(async ([f, text]) => {
              const fresh = f !== this.paths!.journal && !existsSync(f);
              try {
                await appendDurable(f, text);
                if (fresh) await fsyncDir(dirname(f));
              } catch (e) {
                failed = f;
                throw e;
              }
            }),
          );
          this.journalBytes += Buffer.byteLength(byFile.get(this.paths!.journal) ?? '');
          for (const b of batch) b.done();
        } catch (e) {
          const err = writeError(failed ?? this.paths!.journal, e);
          for (const b of batch) b.fail(err);
        }
        if (this.journalBytes > COMPACT_BYTES) await this.compact().catch(() => undefined);
      }
      this.committing = null;
    })();
  }

  /** Rewrite the lowdb file from memory, then empty the journal it now contains. */
  private async compact(): Promise<void> {
    if (!this.paths || !this.low) return;
    const hot = Object.fromEntries(Object.entries(this.hot.data).filter(([name]) => !this.ownFiles.has(name)));
    this.low.data = { schemaVersion: SCHEMA_VERSION, ...hot } as Snapshot;
    try {
      await this.low.write();
      await writeFileDurable(this.paths.journal, '', { keepFrom: this.paths.file });
      this.journalBytes = 0;
    } catch (e) {
      throw writeError(this.paths.file, e);
    }
  }

  async flush(): Promise<void> {
    while (this.committing) await this.committing;
    await this.briefings.idle();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    if (this.paths && !this.readOnly && this.journalBytes > 0) await this.compact().catch(() => undefined);
    // The catalog snapshot, so the next start-up reads one file instead of a line per briefing.
    await this.briefings.close();
    this.closed = true;
    this.release?.();
    this.release = null;
  }

  /** Size of the hot snapshot on disk (bench and tests). */
  fileBytes(): number {
    return this.paths && existsSync(this.paths.file) ? statSync(this.paths.file).size : 0;
  }
}

function code(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

function reason(e: unknown): string {
  const c = code(e);
  return c === 'EACCES' || c === 'EPERM' ? 'permission denied' : c === 'ENOSPC' ? 'no space left on the disk' : c === 'EROFS' ? 'read-only file system' : c;
}

function folderError(dir: string, e: unknown): StoreError {
  return new StoreError(`cannot write in the data folder ${dir} (${reason(e)}); make it writable or set MUJAZ_DATA_FILE to a file in a writable folder`);
}

function writeError(file: string, e: unknown): StorageUnavailableError {
  return new StorageUnavailableError(`cannot write ${file} (${reason(e)})`);
}
