/**
 * Pacing outbound digests to a platform's limits. A GCRA-style reservation (theoretical arrival
 * time) gives each send a slot: slots are handed out in order, at the overall rate, with a small
 * burst so a stalled event loop can catch up; each chat additionally keeps its own minimum
 * spacing (Telegram: 1/s per chat, 20/min per group; Slack: 1/s per channel). A 429 pushes every
 * later slot back by the platform's retry_after.
 *
 * One process alone (lowdb) keeps its slots in memory (RateLimiter); instances sharing a database
 * take them from the store's Pacer (SharedRateLimiter), so together they keep the platform's rate.
 */
import type { PlatformName } from '../core/platform.ts';
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

const realSleep: Sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** What the digest fan-out asks of a limiter, in-process or shared. */
export interface SendLimiter {
  /**
   * Resolves 0 once a message to this chat may be sent. When its slot is more than `maxWaitMs`
   * away (a long retry_after), resolves that wait at once instead, without taking the slot.
   */
  acquire(chatId: string, maxWaitMs?: number): Promise<number>;
  /** The platform said "too many requests": nothing more goes out for `ms`. */
  pause(ms: number, chatId?: string): Promise<void>;
}

export class RateLimiter implements SendLimiter {
  private tat = 0;
  /** A 429's retry_after: nothing goes before it, burst or not. */
  private heldUntil = 0;
  private readonly interval: number;
  private readonly chatNext = new Map<string, number>();

  constructor(
    readonly limits: Limits,
    private readonly clock: Clock = () => performance.now(),
    private readonly sleep: Sleep = realSleep,
  ) {
    this.interval = 1000 / limits.perSecond;
  }

  async acquire(chatId: string, maxWaitMs = Infinity): Promise<number> {
    const now = this.clock();
    const spacing = this.limits.chatIntervalMs(chatId);
    const earliest = spacing > 0 ? Math.max(now, this.chatNext.get(chatId) ?? 0) : now;
    // Reserve the first overall slot not before `earliest`.
    const tat = Math.max(this.tat, earliest);
    const allowAt = tat - (this.limits.burst - 1) * this.interval;
    const wait = Math.max(allowAt, earliest, this.heldUntil) - now;
    if (wait > maxWaitMs) return wait;
    if (spacing > 0) this.chatNext.set(chatId, earliest + spacing);
    this.tat = tat + this.interval;
    if (wait >= 1) await this.sleep(wait);
    return 0;
  }

  /**
   * The platform said "too many requests": nothing more goes out for `ms`. The refused message
   * was not delivered, so its chat's spacing slot is handed back for the retry.
   */
  async pause(ms: number, chatId?: string): Promise<void> {
    // The burst allowance must not eat into the wait: the platform counts retry_after exactly.
    this.heldUntil = Math.max(this.heldUntil, this.clock() + ms);
    this.tat = Math.max(this.tat, this.heldUntil);
    if (chatId !== undefined) {
      const next = this.chatNext.get(chatId);
      if (next !== undefined) this.chatNext.set(chatId, next - this.limits.chatIntervalMs(chatId));
    }
  }
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
