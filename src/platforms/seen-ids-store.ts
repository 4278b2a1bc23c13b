/**
 * SeenIds kept in the store, so a redelivery after a restart is still recognised. The one place
 * that knows how they are held: a `seenIds` section of its own (key → expiry, ms since epoch),
 * registered like every feature's section; the store knows nothing of it. Likewise the HandledLog
 * (section `handledUnconfirmed`: key → when handled).
 */
import { causeOf, log } from '../log.ts';
import { del, put, type SectionSpec, type Store } from '../store/types.ts';
import { MemorySeenIds, type HandledLog, type SeenIds } from './seen-ids.ts';

export const SEEN_IDS: SectionSpec<number> = {
  name: 'seenIds',
  valid: (v) => typeof v === 'number' && Number.isFinite(v),
  what: 'an expiry time in milliseconds',
};

export const HANDLED_UNCONFIRMED: SectionSpec<number> = {
  name: 'handledUnconfirmed',
  valid: (v) => typeof v === 'number' && Number.isFinite(v),
  what: 'the time a delivery was handled, in milliseconds',
};

/** Telegram keeps an unconfirmed update 24 hours; a record older than that can never be needed. */
const HANDLED_KEEP_MS = 25 * 3600_000;

export class StoreHandledLog implements HandledLog {
  constructor(
    private readonly store: Store,
    private readonly now: () => number = Date.now,
  ) {
    // Records a crash left between a confirmation and its forget() are dropped once they are old.
    const old = [...store.section(HANDLED_UNCONFIRMED).entries()].filter(([, t]) => t < now() - HANDLED_KEEP_MS);
    if (old.length) this.drop(old.map(([k]) => k));
  }

  has(key: string): boolean {
    return this.store.section(HANDLED_UNCONFIRMED).has(key);
  }

  add(key: string): Promise<void> {
    return this.store.write([put(HANDLED_UNCONFIRMED, key, this.now())]);
  }

  forget(keys: readonly string[]): void {
    const section = this.store.section(HANDLED_UNCONFIRMED);
    const held = keys.filter((k) => section.has(k));
    if (held.length) this.drop(held);
  }

  private drop(keys: readonly string[]): void {
    // Not awaited: a record kept a little longer costs nothing but its line.
    void this.store.write(keys.map((k) => del(HANDLED_UNCONFIRMED, k))).catch((e: unknown) => log.debug(`could not drop confirmed deliveries' records: ${causeOf(e)}`));
  }
}

export class StoreSeenIds implements SeenIds {
  private calls = 0;
  /** Catches repeats arriving while the first one's write is still going. */
  private readonly recent: MemorySeenIds;

  constructor(
    private readonly store: Store,
    private readonly now: () => number = Date.now,
  ) {
    this.recent = new MemorySeenIds(now);
  }

  async firstSeen(key: string, ttlMs: number): Promise<boolean> {
    if (!(await this.recent.firstSeen(key, ttlMs))) return false;
    const section = this.store.section(SEEN_IDS);
    const t = this.now();
    const until = section.get(key);
    if (until !== undefined && t < until) return false;
    const changes = [put(SEEN_IDS, key, t + ttlMs)];
    // Expired ids are dropped now and then, so the section stays as small as the window.
    if (++this.calls % 200 === 0) for (const [k, u] of section.entries()) if (u <= t) changes.push(del(SEEN_IDS, k));
    // The write starts now but is not awaited: an acknowledgement (Slack's 3 s) must never wait
    // for the disk, and the answer it guards takes far longer than the write.
    void this.store
      .write(changes)
      .catch((e: unknown) => log.warn(`could not record a handled delivery (${causeOf(e)}); a redelivery after a restart may be answered again`));
    return true;
  }
}
