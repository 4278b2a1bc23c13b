import { all } from '../helpers/store.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { addFeed, listFeeds } from '../../src/ingest/feed-store.ts';
import { startFeedPoller } from '../../src/ingest/poller.ts';
import { setLogLevel } from '../../src/log.ts';
import { memoryStore } from '../../src/store/open.ts';
import { startFakeWeb, type FakeWeb } from '../helpers/fake-web.ts';

setLogLevel('silent');
let web: FakeWeb;
beforeAll(async () => {
  web = await startFakeWeb();
});
afterAll(() => web.close());

describe('startFeedPoller', () => {
  it('is off when MUJAZ_FEED_POLL_CRON=off', async () => {
    const app = await createApp(parseConfig({ MUJAZ_FEED_POLL_CRON: 'off' }), { store: memoryStore() });
    expect(await startFeedPoller(app)).toBeNull();
  });

  it('polls every feed on its schedule, survives a broken feed, and stops', async () => {
    // Every second (node-cron accepts a seconds field), so the test sees a tick quickly.
    const app = await createApp(parseConfig({ MUJAZ_FEED_POLL_CRON: '* * * * * *', MUJAZ_ALLOW_PRIVATE_FETCH: 'true' }), {
      store: memoryStore(),
    });
    await addFeed(app.store, { url: web.url('/malformed.rss'), now: new Date() });
    await addFeed(app.store, { url: web.url('/feed.atom'), now: new Date() });
    const running = await startFeedPoller(app);
    expect(running?.name).toBe('feeds');
    try {
      const deadline = Date.now() + 10_000;
      while ((await all(app.library)).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    } finally {
      await running!.stop();
    }
    expect((await all(app.library))).toHaveLength(2);
    expect(listFeeds(app.store)[0]!.lastError).toMatch(/not a valid RSS\/Atom feed/);
    const hits = web.hits.length;
    await new Promise((r) => setTimeout(r, 1_200));
    expect(web.hits.length).toBe(hits);
  });
});

describe('config', () => {
  it('rejects an invalid schedule', () => {
    expect(() => parseConfig({ MUJAZ_FEED_POLL_CRON: 'every now and then' })).toThrow(/MUJAZ_FEED_POLL_CRON/);
  });
});
