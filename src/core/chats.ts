/**
 * Per-chat and per-user settings (language, current briefing, last time zone, whether the bot
 * is still welcome): two sections of the store owned by the core.
 */
import type { Lang } from '../briefing/types.ts';
import { log } from '../log.ts';
import { isObject } from '../store/hot-state.ts';
import { put, type Section, type SectionSpec, type Store } from '../store/types.ts';

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

/** Keyed by chat key `${platform}:${chatId}`. */
export const CHATS: SectionSpec<ChatState> = { name: 'chats', valid: isObject, what: 'a chat settings object' };
/** Keyed by user key `${platform}:${userId}`. */
export const USERS: SectionSpec<UserState> = { name: 'users', valid: isObject, what: 'a user settings object' };

/** A patch that removes the fields it sets to undefined (JSON has no undefined). */
function merge<T extends object>(prev: T | undefined, patch: Partial<T>): T {
  const out = { ...prev, ...patch } as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) if (v === undefined) delete out[k];
  return out as T;
}

export class Chats {
  private readonly chats: Section<ChatState>;
  private readonly users: Section<UserState>;

  constructor(readonly store: Store) {
    this.chats = store.section(CHATS);
    this.users = store.section(USERS);
  }

  chat(key: string): ChatState {
    return this.chats.get(key) ?? {};
  }

  /** Applied at once (later reads see it); resolves when durable. */
  setChat(key: string, patch: Partial<ChatState>): Promise<void> {
    return this.store.write([this.chatChange(key, patch)]);
  }

  chatChange(key: string, patch: Partial<ChatState>) {
    return put(CHATS, key, merge(this.chats.get(key), patch));
  }

  user(key: string): UserState {
    return this.users.get(key) ?? {};
  }

  setUser(key: string, patch: Partial<UserState>): Promise<void> {
    return this.store.write([put(USERS, key, merge(this.users.get(key), patch))]);
  }

  /**
   * Note a user's platform locale without making the reply wait for the write: it is in
   * memory at once, and a lost write only costs a guess at the language next time.
   */
  noteLocale(key: string, locale: string): void {
    if (this.user(key).locale === locale) return;
    this.setUser(key, { locale }).catch((e: unknown) => log.warn(`could not save the locale of ${key}: ${(e as Error).message}`));
  }
}
