/**
 * The feeds section of the data file: the feeds admins added and, per feed, which items
 * were already handled (so a poll only fetches what is new).
 */
import { isObject } from '../store/hot-state.ts';
import { del, put, type SectionSpec, type Store } from '../store/types.ts';

export interface FeedRecord {
  id: string;
  url: string;
  title?: string;
  addedAt: string;
  /** user key of the admin who added it */
  addedBy?: string;
  lastPolledAt?: string;
  /** Why the last poll failed; absent after a good poll. */
  lastError?: string;
  /** Keys (guid/id, else link) of items already handled, bounded by the poll window. */
  seen: string[];
  /** Briefings this feed has added so far. */
  added: number;
  /** Items whose page failed for a reason that may pass (timeout, network, 5xx): attempts so far. */
  retries?: Record<string, number>;
}

/** Keyed by feed id (files from before the storage rework kept a list). */
export const FEEDS: SectionSpec<FeedRecord> = { name: 'feeds', valid: isObject, what: 'a feed object', legacyListKey: (f) => f.id };

/** Feeds in the order they were added (the numbers /feeds shows). */
export function listFeeds(store: Store): FeedRecord[] {
  return store
    .section(FEEDS)
    .values()
    .sort((a, b) => (a.addedAt ?? '').localeCompare(b.addedAt ?? ''));
}

export async function addFeed(
  store: Store,
  f: { url: string; title?: string; addedBy?: string; now: Date },
): Promise<{ status: 'added' | 'exists'; feed: FeedRecord }> {
  const existing = listFeeds(store).find((x) => x.url === f.url);
  if (existing) return { status: 'exists', feed: existing };
  const feed: FeedRecord = {
    id: `f-${f.now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    url: f.url,
    title: f.title,
    addedAt: f.now.toISOString(),
    addedBy: f.addedBy,
    seen: [],
    added: 0,
  };
  await store.write([put(FEEDS, feed.id, feed)]);
  return { status: 'added', feed };
}

/** Remove the feed with this 1-based number; returns it, or undefined when there is no such number. */
export async function removeFeed(store: Store, n: number): Promise<FeedRecord | undefined> {
  const feed = listFeeds(store)[n - 1];
  if (!feed) return undefined;
  await store.write([del(FEEDS, feed.id)]);
  return feed;
}

/** Apply a change to a feed if it still exists (it may be removed while it is being polled). */
export async function patchFeed(store: Store, id: string, fn: (f: FeedRecord) => void): Promise<void> {
  const f = store.section(FEEDS).get(id);
  if (!f) return;
  // A copy: the change goes through the store, never by mutating what it holds.
  const copy = structuredClone(f);
  fn(copy);
  await store.write([put(FEEDS, id, copy)]);
}
