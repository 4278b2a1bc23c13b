import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { contentKind, parseHttpUrl, safeFetch, type FetchOptions } from '../../src/ingest/fetch.ts';
import { startFakeWeb, type FakeWeb } from '../helpers/fake-web.ts';

let web: FakeWeb;
beforeAll(async () => {
  web = await startFakeWeb({ slowMs: 3_000 });
});
afterAll(() => web.close());

const opts: FetchOptions = {
  timeoutMs: 2_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'mujaz/0.1 (+news briefing bot)',
  allowPrivate: true,
};

async function failure(p: Promise<unknown>): Promise<IngestError> {
  const e = await p.then(
    () => {
      throw new Error('expected a failure');
    },
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(IngestError);
  return e as IngestError;
}

describe('safeFetch', () => {
  it('fetches a page with the bot user agent', async () => {
    const r = await safeFetch(web.url('/articles/port-strike.html'), opts);
    expect(r.kind).toBe('html');
    expect(r.text).toContain('Velsund');
    expect(web.userAgents.at(-1)).toBe('mujaz/0.1 (+news briefing bot)');
  });

  it('decodes text and tells feeds from pages', async () => {
    expect((await safeFetch(web.url('/articles/book-festival.txt'), opts)).text).toContain('مهرجان الكتاب');
    expect((await safeFetch(web.url('/feed.rss'), opts)).kind).toBe('feed');
    expect((await safeFetch(web.url('/feed.atom'), opts)).kind).toBe('feed');
  });

  it('reports a 404', async () => {
    const e = await failure(safeFetch(web.url('/no/such/page'), opts));
    expect(e.code).toBe('http-status');
    expect(e.message).toContain('404');
  });

  it('gives up on a slow server at the timeout', async () => {
    const t0 = Date.now();
    const e = await failure(safeFetch(web.url('/slow'), { ...opts, timeoutMs: 300 }));
    expect(e.code).toBe('timeout');
    expect(Date.now() - t0).toBeLessThan(2_500);
  });

  it('refuses images and PDFs by content type', async () => {
    expect((await failure(safeFetch(web.url('/image.png'), opts))).message).toContain('image/png');
    expect((await failure(safeFetch(web.url('/doc.pdf'), opts))).code).toBe('unsupported-type');
  });

  it('stops reading a page past the size cap', async () => {
    const e = await failure(safeFetch(web.url('/huge.html'), opts));
    expect(e.code).toBe('too-large');
    const declared = await failure(safeFetch(web.url('/huge-declared.html'), opts));
    expect(declared.code).toBe('too-large');
  });

  it('refuses a body that is binary although labelled HTML', async () => {
    expect((await failure(safeFetch(web.url('/binary.html'), opts))).code).toBe('binary');
  });

  it('follows a few redirects and reports the final URL', async () => {
    const r = await safeFetch(web.url('/redirect/3'), opts);
    expect(r.url).toBe(web.url('/articles/port-strike.html'));
  });

  it('stops after the redirect limit, on loops, and on redirects to other schemes', async () => {
    expect((await failure(safeFetch(web.url('/redirect/6'), opts))).code).toBe('too-many-redirects');
    expect((await failure(safeFetch(web.url('/redirect-loop'), opts))).code).toBe('too-many-redirects');
    expect((await failure(safeFetch(web.url('/redirect-ftp'), opts))).code).toBe('bad-redirect');
  });

  it('refuses loopback unless private fetching is allowed', async () => {
    const before = web.hits.length;
    const e = await failure(safeFetch(web.url('/articles/port-strike.html'), { ...opts, allowPrivate: false }));
    expect(e.code).toBe('private-address');
    // Refused before any request was made.
    expect(web.hits.length).toBe(before);
  });

  it('accepts only http and https URLs', async () => {
    expect((await failure(safeFetch('file:///etc/passwd', opts))).code).toBe('bad-scheme');
    expect((await failure(safeFetch('ftp://example.com/x', opts))).code).toBe('bad-scheme');
    expect((await failure(safeFetch('not a url', opts))).code).toBe('bad-url');
    expect(() => parseHttpUrl('http://user:pw@example.com/')).toThrow(IngestError);
  });

  it('reports a closed port as a network error', async () => {
    const e = await failure(safeFetch('http://127.0.0.1:9/', opts));
    expect(e.code).toBe('network');
  });
});

describe('contentKind', () => {
  it('classifies content types', () => {
    expect(contentKind('text/html; charset=utf-8')).toBe('html');
    expect(contentKind('application/atom+xml')).toBe('feed');
    expect(contentKind('text/xml')).toBe('feed');
    expect(contentKind('text/plain')).toBe('text');
    expect(contentKind('application/octet-stream')).toBeNull();
    expect(contentKind('application/json')).toBeNull();
  });
});
