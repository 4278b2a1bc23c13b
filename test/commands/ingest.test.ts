import { all } from '../helpers/store.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { startFakeWeb, type FakeWeb } from '../helpers/fake-web.ts';
import { ADMIN, attachment, chatApp, say } from '../ingest/chat-app.ts';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'web');
const festival = readFileSync(join(FIX, 'article-ar-2.txt'), 'utf8');

let web: FakeWeb;
let app: App;
beforeAll(async () => {
  web = await startFakeWeb();
});
afterAll(() => web.close());
beforeEach(async () => {
  app = await chatApp();
});

describe('/ingest', () => {
  it('refuses non-admins politely and stores nothing', async () => {
    const r = await say(app, `/ingest ${festival}`);
    expect(r.reply.error).toBe(true);
    expect(r.text).toMatch(/only mujaz admins/i);
    const ar = await say(app, `/ingest ${web.url('/articles/port-strike.html')}`, { locale: 'ar' });
    expect(ar.text).toContain('للمشرفين');
    expect((await all(app.library))).toHaveLength(1);
  });

  it('takes pasted text from an admin, and says so when it is already there', async () => {
    const r = await say(app, `/ingest ${festival}`, { userId: ADMIN });
    expect(r.reply.error).toBeFalsy();
    expect(r.text).toContain('Added #1: مهرجان الكتاب يستقبل مئة ألف زائر في أسبوعه الأول');
    // The ingesting chat now reads it; the reply says so (no /use needed).
    expect(r.text).toContain('It is now this chat’s briefing (#1)');
    expect((await say(app, '/summary', { userId: ADMIN })).text).toContain('مهرجان الكتاب');
    const again = await say(app, `/ingest ${festival}`, { userId: ADMIN, locale: 'ar' });
    expect(again.text).toContain('موجود من قبل');
    expect((await all(app.library))).toHaveLength(2);
  });

  it('fetches a URL', async () => {
    const r = await say(app, `/ingest ${web.url('/articles/port-strike.html')}`, { userId: ADMIN });
    expect(r.text).toContain('Added #1: Port workers end strike after wage deal');
    expect((await app.library.latest())?.meta.outlet).toBe('Harbour Courier');
    const bad = await say(app, `/ingest ${web.url('/nav.html')}`, { userId: ADMIN });
    expect(bad.reply.error).toBe(true);
    expect(bad.text).toContain('no article body found');
  });

  it('reads attached .txt and .html files, and refuses other files with a reason each', async () => {
    const r = await say(app, '/ingest', {
      userId: ADMIN,
      attachments: [
        attachment('water.html', readFileSync(join(FIX, 'article-ar.html')), 'text/html'),
        attachment('festival.txt', festival),
        attachment('report.pdf', '%PDF-1.4 ...', 'application/pdf'),
        attachment('photo.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0])),
        { name: 'lost.txt', fetch: async () => Promise.reject(new Error('download failed')) },
      ],
    });
    const lines = r.text.split('\n');
    expect(lines[0]).toMatch(/^Added #\d: افتتاح محطة تحلية/);
    expect(lines[1]).toMatch(/^Added #\d: مهرجان الكتاب/);
    expect(lines[2]).toContain('Could not add report.pdf: unsupported file type (.pdf)');
    expect(lines[3]).toContain('Could not add photo.txt: a binary file');
    expect(lines[4]).toContain('Could not add lost.txt: could not be read (download failed)');
    expect((await all(app.library))).toHaveLength(3);
  });

  it('explains itself when given nothing', async () => {
    const r = await say(app, '/ingest', { userId: ADMIN, locale: 'ar' });
    expect(r.reply.error).toBe(true);
    expect(r.text).toContain('أرسل بعد');
  });
});
