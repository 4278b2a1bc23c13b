import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { ingesterFor } from '../../src/ingest/service.ts';
import { chatAppWith, say } from '../ingest/chat-app.ts';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'web');
let app: App;

beforeEach(async () => {
  app = await chatAppWith(['article-en.html', 'article-ar-2.txt'].map((f) => join(FIX, f)));
});

describe('/use', () => {
  it('picks the briefing /summary and the other commands act on, per chat', async () => {
    // By default the newest briefing.
    expect((await say(app, '/summary')).text).toContain('مهرجان الكتاب');
    const r = await say(app, '/use 2');
    expect(r.text).toContain('This chat’s briefing is now #2: Port workers end strike after wage deal');
    expect((await say(app, '/summary')).text).toContain('Port workers end strike after wage deal');
    expect((await say(app, '/who brekke')).text).toContain('Tomas Brekke');
    // Another chat still follows the newest.
    expect((await say(app, '/summary', { chatId: 'other' })).text).toContain('مهرجان الكتاب');
    // A new article does not move a chat that picked one.
    await ingesterFor(app.services).fromFile(join(FIX, 'article-ar.html'));
    expect((await say(app, '/summary')).text).toContain('Port workers end strike');
    expect((await say(app, '/use')).text).toContain('Current briefing (#3): Port workers');
  });

  it('goes back to the newest with /use latest', async () => {
    await say(app, '/use 2');
    const r = await say(app, '/use latest', { locale: 'ar' });
    expect(r.text).toContain('هو الأحدث الآن (#1)');
    expect((await say(app, '/summary')).text).toContain('مهرجان الكتاب');
  });

  it('refuses numbers that are not in the library', async () => {
    const r = await say(app, '/use 42');
    expect(r.reply.error).toBe(true);
    expect(r.text).toContain('no briefing number 42. The library has 3.');
    expect((await say(app, '/use banana')).reply.error).toBe(true);
  });
});
