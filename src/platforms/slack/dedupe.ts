/**
 * Slack redelivers an event it thinks went unanswered (x-slack-retry-num); the same event
 * must never produce a second answer. Ids are remembered from the moment an event arrives,
 * so a retry landing while the first delivery is still being answered is dropped too.
 */
export class SeenIds {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 50_000,
  ) {}

  /** True the first time an id is offered (within the TTL), false afterwards. */
  firstTime(id: string): boolean {
    const t = this.now();
    const at = this.seen.get(id);
    if (at !== undefined && t - at < this.ttlMs) return false;
    this.seen.set(id, t);
    if (this.seen.size > this.maxEntries) this.prune(t);
    return true;
  }

  private prune(t: number): void {
    for (const [id, at] of this.seen) {
      if (t - at >= this.ttlMs || this.seen.size > this.maxEntries) this.seen.delete(id);
      else break; // insertion order = time order
    }
  }
}
