/**
 * Long polling that loses nothing when the process stops or the network goes.
 *
 * getUpdates(offset) tells Telegram that every update below `offset` is dealt with, and Telegram
 * forgets them. grammY's runner moves the offset past everything it has fetched, so a restart
 * drops whatever was fetched but not yet answered. Here the offset only passes an update once its
 * handler has finished: it is the lowest update still in flight (or one past the last fetched
 * when none is). Telegram then re-sends updates still in flight with the next batch; those are
 * recognised by id and skipped. On stop, fetching ends, the updates in flight finish (bounded),
 * and one last getUpdates confirms them — what could not finish is delivered to the next run.
 *
 * An update answered but not yet confirmed when the process is killed (SIGKILL, power cut) would
 * be delivered again and answered twice. With a `handled` log, each update is recorded durably
 * once its handler has finished and before it can be confirmed; a restart skips the ones recorded,
 * and each record is dropped once Telegram has been told. What remains is at least once, with a
 * duplicate only for a kill between an answer and its record's write (milliseconds, not the
 * long-poll's seconds).
 *
 * Failures never end the loop, except a token Telegram refuses (onFatal): network errors, 5xx,
 * garbage answers and 409 Conflict (a second copy polling, typically the old one still draining
 * during a deploy) are logged once and retried with a back-off capped at a few seconds.
 */
import { BotError, type Api, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { causeOf, log } from '../../log.ts';
import { Backoff, OutageLog, sleep, type BackoffOptions } from '../outage.ts';
import { classifyApiFailure, describeFailure, type ApiFailure } from './failure.ts';
import type { HandledLog } from '../seen-ids.ts';

/** grammY types its signals with the abort-controller shim's class; Node's are the same at run time. */
export const grammySignal = (s: AbortSignal) => s as unknown as Parameters<Api['getMe']>[0];

export interface PollerOptions {
  allowedUpdates: readonly string[];
  /** Long-poll hold time asked of Telegram, in seconds. */
  timeoutSeconds?: number;
  /** Updates handled at once; fetching pauses beyond it. */
  maxInFlight?: number;
  backoff?: BackoffOptions;
  /** A failure retrying cannot fix (the token was refused): polling has stopped. */
  onFatal?: (f: ApiFailure) => void;
  /** Updates handled but not yet confirmed, kept where a restart finds them. */
  handled?: HandledLog;
}

const handledKey = (id: number) => `telegram:update:${id}`;

export class UpdatePoller {
  private readonly inFlight = new Set<number>();
  private lastFetched = -1;
  private readonly abort = new AbortController();
  private loop: Promise<void> | null = null;
  private wake: Array<() => void> = [];
  private readonly backoff: Backoff;
  private readonly outage = new OutageLog('telegram');
  /** Update ids recorded in the handled log and not yet confirmed. */
  private recorded: number[] = [];
  /** Updates whose handler ran to the end (or failed and was apologised for). */
  handled = 0;

  constructor(
    private readonly bot: Bot,
    /** An Api without auto-retry: this loop decides when to try again. */
    private readonly api: Api,
    private readonly opts: PollerOptions,
  ) {
    this.backoff = new Backoff(opts.backoff);
  }

  start(): void {
    this.loop ??= this.run();
  }

  get running(): boolean {
    return this.loop !== null && !this.abort.signal.aborted;
  }

  get pending(): number {
    return this.inFlight.size;
  }

  /** Everything below this id is handled: the offset to confirm with. */
  private offset(): number | undefined {
    if (this.inFlight.size) return Math.min(...this.inFlight);
    return this.lastFetched >= 0 ? this.lastFetched + 1 : undefined;
  }

  private async run(): Promise<void> {
    const max = this.opts.maxInFlight ?? 100;
    const signal = this.abort.signal;
    while (!signal.aborted) {
      let updates: Update[];
      try {
        const offset = this.offset();
        updates = await this.api.getUpdates(
          { ...(offset !== undefined ? { offset } : {}), limit: 100, timeout: this.opts.timeoutSeconds ?? 30, allowed_updates: [...this.opts.allowedUpdates] as never },
          grammySignal(signal),
        );
        if (!Array.isArray(updates)) throw new Error('getUpdates did not answer a list');
        if (offset !== undefined) this.confirmed(offset);
      } catch (e) {
        if (signal.aborted) break;
        const f = classifyApiFailure(e);
        if (f.kind === 'auth') {
          log.error(`telegram: ${describeFailure(f)}; polling stopped`);
          this.abort.abort();
          this.opts.onFatal?.(f);
          break;
        }
        // Telegram says how long; otherwise the capped back-off.
        const wait = f.kind === 'rate-limited' ? Math.max(f.retryAfterMs, 100) : this.backoff.next();
        this.outage.failed(describeFailure(f), this.backoff.capMs, f.kind);
        await sleep(wait, signal);
        continue;
      }
      this.outage.ok('receiving updates again');
      this.backoff.reset();
      let fresh = 0;
      for (const u of updates) {
        if (u.update_id <= this.lastFetched) continue; // still in flight from an earlier batch
        this.lastFetched = u.update_id;
        fresh++;
        this.handle(u);
      }
      // A batch of nothing but updates still in flight: asking again at once would spin.
      if (fresh === 0 && updates.length > 0) await this.nextFinished(1000);
      while (this.inFlight.size >= max && !signal.aborted) await this.nextFinished(1000);
    }
  }

  /** Telegram has been told every update below `offset` is dealt with: their records can go. */
  private confirmed(offset: number): void {
    if (!this.opts.handled || !this.recorded.some((id) => id < offset)) return;
    this.opts.handled.forget(this.recorded.filter((id) => id < offset).map(handledKey));
    this.recorded = this.recorded.filter((id) => id >= offset);
  }

  private handle(u: Update): void {
    this.inFlight.add(u.update_id);
    const handled = this.opts.handled;
    void (async () => {
      try {
        if (handled?.has(handledKey(u.update_id))) {
          // Answered by a run that was killed before it could confirm: not again.
          this.recorded.push(u.update_id);
          log.debug(`telegram: update ${u.update_id} was handled before a restart; skipped`);
          return;
        }
        await this.bot.handleUpdate(u);
      } catch (e) {
        if (e instanceof BotError) await Promise.resolve(this.bot.errorHandler(e)).catch((e2: unknown) => log.error(`telegram: error handler failed: ${causeOf(e2)}`));
        else log.error(`telegram: update ${u.update_id} failed: ${causeOf(e)}`);
      } finally {
        // Durable before the update can be confirmed (it stays in flight until then).
        if (handled && !this.recorded.includes(u.update_id)) {
          await handled.add(handledKey(u.update_id)).then(
            () => this.recorded.push(u.update_id),
            (e: unknown) => log.warn(`telegram: could not record update ${u.update_id} as handled (${causeOf(e)}); a restart before it is confirmed would answer it again`),
          );
        }
        this.inFlight.delete(u.update_id);
        this.handled++;
        for (const w of this.wake.splice(0)) w();
      }
    })();
  }

  private nextFinished(maxWaitMs: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, maxWaitMs);
      this.wake.push(() => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  /**
   * Stop fetching, let the updates in flight finish (at most `drainMs`), then confirm what was
   * handled. Resolves with the number of updates left unfinished (Telegram re-sends those).
   */
  async stop(drainMs = 25_000): Promise<number> {
    this.abort.abort();
    await this.loop;
    const deadline = Date.now() + drainMs;
    while (this.inFlight.size && Date.now() < deadline) await this.nextFinished(Math.min(250, deadline - Date.now()));
    const left = this.inFlight.size;
    if (left) log.warn(`telegram: ${left} update(s) still being handled after ${Math.round(drainMs / 1000)} s; Telegram will deliver them again to the next run`);
    const offset = this.offset();
    if (offset !== undefined && this.lastFetched >= 0) {
      try {
        // Confirms everything below the offset; the update it may return is not ours to handle.
        await this.api.getUpdates({ offset, limit: 1, timeout: 0 }, grammySignal(AbortSignal.timeout(5000)));
        this.confirmed(offset);
      } catch (e) {
        log.warn(`telegram: could not confirm the last handled updates (${causeOf(e)}); they may be delivered again`);
      }
    }
    return left;
  }
}
