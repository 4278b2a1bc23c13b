/**
 * The library is one: /who reaches the briefings other than the current one, /search makes no
 * false hits, and an article ingested in one chat does not switch any other chat's briefing.
 */
import { all } from '../helpers/store.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Person } from '../../src/briefing/types.ts';
import { matchPeople } from '../../src/names/index.ts';
import { ADMIN, chatAppWith, say } from '../ingest/chat-app.ts';

const ARTICLES = join(import.meta.dirname, '..', 'fixtures', 'articles');
const FILES = ['01-elections.ar.txt', '09-central-bank.en.txt', '11-diplomacy.ar.txt'].map((f) => join(ARTICLES, f));
let app: App;

beforeEach(async () => {
  // The sample (with Araghchi, Putin, Trump) is #4; the newest fixture is #1.
  app = await chatAppWith(FILES);
});

describe('/who across the library', () => {
  it('points to the briefing that has the person when the current one does not, with the /use to switch', async () => {
    const n = (await all(app.library)).findIndex((b) => b.meta.file?.endsWith('.ar.txt') && b.people.some((p) => p.name.en === 'Abbas Araghchi')) + 1;
    expect(n).toBeGreaterThan(1);
    for (const q of ['araghchi', 'عراقجي', 'arakchi']) {
      const r = await say(app, `/who ${q}`);
      expect(r.reply.error).toBeFalsy();
      expect(r.text).toContain('is not in the current briefing');
      expect(r.text).toContain('Abbas Araghchi');
      expect(r.text).toContain(`#${n}`);
      expect(r.text).toContain(`/use ${n}`);
    }
    const ar = await say(app, 'من هو عراقجي', { locale: 'ar' });
    expect(ar.text).toContain('ليس في الموجز الحالي');
    expect(ar.text).toContain(`use ${n}`);
    // Following the pointer gives the card.
    await say(app, `/use ${n}`);
    const card = await say(app, '/who araghchi');
    expect(card.text.split('\n')[0]).toBe('== Abbas Araghchi ==');
  });

  it('says "no one" only when no briefing has the name', async () => {
    const r = await say(app, '/who merkel');
    expect(r.reply.error).toBe(true);
    expect(r.text).toContain('No one called “merkel” in any briefing');
  });
});

describe('/search without false hits', () => {
  it('/search zzz finds nothing (an initial like "Donald J. Trump" is not a key that matches any short query)', async () => {
    for (const q of ['zzz', 'zz', 'qqq', 'jjj']) {
      const r = await say(app, `/search ${q}`);
      expect(r.reply.error, q).toBe(true);
      expect(r.text).toContain(`Nothing in the library about “${q}”`);
    }
    expect((await say(app, '/search trump')).text).toContain('Donald Trump');
  });

  it('names matching keeps short names that sound the same (شي ~ Xi) and drops one-letter look-alikes', () => {
    const person = (en: string, ar: string, aliases: string[] = []): Person => ({
      id: `p-${en}`, name: { ar, en }, role: { ar: '', en: '' }, aliases, mentions: 1, firstOffset: 0, sentenceIds: [], nameOrigin: 'lexicon', keys: [],
    });
    const people = [person('Xi Jinping', 'شي جين بينغ'), person('Donald Trump', 'دونالد ترامب', ['Donald J. Trump'])];
    expect(matchPeople('شي', people).map((m) => m.person.name.en)).toEqual(['Xi Jinping']);
    expect(matchPeople('zzz', people)).toEqual([]);
    expect(matchPeople('j', people)).toEqual([]);
    expect(matchPeople('ترمب', people).map((m) => m.person.name.en)).toEqual(['Donald Trump']);
  });
});

describe("each chat's briefing is its own", () => {
  it("an admin's ingest in a DM switches the admin's chat only, and the reply says so", async () => {
    const reader = { chatId: 'group-1' };
    const before = (await say(app, '/summary', reader)).text;
    const article = readFileSync(join(ARTICLES, '02-opec.ar.txt'), 'utf8');
    const r = await say(app, `/ingest ${article}`, { userId: ADMIN });
    expect(r.text).toMatch(/^Added #1: /);
    expect(r.text).toContain('It is now this chat’s briefing (#1)');
    expect(r.text).toContain('Other chats keep theirs');
    expect((await say(app, '/summary', { userId: ADMIN })).text).toContain('أوبك');
    // The reader's chat still shows what it showed.
    expect((await say(app, '/summary', reader)).text).toBe(before);
    expect((await say(app, '/briefings', reader)).text).toMatch(/• 2\. .*◀ current/);
  });
});
