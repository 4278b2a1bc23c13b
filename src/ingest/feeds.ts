/**
 * RSS/Atom feeds: parsing (feedsmith, after refusing entity declarations) and polling a
 * feed into the library. A poll is bounded: only the first WINDOW items of a document are
 * looked at and at most MAX_NEW of them fetched, so a feed with 10,000 items costs one
 * parse and a few dozen page fetches, and the rest waits for the next polls.
 */
import { parseFeed } from 'feedsmith';
import type { Briefing } from '../briefing/types.ts';
import type { Store } from '../store/types.ts';
import { log } from '../log.ts';
import { asIngestError, IngestError } from './errors.ts';
import { safeFetch } from './fetch.ts';
import { listFeeds, patchFeed, type FeedRecord } from './feed-store.ts';
import { Ingester, normaliseUrl, type ItemResult } from './ingest.ts';
import { letterCount, MIN_ARTICLE_LETTERS } from './text-check.ts';

export const FEED_WINDOW = 500;
export const MAX_NEW_PER_POLL = 50;
/** Polls on which a page that failed for a passing reason is tried before it is given up. */
export const MAX_ATTEMPTS = 3;

function isTransient(e: IngestError | undefined): boolean {
  if (!e) return false;
  if (e.code === 'timeout' || e.code === 'network' || e.code === 'dns') return true;
  return e.code === 'http-status' && (/^5\d\d/.test(e.detail) || /^429/.test(e.detail));
}

export interface FeedItem {
  /** guid / id, else link, else title: what makes an item "already seen". */
  key: string;
  link?: string;
  title?: string;
  author?: string;
  publishedAt?: string;
  /** Full HTML or text content carried by the feed itself, if any. */
  content?: string;
}

export interface ParsedFeed {
  format: string;
  title?: string;
  /** The first `window` items in document order (feeds list newest first). */
  items: FeedItem[];
  /** How many items the document had. */
  total: number;
}

type Loose = Record<string, unknown> | undefined;

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (v && typeof v === 'object' && typeof (v as { value?: unknown }).value === 'string') return str((v as { value: string }).value);
  return undefined;
}

function iso(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function absolute(link: string | undefined, base: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    return new URL(link, base).href;
  } catch {
    return undefined;
  }
}

/**
 * Parse an RSS/Atom/RDF document. DOCTYPE and ENTITY declarations are refused outright:
 * a feed has no use for them, and they are how entity-expansion ("billion laughs") attacks work.
 */
export function parseFeedXml(xml: string, baseUrl?: string, window = FEED_WINDOW): ParsedFeed {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new IngestError('xml-entities');
  if (!xml.trim()) throw new IngestError('bad-feed', 'empty document');
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(xml) as { format: string; feed: unknown };
  } catch (e) {
    throw new IngestError('bad-feed', (e as Error).message);
  }
  if (parsed.format === 'json') throw new IngestError('bad-feed', 'JSON Feed is not supported');
  const feed = parsed.feed as Record<string, unknown>;
  const raw = ((parsed.format === 'atom' ? feed.entries : feed.items) ?? []) as Loose[];
  const items: FeedItem[] = [];
  for (const it of raw.slice(0, window)) {
    if (!it) continue;
    let link: string | undefined;
    if (parsed.format === 'atom') {
      const links = (it.links ?? []) as Array<{ href?: string; rel?: string }>;
      link = (links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0])?.href;
    } else link = str(it.link);
    link = absolute(link, baseUrl);
    const title = str(it.title);
    const key = str(it.guid) ?? str(it.id) ?? link ?? title;
    if (!key) continue;
    const authors = (it.authors ?? []) as unknown[];
    const dc = it.dc as { creators?: string[]; creator?: string } | undefined;
    const content = it.content as { encoded?: string; value?: string } | undefined;
    items.push({
      key,
      link,
      title,
      author: str(authors[0]) ?? str((authors[0] as Loose)?.name) ?? dc?.creators?.[0] ?? dc?.creator,
      publishedAt: iso(str(it.pubDate) ?? str(it.published) ?? str(it.updated) ?? (it.dc as { date?: string } | undefined)?.date),
      content: content?.encoded ?? str(content) ?? str(it.description) ?? str(it.summary),
    });
  }
  return { format: parsed.format, title: str(feed.title), items, total: raw.length };
}

/** The feed a page advertises (<link rel="alternate" type="application/rss+xml" href=...>), if any. */
export function discoverFeedLink(html: string, pageUrl: string): string | undefined {
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
    if (!/\balternate\b/i.test(attr('rel') ?? '')) continue;
    if (!/^application\/(rss|atom)\+xml$/i.test((attr('type') ?? '').trim())) continue;
    const href = attr('href');
    if (href) return absolute(href.replace(/&amp;/g, '&'), pageUrl);
  }
  return undefined;
}

/**
 * Fetch and parse a feed URL (used by /feeds add to check the URL, and by the poller). A site's
 * page that advertises its feed is followed to that feed once, so admins may paste the site's address.
 */
export async function fetchFeed(url: string, ingester: Ingester, discover = true): Promise<ParsedFeed & { url: string }> {
  const res = await safeFetch(url, ingester.fetchOptions);
  if (res.kind === 'html') {
    const found = discover ? discoverFeedLink(res.text, res.url) : undefined;
    if (found && found !== res.url) return fetchFeed(found, ingester, false);
    throw new IngestError('bad-feed', 'this is an HTML page, not a feed');
  }
  return { ...parseFeedXml(res.text, res.url), url: res.url };
}

export interface PollResult {
  feed: FeedRecord;
  added: number;
  unchanged: number;
  failed: number;
  /** New items left for the next poll (over MAX_NEW_PER_POLL). */
  pending: number;
  error?: IngestError;
  /** Another poll of this feed was already running; this one did nothing. */
  busy?: boolean;
  items: ItemResult[];
}

/** Feeds being polled right now, per store: the schedule and /feeds poll must not overlap on one feed. */
const busy = new WeakMap<Store, Set<string>>();

export async function pollFeed(
  store: Store,
  feed: FeedRecord,
  ingester: Ingester,
  opts: { now: () => Date; maxNew?: number },
): Promise<PollResult> {
  const result: PollResult = { feed, added: 0, unchanged: 0, failed: 0, pending: 0, items: [] };
  const running = busy.get(store) ?? new Set<string>();
  busy.set(store, running);
  if (running.has(feed.id)) return { ...result, busy: true };
  running.add(feed.id);
  try {
    let parsed: ParsedFeed;
    try {
      parsed = await fetchFeed(feed.url, ingester);
    } catch (e) {
      result.error = asIngestError(e);
      await patchFeed(store, feed.id, (f) => {
        f.lastPolledAt = opts.now().toISOString();
        f.lastError = result.error!.message;
      });
      return result;
    }
    const seen = new Set(feed.seen);
    const fresh = parsed.items.filter((i) => !seen.has(i.key));
    const take = fresh.slice(0, opts.maxNew ?? MAX_NEW_PER_POLL);
    result.pending = fresh.length - take.length;
    const handled = new Set<string>();
    const retries: Record<string, number> = { ...feed.retries };
    // Oldest first, so the newest article of the feed ends up newest in the library.
    for (const item of [...take].reverse()) {
      const r = await ingestItem(item, ingester, parsed.title ?? feed.title);
      result.items.push(r);
      if (r.status === 'failed') {
        result.failed++;
        const attempts = (feed.retries?.[item.key] ?? 0) + 1;
        // A page that may come back (timeout, 5xx) is tried again on the next polls; others are given up at once.
        if (isTransient(r.error) && attempts < MAX_ATTEMPTS) retries[item.key] = attempts;
        else {
          handled.add(item.key);
          delete retries[item.key];
        }
        log.warn(`feed ${feed.url}: item ${item.link ?? item.key}: ${r.error?.message}`);
      } else {
        if (r.status === 'unchanged') result.unchanged++;
        else result.added++;
        handled.add(item.key);
        delete retries[item.key];
      }
    }
    const windowKeys = new Set(parsed.items.map((i) => i.key));
    for (const k of Object.keys(retries)) if (!windowKeys.has(k)) delete retries[k];
    // Remember only keys still in the window, so `seen` stays bounded however long the feed lives.
    const inWindow = parsed.items.map((i) => i.key).filter((k) => seen.has(k) || handled.has(k));
    await patchFeed(store, feed.id, (f) => {
      f.seen = inWindow;
      f.title = f.title ?? parsed.title;
      f.lastPolledAt = opts.now().toISOString();
      delete f.lastError;
      f.added += result.added;
      if (Object.keys(retries).length) f.retries = retries;
      else delete f.retries;
    });
    if (parsed.total > FEED_WINDOW) log.info(`feed ${feed.url}: ${parsed.total} items, only the first ${FEED_WINDOW} considered`);
    return result;
  } finally {
    running.delete(feed.id);
  }
}

/** One feed item -> briefing: its page if it can be fetched, else the full text the feed carries. */
async function ingestItem(item: FeedItem, ingester: Ingester, feedTitle: string | undefined): Promise<ItemResult> {
  const meta: Briefing['meta'] = { author: item.author, publishedAt: item.publishedAt };
  let page: ItemResult | undefined;
  if (item.link) {
    page = await ingester.fromUrl(item.link, meta);
    if (page.status !== 'failed') return page;
  }
  if (item.content && letterCount(item.content.replace(/<[^>]*>/g, '')) >= MIN_ARTICLE_LETTERS) {
    const url = item.link ? normaliseUrl(item.link) : undefined;
    const fromFeed = await ingester.fromHtml(
      `<html><head><title>${escapeHtml(item.title ?? '')}</title></head><body><article>${item.content}</article></body></html>`,
      { ...meta, url, outlet: feedTitle },
      item.link ?? item.key,
    );
    if (fromFeed.status !== 'failed' || !page) return fromFeed;
  }
  return page ?? { source: item.key, status: 'failed', error: new IngestError('no-article', 'the item has no link and no text') };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Poll every feed; a failing feed is logged and never stops the others. */
export async function pollAll(store: Store, ingester: Ingester, opts: { now: () => Date; maxNew?: number }): Promise<PollResult[]> {
  const out: PollResult[] = [];
  for (const feed of [...listFeeds(store)]) {
    try {
      const r = await pollFeed(store, feed, ingester, opts);
      if (r.error) log.warn(`feed ${feed.url}: ${r.error.message}`);
      else if (r.added || r.failed) log.info(`feed ${feed.url}: added ${r.added}, unchanged ${r.unchanged}, failed ${r.failed}, pending ${r.pending}`);
      out.push(r);
    } catch (e) {
      log.error(`feed ${feed.url}: ${(e as Error).message}`);
    }
  }
  return out;
}
