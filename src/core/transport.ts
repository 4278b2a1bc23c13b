/**
 * Outbound side of a platform, for messages nobody asked for in this turn (digests).
 * Adapters classify platform errors so the sender can react without knowing the platform.
 */
import type { Reply } from '../reply/model.ts';
import type { PlatformName } from '../core/platform.ts';

export type SendOutcome =
  | { ok: true }
  /** The platform says the bot can no longer write there (blocked, kicked, channel gone). */
  | { ok: false; reason: 'blocked'; detail: string }
  /** Rate limited: try again after the given delay. */
  | { ok: false; reason: 'rate-limited'; retryAfterMs: number; detail: string }
  /** Anything else (network, 5xx): may succeed on a later run. */
  | { ok: false; reason: 'error'; detail: string };

export interface Transport {
  platform: PlatformName;
  send(chatId: string, reply: Reply): Promise<SendOutcome>;
}
