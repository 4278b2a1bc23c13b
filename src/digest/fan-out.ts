/**
 * The fan-out: a platform's senders each take a send slot, claim the next due chat, send its
 * digest and record the outcome, so a claim on disk always has its message in flight.
 */
import { isIdempotent, isTraceable, type FindOutcome, type SendOutcome, type Transport } from '../core/transport.ts';
import { CHATS } from '../core/chats.ts';
import type { PlatformName } from '../core/platform.ts';
import { log } from '../log.ts';
import { put, type Change, type ClaimCandidate } from '../store/types.ts';
import { lookFor, tellDoubt } from './in-doubt.ts';
import type { SendLimiter } from './rate-limit.ts';
import { DELIVERIES, SUBSCRIPTIONS, type Delivery } from './records.ts';
import type { Job, RunContext, RunSummary } from './run-context.ts';
import { claimValue, failedValue, record, retryable } from './run-records.ts';
import { takeSlot } from './send-slot.ts';

/** Chats a worker offers the store at once when claiming its next one. */
const CLAIM_WINDOW = 16;

/** Write an outcome computed from the current records (in memory at once); durable when it resolves. */
function mark(ctx: RunContext, changes: () => Change[]): Promise<void> {
  try {
    return ctx.deps.store.write(changes());
  } catch (e) {
    return Promise.reject(e);
  }
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
export async function fanOut(ctx: RunContext, platform: PlatformName, jobs: Job[], now: Date, summary: RunSummary, limiter: SendLimiter): Promise<void> {
  const transport = ctx.deps.transports[platform]!;
  const { store } = ctx.deps;
  const deliveries = store.section(DELIVERIES);
  const subs = store.section(SUBSCRIPTIONS);
  // Settled meanwhile (e.g. /digest answered it), or unsubscribed: leave it alone.
  const free = (j: Job) => {
    const prev = deliveries.get(j.key);
    return (!prev || retryable(ctx, prev, now)) && !!subs.get(j.sub.chatKey)?.active;
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
  const claimed = (j: Job, prev: Delivery | undefined) => claimValue(ctx, j, now, prev);

  // Outcome writes are not waited for before the next slot: the store writes in order (one
  // journal append after another; one queue of transactions), so a worker's outcome is durable
  // no later than its next claim, and a claim in doubt still means a message in flight. Their
  // failures are kept and thrown once the workers are done.
  const outcomes: Array<Promise<void>> = [];
  let outcomeError: unknown;
  const worker = async (): Promise<void> => {
    for (;;) {
      // The slot first: no chat is claimed while its sender waits on the limiter.
      const slot = await takeSlot(limiter, undefined, ctx.settings.maxWaitMs);
      if (!slot.ok) {
        // No slot within maxWaitMs (a long retry_after), or the shared limiter unreachable: the
        // next chat is recorded as failed, due again once the wait is over. That record is the
        // outcome itself, so nothing is left in doubt.
        const at = ctx.deps.now().toISOString();
        const j = await next((x, prev) => failedValue(ctx, { ...record(ctx, x, 'failed', now, prev), at }, at, slot.deferMs, slot.detail));
        if (!j) return;
        summary.failed++;
        log.debug(`digests: ${j.sub.chatKey} ${slot.detail}`);
        continue;
      }
      const j = await next(claimed);
      // Nothing left: the slot goes unused (at most one per worker at the end of a run).
      if (!j) return;
      const { recorded, doubt } = await sendOne(ctx, j, transport, limiter, summary, now);
      outcomes.push(recorded.catch((e: unknown) => void (outcomeError ??= e)));
      if (doubt) doubtful.push(j);
    }
  };
  const doubtful: Job[] = [];
  await Promise.all(Array.from({ length: Math.max(1, ctx.settings.concurrency) }, worker));
  await Promise.all(outcomes);
  if (outcomeError) throw outcomeError;
  for (const j of doubtful) if (store.section(SUBSCRIPTIONS).get(j.sub.chatKey)?.active) await tellDoubt(ctx, j.sub, j.key, limiter);
}

/**
 * Send a claimed digest, then record the outcome. A 429 puts the record back to failed (durably,
 * due once the platform's wait is over) before the wait; the retry takes a slot and claims again,
 * so no claim sits on disk through a retry_after either.
 */
async function sendOne(ctx: RunContext, j: Job, t: Transport, limiter: SendLimiter, summary: RunSummary, now: Date): Promise<{ recorded: Promise<void>; doubt?: true }> {
  const { store } = ctx.deps;
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
    if (out.ok || out.reason !== 'rate-limited' || attempt >= ctx.settings.maxRateLimitRetries) break;
    // Not delivered (the platform refused it): no longer in doubt while the wait lasts. The
    // attempt is not counted; a crash during the wait leaves it due once the wait is over.
    const waitMs = out.retryAfterMs;
    const until = new Date(ctx.deps.now().getTime() + waitMs).toISOString();
    await mark(ctx, () => {
      const r = store.section(DELIVERIES).get(key);
      return r ? [put(DELIVERIES, key, { ...r, status: 'failed', notBefore: until, detail: `rate-limited: retried in this run` })] : [];
    });
    await limiter.pause(waitMs, chatId).catch((e: Error) => log.debug(`digests: could not share a retry_after: ${e.message}`));
    const slot = await takeSlot(limiter, chatId, ctx.settings.maxWaitMs);
    if (!slot.ok) {
      out = { ok: false, reason: 'rate-limited', retryAfterMs: slot.deferMs, detail: slot.detail };
      break;
    }
    // Taken meanwhile by another instance (its wait over): that one sends it.
    if (!(await store.claim(DELIVERIES, key, claimValue(ctx, j, now, store.section(DELIVERIES).get(key)), { replaceStatus: ['failed'] }))) {
      summary.skipped++;
      return { recorded: Promise.resolve() };
    }
  }
  const at = ctx.deps.now().toISOString();
  // The request failed on the network after it left: the platform may have delivered it, and
  // a retry could be a second copy. Only an idempotent send is simply retried (the platform
  // drops a repeat); a chat that can be read back is looked in; otherwise it is in doubt.
  let seen: FindOutcome | null = null;
  if (!out.ok && out.reason === 'in-doubt' && !isIdempotent(t)) {
    const r = store.section(DELIVERIES).get(key);
    seen = isTraceable(t) && r ? await lookFor(t, j.sub, r) : 'unavailable';
    if (seen === 'found') out = { ok: true };
  }
  if (out.ok) {
    summary.sent++;
    const recorded = mark(ctx, () => {
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
    const recorded = mark(ctx, () => {
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
    const recorded = mark(ctx, () => {
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
    const recorded = mark(ctx, () => {
      const r = store.section(DELIVERIES).get(key);
      return r ? [put(DELIVERIES, key, failedValue(ctx, r, at, deferMs, detail))] : [];
    });
    return { recorded };
  }
}
