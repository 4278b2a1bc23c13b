/**
 * The shape of the lowdb data file. Each feature owns its section; sections are created
 * empty when missing so that an older file keeps working after an upgrade.
 */
import type { Briefing, Lang } from '../briefing/types.ts';
import type { TranslationEntry } from '../translate/cache.ts';
import type { Delivery, Subscription } from '../digest/records.ts';
import type { FeedRecord } from '../ingest/feed-store.ts';

export type PlatformName = 'console' | 'telegram' | 'slack';

export interface ChatState {
  lang?: Lang;
  /** Briefing id picked with /use; absent = newest. */
  currentBriefingId?: string;
  /** Last IANA time zone this chat used (digest default). */
  tz?: string;
  /** False once the platform said the bot was blocked or removed from the chat. */
  active?: boolean;
  inactiveReason?: string;
}

export interface UserState {
  lang?: Lang;
  /** Platform locale seen last (e.g. Telegram language_code, Slack locale). */
  locale?: string;
}

export interface DbData {
  schemaVersion: 1;
  briefings: Briefing[];
  /** Keyed by chat key `${platform}:${chatId}`. */
  chats: Record<string, ChatState>;
  /** Keyed by user key `${platform}:${userId}`. */
  users: Record<string, UserState>;
  /** Owned by the digest feature (src/digest). */
  subscriptions: Record<string, Subscription>;
  /** Owned by the digest feature: idempotency records keyed by `${chatKey}|${localDate}`. */
  deliveries: Record<string, Delivery>;
  /** Owned by the ingest feature (src/ingest). */
  feeds: FeedRecord[];
  /** Owned by the translation feature (src/translate/cache.ts): cache keyed by content hash, checked when read. */
  translations: Record<string, TranslationEntry>;
}

export function emptyData(): DbData {
  return {
    schemaVersion: 1,
    briefings: [],
    chats: {},
    users: {},
    subscriptions: {},
    deliveries: {},
    feeds: [],
    translations: {},
  };
}

/** Fill sections an older file lacks; reject what is not a mujaz data file at all. */
export function upgradeData(raw: unknown): DbData | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'the top level is not a JSON object';
  const r = raw as Record<string, unknown>;
  if (r.schemaVersion !== undefined && r.schemaVersion !== 1) return `unknown schemaVersion ${String(r.schemaVersion)}`;
  const base = emptyData();
  const out = { ...base, ...r, schemaVersion: 1 } as DbData;
  if (!Array.isArray(out.briefings)) return '"briefings" is not a list';
  if (!Array.isArray(out.feeds)) return '"feeds" is not a list';
  for (const k of ['chats', 'users', 'subscriptions', 'deliveries', 'translations'] as const) {
    const v = out[k];
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return `"${k}" is not an object`;
  }
  return out;
}
