/**
 * Deliveries in doubt: claims a stopped run left behind (settled once, by whichever instance
 * takes them over), looking a digest up in its chat where the platform allows, and telling a
 * chat its digest may not have arrived.
 */
import { isIdempotent, isTraceable, type FindOutcome, type SendOutcome, type TraceableTransport } from '../core/transport.ts';
import type { PlatformName } from '../core/platform.ts';
import { log } from '../log.ts';
import { del, put } from '../store/types.ts';
import { unknownDeliveryReply } from './content.ts';
import { daysBefore } from './local-time.ts';
import type { SendLimiter } from './rate-limit.ts';
import { DELIVERIES, deliveryKey, SUBSCRIPTIONS, type Delivery, type Subscription } from './records.ts';
import type { RunContext } from './run-context.ts';
import { takeSlot } from './send-slot.ts';

/** How long after being marked unknown a delivery whose chat was never told is still told. */
const UNTOLD_MS = 24 * 3600_000;

/**
 * Claims written by another process instance are from a run that died mid-send (lowdb has one
 * writer; on a shared store, once older than the lease). Re-send once if the platform can drop
 * the repeat; otherwise mark them unknown. Each is taken over through a claim, so two surviving
 * instances never both settle one. Also drops delivery records older than keepDays. Returns the
 * number marked unknown.
 */
export async function settleOldClaims(ctx: RunContext, now: Date, limiterFor: (p: PlatformName) => SendLimiter): Promise<number> {
  const { store } = ctx.deps;
  const deliveries = store.section(DELIVERIES);
  const subs = store.section(SUBSCRIPTIONS);
  const cutoff = daysBefore(now.toISOString().slice(0, 10), ctx.settings.keepDays);
  const staleBefore = store.shared ? new Date(now.getTime() - ctx.settings.claimLeaseMs).toISOString() : undefined;
  let stale: string[] = [];
  const old: string[] = [];
  // Marked unknown but never told: the process that marked it stopped before telling the chat
  // (the crash test found two in 100 kills). Told now, once the mark is old enough that no live
  // run is still about to tell it (the lease where instances share a database; a run of this
  // process finishes its telling before the next run starts), and only within a day.
  const untold: string[] = [];
  const toldSince = new Date(now.getTime() - UNTOLD_MS).toISOString();
  for (const [k, r] of deliveries.entries()) {
    if (r.status === 'claimed' && r.by !== ctx.instanceId) {
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
    const t = sub && ctx.deps.transports[sub.platform];
    // Its platform has not connected yet (the start-up tick runs before it does): settled now,
    // the chat could not be looked in nor told, an idempotent re-send not tried, and a settled
    // claim is never looked at again. Left for a tick once the platform is there.
    if (sub && !t) continue;
    const seen = sub && t && !isIdempotent(t) && isTraceable(t) ? await lookFor(t, sub, r) : null;
    if (t && isIdempotent(t) && !r.retried) {
      const next: Delivery = { ...r, status: 'failed', by: ctx.instanceId, retried: true, detail: 'claimed by a run that stopped mid-send; re-sent idempotently' };
      if (await store.claim(DELIVERIES, k, next, takeover)) resend++;
    } else if (seen === 'found') {
      const next: Delivery = { ...r, status: 'sent', by: ctx.instanceId, at: now.toISOString(), detail: 'claimed by a run that stopped mid-send; found in the chat' };
      if (!(await store.claim(DELIVERIES, k, next, takeover))) continue;
      if (sub && (!sub.cursor || sub.cursor < r.upTo)) await store.write([put(SUBSCRIPTIONS, r.chatKey, { ...sub, cursor: r.upTo })]);
      found++;
    } else if (seen === 'absent') {
      // Not in the chat: it never arrived. Retryable at once, so this run sends it.
      const { notBefore: _n, ...rest } = r;
      const next: Delivery = { ...rest, status: 'failed', by: ctx.instanceId, at: now.toISOString(), detail: 'claimed by a run that stopped mid-send; not in the chat, sent again' };
      if (await store.claim(DELIVERIES, k, next, takeover)) resend++;
    } else {
      const next: Delivery = { ...r, status: 'unknown', by: ctx.instanceId, at: now.toISOString(), detail: 'claimed by a run that stopped mid-send; not re-sent to avoid a duplicate' };
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
    if (!r || r.status !== 'unknown' || r.notified || !sub?.active || !ctx.deps.transports[sub.platform]) continue;
    // Taken over (its moment moved to now) so that two instances never both tell it.
    if (!(await store.claim(DELIVERIES, k, { ...r, at: now.toISOString() }, { replaceStatus: ['unknown'], staleBefore }))) continue;
    doubtful.push({ sub, key: k });
  }
  for (const d of doubtful) await tellDoubt(ctx, d.sub, d.key, limiterFor(d.sub.platform));
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
export async function lookFor(t: TraceableTransport, sub: Subscription, r: Delivery): Promise<FindOutcome> {
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
export async function tellDoubt(ctx: RunContext, sub: Subscription, key: string, limiter: SendLimiter): Promise<void> {
  const t = ctx.deps.transports[sub.platform];
  if (!t || ctx.deps.store.section(DELIVERIES).get(key)?.notified) return;
  const slot = await takeSlot(limiter, sub.chatId, ctx.settings.maxWaitMs);
  if (!slot.ok) {
    log.debug(`digests: ${sub.chatKey} not told yet that its digest may be missing (${slot.detail}); a later run tells it`);
    return;
  }
  const r = ctx.deps.store.section(DELIVERIES).get(key);
  if (!r || r.notified) return;
  await ctx.deps.store.write([put(DELIVERIES, key, { ...r, notified: true })]);
  const lang = ctx.deps.langFor({ platform: sub.platform, chatId: sub.chatId, userId: sub.userId ?? '', userLocale: sub.userLocale });
  const out = await t.send(sub.chatId, unknownDeliveryReply(lang, r.localDate, sub.platform === 'slack' ? '/mujaz ' : '/')).catch((e: Error): SendOutcome => ({ ok: false, reason: 'error', detail: e.message }));
  if (out.ok) return;
  // Refused for the rate: every later send (this instance's and, shared, the others') waits it out.
  if (out.reason === 'rate-limited') await limiter.pause(out.retryAfterMs, sub.chatId).catch((e: Error) => log.debug(`digests: could not share a retry_after: ${e.message}`));
  log.debug(`digests: could not tell ${sub.chatKey} its digest may be missing: ${out.detail}`);
}
