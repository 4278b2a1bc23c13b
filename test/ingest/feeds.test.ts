import { all } from '../helpers/store.ts';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { addFeed, listFeeds, removeFeed } from '../../src/ingest/feed-store.ts';
import { discoverFeedLink, FEED_WINDOW, MAX_NEW_PER_POLL, parseFeedXml, pollAll, pollFeed } from '../../src/ingest/feeds.ts';
import { ingesterFor } from '../../src/ingest/service.ts';
import { memoryStore } from '../../src/store/open.ts';
import { setLogLevel } from '../../src/log.ts';
import { startFakeWeb, type FakeWeb } from '../helpers/fake-web.ts';
import { codeOf, fx } from '../helpers/web-fixtures.ts';

setLogLevel('silent');

describe('parseFeedXml', () => {
  it('reads RSS items with guids, resolved links, authors and dates', () => {
    const f = parseFeedXml(fx('feed.rss'), 'http://news.example/feeds/latest.rss');
    expect(f.format).toBe('rss');
    expect(f.title).toBe('Harbour Courier — Latest');
    expect(f.items).toHaveLength(3);
    expect(f.items[0]).toMatchObject({
      key: 'hc-1001',
      link: 'http://news.example/articles/port-strike.html',
      author: 'Mira Hallgren',
      publishedAt: '2025-03-14T08:30:00.000Z',
    });
  });

  it('reads Atom entries, including content carried in the feed', () => {
    const f = parseFeedXml(fx('feed.atom'), 'http://sahil.example/atom');
    expect(f.format).toBe('atom');
    expect(f.title).toBe('صحيفة الساحل');
    expect(f.items.map((i) => i.key)).toEqual(['urn:example:sahil:book-festival', 'urn:example:sahil:carried-in-feed']);
    expect(f.items[0]!.author).toBe('سامر خليل');
    expect(f.items[1]!.content).toContain('Lena Dahl');
  });

  it('refuses malformed XML, non-feeds and empty documents with a reason', () => {
    expect(codeOf(() => parseFeedXml(fx('malformed.rss')))).toBe('bad-feed');
    expect(codeOf(() => parseFeedXml('<html><body>hello</body></html>'))).toBe('bad-feed');
    expect(codeOf(() => parseFeedXml('   '))).toBe('bad-feed');
  });

  it('refuses entity declarations before parsing (billion laughs)', () => {
    const t0 = performance.now();
    expect(codeOf(() => parseFeedXml(fx('billion-laughs.rss')))).toBe('xml-entities');
    expect(performance.now() - t0).toBeLessThan(100);
  });

  it('keeps only the first window of a 10,000-item feed', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `<item><title>T${i}</title><link>/a/${i}</link><guid>g${i}</guid></item>`);
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items.join('')}</channel></rss>`;
    const t0 = performance.now();
    const f = parseFeedXml(xml, 'http://big.example/');
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(f.total).toBe(10_000);
    expect(f.items).toHaveLength(FEED_WINDOW);
  });
});

describe('discoverFeedLink', () => {
  it('reads the advertised RSS or Atom link, resolved against the page', () => {
    expect(discoverFeedLink(fx('nav-only.html'), 'http://news.example/sections')).toBe('http://news.example/feed.rss');
    expect(discoverFeedLink(`<link type='application/atom+xml' rel='alternate' href='atom.xml?a=1&amp;b=2'>`, 'http://x.example/d/')).toBe(
      'http://x.example/d/atom.xml?a=1&b=2',
    );
    expect(discoverFeedLink('<link rel="stylesheet" href="/s.css"><link rel="alternate" hreflang="ar" href="/ar">', 'http://x/')).toBeUndefined();
  });
});

describe('polling feeds from a local server', () => {
  let web: FakeWeb;
  let app: App;
  const now = () => new Date('2025-06-03T12:00:00Z');

  beforeAll(async () => {
    web = await startFakeWeb();
  });
  afterAll(() => web.close());
  beforeEach(async () => {
    app = await createApp(parseConfig({ MUJAZ_ALLOW_PRIVATE_FETCH: 'true', MUJAZ_LOG_LEVEL: 'silent' }), { store: memoryStore(), now });
  });

  it('stores new items once, reports the missing page, and skips them on the next poll', async () => {
    const { feed } = await addFeed(app.store, { url: web.url('/feed.rss'), now: now() });
    const ing = ingesterFor(app.services);
    const r1 = await pollFeed(app.store, feed, ing, { now });
    expect(r1.error).toBeUndefined();
    expect({ added: r1.added, failed: r1.failed }).toEqual({ added: 2, failed: 1 });
    expect(r1.items.find((i) => i.status === 'failed')?.error?.code).toBe('http-status');
    const stored = (await all(app.library));
    expect(stored).toHaveLength(2);
    const en = stored.find((b) => b.meta.url === web.url('/articles/port-strike.html'))!;
    expect(en.meta).toMatchObject({ outlet: 'Harbour Courier', author: 'Mira Hallgren', publishedAt: '2025-03-14T08:30:00.000Z' });
    expect(en.meta.ingestedAt).toBe(now().toISOString());
    const saved = listFeeds(app.store)[0]!;
    expect(saved.seen.sort()).toEqual(['hc-1001', 'hc-1002', 'hc-1003']);
    expect(saved.added).toBe(2);
    expect(saved.title).toBe('Harbour Courier — Latest');

    const pagesBefore = web.hits.filter((h) => h.startsWith('/articles/')).length;
    const r2 = await pollFeed(app.store, listFeeds(app.store)[0]!, ing, { now });
    expect(r2.added + r2.failed + r2.unchanged).toBe(0);
    expect(web.hits.filter((h) => h.startsWith('/articles/')).length).toBe(pagesBefore);
    expect((await all(app.library))).toHaveLength(2);
  });

  it('uses the text an Atom entry carries when its page cannot be fetched', async () => {
    const { feed } = await addFeed(app.store, { url: web.url('/feed.atom'), now: now() });
    const r = await pollFeed(app.store, feed, ingesterFor(app.services), { now });
    expect(r.added).toBe(2);
    const ferry = (await all(app.library)).find((b) => b.meta.url === web.url('/articles/not-there.html'));
    expect(ferry?.meta.outlet).toBe('صحيفة الساحل');
    expect(ferry?.sentences.map((s) => s.text).join(' ')).toContain('Lena Dahl');
  });

  it('records a broken feed without throwing and goes on with the others', async () => {
    await addFeed(app.store, { url: web.url('/malformed.rss'), now: now() });
    await addFeed(app.store, { url: web.url('/billion-laughs.rss'), now: now() });
    await addFeed(app.store, { url: web.url('/gone.rss'), now: now() });
    await addFeed(app.store, { url: web.url('/feed.atom'), now: now() });
    const rs = await pollAll(app.store, ingesterFor(app.services), { now });
    expect(rs.map((r) => r.error?.code)).toEqual(['bad-feed', 'xml-entities', 'http-status', undefined]);
    expect(listFeeds(app.store)[1]!.lastError).toMatch(/entit/);
    expect(rs[3]!.added).toBe(2);
  });

  it('takes at most 50 new items per poll from a 10,000-item feed', async () => {
    const { feed } = await addFeed(app.store, { url: web.url('/feed-10k.rss'), now: now() });
    const before = web.hits.filter((h) => h.startsWith('/gen/')).length;
    const t0 = Date.now();
    const r = await pollFeed(app.store, feed, ingesterFor(app.services), { now });
    expect(Date.now() - t0).toBeLessThan(25_000);
    expect(r.added).toBe(MAX_NEW_PER_POLL);
    expect(r.pending).toBe(FEED_WINDOW - MAX_NEW_PER_POLL);
    expect(web.hits.filter((h) => h.startsWith('/gen/')).length - before).toBe(MAX_NEW_PER_POLL);
    const saved = listFeeds(app.store)[0]!;
    expect(saved.seen).toHaveLength(MAX_NEW_PER_POLL);
    // The next poll continues where this one stopped.
    const r2 = await pollFeed(app.store, saved, ingesterFor(app.services), { now, maxNew: 5 });
    expect(r2.added).toBe(5);
    expect((await all(app.library))).toHaveLength(MAX_NEW_PER_POLL + 5);
  });

  it('tries a page that failed for a passing reason again, up to three polls', async () => {
    const { feed } = await addFeed(app.store, { url: web.url('/feed-flaky.rss'), now: now() });
    const ing = ingesterFor(app.services);
    const attempts = () => web.hits.filter((h) => h === '/flaky').length;
    const start = attempts();
    for (let i = 1; i <= 4; i++) await pollFeed(app.store, listFeeds(app.store)[0]!, ing, { now });
    expect(attempts() - start).toBe(3);
    const saved = listFeeds(app.store)[0]!;
    expect(saved.seen).toEqual(['flaky-1']);
    expect(saved.retries).toBeUndefined();
    expect(feed.id).toBe(saved.id);
  });

  it('does not poll one feed twice at the same time', async () => {
    const { feed } = await addFeed(app.store, { url: web.url('/feed.rss'), now: now() });
    const ing = ingesterFor(app.services);
    const [a, b] = await Promise.all([pollFeed(app.store, feed, ing, { now }), pollFeed(app.store, feed, ing, { now })]);
    expect(a.busy).toBeUndefined();
    expect(a.added).toBe(2);
    expect(b).toMatchObject({ busy: true, added: 0 });
    expect((await all(app.library))).toHaveLength(2);
  });

  it('keeps the feed list: add is idempotent by URL, remove by number', async () => {
    const a = await addFeed(app.store, { url: web.url('/feed.rss'), now: now() });
    const again = await addFeed(app.store, { url: web.url('/feed.rss'), now: now() });
    expect(again).toMatchObject({ status: 'exists', feed: { id: a.feed.id } });
    expect(await removeFeed(app.store, 2)).toBeUndefined();
    expect((await removeFeed(app.store, 1))?.url).toBe(web.url('/feed.rss'));
    expect(listFeeds(app.store)).toHaveLength(0);
  });
});
