/** Waiting for a send slot within a run: digests and notices alike take theirs from the platform's limiter. */
import type { SendLimiter } from './rate-limit.ts';

export type Slot = { ok: true } | { ok: false; deferMs: number; detail: string };

/** Wait for a send slot (overall, or for one chat); say why when none is to be had in this run. */
export async function takeSlot(limiter: SendLimiter, chatId: string | undefined, maxWaitMs: number): Promise<Slot> {
  let backlog: number;
  try {
    backlog = await limiter.acquire(chatId, maxWaitMs);
  } catch (e) {
    // The shared limiter's database is unreachable: sending blind could break the platform's
    // limit for every instance; try again later like any failed send.
    return { ok: false, deferMs: 0, detail: `error: ${(e as Error).message}` };
  }
  if (backlog > 0) return { ok: false, deferMs: backlog, detail: `rate-limited: platform asked to wait ${Math.round(backlog / 1000)} s` };
  return { ok: true };
}
