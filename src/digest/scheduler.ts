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
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Briefing, Lang } from '../briefing/types.ts';
import { isTraceable, type FindOutcome, type SendOutcome, type TraceableTransport, type Transport } from '../core/transport.ts';
import type { Library } from '../library/library.ts';
import { log } from '../log.ts';
import type { Reply } from '../reply/model.ts';
import type { PlatformName } from '../core/platform.ts';
import { CHATS } from '../core/chats.ts';
import { del, put, type Change, type ClaimCandidate, type Store } from '../store/types.ts';
import { digestReply, FIRST_LOOKBACK_MS, selectDigest, unknownDeliveryReply, type DigestSelection } from './content.ts';
import { daysBefore, localParts, type LocalParts } from './local-time.ts';
import { DEFAULT_LIMITS, RateLimiter, SharedRateLimiter, type Limits, type SendLimiter } from './rate-limit.ts';
import { DELIVERIES, deliveryKey, isUsableSubscription, SUBSCRIPTIONS, type Delivery, type Subscription } from './records.ts';

/** How long after being marked unknown a delivery whose chat was never told is still told. */
const UNTOLD_MS = 24 * 3600_000;

/** A transport whose platform can drop a repeated message carrying the same key. */
export interface IdempotentTransport extends Transport {
  sendIdempotent(chatId: string, reply: Reply, key: string): Promise<SendOutcome>;
}

export function isIdempotent(t: Transport): t is IdempotentTransport {
  return typeof (t as Partial<IdempotentTransport>).sendIdempotent === 'function';
}

export interface DigestDeps {
  store: Store;
  library: Pick<Library, 'ingestedIn' | 'latest'>;
  transports: Partial<Record<PlatformName, Transport>>;
  langFor(m: { platform: PlatformName; chatId: string; userId: string; userLocale?: string }): Lang;
  now(): Date;
}

export interface DigestOptions {
  limits?: Partial<Record<PlatformName, Limits>>;
  /** Sends in flight per platform. */
  concurrency?: number;
  /** Send attempts per chat and local date before giving up until tomorrow. */
  maxAttempts?: number;
  /** Wait before retrying a failed send (multiplied by the attempts so far). */
  retryBackoffMs?: number;
  /** 429 answers tolerated for one message within a run. */
  maxRateLimitRetries?: number;
  /**
   * A platform that asks to wait longer than this (a long flood-control retry_after) is not waited
   * out inside the run: its remaining digests are deferred to a later tick, due when the wait is over.
   */
  maxWaitMs?: number;
  /** Delivery records older than this many days are dropped. */
  keepDays?: number;
  /**
   * On a store several instances share (PostgreSQL), another instance's claim is taken for a
   * crashed run's only once it is this old: until then that instance may be sending it.
   */
  claimLeaseMs?: number;
  instanceId?: string;
  /** node-cron's schedule, replaceable in tests. */
  schedule?: typeof cron.schedule;
}

export interface RunSummary {
  due: number;
  sent: number;
  skipped: number;
  failed: number;
  deactivated: number;
  ms: number;
}

interface Job {
  sub: Subscription;
  key: string;
  localDate: string;
  sel?: DigestSelection;
  reply?: Reply;
}

export const CRON_EXPRESSION = '* * * * *';

/** Chats a worker offers the store at once when claiming its next one. */
const CLAIM_WINDOW = 16;

export class DigestScheduler {
  readonly instanceId: string;
  private readonly opts: Required<Omit<DigestOptions, 'limits' | 'instanceId' | 'schedule'>>;
  private task: ScheduledTask | null = null;
  private running: Promise<RunSummary> | null = null;
  /** Ticks that found a run still going and stepped aside. */
  overlaps = 0;

  constructor(
    private readonly deps: DigestDeps,
    private readonly options: DigestOptions = {},
  ) {
    this.instanceId = options.instanceId ?? `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    this.opts = {
      concurrency: options.concurrency ?? 8,
      maxAttempts: options.maxAttempts ?? 5,
      retryBackoffMs: options.retryBackoffMs ?? 5 * 60_000,
      maxRateLimitRetries: options.maxRateLimitRetries ?? 8,
      maxWaitMs: options.maxWaitMs ?? 60_000,
      keepDays: options.keepDays ?? 7,
      // Longer than one send can take: up to maxWaitMs per 429 answer, maxRateLimitRetries of them.
      claimLeaseMs: options.claimLeaseMs ?? 15 * 60_000,
    };
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
    summary.skipped += await this.settleOldClaims(now, limiterFor);

    let jobs = this.dueJobs(now);
    if (jobs.length && store.shared) {
      // Another instance may have sent these, moved their cursors or unsubscribed them since this
      // one last looked: read what is due from the database before building anything.
      await store.refresh(SUBSCRIPTIONS, jobs.map((j) => j.sub.chatKey));
      await store.refresh(DELIVERIES, jobs.map((j) => j.key));
      jobs = this.dueJobs(now);
    }
    summary.due = jobs.length;
    if (!jobs.length) {
      summary.ms = performance.now() - t0;
      if (summary.skipped) this.logSummary(now, summary);
      return summary;
    }

    // Content per distinct cursor (most chats share the last run's), read once each from the index.
    const latest = await this.deps.library.latest();
    const fresh = new Map<string, Promise<Briefing[]>>();
    const newSince = (cursor: string | undefined) => {
      const k = cursor ?? '';
      let p = fresh.get(k);
      if (!p) {
        p = this.deps.library.ingestedIn(cursor ?? new Date(now.getTime() - FIRST_LOOKBACK_MS).toISOString(), now);
        fresh.set(k, p);
      }
      return p;
    };
    const empties: Job[] = [];
    const byPlatform = new Map<PlatformName, Job[]>();
    const replies = new Map<string, Reply>();
    for (const j of jobs) {
      const sel = selectDigest(await newSince(j.sub.cursor), j.sub.cursor, now, { always: j.sub.always, latest });
      if (!sel) {
        empties.push(j);
        continue;
      }
      j.sel = sel;
      const lang = this.deps.langFor({ platform: j.sub.platform, chatId: j.sub.chatId, userId: j.sub.userId ?? '', userLocale: j.sub.userLocale });
      const prefix = j.sub.platform === 'slack' ? '/mujaz ' : '/';
      // Most chats get one of a few identical digests: build each once.
      const memoKey = `${lang}|${j.localDate}|${prefix}|${sel.fallback}|${sel.briefings.map((b) => b.id).join(',')}`;
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
        changes.push(put(DELIVERIES, j.key, this.record(j, 'empty', now, prev)));
      }
      await store.write(changes);
    }

    await Promise.all([...byPlatform].map(([p, list]) => this.fanOut(p, list, now, summary, limiterFor(p))));
    summary.ms = performance.now() - t0;
    this.logSummary(now, summary);
    return summary;
  }

  private logSummary(now: Date, s: RunSummary): void {
    log.info(
      `digests: run ${now.toISOString().slice(0, 16)}Z due=${s.due} sent=${s.sent} skipped=${s.skipped} failed=${s.failed} deactivated=${s.deactivated} (${Math.round(s.ms)} ms)`,
    );
  }

  /** Subscriptions whose local time has come today and whose day is not settled yet. */
  private dueJobs(now: Date): Job[] {
    const deliveries = this.deps.store.section(DELIVERIES);
    const zones = new Map<string, LocalParts | null>();
    const jobs: Job[] = [];
    for (const sub of this.deps.store.section(SUBSCRIPTIONS).values()) {
      if (!sub.active || !isUsableSubscription(sub) || !this.deps.transports[sub.platform]) continue;
      let lp = zones.get(sub.tz);
      if (lp === undefined) {
        try {
          lp = localParts(now, sub.tz);
        } catch {
          // A zone this runtime does not know (hand-edited file, older ICU): skip, say so once.
          lp = null;
          log.warn(`digests: unknown time zone "${sub.tz}" in the data file; its subscriptions are skipped`);
        }
        zones.set(sub.tz, lp);
      }
      if (lp === null) continue;
      if (lp.date < sub.from || lp.minutes < sub.minutes) continue;
      const key = deliveryKey(sub.chatKey, lp.date);
      const rec = deliveries.get(key);
      if (rec && !this.retryable(rec, now)) continue;
      jobs.push({ sub, key, localDate: lp.date });
    }
    return jobs;
  }

  private retryable(rec: Delivery, now: Date): boolean {
    if (rec.status !== 'failed' || rec.attempts >= this.opts.maxAttempts) return false;
    return !rec.notBefore || now.getTime() >= Date.parse(rec.notBefore);
  }

  /**
   * Claims written by another process instance are from a run that died mid-send (lowdb has one
   * writer; on a shared store, once older than the lease). Re-send once if the platform can drop
   * the repeat; otherwise mark them unknown. Each is taken over through a claim, so two surviving
   * instances never both settle one. Also drops delivery records older than keepDays. Returns the
   * number marked unknown.
   */
  private async settleOldClaims(now: Date, limiterFor: (p: PlatformName) => SendLimiter): Promise<number> {
    const { store } = this.deps;
    const deliveries = store.section(DELIVERIES);
    const subs = store.section(SUBSCRIPTIONS);
    const cutoff = daysBefore(now.toISOString().slice(0, 10), this.opts.keepDays);
    const staleBefore = store.shared ? new Date(now.getTime() - this.opts.claimLeaseMs).toISOString() : undefined;
    let stale: string[] = [];
    const old: string[] = [];
    // Marked unknown but never told: the process that marked it stopped before telling the chat
    // (the crash test found two in 100 kills). Told now, once the mark is old enough that no live
    // run is still about to tell it (the lease where instances share a database; a run of this
    // process finishes its telling before the next run starts), and only within a day.
    const untold: string[] = [];
    const toldSince = new Date(now.getTime() - UNTOLD_MS).toISOString();
    for (const [k, r] of deliveries.entries()) {
      if (r.status === 'claimed' && r.by !== this.instanceId) {
        if (staleBefore === undefined || r.at < staleBefore) stale.push(k);
      } else if (r.status === 'unknown' && !r.notified && r.at > toldSince && (staleBefore === undefined || r.at < staleBefore)) untold.push(k);
      else if (r.localDate < cutoff) old.push(k);
    }
    if (!stale.length && !old.length && !untold.length) return 0;
    if ((stale.length || untold.length) && store.shared) {
      // What this instance saw claimed has most likely been sent since, and what it saw untold
      // been told: ask the database.
      await store.refresh(DELIVERIES, [...stale, ...untold]);
      stale = stale.filter((k) => deliveries.get(k)?.status === 'claimed');
    }
    await store.write(old.map((k) => del(DELIVERIES, k)));
    let unknown = 0;
    let resend = 0;
    let found = 0;
    const doubtful: Array<{ sub: Subscription; key: string }> = [];
    const takeover = { replaceStatus: ['claimed'], staleBefore };
    for (const k of stale) {
      const r = deliveries.get(k);
      if (!r || r.status !== 'claimed') continue;
      const sub = subs.get(r.chatKey);
      const t = sub && this.deps.transports[sub.platform];
      // Its platform has not connected yet (the start-up tick runs before it does): settled now,
      // the chat could not be looked in nor told, an idempotent re-send not tried, and a settled
      // claim is never looked at again. Left for a tick once the platform is there.
      if (sub && !t) continue;
      const seen = sub && t && !isIdempotent(t) && isTraceable(t) ? await this.lookFor(t, sub, r) : null;
      if (t && isIdempotent(t) && !r.retried) {
        const next: Delivery = { ...r, status: 'failed', by: this.instanceId, retried: true, detail: 'claimed by a run that stopped mid-send; re-sent idempotently' };
        if (await store.claim(DELIVERIES, k, next, takeover)) resend++;
      } else if (seen === 'found') {
        const next: Delivery = { ...r, status: 'sent', by: this.instanceId, at: now.toISOString(), detail: 'claimed by a run that stopped mid-send; found in the chat' };
        if (!(await store.claim(DELIVERIES, k, next, takeover))) continue;
        if (sub && (!sub.cursor || sub.cursor < r.upTo)) await store.write([put(SUBSCRIPTIONS, r.chatKey, { ...sub, cursor: r.upTo })]);
        found++;
      } else if (seen === 'absent') {
        // Not in the chat: it never arrived. Retryable at once, so this run sends it.
        const { notBefore: _n, ...rest } = r;
        const next: Delivery = { ...rest, status: 'failed', by: this.instanceId, at: now.toISOString(), detail: 'claimed by a run that stopped mid-send; not in the chat, sent again' };
        if (await store.claim(DELIVERIES, k, next, takeover)) resend++;
      } else {
        const next: Delivery = { ...r, status: 'unknown', by: this.instanceId, at: now.toISOString(), detail: 'claimed by a run that stopped mid-send; not re-sent to avoid a duplicate' };
        if (!(await store.claim(DELIVERIES, k, next, takeover))) continue;
        // Presumed delivered: the next digest starts after what this one held.
        if (sub && (!sub.cursor || sub.cursor < r.upTo)) await store.write([put(SUBSCRIPTIONS, r.chatKey, { ...sub, cursor: r.upTo })]);
        if (sub?.active) doubtful.push({ sub, key: k });
        unknown++;
      }
    }
    for (const k of untold) {
      const r = deliveries.get(k);
      const sub = r && subs.get(r.chatKey);
      if (!r || r.status !== 'unknown' || r.notified || !sub?.active || !this.deps.transports[sub.platform]) continue;
      // Taken over (its moment moved to now) so that two instances never both tell it.
      if (!(await store.claim(DELIVERIES, k, { ...r, at: now.toISOString() }, { replaceStatus: ['unknown'], staleBefore }))) continue;
      doubtful.push({ sub, key: k });
    }
    for (const d of doubtful) await this.tellDoubt(d.sub, d.key, limiterFor(d.sub.platform));
    if (unknown) log.warn(`digests: ${unknown} digest(s) claimed by a stopped run may or may not have been sent; marked unknown and not re-sent`);
    if (resend) log.warn(`digests: ${resend} digest(s) claimed by a stopped run will be sent again (idempotently, or not found in the chat)`);
    if (found) log.info(`digests: ${found} digest(s) claimed by a stopped run were found in their chats; marked sent`);
    return unknown;
  }

  /**
   * Look for a claim's digest in its chat (a crash, or an answer lost on the network). Posts from
   * before the claim cannot be it; the transport allows for its platform's clock differing from
   * this machine's.
   */
  private async lookFor(t: TraceableTransport, sub: Subscription, r: Delivery): Promise<FindOutcome> {
    const seen = await t.findMarked(sub.chatId, { key: deliveryKey(r.chatKey, r.localDate), localDate: r.localDate }, r.at).catch((e: Error) => {
      log.debug(`digests: could not look for ${sub.chatKey}'s digest: ${e.message}`);
      return 'unavailable' as const;
    });
    if (seen === 'partial') log.warn(`digests: only part of ${sub.chatKey}'s ${r.localDate} digest is in the chat; marked unknown`);
    return seen;
  }

  /**
   * Tell a chat its digest may not have arrived. Recorded before sending, so a chat is told once
   * at most (a crash right here costs the notice, never a second one). The notice is a message
   * like any other: it takes its slot from the platform's limiter first (shared by every instance
   * on PostgreSQL, with the chat's own spacing). No slot in this run (a long retry_after, the
   * database unreachable): left untold, and a later run tells it.
   */
  private async tellDoubt(sub: Subscription, key: string, limiter: SendLimiter): Promise<void> {
    const t = this.deps.transports[sub.platform];
    if (!t || this.deps.store.section(DELIVERIES).get(key)?.notified) return;
    const slot = await this.slot(limiter, sub.chatId);
    if (!slot.ok) {
      log.debug(`digests: ${sub.chatKey} not told yet that its digest may be missing (${slot.detail}); a later run tells it`);
      return;
    }
    const r = this.deps.store.section(DELIVERIES).get(key);
    if (!r || r.notified) return;
    await this.deps.store.write([put(DELIVERIES, key, { ...r, notified: true })]);
    const lang = this.deps.langFor({ platform: sub.platform, chatId: sub.chatId, userId: sub.userId ?? '', userLocale: sub.userLocale });
    const out = await t.send(sub.chatId, unknownDeliveryReply(lang, r.localDate, sub.platform === 'slack' ? '/mujaz ' : '/')).catch((e: Error): SendOutcome => ({ ok: false, reason: 'error', detail: e.message }));
    if (out.ok) return;
    // Refused for the rate: every later send (this instance's and, shared, the others') waits it out.
    if (out.reason === 'rate-limited') await limiter.pause(out.retryAfterMs, sub.chatId).catch((e: Error) => log.debug(`digests: could not share a retry_after: ${e.message}`));
    log.debug(`digests: could not tell ${sub.chatKey} its digest may be missing: ${out.detail}`);
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

  /** Write an outcome computed from the current records (in memory at once); durable when it resolves. */
  private mark(changes: () => Change[]): Promise<void> {
    try {
      return this.deps.store.write(changes());
    } catch (e) {
      return Promise.reject(e);
    }
  }

  private record(j: Job, status: Delivery['status'], now: Date, prev: Delivery | undefined): Delivery {
    const r: Delivery = {
      chatKey: j.sub.chatKey,
      localDate: j.localDate,
      status,
      by: this.instanceId,
      at: now.toISOString(),
      attempts: prev?.attempts ?? 0,
      briefingIds: j.sel?.briefings.map((b) => b.id) ?? [],
      upTo: now.toISOString(),
      via: 'schedule',
    };
    if (prev?.retried) r.retried = true;
    return r;
  }

  /**
   * Each worker takes its next send slot from the limiter, and only once that slot has come claims
   * a chat (durably), sends, and writes the outcome, which the store makes durable no later than
   * the worker's next claim. So a claim on disk always has its message in flight: a crash leaves at
   * most one delivery in doubt per message in flight, none for a sender still waiting on the
   * limiter. The engine shares one disk flush (lowdb) or transaction (PostgreSQL) among the
   * workers' claims, and each worker awaits the one holding its own claim before sending, so
   * sharing never lets a send overtake its claim.
   */
  private async fanOut(platform: PlatformName, jobs: Job[], now: Date, summary: RunSummary, limiter: SendLimiter): Promise<void> {
    const transport = this.deps.transports[platform]!;
    const { store } = this.deps;
    const deliveries = store.section(DELIVERIES);
    const subs = store.section(SUBSCRIPTIONS);
    // Settled meanwhile (e.g. /digest answered it), or unsubscribed: leave it alone.
    const free = (j: Job) => {
      const prev = deliveries.get(j.key);
      return (!prev || this.retryable(prev, now)) && !!subs.get(j.sub.chatKey)?.active;
    };
    // The jobs in order, read from `head`; jobs a worker offered but the store did not look at go
    // back on `returned` (last first), taken before the rest. A queue, not an array filtered and
    // spliced at every claim: that was quadratic in the chats due (seconds of CPU at 10,000).
    let head = 0;
    const returned: Job[] = [];
    const take = (n: number): Job[] => {
      const out: Job[] = [];
      while (out.length < n && (returned.length || head < jobs.length)) {
        const j = returned.length ? returned.pop()! : jobs[head++]!;
        if (free(j)) out.push(j);
        else summary.skipped++;
      }
      return out;
    };
    /**
     * The next chat this worker takes, its record (`value`) written durably if the key is still
     * free (or failed): two instances on one database cannot both take it. Each worker offers the
     * store a window of the list; another instance walking the same list takes other chats from it
     * (SKIP LOCKED) rather than both asking for the same ones in turn.
     */
    const next = async (value: (j: Job, prev: Delivery | undefined) => Delivery): Promise<Job | null> => {
      for (;;) {
        const window = take(CLAIM_WINDOW);
        if (!window.length) return null;
        const candidates = window.map((j): ClaimCandidate<Delivery> => {
          const prev = deliveries.get(j.key);
          return { key: j.key, value: value(j, prev), lockKey: j.sub.chatKey, replaceStatus: prev ? ['failed'] : [] };
        });
        const { took, passed } = await store.claimFirst(DELIVERIES, SUBSCRIPTIONS, candidates);
        summary.skipped += passed.length;
        const gone = new Set([...passed, ...(took ? [took] : [])]);
        // Not looked at: back to the front for the next worker.
        const rest = window.filter((j) => !gone.has(j.key));
        for (let i = rest.length - 1; i >= 0; i--) returned.push(rest[i]!);
        const j = window.find((x) => x.key === took);
        if (j) return j;
      }
    };
    const claimed = (j: Job, prev: Delivery | undefined) => this.claimValue(j, now, prev);

    // Outcome writes are not waited for before the next slot: the store writes in order (one
    // journal append after another; one queue of transactions), so a worker's outcome is durable
    // no later than its next claim, and a claim in doubt still means a message in flight. Their
    // failures are kept and thrown once the workers are done.
    const outcomes: Array<Promise<void>> = [];
    let outcomeError: unknown;
    const worker = async (): Promise<void> => {
      for (;;) {
        // The slot first: no chat is claimed while its sender waits on the limiter.
        const slot = await this.slot(limiter, undefined);
        if (!slot.ok) {
          // No slot within maxWaitMs (a long retry_after), or the shared limiter unreachable: the
          // next chat is recorded as failed, due again once the wait is over. That record is the
          // outcome itself, so nothing is left in doubt.
          const at = this.deps.now().toISOString();
          const j = await next((x, prev) => this.failedValue({ ...this.record(x, 'failed', now, prev), at }, at, slot.deferMs, slot.detail));
          if (!j) return;
          summary.failed++;
          log.debug(`digests: ${j.sub.chatKey} ${slot.detail}`);
          continue;
        }
        const j = await next(claimed);
        // Nothing left: the slot goes unused (at most one per worker at the end of a run).
        if (!j) return;
        const { recorded, doubt } = await this.sendOne(j, transport, limiter, summary, now);
        outcomes.push(recorded.catch((e: unknown) => void (outcomeError ??= e)));
        if (doubt) doubtful.push(j);
      }
    };
    const doubtful: Job[] = [];
    await Promise.all(Array.from({ length: Math.max(1, this.opts.concurrency) }, worker));
    await Promise.all(outcomes);
    if (outcomeError) throw outcomeError;
    for (const j of doubtful) if (store.section(SUBSCRIPTIONS).get(j.sub.chatKey)?.active) await this.tellDoubt(j.sub, j.key, limiter);
  }

  /** A claim for this job, stamped with its moment: other instances measure their lease from it. */
  private claimValue(j: Job, now: Date, prev: Delivery | undefined): Delivery {
    return { ...this.record(j, 'claimed', now, prev), at: this.deps.now().toISOString() };
  }

  /** A failed send's record: one more attempt, due again after the platform's wait or the backoff. */
  private failedValue(r: Delivery, at: string, deferMs: number, detail: string): Delivery {
    const attempts = r.attempts + 1;
    const notBefore = new Date(Date.parse(at) + Math.max(deferMs, this.opts.retryBackoffMs * attempts)).toISOString();
    return { ...r, status: 'failed', at, attempts, notBefore, detail: detail.slice(0, 300) };
  }

  /** Wait for a send slot (overall, or for one chat); say why when none is to be had in this run. */
  private async slot(limiter: SendLimiter, chatId: string | undefined): Promise<{ ok: true } | { ok: false; deferMs: number; detail: string }> {
    let backlog: number;
    try {
      backlog = await limiter.acquire(chatId, this.opts.maxWaitMs);
    } catch (e) {
      // The shared limiter's database is unreachable: sending blind could break the platform's
      // limit for every instance; try again later like any failed send.
      return { ok: false, deferMs: 0, detail: `error: ${(e as Error).message}` };
    }
    if (backlog > 0) return { ok: false, deferMs: backlog, detail: `rate-limited: platform asked to wait ${Math.round(backlog / 1000)} s` };
    return { ok: true };
  }

  /**
   * Send a claimed digest, then record the outcome. A 429 puts the record back to failed (durably,
   * due once the platform's wait is over) before the wait; the retry takes a slot and claims again,
   * so no claim sits on disk through a retry_after either.
   */
  private async sendOne(j: Job, t: Transport, limiter: SendLimiter, summary: RunSummary, now: Date): Promise<{ recorded: Promise<void>; doubt?: true }> {
    const { store } = this.deps;
    const chatId = j.sub.chatId;
    const key = j.key;
    let out: SendOutcome;
    for (let attempt = 0; ; attempt++) {
      try {
        out = isIdempotent(t)
          ? await t.sendIdempotent(chatId, j.reply!, j.key)
          : isTraceable(t)
            ? await t.sendMarked(chatId, j.reply!, { key: j.key, localDate: j.localDate })
            : await t.send(chatId, j.reply!);
      } catch (e) {
        out = { ok: false, reason: 'error', detail: (e as Error).message };
      }
      if (out.ok || out.reason !== 'rate-limited' || attempt >= this.opts.maxRateLimitRetries) break;
      // Not delivered (the platform refused it): no longer in doubt while the wait lasts. The
      // attempt is not counted; a crash during the wait leaves it due once the wait is over.
      const waitMs = out.retryAfterMs;
      const until = new Date(this.deps.now().getTime() + waitMs).toISOString();
      await this.mark(() => {
        const r = store.section(DELIVERIES).get(key);
        return r ? [put(DELIVERIES, key, { ...r, status: 'failed', notBefore: until, detail: `rate-limited: retried in this run` })] : [];
      });
      await limiter.pause(waitMs, chatId).catch((e: Error) => log.debug(`digests: could not share a retry_after: ${e.message}`));
      const slot = await this.slot(limiter, chatId);
      if (!slot.ok) {
        out = { ok: false, reason: 'rate-limited', retryAfterMs: slot.deferMs, detail: slot.detail };
        break;
      }
      // Taken meanwhile by another instance (its wait over): that one sends it.
      if (!(await store.claim(DELIVERIES, key, this.claimValue(j, now, store.section(DELIVERIES).get(key)), { replaceStatus: ['failed'] }))) {
        summary.skipped++;
        return { recorded: Promise.resolve() };
      }
    }
    const at = this.deps.now().toISOString();
    // The request failed on the network after it left: the platform may have delivered it, and
    // a retry could be a second copy. Only an idempotent send is simply retried (the platform
    // drops a repeat); a chat that can be read back is looked in; otherwise it is in doubt.
    let seen: FindOutcome | null = null;
    if (!out.ok && out.reason === 'in-doubt' && !isIdempotent(t)) {
      const r = store.section(DELIVERIES).get(key);
      seen = isTraceable(t) && r ? await this.lookFor(t, j.sub, r) : 'unavailable';
      if (seen === 'found') out = { ok: true };
    }
    if (out.ok) {
      summary.sent++;
      const recorded = this.mark(() => {
        const r = store.section(DELIVERIES).get(key);
        if (!r) return [];
        const { detail: _d, notBefore: _n, ...rest } = r;
        const changes: Change[] = [put(DELIVERIES, key, { ...rest, status: 'sent', at, attempts: r.attempts + 1 })];
        const sub = store.section(SUBSCRIPTIONS).get(j.sub.chatKey);
        if (sub && (!sub.cursor || sub.cursor < r.upTo)) changes.push(put(SUBSCRIPTIONS, j.sub.chatKey, { ...sub, cursor: r.upTo }));
        return changes;
      });
      return { recorded };
    } else if (out.reason === 'blocked') {
      summary.deactivated++;
      const detail = out.detail;
      log.info(`digests: ${j.sub.chatKey} refused the bot (${detail}); subscription deactivated`);
      const recorded = this.mark(() => {
        const r = store.section(DELIVERIES).get(key);
        const sub = store.section(SUBSCRIPTIONS).get(j.sub.chatKey);
        const changes: Change[] = [put(CHATS, j.sub.chatKey, { ...store.section(CHATS).get(j.sub.chatKey), active: false, inactiveReason: detail })];
        if (r) changes.push(put(DELIVERIES, key, { ...r, status: 'blocked', at, attempts: r.attempts + 1, detail }));
        if (sub) changes.push(put(SUBSCRIPTIONS, j.sub.chatKey, { ...sub, active: false, inactiveReason: detail }));
        return changes;
      });
      return { recorded };
    } else if (out.reason === 'in-doubt' && seen !== 'absent' && !isIdempotent(t)) {
      // As a claim a crash left behind: not sent again, the next digest starts after what this
      // one held, and the chat is told (after the fan-out) that it may not have arrived.
      summary.failed++;
      log.warn(`digests: ${j.sub.chatKey}'s digest may or may not have arrived (${out.detail}); marked unknown and not re-sent`);
      const detail = `in doubt: ${out.detail}`;
      const recorded = this.mark(() => {
        const r = store.section(DELIVERIES).get(key);
        if (!r) return [];
        const changes: Change[] = [put(DELIVERIES, key, { ...r, status: 'unknown', at, attempts: r.attempts + 1, detail: detail.slice(0, 300) })];
        const sub = store.section(SUBSCRIPTIONS).get(j.sub.chatKey);
        if (sub && (!sub.cursor || sub.cursor < r.upTo)) changes.push(put(SUBSCRIPTIONS, j.sub.chatKey, { ...sub, cursor: r.upTo }));
        return changes;
      });
      return { recorded, doubt: true };
    } else {
      summary.failed++;
      const deferMs = out.reason === 'rate-limited' ? out.retryAfterMs : 0;
      const detail = `${out.reason}: ${out.detail}`;
      log.debug(`digests: ${j.sub.chatKey} ${detail}`);
      const recorded = this.mark(() => {
        const r = store.section(DELIVERIES).get(key);
        return r ? [put(DELIVERIES, key, this.failedValue(r, at, deferMs, detail))] : [];
      });
      return { recorded };
    }
  }
}
