import { data, all } from '../helpers/store.ts';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { normaliseUrl, type Ingester } from '../../src/ingest/ingest.ts';
import { ingesterFor } from '../../src/ingest/service.ts';
import { setLogLevel } from '../../src/log.ts';
import { memoryStore } from '../../src/store/open.ts';
import { startFakeWeb, type FakeWeb } from '../helpers/fake-web.ts';

setLogLevel('silent');
const FIX = join(import.meta.dirname, '..', 'fixtures', 'web');

let web: FakeWeb;
let app: App;
let ing: Ingester;

beforeAll(async () => {
  web = await startFakeWeb({ slowMs: 3_000 });
});
afterAll(() => web.close());
beforeEach(async () => {
  app = await createApp(parseConfig({ MUJAZ_ALLOW_PRIVATE_FETCH: 'true', MUJAZ_FETCH_TIMEOUT_MS: '500' }), { store: memoryStore() });
  ing = ingesterFor(app.services);
});

describe('web pages', () => {
  it('stores an English page with its source metadata', async () => {
    const r = await ing.fromUrl(web.url('/articles/port-strike.html'));
    expect(r.status).toBe('added');
    expect(r.briefing!.lang).toBe('en');
    expect(r.briefing!.title.en).toBe('Port workers end strike after wage deal');
    expect(r.briefing!.meta).toMatchObject({
      url: web.url('/articles/port-strike.html'),
      outlet: 'Harbour Courier',
      author: 'Mira Hallgren',
      publishedAt: '2025-03-14T08:30:00.000Z',
    });
    expect(app.library.get(r.briefing!.id)).toBeDefined();
  });

  it('stores an Arabic page and a plain-text page (outlet falls back to the host)', async () => {
    const ar = await ing.fromUrl(web.url('/articles/desalination.html'));
    expect(ar.briefing!.lang).toBe('ar');
    expect(ar.briefing!.title.ar).toBe('افتتاح محطة تحلية جديدة في مدينة الرمال');
    const txt = await ing.fromUrl(web.url('/articles/book-festival.txt'));
    expect(txt.status).toBe('added');
    expect(txt.briefing!.meta.outlet).toBe('127.0.0.1');
  });

  it('says "unchanged" for the same URL without fetching it again, tracking parameters and fragments ignored', async () => {
    await ing.fromUrl(web.url('/articles/port-strike.html'));
    const before = web.hits.length;
    const again = await ing.fromUrl(web.url('/articles/port-strike.html?utm_source=x#comments'));
    expect(again.status).toBe('unchanged');
    expect(web.hits.length).toBe(before);
    // A redirect that lands on a known page is recognised after the fetch.
    expect((await ing.fromUrl(web.url('/redirect/2'))).status).toBe('unchanged');
    expect((await all(app.library))).toHaveLength(1);
  });

  it('gives a clear reason per bad page and stores nothing', async () => {
    const cases: Array<[string, string]> = [
      ['/no/such/page', 'http-status'],
      ['/slow', 'timeout'],
      ['/image.png', 'unsupported-type'],
      ['/huge.html', 'too-large'],
      ['/binary.html', 'binary'],
      ['/empty.html', 'empty'],
      ['/nav.html', 'no-article'],
      ['/feed.rss', 'is-feed'],
    ];
    for (const [path, code] of cases) {
      const r = await ing.fromUrl(web.url(path));
      expect([path, r.status, r.error?.code]).toEqual([path, 'failed', code]);
      expect(r.error!.message.length).toBeGreaterThan(5);
    }
    expect(await app.library.count()).toBe(0);
  });
});

describe('files and text', () => {
  it('ingests .txt and .html files; the same text again is unchanged', async () => {
    expect((await ing.fromFile(join(FIX, 'article-ar-2.txt'))).status).toBe('added');
    expect((await ing.fromFile(join(FIX, 'article-ar.html'))).status).toBe('added');
    const again = await ing.fromText(readFileSync(join(FIX, 'article-ar-2.txt'), 'utf8'));
    expect(again.status).toBe('unchanged');
    expect((await all(app.library))).toHaveLength(2);
  });

  it('refuses binary, empty, short, missing and unsupported files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mujaz-ingest-'));
    writeFileSync(join(dir, 'photo.txt'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
    writeFileSync(join(dir, 'blank.txt'), '  \n\n ');
    writeFileSync(join(dir, 'short.txt'), 'Just a headline');
    writeFileSync(join(dir, 'data.json'), '{"a": 1}');
    const codes = [];
    for (const f of ['photo.txt', 'blank.txt', 'short.txt', 'missing.txt', 'data.json']) codes.push((await ing.fromFile(join(dir, f))).error?.code);
    expect(codes).toEqual(['binary', 'empty', 'too-short', 'not-found', 'unsupported-file']);
    expect(await app.library.count()).toBe(0);
  });

  it('tells HTML from text in attachments by name, type or content', async () => {
    const html = readFileSync(join(FIX, 'article-en.html'));
    const r = await ing.fromBytes(html, 'upload', {}, 'text/html');
    expect(r.briefing?.meta.outlet).toBe('Harbour Courier');
    const sniffed = await ing.fromBytes(readFileSync(join(FIX, 'article-ar.html')), 'noext');
    expect(sniffed.briefing?.meta.author).toBe('ليلى منصور');
  });
});

describe('normaliseUrl', () => {
  it('drops fragments and tracking parameters only', () => {
    expect(normaliseUrl('https://News.Example/a?id=3&utm_medium=x&fbclid=1#top')).toBe('https://news.example/a?id=3');
  });
});
