/**
 * The lowdb-backed data file. lowdb's JSONFile writes through steno (temp file + rename),
 * so a crash at any moment leaves either the old or the new file, never a torn one.
 * On top of that, writes are coalesced: many updates in one tick share one write, which
 * keeps fan-outs to thousands of chats from rewriting the file thousands of times.
 */
import { existsSync, mkdirSync, readFileSync, statSync, unwatchFile, watchFile } from 'node:fs';
import { dirname } from 'node:path';
import { Low, Memory } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { mergeAdditions } from './merge.ts';
import { emptyData, upgradeData, type ChatState, type DbData, type UserState } from './schema.ts';

export class StoreError extends Error {
  override name = 'StoreError';
}

export class Store {
  private queued: Promise<void> | null = null;
  private inFlight: Promise<void> | null = null;
  /** The file as this process last read or wrote it, to notice another process's write. */
  private seen: { mtimeMs: number; size: number } | null = null;
  private watching = false;

  private constructor(
    private readonly db: Low<DbData>,
    readonly file: string,
  ) {}

  /**
   * Open (or create) the data file. A file that exists but is not a valid mujaz data file
   * stops start-up with a clear message and is left untouched: it may hold someone's data.
   */
  static async open(file: string): Promise<Store> {
    let initial: DbData;
    if (existsSync(file)) {
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(file, 'utf8'));
      } catch (e) {
        throw new StoreError(
          `The data file ${file} is not valid JSON (${(e as Error).message}). ` +
            'mujaz will not overwrite it: repair it, or move it away to start with an empty one.',
        );
      }
      const up = upgradeData(raw);
      if (typeof up === 'string') {
        throw new StoreError(
          `The data file ${file} is not a mujaz data file: ${up}. ` +
            'mujaz will not overwrite it: repair it, or move it away to start with an empty one.',
        );
      }
      initial = up;
    } else {
      mkdirSync(dirname(file), { recursive: true });
      initial = emptyData();
    }
    const db = new Low<DbData>(new JSONFile<DbData>(file), initial);
    db.data = initial;
    const store = new Store(db, file);
    if (!existsSync(file)) await store.flush();
    else store.seen = store.stat();
    return store;
  }

  /** A store that lives only in memory (one-shot CLI answers, tests). */
  static memory(initial: DbData = emptyData()): Store {
    const db = new Low<DbData>(new Memory<DbData>(), initial);
    db.data = initial;
    return new Store(db, ':memory:');
  }

  get data(): DbData {
    return this.db.data;
  }

  /** Mutate the data synchronously, then persist. Resolves once a write including the change is on disk. */
  update<T>(fn: (d: DbData) => T): Promise<T> {
    const result = fn(this.db.data);
    return this.flush().then(() => result);
  }

  /** Persist the current data; concurrent callers share one write. */
  flush(): Promise<void> {
    if (this.queued) return this.queued;
    const run = async (): Promise<void> => {
      if (this.inFlight) await this.inFlight.catch(() => undefined);
      // Let the rest of this tick's updates join the same write.
      await new Promise<void>((r) => setImmediate(r));
      this.queued = null;
      this.absorbExternal();
      const w = this.db.write().then(() => {
        if (this.file !== ':memory:') this.seen = this.stat();
      });
      this.inFlight = w;
      try {
        await w;
      } finally {
        if (this.inFlight === w) this.inFlight = null;
      }
    };
    this.queued = run();
    return this.queued;
  }

  private stat(): { mtimeMs: number; size: number } | null {
    try {
      const s = statSync(this.file);
      return { mtimeMs: s.mtimeMs, size: s.size };
    } catch {
      return null;
    }
  }

  /**
   * If another process wrote the file since we last did (e.g. `mujaz ingest` while the bot
   * runs), take in what it added before our next write would replace it. An unreadable
   * file is left alone: our write then restores a valid one.
   */
  absorbExternal(): number {
    if (this.file === ':memory:') return 0;
    const now = this.stat();
    if (!now || (this.seen && now.mtimeMs === this.seen.mtimeMs && now.size === this.seen.size)) return 0;
    this.seen = now;
    let theirs: DbData | string;
    try {
      theirs = upgradeData(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch {
      return 0;
    }
    return typeof theirs === 'string' ? 0 : mergeAdditions(this.db.data, theirs);
  }

  /** Poll the file for other processes' additions (a running bot sees CLI ingests). */
  watch(intervalMs = 2000): void {
    if (this.file === ':memory:' || this.watching) return;
    this.watching = true;
    watchFile(this.file, { interval: intervalMs, persistent: false }, () => {
      this.absorbExternal();
    });
  }

  unwatch(): void {
    if (this.watching) unwatchFile(this.file);
    this.watching = false;
  }

  chat(key: string): ChatState {
    return this.db.data.chats[key] ?? {};
  }

  async setChat(key: string, patch: Partial<ChatState>): Promise<void> {
    await this.update((d) => {
      d.chats[key] = { ...d.chats[key], ...patch };
    });
  }

  user(key: string): UserState {
    return this.db.data.users[key] ?? {};
  }

  async setUser(key: string, patch: Partial<UserState>): Promise<void> {
    await this.update((d) => {
      d.users[key] = { ...d.users[key], ...patch };
    });
  }
}
