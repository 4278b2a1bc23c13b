/** Test reading of a store's sections as plain objects (what a data file would show). */
import { CHATS, USERS, type ChatState, type UserState } from '../../src/core/chats.ts';
import { DELIVERIES, SUBSCRIPTIONS, type Delivery, type Subscription } from '../../src/digest/records.ts';
import { FEEDS } from '../../src/ingest/feed-store.ts';
import type { Library } from '../../src/library/library.ts';
import type { SectionSpec, Store } from '../../src/store/types.ts';
import { TRANSLATIONS } from '../../src/translate/cache.ts';

const obj = <T>(store: Store, spec: SectionSpec<T>): Record<string, T> => Object.fromEntries(store.section(spec).entries());

export function data(store: Store) {
  return {
    chats: obj<ChatState>(store, CHATS),
    users: obj<UserState>(store, USERS),
    subscriptions: obj<Subscription>(store, SUBSCRIPTIONS),
    deliveries: obj<Delivery>(store, DELIVERIES),
    feeds: store.section(FEEDS).values(),
    translations: obj(store, TRANSLATIONS) as Record<string, unknown>,
  };
}

/** The whole library, newest first (fine for the few briefings of a test). */
export function all(library: Library) {
  return library.page(0, 100_000);
}

/** What a restart would read from a data file (snapshot, journal, briefing files), without locking it. */
export async function readBack(file: string) {
  const { LowdbStore } = await import('../../src/store/lowdb/engine.ts');
  const { Library: Lib } = await import('../../src/library/library.ts');
  const s = await LowdbStore.open(file, { readOnly: true });
  return { ...data(s), briefings: await all(new Lib(s.briefings)) };
}
