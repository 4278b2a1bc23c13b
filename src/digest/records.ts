/**
 * What the digest feature keeps in the data file: one subscription per chat, and one delivery
 * record per (chat, local date) — the idempotency key that makes each day's digest go out once.
 */
import type { PlatformName } from '../core/platform.ts';
import { isObject } from '../store/hot-state.ts';
import type { SectionSpec } from '../store/types.ts';

export interface Subscription {
  chatKey: string;
  platform: PlatformName;
  chatId: string;
  /** Local time of day, minutes since midnight. */
  minutes: number;
  /** IANA zone. */
  tz: string;
  /** Send the latest briefing even when nothing new came in. */
  always: boolean;
  active: boolean;
  /** First local date a digest is due (a subscription made after today's time starts tomorrow). */
  from: string;
  /** Briefings ingested after this instant are "new" for this chat (ISO); unset before the first digest. */
  cursor?: string;
  /** Who subscribed, so the digest language falls back to theirs like a reply would. */
  userId?: string;
  userLocale?: string;
  createdAt: string;
  inactiveReason?: string;
}

/**
 * claimed: persisted before the send; sent: the platform accepted it; failed: an error worth
 * retrying later the same day; empty: nothing new, nothing sent; blocked: the platform refused
 * the chat for good; unknown: a claim left by a crashed process whose outcome cannot be known.
 */
export type DeliveryStatus = 'claimed' | 'sent' | 'failed' | 'empty' | 'blocked' | 'unknown';

export interface Delivery {
  chatKey: string;
  localDate: string;
  status: DeliveryStatus;
  /** Process instance that wrote the claim (a claim from another instance is a crashed run's). */
  by: string;
  /** Time of the last status change (ISO). */
  at: string;
  attempts: number;
  /**
   * Briefings the digest holds, so /digest can show the same digest again, when \`after\` cannot
   * name them (a fallback digest's latest briefing); empty otherwise.
   */
  briefingIds: string[];
  /**
   * The digest held the briefings ingested after this instant up to \`upTo\`; /digest reads them
   * again from the library. (Each record listing up to a hundred ids made a 10,000-chat run send
   * and store a hundred times more than its claims need.)
   */
  after?: string;
  /** Briefings ingested up to this instant were considered (the chat's next cursor). */
  upTo: string;
  via: 'schedule' | 'command';
  /** The chat was told this digest may not have arrived (status unknown). */
  notified?: boolean;
  /** A crashed claim already re-sent once through an idempotent transport. */
  retried?: boolean;
  /** A failed send is not retried before this instant (ISO). */
  notBefore?: string;
  detail?: string;
}

export const deliveryKey = (chatKey: string, localDate: string): string => `${chatKey}|${localDate}`;

/** A record hand-edited into nonsense is skipped rather than sent at a guessed time. */
export function isUsableSubscription(s: unknown): s is Subscription {
  const x = s as Partial<Subscription> | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof x.chatKey === 'string' &&
    typeof x.chatId === 'string' &&
    (x.platform === 'telegram' || x.platform === 'slack' || x.platform === 'console') &&
    Number.isInteger(x.minutes) &&
    x.minutes! >= 0 &&
    x.minutes! < 1440 &&
    typeof x.tz === 'string' &&
    typeof x.from === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(x.from)
  );
}

/** One subscription per chat, keyed by chat key. */
export const SUBSCRIPTIONS: SectionSpec<Subscription> = { name: 'subscriptions', valid: isObject, what: 'a subscription object' };
/** Idempotency records keyed by `${chatKey}|${localDate}`, pruned after `keepDays`. */
export const DELIVERIES: SectionSpec<Delivery> = { name: 'deliveries', valid: isObject, what: 'a delivery record object' };
