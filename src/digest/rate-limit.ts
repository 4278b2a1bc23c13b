/**
 * Pacing outbound digests to a platform's limits. A GCRA-style reservation (theoretical arrival
 * time) gives each send a slot: slots are handed out in order, at the overall rate, with a small
 * burst so a stalled event loop can catch up; each chat additionally keeps its own minimum
 * spacing (Telegram: 1/s per chat, 20/min per group; Slack: 1/s per channel). A 429 pushes every
 * later slot back by the platform's retry_after.
 */
import type { PlatformName } from '../core/platform.ts';

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

export class RateLimiter {
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

  /** Resolves when a message to this chat may be sent. */
  async acquire(chatId: string): Promise<void> {
    const now = this.clock();
    const spacing = this.limits.chatIntervalMs(chatId);
    let earliest = now;
    if (spacing > 0) {
      earliest = Math.max(now, this.chatNext.get(chatId) ?? 0);
      this.chatNext.set(chatId, earliest + spacing);
    }
    // Reserve the first overall slot not before `earliest`.
    const tat = Math.max(this.tat, earliest);
    const allowAt = tat - (this.limits.burst - 1) * this.interval;
    this.tat = tat + this.interval;
    const wait = Math.max(allowAt, earliest, this.heldUntil) - now;
    if (wait >= 1) await this.sleep(wait);
  }

  /**
   * The platform said "too many requests": nothing more goes out for `ms`. The refused message
   * was not delivered, so its chat's spacing slot is handed back for the retry.
   */
  pause(ms: number, chatId?: string): void {
    // The burst allowance must not eat into the wait: the platform counts retry_after exactly.
    this.heldUntil = Math.max(this.heldUntil, this.clock() + ms);
    this.tat = Math.max(this.tat, this.heldUntil);
    if (chatId !== undefined) {
      const next = this.chatNext.get(chatId);
      if (next !== undefined) this.chatNext.set(chatId, next - this.limits.chatIntervalMs(chatId));
    }
  }

  /** How long a message asking now would wait for an overall slot (long after a big retry_after). */
  backlogMs(): number {
    return Math.max(0, this.tat - (this.limits.burst - 1) * this.interval - this.clock(), this.heldUntil - this.clock());
  }
}
