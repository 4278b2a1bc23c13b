import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { ingesterFor } from '../../src/ingest/service.ts';
import { chatApp, say } from '../ingest/chat-app.ts';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'web');
let app: App;

beforeAll(async () => {
  app = await chatApp();
  for (const f of ['article-en.html', 'article-ar.html']) await ingesterFor(app.services).fromFile(join(FIX, f));
});

describe('/search', () => {
  it('finds a person across scripts: Arabic and Latin queries give the same person', async () => {
    const ar = await say(app, '/search عراقجي', { locale: 'ar' });
    const en = await say(app, '/search araghchi');
    expect(ar.text).toContain('== أشخاص ==');
    expect(ar.text).toContain('عباس عراقجي');
    expect(en.text).toContain('== People ==');
    expect(en.text).toContain('Abbas Araghchi');
    expect(en.text).toMatch(/in #\d+:/);
  });

  it('finds briefings by words, Arabic spelling variants folded', async () => {
    const r = await say(app, '/search محطه التحليه');
    expect(r.text).toContain('== Briefings ==');
    expect(r.text).toMatch(/• \d\. افتتاح محطة تحلية جديدة في مدينة الرمال/);
    expect((await say(app, '/search wage deal')).text).toContain('Port workers end strike after wage deal');
  });

  it('says when nothing matches, and how to use it', async () => {
    const none = await say(app, '/search xyzzy');
    expect(none.reply.error).toBe(true);
    expect(none.text).toContain('Nothing in the library about “xyzzy”');
    expect((await say(app, '/search', { locale: 'ar' })).text).toContain('اكتب كلمات البحث');
  });
});
