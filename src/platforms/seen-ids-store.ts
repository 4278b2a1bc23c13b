/**
 * SeenIds kept in the data file, so a redelivery after a restart is still recognised. The one
 * place that knows how the store holds them: a `seenIds` section (key → expiry, ms since epoch)
 * that the current store's schema carries through reads and writes without knowing it.
 */
import { causeOf, log } from '../log.ts';
import type { Store } from '../store/store.ts';
import { MemorySeenIds, type SeenIds } from './seen-ids.ts';

type WithSeen = { seenIds?: Record<string, number> };

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
    const t = this.now();
    const until = (this.store.data as WithSeen).seenIds?.[key];
    if (typeof until === 'number' && t < until) return false;
    const prune = ++this.calls % 200 === 0;
    // The write starts now but is not awaited: an acknowledgement (Slack's 3 s) must never wait
    // for the disk, and the answer it guards takes far longer than the write.
    void this.store
      .update((d) => {
        const s = ((d as WithSeen).seenIds ??= {});
        s[key] = t + ttlMs;
        if (prune) for (const [k, u] of Object.entries(s)) if (typeof u !== 'number' || u <= t) delete s[k];
      })
      .catch((e: unknown) => log.warn(`could not record a handled delivery (${causeOf(e)}); a redelivery after a restart may be answered again`));
    return true;
  }
}
