/**
 * Staying connected through outages, shared by the platforms: a back-off that grows but stays
 * short (a bot deaf for a minute after its API came back is an outage of its own), and a log that
 * says once when a connection is lost and why, once more if the reason changes, and once when it
 * is back — not a line per retry.
 */
import { log } from '../log.ts';

export interface BackoffOptions {
  firstMs?: number;
  maxMs?: number;
}

export class Backoff {
  private readonly firstMs: number;
  private readonly maxMs: number;
  private nextMs: number;

  constructor(opts: BackoffOptions = {}) {
    this.firstMs = opts.firstMs ?? 500;
    this.maxMs = opts.maxMs ?? 4000;
    this.nextMs = this.firstMs;
  }

  /** The wait before the next attempt; each call doubles the following one, up to the cap. */
  next(): number {
    const ms = this.nextMs;
    this.nextMs = Math.min(this.maxMs, this.nextMs * 2);
    return ms;
  }

  reset(): void {
    this.nextMs = this.firstMs;
  }

  get capMs(): number {
    return this.maxMs;
  }
}

export class OutageLog {
  private since: number | null = null;
  private cause = '';
  private kind = '';
  private failures = 0;

  constructor(
    private readonly name: string,
    private readonly now: () => number = Date.now,
  ) {}

  get failing(): boolean {
    return this.since !== null;
  }

  /**
   * A failed attempt; logged when it starts an outage or changes its kind (`kind`: e.g. network
   * versus server errors — a connection reset turning into a refusal is the same outage).
   */
  failed(cause: string, capMs: number, kind = cause): void {
    this.failures++;
    this.cause = cause;
    if (this.since === null) {
      this.since = this.now();
      this.kind = kind;
      log.warn(`${this.name}: ${cause}; retrying every ${Math.round(capMs / 1000)} s at most`);
    } else if (kind !== this.kind) {
      this.kind = kind;
      log.warn(`${this.name}: still failing, now: ${cause}`);
    }
  }

  /** A successful attempt; ends the outage (and says so) if there was one. */
  ok(what = 'working again'): void {
    if (this.since === null) return;
    const s = ((this.now() - this.since) / 1000).toFixed(1);
    log.info(`${this.name}: ${what} after ${s} s (${this.failures} failed attempt${this.failures === 1 ? '' : 's'}; last cause: ${this.cause})`);
    this.since = null;
    this.failures = 0;
    this.cause = '';
    this.kind = '';
  }
}

/** setTimeout as a promise that ends early (resolves) when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
