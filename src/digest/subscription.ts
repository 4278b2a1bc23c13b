/**
 * Subscribing and unsubscribing a chat: argument parsing (time, IANA zone, --always) and the
 * store changes. Strings live with the commands; this module returns what happened.
 */
import type { PlatformName } from '../core/platform.ts';
import { CHATS, type ChatState } from '../core/chats.ts';
import { del, put, type Store } from '../store/types.ts';
import { canonicalZone, localParts, nextDate, parseTimeOfDay, zoneFromInput } from './local-time.ts';
import { DELIVERIES, deliveryKey, SUBSCRIPTIONS, type Subscription } from './records.ts';

export type SubscribeArgs =
  | { kind: 'show' }
  | { kind: 'set'; minutes: number; tz: string | null; always: boolean }
  | { kind: 'bad-time'; input: string }
  | { kind: 'bad-zone'; input: string }
  | { kind: 'no-time' }
  | { kind: 'usage' };

const ALWAYS = new Set(['--always', '—always', '–always', '-always', 'always', 'دائما', 'دائمًا', 'دائماً']);

/** "8 pm", "8:30 p.m.", "٨ مساءً": an am/pm word after a number belongs to the time. */
const MERIDIEM = /^(a\.?m\.?|p\.?m\.?|ص|م|صباحا|صباحًا|صباحاً|مساء|مساءً|مساءا)$/i;
const DIGIT = /[0-9٠-٩۰-۹]/;

export function parseSubscribeArgs(args: string): SubscribeArgs {
  const raw = args.trim().split(/\s+/).filter(Boolean);
  if (!raw.length) return { kind: 'show' };
  const tokens: string[] = [];
  for (const tok of raw) {
    const prev = tokens.at(-1);
    if (prev !== undefined && MERIDIEM.test(tok) && DIGIT.test(prev) && !/[A-Za-z/]/.test(prev)) tokens[tokens.length - 1] = `${prev} ${tok}`;
    else tokens.push(tok);
  }
  let minutes: number | null = null;
  let tz: string | null = null;
  let always = false;
  for (const tok of tokens) {
    if (ALWAYS.has(tok.toLowerCase())) {
      always = true;
      continue;
    }
    // A token that starts with a digit is a time: "20:00", "8:30", "8am", "8 pm".
    if (DIGIT.test(tok[0]!)) {
      if (minutes !== null) return { kind: 'usage' };
      minutes = parseTimeOfDay(tok);
      if (minutes === null) return { kind: 'bad-time', input: tok.slice(0, 20) };
      continue;
    }
    if (tz !== null) return { kind: 'usage' };
    tz = zoneFromInput(tok);
    if (tz === null) return { kind: 'bad-zone', input: tok.slice(0, 40) };
  }
  if (minutes === null) return { kind: 'no-time' };
  return { kind: 'set', minutes, tz, always };
}

export interface ChatRef {
  chatKey: string;
  platform: PlatformName;
  chatId: string;
  userId?: string;
  userLocale?: string;
}

export function getSubscription(store: Store, chatKey: string): Subscription | undefined {
  return store.section(SUBSCRIPTIONS).get(chatKey);
}

/** The zone a subscription without an explicit one uses: the chat's last zone, else UTC. */
export function defaultZone(store: Store, chatKey: string): string {
  const tz = store.section(CHATS).get(chatKey)?.tz;
  return (tz && canonicalZone(tz)) || 'UTC';
}

/**
 * Create or replace the chat's subscription. A time already past today starts tomorrow (no
 * surprise digest right after subscribing); a time still ahead starts today.
 */
export async function subscribe(
  store: Store,
  chat: ChatRef,
  s: { minutes: number; tz: string; always: boolean },
  now: Date,
): Promise<Subscription> {
  const lp = localParts(now, s.tz);
  const prev = store.section(SUBSCRIPTIONS).get(chat.chatKey);
  let from = lp.minutes <= s.minutes ? lp.date : nextDate(lp.date);
  // Moving to a zone that is a day behind must not give the chat a second digest for a date it
  // already had one for: start after the latest date delivered.
  const prefix = `${chat.chatKey}|`;
  for (const [k, r] of store.section(DELIVERIES).entries()) {
    if (k.startsWith(prefix) && r.status !== 'failed' && r.status !== 'empty' && r.localDate >= from) from = nextDate(r.localDate);
  }
  const sub: Subscription = {
    chatKey: chat.chatKey,
    platform: chat.platform,
    chatId: chat.chatId,
    minutes: s.minutes,
    tz: s.tz,
    always: s.always,
    active: true,
    from,
    createdAt: prev?.createdAt ?? now.toISOString(),
  };
  if (prev?.cursor) sub.cursor = prev.cursor;
  if (chat.userId) sub.userId = chat.userId;
  if (chat.userLocale) sub.userLocale = chat.userLocale;
  const c: ChatState = { ...store.section(CHATS).get(chat.chatKey), tz: s.tz, active: true };
  delete c.inactiveReason;
  await store.write([put(SUBSCRIPTIONS, chat.chatKey, sub), put(CHATS, chat.chatKey, c)]);
  return sub;
}

export async function unsubscribe(store: Store, chatKey: string): Promise<boolean> {
  if (!store.section(SUBSCRIPTIONS).has(chatKey)) return false;
  await store.write([del(SUBSCRIPTIONS, chatKey)]);
  return true;
}

/** The local date of the chat's next digest: today until today's is settled, then tomorrow. */
export function nextDue(store: Store, sub: Subscription, now: Date): string {
  const lp = localParts(now, canonicalZone(sub.tz) ?? 'UTC');
  if (lp.date < sub.from) return sub.from;
  const rec = store.section(DELIVERIES).get(deliveryKey(sub.chatKey, lp.date));
  return rec && rec.status !== 'failed' ? nextDate(lp.date) : lp.date;
}
