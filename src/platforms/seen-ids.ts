/**
 * "Have I handled this delivery already?" — for platforms that deliver a request again when they
 * think it went unanswered (Slack event retries, Telegram webhook re-posts) and for replays of a
 * signed request. An id is remembered from the moment it first arrives, so a repeat landing while
 * the first is still being answered is dropped too, and for `ttlMs` after.
 *
 * The interface is all the platforms see: the durable implementation lives in one adapter file
 * (seen-ids-store.ts), so a change of data store touches that file only.
 */
export interface SeenIds {
  /** True the first time `key` is offered within `ttlMs`; false for a repeat. */
  firstSeen(key: string, ttlMs: number): Promise<boolean>;
}

/** In memory only: repeats within one process (tests, and where no data file is kept). */
export class MemorySeenIds implements SeenIds {
  /** key → expiry time; insertion order is arrival order. */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 50_000,
  ) {}

  async firstSeen(key: string, ttlMs: number): Promise<boolean> {
    const t = this.now();
    const until = this.seen.get(key);
    if (until !== undefined && t < until) return false;
    this.seen.delete(key);
    this.seen.set(key, t + ttlMs);
    if (this.seen.size > this.maxEntries) {
      for (const [k, u] of this.seen) {
        if (u <= t || this.seen.size > this.maxEntries) this.seen.delete(k);
        else break;
      }
    }
    return true;
  }
}

/**
 * Deliveries handled but not yet confirmed to the platform (Telegram long polling confirms an
 * update only with the next getUpdates): kept durably, so a process killed in between does not
 * answer them again after a restart. Forgotten once confirmed: it holds only the few in between.
 */
export interface HandledLog {
  has(key: string): boolean;
  /** Resolves once the record is durable. */
  add(key: string): Promise<void>;
  /** Confirmed: the platform will not deliver these again. */
  forget(keys: readonly string[]): void;
}
