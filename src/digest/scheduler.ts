/**
 * The digest scheduler: a node-cron tick every minute (UTC) that finds every active subscription
 * whose local time has come for its local date, claims (chat, local date) in the data file before
 * sending, fans out through the platform transports at the platforms' rates, and records the
 * outcome. The clock is injectable: tests call tick(fakeNow) directly.
 *
 * Exactly once, in order of defence:
 *  - one run at a time in this process (a lock; node-cron's noOverlap as well);
 *  - a 'claimed' record keyed `${chatKey}|${localDate}` is on disk before the message is sent,
 *    and any existing record for the key stops a second send;
 *  - a claim left by a process that died mid-send cannot be known to have gone out: it is re-sent
 *    once only through a transport that can send idempotently (the platform drops the repeat);
 *    a transport that can read back the chat (Slack) is asked whether the marked digest is there
 *    (there: sent; not there: it never arrived, send it); otherwise it is marked 'unknown',
 *    logged, not re-sent, and the chat is told its digest may not have arrived (/digest shows it).
 *    Never-duplicate wins over never-miss; a sender claims only once its rate-limit slot has come,
 *    right before its send, and its outcome is durable no later than its next claim, so a crash
 *    leaves at most one delivery in doubt per message in flight at that instant.
 *
 * The run is spread over files named for their part: due.ts (which chats are due), in-doubt.ts
 * (claims a stopped run left, chats told their digest may be missing), fan-out.ts (the senders),
 * run-records.ts (the records a run writes), send-slot.ts (waiting on the platform's limiter).
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Briefing } from '../briefing/types.ts';
import type { PlatformName } from '../core/platform.ts';
import { log } from '../log.ts';
import type { Reply } from '../reply/model.ts';
import { put, type Change } from '../store/types.ts';
import { digestAfter, digestReply, selectDigest } from './content.ts';
import { dueJobs } from './due.ts';
import { fanOut } from './fan-out.ts';
import { settleOldClaims } from './in-doubt.ts';
import { DEFAULT_LIMITS, RateLimiter, SharedRateLimiter, type SendLimiter } from './rate-limit.ts';
import { DELIVERIES, SUBSCRIPTIONS } from './records.ts';
import { runSettings, type DigestDeps, type DigestOptions, type Job, type RunContext, type RunSummary } from './run-context.ts';
import { record } from './run-records.ts';

export type { DigestDeps, DigestOptions, RunSummary } from './run-context.ts';

export const CRON_EXPRESSION = '* * * * *';

export class DigestScheduler {
  readonly instanceId: string;
  /** What the parts of a run (due.ts, in-doubt.ts, fan-out.ts) are handed. */
  private readonly ctx: RunContext;
  private task: ScheduledTask | null = null;
  private running: Promise<RunSummary> | null = null;
  /** Ticks that found a run still going and stepped aside. */
  overlaps = 0;

  constructor(
    private readonly deps: DigestDeps,
    private readonly options: DigestOptions = {},
  ) {
    this.instanceId = options.instanceId ?? `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    this.ctx = { deps, settings: runSettings(options), instanceId: this.instanceId };
  }

  /** Schedule the minute tick and run a catch-up tick now (digests missed while down). */
  start(): void {
    const schedule = this.options.schedule ?? cron.schedule;
    const tick = () => this.tick().catch((e: unknown) => log.error(`digests: run failed: ${(e as Error).message}`));
    this.task = schedule(CRON_EXPRESSION, tick, { timezone: 'UTC', name: 'digests', noOverlap: true });
    void this.tick().catch((e: unknown) => log.error(`digests: catch-up run failed: ${(e as Error).message}`));
  }

  async stop(): Promise<void> {
    if (this.task) await this.task.destroy();
    this.task = null;
    await this.running?.catch(() => undefined);
  }

  /**
   * One run: settle crashed claims, send every due digest, record outcomes. Returns null when a
   * run is already going (the next minute's tick picks up whatever it did not cover).
   */
  async tick(now: Date = this.deps.now()): Promise<RunSummary | null> {
    if (this.running) {
      this.overlaps++;
      log.debug('digests: previous run still going; this tick steps aside');
      return null;
    }
    const run = this.run(now);
    this.running = run;
    try {
      return await run;
    } finally {
      this.running = null;
    }
  }

  private async run(now: Date): Promise<RunSummary> {
    const t0 = performance.now();
    const summary: RunSummary = { due: 0, sent: 0, skipped: 0, failed: 0, deactivated: 0, ms: 0 };
    const { store } = this.deps;
    // Chats subscribed (or changed) through another instance since the last run.
    if (store.shared) await store.refresh(SUBSCRIPTIONS);
    // One limiter per platform for the whole run: the notices a run sends ("may not have arrived")
    // take their slots from it like the digests do.
    const limiters = new Map<PlatformName, SendLimiter>();
    const limiterFor = (p: PlatformName): SendLimiter => {
      let l = limiters.get(p);
      if (!l) {
        l = this.newLimiter(p);
        limiters.set(p, l);
      }
      return l;
    };
    summary.skipped += await settleOldClaims(this.ctx, now, limiterFor);

    let jobs = dueJobs(this.ctx, now);
    if (jobs.length && store.shared) {
      // Another instance may have sent these, moved their cursors or unsubscribed them since this
      // one last looked: read what is due from the database before building anything.
      await store.refresh(SUBSCRIPTIONS, jobs.map((j) => j.sub.chatKey));
      await store.refresh(DELIVERIES, jobs.map((j) => j.key));
      jobs = dueJobs(this.ctx, now);
    }
    summary.due = jobs.length;
    if (!jobs.length) {
      summary.ms = performance.now() - t0;
      if (summary.skipped) this.logSummary(now, summary);
      return summary;
    }

    // Content per distinct cursor (most chats share the last run's), read once each from the index.
    const latest = await this.deps.library.latest();
    const fresh = new Map<string, Promise<{ briefings: Briefing[]; total: number }>>();
    const newSince = (cursor: string | undefined) => {
      const k = cursor ?? '';
      let p = fresh.get(k);
      if (!p) {
        p = this.deps.library.interval(digestAfter(cursor, now), now);
        fresh.set(k, p);
      }
      return p;
    };
    const empties: Job[] = [];
    const byPlatform = new Map<PlatformName, Job[]>();
    const replies = new Map<string, Reply>();
    for (const j of jobs) {
      const { briefings, total } = await newSince(j.sub.cursor);
      const sel = selectDigest(briefings, j.sub.cursor, now, { always: j.sub.always, latest, total });
      if (!sel) {
        empties.push(j);
        continue;
      }
      j.sel = sel;
      const lang = this.deps.langFor({ platform: j.sub.platform, chatId: j.sub.chatId, userId: j.sub.userId ?? '', userLocale: j.sub.userLocale });
      const prefix = j.sub.platform === 'slack' ? '/mujaz ' : '/';
      // Most chats get one of a few identical digests: build each once.
      const memoKey = `${lang}|${j.localDate}|${prefix}|${sel.fallback}|${sel.total ?? ''}|${sel.briefings.map((b) => b.id).join(',')}`;
      let r = replies.get(memoKey);
      if (!r) {
        r = digestReply(sel, lang, j.localDate, { commandPrefix: prefix });
        replies.set(memoKey, r);
      }
      j.reply = r;
      const list = byPlatform.get(j.sub.platform) ?? [];
      list.push(j);
      byPlatform.set(j.sub.platform, list);
    }
    if (empties.length) {
      summary.skipped += empties.length;
      const deliveries = store.section(DELIVERIES);
      const changes: Change[] = [];
      for (const j of empties) {
        const prev = deliveries.get(j.key);
        if (prev && prev.status !== 'failed') continue;
        changes.push(put(DELIVERIES, j.key, record(this.ctx, j, 'empty', now, prev)));
      }
      await store.write(changes);
    }

    await Promise.all([...byPlatform].map(([p, list]) => fanOut(this.ctx, p, list, now, summary, limiterFor(p))));
    summary.ms = performance.now() - t0;
    this.logSummary(now, summary);
    return summary;
  }

  private logSummary(now: Date, s: RunSummary): void {
    log.info(
      `digests: run ${now.toISOString().slice(0, 16)}Z due=${s.due} sent=${s.sent} skipped=${s.skipped} failed=${s.failed} deactivated=${s.deactivated} (${Math.round(s.ms)} ms)`,
    );
  }

  /**
   * The platform's limiter for one run: instances sharing a database share the platform's rate
   * through it; alone, a fresh in-memory limiter per run (runs are a minute apart, and a long wait
   * a platform asked for is carried to later runs by the deferred records' notBefore, not by a
   * sleeping limiter).
   */
  private newLimiter(platform: PlatformName): SendLimiter {
    const limits = this.options.limits?.[platform] ?? DEFAULT_LIMITS[platform];
    const { pacer } = this.deps.store;
    return pacer ? new SharedRateLimiter(pacer, platform, limits) : new RateLimiter(limits);
  }
}
