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
import { realSleep, type Clock, type Limits, type SendLimiter, type Sleep } from '../core/pacing.ts';

export { DEFAULT_LIMITS, SharedRateLimiter, type Clock, type Limits, type SendLimiter, type Sleep } from '../core/pacing.ts';

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

  async acquire(chatId: string | undefined, maxWaitMs = Infinity): Promise<number> {
    const now = this.clock();
    const spacing = chatId === undefined ? 0 : this.limits.chatIntervalMs(chatId);
    const earliest = spacing > 0 ? Math.max(now, this.chatNext.get(chatId!) ?? 0) : now;
    // Reserve the first overall slot not before `earliest`.
    const tat = Math.max(this.tat, earliest);
    const allowAt = tat - (this.limits.burst - 1) * this.interval;
    const wait = Math.max(allowAt, earliest, this.heldUntil) - now;
    if (wait > maxWaitMs) return wait;
    if (spacing > 0) this.chatNext.set(chatId!, earliest + spacing);
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
