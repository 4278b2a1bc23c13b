import { all } from '../helpers/store.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { listFeeds } from '../../src/ingest/feed-store.ts';
import { startFakeWeb, type FakeWeb } from '../helpers/fake-web.ts';
import { ADMIN, chatApp, say } from '../ingest/chat-app.ts';

let web: FakeWeb;
let app: App;
beforeAll(async () => {
  web = await startFakeWeb();
});
afterAll(() => web.close());
beforeEach(async () => {
  app = await chatApp();
});

describe('/feeds', () => {
  it('lists feeds for everyone but lets only admins change them', async () => {
    expect((await say(app, '/feeds')).text).toContain('No feeds yet.');
    const refused = await say(app, `/feeds add ${web.url('/feed.rss')}`);
    expect(refused.reply.error).toBe(true);
    expect(refused.text).toContain('Only mujaz admins can change feeds');
    expect((await say(app, '/feeds remove 1', { locale: 'ar' })).text).toContain('للمشرفين');
    expect(listFeeds(app.store)).toHaveLength(0);
  });

  it('adds a feed after checking it, lists, polls and removes it', async () => {
    const added = await say(app, `/feeds add ${web.url('/feed.rss')}`, { userId: ADMIN });
    expect(added.text).toContain('Added feed #1: Harbour Courier — Latest (3 items now)');
    expect((await say(app, `/feeds add ${web.url('/feed.rss')}`, { userId: ADMIN })).text).toContain('already there (#1)');

    const listed = await say(app, '/feeds');
    expect(listed.text).toContain(web.url('/feed.rss'));
    expect(listed.text).toContain('not polled yet');
    expect(listed.text).not.toContain('/feeds remove');

    const polled = await say(app, '/feeds poll', { userId: ADMIN });
    expect(polled.text).toContain('Harbour Courier — Latest: added 2, unchanged 0, failed 1, waiting 0');
    expect((await all(app.library))).toHaveLength(3);
    expect((await say(app, '/feeds', { userId: ADMIN })).text).toMatch(/last polled .* 2 articles/);

    const ar = await say(app, '/feeds remove 1', { userId: ADMIN, locale: 'ar' });
    expect(ar.text).toContain('حُذفت الخلاصة');
    expect((await say(app, '/feeds remove 1', { userId: ADMIN })).text).toContain('no feed number 1');
    expect(listFeeds(app.store)).toHaveLength(0);
  });

  it('finds the feed a site page advertises', async () => {
    const r = await say(app, `/feeds add ${web.url('/nav.html')}`, { userId: ADMIN });
    expect(r.text).toContain('Added feed #1: Harbour Courier — Latest');
    expect(listFeeds(app.store)[0]!.url).toBe(web.url('/feed.rss'));
    expect((await say(app, `/feeds add ${web.url('/feed.rss')}`, { userId: ADMIN })).text).toContain('already there (#1)');
  });

  it('refuses what is not a usable feed, with the reason', async () => {
    const cases: Array<[string, RegExp]> = [
      [web.url('/malformed.rss'), /not a valid RSS\/Atom feed/],
      [web.url('/billion-laughs.rss'), /XML entities/],
      [web.url('/articles/port-strike.html'), /HTML page, not a feed/],
      [web.url('/gone.rss'), /HTTP 404/],
      ['ftp://example.com/feed', /only http and https/],
      ['feed please', /not a valid URL/],
    ];
    for (const [url, why] of cases) {
      const r = await say(app, `/feeds add ${url}`, { userId: ADMIN });
      expect(r.reply.error).toBe(true);
      expect(r.text).toMatch(why);
    }
    expect(listFeeds(app.store)).toHaveLength(0);
  });

  it('answers unknown subcommands and bad numbers with usage', async () => {
    expect((await say(app, '/feeds frobnicate', { userId: ADMIN })).text).toContain('/feeds add URL');
    expect((await say(app, '/feeds remove two', { userId: ADMIN })).text).toContain('number from the list');
    expect((await say(app, '/feeds add', { userId: ADMIN })).text).toContain('Give the link');
  });
});
