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

/** Asks served by one group reservation at most. */
const MAX_GROUP = 128;

/** What a sender asks of a limiter, in-process or shared. */
export interface SendLimiter {
  /**
   * Resolves 0 once a message to this chat may be sent. When its slot is more than `maxWaitMs`
   * away (a long retry_after), resolves that wait at once instead, without taking the slot.
   * Without a chat, only the overall rate applies: a digest sender takes its slot before it knows
   * which chat it will claim (it claims once the slot has come, so a claim waits on no limiter).
   */
  acquire(chatId: string | undefined, maxWaitMs?: number): Promise<number>;
  /** The platform said "too many requests": nothing more goes out for `ms`. */
  pause(ms: number, chatId?: string): Promise<void>;
}

/**
 * The same limits with the overall rate held in the store's Pacer (scope `<platform>`), shared by
 * every instance on it. A chat's spacing stays in this process: each digest is claimed and sent by
 * one instance, and a reservation touching one row instead of two keeps the shared row's queue
 * short (every instance's sends pass through it). The clock is the wall clock (ms since the epoch),
 * the one all instances share.
 */
export class SharedRateLimiter implements SendLimiter {
  private readonly overall: PaceScope;
  private readonly chatNext = new Map<string, number>();

  constructor(
    private readonly pacer: Pacer,
    platform: PlatformName,
    readonly limits: Limits,
    private readonly clock: Clock = () => Date.now(),
    private readonly sleep: Sleep = realSleep,
  ) {
    this.overall = { scope: platform, intervalMs: 1000 / limits.perSecond, burst: limits.burst };
  }

  /** Chat-less asks made while a reservation is on its way: the next one covers them all. */
  private waiting: Array<{ maxWaitMs: number; done: (slot: { at: number; taken: boolean } | Error) => void }> = [];
  private reserving = false;

  async acquire(chatId: string | undefined, maxWaitMs = Infinity): Promise<number> {
    const now = this.clock();
    const spacing = chatId === undefined ? 0 : this.limits.chatIntervalMs(chatId);
    if (spacing === 0 && this.pacer.reserveMany) {
      const slot = await new Promise<{ at: number; taken: boolean } | Error>((done) => {
        this.waiting.push({ maxWaitMs, done });
        void this.reserveWaiting();
      });
      if (slot instanceof Error) throw slot;
      if (!slot.taken) return Math.max(1, slot.at - now);
      const wait = slot.at - this.clock();
      if (wait >= 1) await this.sleep(wait);
      return 0;
    }
    const earliest = spacing > 0 ? Math.max(now, this.chatNext.get(chatId!) ?? 0) : now;
    if (earliest - now > maxWaitMs) return earliest - now;
    // Held before the round trip, so two sends to one chat from this process never share a slot.
    if (spacing > 0) this.chatNext.set(chatId!, earliest + spacing);
    let at: number;
    try {
      at = await this.pacer.reserve([this.overall], earliest, Math.max(0, maxWaitMs - (earliest - now)));
    } catch (e) {
      if (spacing > 0) this.chatNext.set(chatId!, earliest);
      throw e;
    }
    if (at - now > maxWaitMs) {
      if (spacing > 0) this.chatNext.set(chatId!, earliest);
      return at - now;
    }
    if (spacing > 0) this.chatNext.set(chatId!, Math.max(this.chatNext.get(chatId!) ?? 0, at + spacing));
    // Measured again: the round trip to the database took some of the wait.
    const wait = at - this.clock();
    if (wait >= 1) await this.sleep(wait);
    return 0;
  }

  /**
   * Group reservation: one round trip for every chat-less ask queued while the previous one was
   * out (a digest run's senders at thousands of messages a second would otherwise queue on the
   * shared row one by one). Slots are handed out in the order asked.
   */
  private async reserveWaiting(): Promise<void> {
    if (this.reserving) return;
    this.reserving = true;
    try {
      while (this.waiting.length) {
        const group = this.waiting.splice(0, MAX_GROUP);
        const maxWaitMs = Math.min(...group.map((g) => g.maxWaitMs));
        try {
          const now = this.clock();
          const slots = await this.pacer.reserveMany!(this.overall, now, Math.max(0, maxWaitMs), group.length);
          // Taken up to the first beyond the group's shortest wait, as the pacer took them.
          let taken = true;
          group.forEach((g, i) => {
            taken &&= slots[i]! - now <= maxWaitMs;
            g.done({ at: slots[i]!, taken });
          });
        } catch (e) {
          for (const g of group) g.done(e as Error);
        }
      }
    } finally {
      this.reserving = false;
    }
  }

  /**
   * Every instance's next slot waits for the retry_after, counted from this answer; the refused
   * message's chat slot is handed back for its retry.
   */
  async pause(ms: number, chatId?: string): Promise<void> {
    if (chatId !== undefined) {
      const next = this.chatNext.get(chatId);
      if (next !== undefined) this.chatNext.set(chatId, next - this.limits.chatIntervalMs(chatId));
    }
    await this.pacer.hold(this.overall.scope, this.clock() + ms);
  }
}
