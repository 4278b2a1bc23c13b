/**
 * Counts the requests being handled, so a stop can wait for them: a request may already be
 * acknowledged (Slack's 3 s, grammY's webhook answer after 9 s) while its handler still works on
 * the reply.
 */
export class InFlight {
  private n = 0;
  private waiters: Array<() => void> = [];

  get size(): number {
    return this.n;
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    this.n++;
    try {
      return await fn();
    } finally {
      this.n--;
      if (this.n === 0) for (const w of this.waiters.splice(0)) w();
    }
  }

  /** Resolves once nothing is in flight or `ms` have passed, with the number still in flight. */
  settled(ms: number): Promise<number> {
    if (this.n === 0) return Promise.resolve(0);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(t);
        resolve(this.n);
      };
      const t = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== done);
        done();
      }, ms);
      this.waiters.push(done);
    });
  }
}
