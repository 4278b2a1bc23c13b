/** A small async work queue: producers push, workers take until it is closed and drained. */
export class WorkQueue<T> {
  private items: T[] = [];
  private head = 0;
  private closed = false;
  private takers: Array<(v: T | null) => void> = [];
  private drainWaiters: Array<{ below: number; resolve: () => void }> = [];

  get size(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    const taker = this.takers.shift();
    if (taker) taker(item);
    else this.items.push(item);
  }

  close(): void {
    this.closed = true;
    for (const t of this.takers.splice(0)) t(null);
  }

  /** Next item, or null once the queue is closed and empty. */
  take(): Promise<T | null> {
    if (this.size > 0) {
      const item = this.items[this.head++]!;
      if (this.head > 1024 && this.head * 2 > this.items.length) {
        this.items = this.items.slice(this.head);
        this.head = 0;
      }
      this.wakeDrain();
      return Promise.resolve(item);
    }
    if (this.closed) return Promise.resolve(null);
    return new Promise((r) => this.takers.push(r));
  }

  /** Resolves once fewer than `below` items wait (producer back-pressure). */
  waitBelow(below: number): Promise<void> {
    if (this.size < below) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push({ below, resolve }));
  }

  private wakeDrain(): void {
    if (!this.drainWaiters.length) return;
    this.drainWaiters = this.drainWaiters.filter((w) => {
      if (this.size < w.below) {
        w.resolve();
        return false;
      }
      return true;
    });
  }
}
