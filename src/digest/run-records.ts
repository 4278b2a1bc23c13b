/**
 * The delivery records a run writes for a due chat (claimed, failed, empty), and which failed
 * ones are due again.
 */
import { recordedSelection } from './content.ts';
import type { Delivery } from './records.ts';
import type { Job, RunContext } from './run-context.ts';

export function record(ctx: RunContext, j: Job, status: Delivery['status'], now: Date, prev: Delivery | undefined): Delivery {
  const r: Delivery = {
    chatKey: j.sub.chatKey,
    localDate: j.localDate,
    status,
    by: ctx.instanceId,
    at: now.toISOString(),
    attempts: prev?.attempts ?? 0,
    ...(j.sel ? recordedSelection(j.sel) : { briefingIds: [] }),
    upTo: now.toISOString(),
    via: 'schedule',
  };
  if (prev?.retried) r.retried = true;
  return r;
}

/** A claim for this job, stamped with its moment: other instances measure their lease from it. */
export function claimValue(ctx: RunContext, j: Job, now: Date, prev: Delivery | undefined): Delivery {
  return { ...record(ctx, j, 'claimed', now, prev), at: ctx.deps.now().toISOString() };
}

/** A failed send's record: one more attempt, due again after the platform's wait or the backoff. */
export function failedValue(ctx: RunContext, r: Delivery, at: string, deferMs: number, detail: string): Delivery {
  const attempts = r.attempts + 1;
  const notBefore = new Date(Date.parse(at) + Math.max(deferMs, ctx.settings.retryBackoffMs * attempts)).toISOString();
  return { ...r, status: 'failed', at, attempts, notBefore, detail: detail.slice(0, 300) };
}

/** A failed delivery with attempts left, once its wait is over. */
export function retryable(ctx: RunContext, rec: Delivery, now: Date): boolean {
  if (rec.status !== 'failed' || rec.attempts >= ctx.settings.maxAttempts) return false;
  return !rec.notBefore || now.getTime() >= Date.parse(rec.notBefore);
}
