import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { createApp } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { ingesterFor } from '../../src/ingest/service.ts';
import { memoryStore } from '../../src/store/open.ts';
import { chatAppWith, say } from '../ingest/chat-app.ts';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'web');
let app: App;

beforeEach(async () => {
  app = await chatAppWith(['article-en.html', 'article-ar.html'].map((f) => join(FIX, f)));
});

describe('/briefings', () => {
  it('lists the newest first with number, title, outlet and date, marking the current one', async () => {
    const r = await say(app, '/briefings');
    const lines = r.text.split('\n');
    expect(lines[0]).toBe('== Briefings (1–3 of 3) ==');
    // An Arabic title in an English reply carries the untranslated tag.
    expect(lines[1]).toMatch(/^• 1\. افتتاح محطة تحلية جديدة في مدينة الرمال \[Arabic\] — صحيفة الساحل · 2025-05-20 ◀ current$/);
    expect(lines[2]).toBe('• 2. Port workers end strike after wage deal — Harbour Courier · 2025-03-14');
    expect(lines[3]).toMatch(/^• 3\. /);
    expect(r.text).toContain('/use N');
  });

  it('speaks Arabic and pages through a long library', async () => {
    const ar = await say(app, '/briefings', { locale: 'ar' });
    expect(ar.text).toContain('== الموجزات (1–3 من 3) ==');
    expect(ar.text).toContain('◀ الحالي');
    expect((await say(app, '/briefings 2')).reply.error).toBe(true);
  });

  it('says when the library is empty', async () => {
    const empty = await createApp(parseConfig({}), { store: memoryStore() });
    const r = await empty.dispatcher.handle({ platform: 'console', chatId: 'c', userId: 'u', text: '/briefings', chatType: 'private', addressed: true });
    expect(r?.blocks[0]).toMatchObject({ type: 'text' });
    expect(JSON.stringify(r)).toContain('library is empty');
  });
});
