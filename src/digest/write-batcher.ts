/**
 * Collects store mutations and applies them in one store.update every `intervalMs`: a fan-out to
 * thousands of chats then costs a handful of file writes instead of one per message. Only outcome
 * marks go through here; claims are written (and awaited) before the sends they cover.
 */
import type { DbData } from '../store/schema.ts';
import type { Store } from '../store/store.ts';

export class WriteBatcher {
  private pending: Array<(d: DbData) => void> = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly intervalMs: number,
  ) {}

  add(fn: (d: DbData) => void): void {
    this.pending.push(fn);
    if (!this.timer) this.timer = setTimeout(() => void this.flush(), this.intervalMs);
  }

  /**
   * Apply what is queued inside a store update someone else is making (a claim batch), so the
   * marks ride on that write instead of costing one of their own.
   */
  applyPending(d: DbData): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    for (const fn of batch) fn(d);
  }

  /** Apply and persist everything queued so far; resolves once it is on disk. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length) {
      this.writing = this.store.update((d) => {
        for (const fn of batch) fn(d);
      });
    }
    return this.writing;
  }
}
