/**
 * Telegram counts every message the bot sends against one limit (~30/s), whichever instance sends
 * it. Where instances share a database, each reply's messages take a slot of the same shared
 * scope the digest fan-out uses, and a 429 one instance hears holds the others too. Replies are
 * not spaced per chat (a reply's parts go out together, as they do from one process alone).
 */
import type { Transformer } from 'grammy';
import { DEFAULT_LIMITS, SharedRateLimiter } from '../../core/pacing.ts';
import { log } from '../../log.ts';
import type { Pacer } from '../../store/types.ts';
import { POSTING_METHODS as SENDS } from './net-retry.ts';

/** Installed first, so it is the innermost transformer: every attempt auto-retry makes takes a slot. */
export function sharedPacing(pacer: Pacer): Transformer {
  const limiter = new SharedRateLimiter(pacer, 'telegram', { ...DEFAULT_LIMITS.telegram, chatIntervalMs: () => 0 });
  return async (prev, method, payload, signal) => {
    if (!SENDS.has(method)) return prev(method, payload, signal);
    // The database being unreachable must not keep a user from an answer: send unpaced.
    await limiter.acquire('').catch((e: Error) => log.debug(`telegram: reply not paced: ${e.message}`));
    const res = await prev(method, payload, signal);
    if (!res.ok && res.error_code === 429) {
      const s = res.parameters?.retry_after;
      await limiter.pause((typeof s === 'number' && s > 0 ? s : 1) * 1000).catch(() => undefined);
    }
    return res;
  };
}
