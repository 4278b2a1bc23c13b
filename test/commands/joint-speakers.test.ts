/**
 * Joint36 (issue 11): an ingested Arabic article where two persons speak together (قال X وY إن):
 * /who shows the quote on each one's card, /quotes gives it to both by name. Constructed copy, not
 * from any corpus.
 */
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { tempFile } from '../helpers/app.ts';
import { chatAppWith, say } from '../ingest/chat-app.ts';

const ARTICLE = [
  'شكري والصفدي يدعوان إلى حل سياسي',
  '',
  'استقبل وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في القاهرة يوم الأحد.',
  'وقال شكري والصفدي في مؤتمر صحفي مشترك إن الحل السياسي هو السبيل الوحيد لإنهاء الأزمة في المنطقة.',
  'وقال شكري إن القاهرة "لن تدخر جهدا في دعم الاستقرار".',
].join('\n');

let app: App;
const chat = { chatId: 'joint' };

beforeAll(async () => {
  const file = tempFile('joint.ar.txt');
  writeFileSync(file, ARTICLE);
  // (ingested after the bundled article: the newest, so the chat's current briefing)
  app = await chatAppWith([file]);
});

describe('a quote said together, from ingest to the replies', () => {
  it('/who shows it on the card of each speaker, in English and in Arabic', async () => {
    for (const who of ['Safadi', 'Shoukry']) {
      expect((await say(app, `/who ${who}`, chat)).text).toMatch(/Sameh Shoukry and Ayman Safadi said that الحل السياسي/);
    }
    for (const who of ['الصفدي', 'شكري']) {
      expect((await say(app, `/who ${who}`, { ...chat, locale: 'ar' })).text).toContain('بحسب شكري والصفدي، الحل السياسي');
    }
  });

  it('/quotes gives it to both by name, and the quote said alone to one', async () => {
    const r = (await say(app, '/quotes', chat)).text;
    expect(r).toMatch(/Sameh Shoukry and Ayman Safadi said that الحل السياسي/);
    expect(r).toMatch(/Sameh Shoukry said that القاهرة/);
  });
});
