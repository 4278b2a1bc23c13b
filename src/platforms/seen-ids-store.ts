/**
 * SeenIds kept in the store, so a redelivery after a restart is still recognised. The one place
 * that knows how they are held: a `seenIds` section of its own (key → expiry, ms since epoch),
 * registered like every feature's section; the store knows nothing of it.
 */
import { causeOf, log } from '../log.ts';
import { del, put, type SectionSpec, type Store } from '../store/types.ts';
import { MemorySeenIds, type SeenIds } from './seen-ids.ts';

export const SEEN_IDS: SectionSpec<number> = {
  name: 'seenIds',
  valid: (v) => typeof v === 'number' && Number.isFinite(v),
  what: 'an expiry time in milliseconds',
};

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
