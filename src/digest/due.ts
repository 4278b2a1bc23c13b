/** Which chats are due in a run: their local time has come today and their day is not settled yet. */
import { log } from '../log.ts';
import { localParts, type LocalParts } from './local-time.ts';
import { DELIVERIES, deliveryKey, isUsableSubscription, SUBSCRIPTIONS } from './records.ts';
import type { Job, RunContext } from './run-context.ts';
import { retryable } from './run-records.ts';

/** Subscriptions whose local time has come today and whose day is not settled yet. */
export function dueJobs(ctx: RunContext, now: Date): Job[] {
  const deliveries = ctx.deps.store.section(DELIVERIES);
  const zones = new Map<string, LocalParts | null>();
  const jobs: Job[] = [];
  for (const sub of ctx.deps.store.section(SUBSCRIPTIONS).values()) {
    if (!sub.active || !isUsableSubscription(sub) || !ctx.deps.transports[sub.platform]) continue;
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
    if (rec && !retryable(ctx, rec, now)) continue;
    jobs.push({ sub, key, localDate: lp.date });
  }
  return jobs;
}
