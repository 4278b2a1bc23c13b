/**
 * Platform send rates, shared by whatever sends (digest fan-out, platform replies): the limits
 * each platform sets, and the limiter that holds them across every instance on one database
 * through the store's Pacer (GCRA slots per scope). The in-process limiter for a single process
 * is in src/digest/rate-limit.ts.
 */
import type { PlatformName } from './platform.ts';
import type { PaceScope, Pacer } from '../store/types.ts';

export interface Limits {
  /** Overall messages per second for this platform. */
  perSecond: number;
  /** Messages that may go out back to back before the rate applies. */
  burst: number;
  /** Minimum spacing between two messages to the same chat, in ms. */
  chatIntervalMs(chatId: string): number;
}

export const DEFAULT_LIMITS: Record<PlatformName, Limits> = {
  // Telegram: ~30 messages/s overall, 1/s per chat, 20/min in a group (group ids are negative).
  telegram: { perSecond: 30, burst: 5, chatIntervalMs: (id) => (id.startsWith('-') ? 3000 : 1000) },
  // Slack: chat.postMessage allows ~1/s per channel; keep the workspace total modest too.
  slack: { perSecond: 10, burst: 3, chatIntervalMs: () => 1000 },
  console: { perSecond: 1000, burst: 100, chatIntervalMs: () => 0 },
};

export type Clock = () => number;
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** What a sender asks of a limiter, in-process or shared. */
export interface SendLimiter {
  /**
   * Resolves 0 once a message to this chat may be sent. When its slot is more than `maxWaitMs`
   * away (a long retry_after), resolves that wait at once instead, without taking the slot.
   */
  acquire(chatId: string, maxWaitMs?: number): Promise<number>;
  /** The platform said "too many requests": nothing more goes out for `ms`. */
  pause(ms: number, chatId?: string): Promise<void>;
}

/**
 * The same limits held in the store's Pacer, shared by every instance on it: scope `<platform>`
 * for the overall rate, `<platform>:<chat>` for one chat's spacing. The clock is the wall clock
 * (ms since the epoch), the one all instances share.
 */
export class SharedRateLimiter implements SendLimiter {
  private readonly overall: PaceScope;

  constructor(
    private readonly pacer: Pacer,
    private readonly platform: PlatformName,
    readonly limits: Limits,
    private readonly clock: Clock = () => Date.now(),
    private readonly sleep: Sleep = realSleep,
  ) {
    this.overall = { scope: platform, intervalMs: 1000 / limits.perSecond, burst: limits.burst };
  }

  private chatScope(chatId: string): PaceScope | null {
    const spacing = this.limits.chatIntervalMs(chatId);
    return spacing > 0 ? { scope: `${this.platform}:${chatId}`, intervalMs: spacing, burst: 1 } : null;
  }

  async acquire(chatId: string, maxWaitMs = Infinity): Promise<number> {
    const now = this.clock();
    const chat = this.chatScope(chatId);
    const at = await this.pacer.reserve(chat ? [this.overall, chat] : [this.overall], now, maxWaitMs);
    if (at - now > maxWaitMs) return at - now;
    // Measured again: the round trip to the database took some of the wait.
    const wait = at - this.clock();
    if (wait >= 1) await this.sleep(wait);
    return 0;
  }

  async pause(ms: number, chatId?: string): Promise<void> {
    // Every instance's next slot waits for the retry_after, counted from this answer.
    await this.pacer.hold(this.platform, this.clock() + ms);
    const chat = chatId === undefined ? null : this.chatScope(chatId);
    if (chat) await this.pacer.giveBack(chat);
  }
}
