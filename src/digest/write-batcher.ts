/**
 * Collects outcome marks and writes them together every `intervalMs`: a fan-out to thousands of
 * chats then costs a handful of journal appends instead of one per message. Only outcome marks go
 * through here; claims are made durable (and awaited) before the sends they cover.
 * A mark is a function returning the changes to write, computed when the batch is written, so
 * it sees every earlier mark.
 */
import type { Change, Store } from '../store/types.ts';

export type Mark = () => Change[];

export class WriteBatcher {
  private pending: Mark[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly intervalMs: number,
  ) {}

  add(mark: Mark): void {
    this.pending.push(mark);
    if (!this.timer) this.timer = setTimeout(() => void this.flush().catch(() => undefined), this.intervalMs);
  }

  /** Write everything queued so far; resolves once it is durable. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length) {
      // Each mark's changes are applied before the next mark is computed (it may read them).
      const writes = batch.map((m) => this.store.write(m()));
      this.writing = Promise.all(writes).then(() => undefined);
    }
    return this.writing;
  }
}
