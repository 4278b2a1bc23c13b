/**
 * The storage interface every engine implements (lowdb files, PostgreSQL). It knows no feature:
 * features declare their own sections (keyed JSON records) and hand them to the store; the only
 * shared shape it knows is the briefing, which lives below every feature (src/briefing).
 *
 * Hot state (chats, users, subscriptions, delivery records, feeds...) is read synchronously from
 * memory and written through: a write is applied to memory at once and its promise resolves when
 * it is durable. Briefings are many and large: they are read on demand, asynchronously.
 */
import type { Briefing } from '../briefing/types.ts';

export interface SectionSpec<T> {
  /** Name in the data file / the database; unique per store. */
  readonly name: string;
  /** Checks one stored record; a record that fails refuses the whole data file at start-up. */
  readonly valid: (v: unknown) => boolean;
  /** What a record looks like for the error line ("a subscription object"). */
  readonly what: string;
  /**
   * Files from before the storage rework kept some sections as lists (feeds): the key of one
   * item, so migration can turn the list into keyed records.
   */
  readonly legacyListKey?: (item: T) => string;
  /**
   * Records that only accumulate (a cache): the embedded engine keeps them out of the hot file,
   * appended to a file of their own, so they never make every snapshot of the hot state bigger.
   */
  readonly ownFile?: boolean;
}

/** Any feature's section spec, for lists of them. */
export type AnySectionSpec = SectionSpec<never>;

export interface Section<T> {
  get(key: string): T | undefined;
  has(key: string): boolean;
  /** Every record, in the order they were first written. */
  entries(): Array<[string, T]>;
  values(): T[];
  readonly size: number;
}

/** One record put (value) or deleted (value undefined). */
export interface Change {
  section: string;
  key: string;
  value: unknown;
}

export const put = <T>(spec: SectionSpec<T>, key: string, value: T): Change => ({ section: spec.name, key, value });
export const del = <T>(spec: SectionSpec<T>, key: string): Change => ({ section: spec.name, key, value: undefined });

export interface ClaimOptions {
  /** Also take the key when the current record's `status` field is one of these (a failed attempt). */
  replaceStatus?: readonly string[];
  /**
   * Replace such a record only if its `at` field (ISO) is earlier than this: a claim another live
   * instance took moments ago is not taken from it.
   */
  staleBefore?: string;
}

/** One of several keys a caller would claim, in its order of preference. */
export interface ClaimCandidate<T> {
  key: string;
  value: T;
  /** The record standing for this piece of work (a subscription): instances share work by it. */
  lockKey: string;
  replaceStatus?: readonly string[];
}

export interface ClaimFirstResult {
  /** The key this call took, or null when none of the candidates was free. */
  took: string | null;
  /**
   * Candidates not to try again: held already, or being claimed by another instance at this
   * moment. Those after `took` were not looked at.
   */
  passed: string[];
}

export interface BriefingSummary {
  id: string;
  ingestedAt: string;
}

/** Candidate briefings for a search, best first; the caller checks each one exactly. */
export interface SearchCandidate {
  id: string;
  /** Query words found in the title (from the index; a first ranking only). */
  titleWords: number;
  /** Every query word is in it (else it is a candidate for a name only). */
  allWords: boolean;
  /** A person's name in it may match the query (by spelling or by sound). */
  named: boolean;
}

export interface BriefingRepo {
  count(): Promise<number>;
  get(id: string): Promise<Briefing | undefined>;
  byUrl(url: string): Promise<Briefing | undefined>;
  /** Newest ingest first; `offset` counts from the newest. */
  newest(offset: number, limit: number): Promise<Briefing[]>;
  /** 1-based position in the newest-first list; 0 when absent. */
  position(id: string): Promise<number>;
  /** Several at once (one round trip): the briefings found, and their positions by id. */
  getMany(ids: readonly string[]): Promise<Briefing[]>;
  positions(ids: readonly string[]): Promise<Map<string, number>>;
  /** Briefings ingested in (after, upTo], newest first. */
  ingestedIn(after: string | undefined, upTo: string, limit: number): Promise<Briefing[]>;
  /** How many briefings were ingested in (after, upTo]: what ingestedIn would list with no limit. */
  countIngestedIn(after: string | undefined, upTo: string): Promise<number>;
  /** Ids starting with this prefix (at most `limit`). */
  idsByPrefix(prefix: string, limit: number): Promise<string[]>;
  /** Store a briefing (a newer parse of the same id replaces the older one). Durable when resolved. */
  put(b: Briefing): Promise<void>;
  /** Many briefings at once (migrations, bulk loads); durable when resolved. */
  putMany(list: readonly Briefing[]): Promise<void>;
  /**
   * Briefings holding every query word (search-folded, see src/text/search-fold.ts), or naming
   * a person with any of them; ranked by title words then newest. A superset of exact matches.
   */
  candidates(words: readonly string[], limit: number): Promise<SearchCandidate[]>;
}

/** One rate a pacing scope keeps: a slot every `intervalMs`, up to `burst` of them back to back. */
export interface PaceScope {
  scope: string;
  intervalMs: number;
  burst: number;
}

/**
 * Send slots every process on one store shares, so several instances together keep a platform's
 * rate limit (GCRA per scope). Times are ms since the epoch on the callers' clocks, which are
 * assumed synchronised (NTP): a skew of d ms lets a slot go d ms early.
 */
export interface Pacer {
  /**
   * The first instant, not before `now`, at which every scope has a free slot. The slots are
   * taken only when that instant is at most `maxWaitMs` away; it is returned either way.
   */
  reserve(scopes: readonly PaceScope[], now: number, maxWaitMs: number): Promise<number>;
  /**
   * `n` slots of one scope in one round trip, as `n` reservations one after the other: their
   * instants, taken up to the first that is more than `maxWaitMs` away (that one and later: not).
   */
  reserveMany?(scope: PaceScope, now: number, maxWaitMs: number, n: number): Promise<number[]>;
  /** Nothing in `scope` before `until` (a platform's retry_after). */
  hold(scope: string, until: number): Promise<void>;
}

export interface Store {
  /** "lowdb", "memory" or "postgres", and where (file or database) for messages. */
  readonly engine: 'lowdb' | 'memory' | 'postgres';
  readonly where: string;
  /**
   * Several processes write it at once (PostgreSQL): another instance's records may be live work,
   * and this one's memory may be behind theirs until refresh().
   */
  readonly shared: boolean;
  /** Register a section (validated now against what is stored) and read it. */
  section<T>(spec: SectionSpec<T>): Section<T>;
  /** Apply changes together, to memory now; resolves once they are durable. */
  write(changes: readonly Change[]): Promise<void>;
  /**
   * Create the record only if the key is free (or holds a replaceable status). Resolves true,
   * once durable, when this call took it: the basis of exactly-once digests.
   */
  claim<T>(spec: SectionSpec<T>, key: string, value: T, opts?: ClaimOptions): Promise<boolean>;
  /**
   * Claim the first free candidate. On a shared store a candidate whose lock record another
   * instance is claiming at this moment is skipped (FOR UPDATE SKIP LOCKED), so instances walking
   * the same list split it instead of queueing behind each other's claims.
   */
  claimFirst<T>(spec: SectionSpec<T>, lockSpec: AnySectionSpec, candidates: ReadonlyArray<ClaimCandidate<T>>): Promise<ClaimFirstResult>;
  /**
   * Read these records again from where other instances write them; without keys, the section's
   * records changed since the last such call (nothing to do with one writer).
   */
  refresh<T>(spec: SectionSpec<T>, keys?: readonly string[]): Promise<void>;
  readonly briefings: BriefingRepo;
  /**
   * Platform send slots shared with the other instances on this store; absent where one process
   * writes (lowdb, memory), whose in-process limiters already see every send.
   */
  readonly pacer?: Pacer;
  /**
   * Folder where other processes hand work to this store's single writer (`mujaz ingest` beside
   * a running bot); null when every process may write (PostgreSQL, memory).
   */
  readonly inbox: string | null;
  /** Everything written so far is durable. */
  flush(): Promise<void>;
  /** Flush, release the lock / pool. */
  close(): Promise<void>;
}

/** Start-up and storage problems, each said in one line (never a stack trace). */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** The data file is in use by another running mujaz (its process id is known). */
export class StoreBusyError extends StoreError {
  override name = 'StoreBusyError';
  constructor(
    message: string,
    readonly pid: number,
    readonly inbox: string | null,
  ) {
    super(message);
  }
}

/** A write failed at run time (disk full, permissions changed, database gone). */
export class StorageUnavailableError extends StoreError {
  override name = 'StorageUnavailableError';
}

export function isStoreError(e: unknown): e is StoreError {
  return e instanceof StoreError;
}
