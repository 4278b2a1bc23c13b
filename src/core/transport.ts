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
  /**
   * The request may have reached the platform: the connection failed after it was sent (reset,
   * no answer). Sending again could deliver it twice, unless the send is idempotent.
   */
  | { ok: false; reason: 'in-doubt'; detail: string }
  /** Anything else (5xx, a connection never made): may succeed on a later run. */
  | { ok: false; reason: 'error'; detail: string };

/**
 * Network error codes that mean the request never left this machine or never reached the
 * platform's server: no connection was made, so nothing can have been delivered.
 */
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL', 'ERR_INVALID_URL', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * Did this network failure happen before a connection to the platform was made? Looks through
 * the wrapped errors (fetch's cause, grammY's error, the Slack client's original) for a code.
 * Anything else (a reset, a timeout waiting for the answer, no code at all) may have come after
 * the request was delivered: the caller must treat the send as in doubt.
 */
export function neverConnected(e: unknown): boolean {
  const seen = new Set<unknown>();
  let cur: unknown = e;
  while (cur && typeof cur === 'object' && !seen.has(cur)) {
    seen.add(cur);
    const o = cur as { code?: unknown; message?: unknown; error?: unknown; cause?: unknown; original?: unknown; errors?: unknown };
    if (typeof o.code === 'string' && NEVER_CONNECTED.has(o.code)) return true;
    // fetch refuses a port it blocks before connecting, with this message and no code.
    if (o.message === 'bad port') return true;
    const agg = Array.isArray(o.errors) ? o.errors[0] : undefined;
    cur = o.cause ?? o.error ?? o.original ?? agg;
  }
  return false;
}

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
  /**
   * Look for the message marked `mark` among the chat's posts since `since` (ISO: when it was
   * claimed or sent, by this machine's clock; the transport allows for its platform's clock).
   */
  findMarked(chatId: string, mark: SendMark, since: string): Promise<FindOutcome>;
}

export function isTraceable(t: Transport): t is TraceableTransport {
  const x = t as Partial<TraceableTransport>;
  return typeof x.sendMarked === 'function' && typeof x.findMarked === 'function';
}

/** A transport whose platform can drop a repeated message carrying the same key. */
export interface IdempotentTransport extends Transport {
  sendIdempotent(chatId: string, reply: Reply, key: string): Promise<SendOutcome>;
}

export function isIdempotent(t: Transport): t is IdempotentTransport {
  return typeof (t as Partial<IdempotentTransport>).sendIdempotent === 'function';
}
