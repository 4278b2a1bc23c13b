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

/** What a marked message says of itself: the delivery it carries (see TraceableTransport). */
export interface SendMark {
  /** The delivery's idempotency key (chat and local date). */
  key: string;
  localDate: string;
}

/**
 * Was a marked message found in the chat: every part of it, some parts, none, or the chat's
 * history could not be read (no permission, network).
 */
export type FindOutcome = 'found' | 'partial' | 'absent' | 'unavailable';

/**
 * A platform that lets the bot read back what it posted (Slack's conversations.history): a send
 * left in doubt by a crash is looked for instead of guessed at.
 */
export interface TraceableTransport extends Transport {
  /** Send, marked so findMarked can recognise the message later. */
  sendMarked(chatId: string, reply: Reply, mark: SendMark): Promise<SendOutcome>;
  /** Look for the message marked `mark` among the chat's posts since `since` (ISO). */
  findMarked(chatId: string, mark: SendMark, since: string): Promise<FindOutcome>;
}

export function isTraceable(t: Transport): t is TraceableTransport {
  const x = t as Partial<TraceableTransport>;
  return typeof x.sendMarked === 'function' && typeof x.findMarked === 'function';
}
