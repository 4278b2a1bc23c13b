/** Arabic counts, digits in any script, times as people type them, and untranslated items marked one by one. */
import { all } from '../helpers/store.ts';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { parseSubscribeArgs } from '../../src/digest/subscription.ts';
import { timesAr, mentionsText } from '../../src/views/briefing-views.ts';
import { chatAppWith, say } from '../ingest/chat-app.ts';

const ARTICLES = join(import.meta.dirname, '..', 'fixtures', 'articles');
const ARABIC = /[\u0600-\u06FF]/;
let app: App;

beforeAll(async () => {
  app = await chatAppWith(['01-elections.ar.txt', '11-diplomacy.ar.txt'].map((f) => join(ARTICLES, f)));
});

describe('Arabic counts follow Intl.PluralRules("ar")', () => {
  it.each([
    [1, 'مرة واحدة'],
    [2, 'مرتين'],
    [3, '3 مرات'],
    [10, '10 مرات'],
    [11, '11 مرة'],
    [99, '99 مرة'],
    [100, '100 مرة'],
    [103, '103 مرات'],
  ])('%i → %s', (n, want) => {
    expect(timesAr(n)).toBe(want);
  });

  it('/people and /who say «ذُكر مرتين», not «ذُكر 2 مرة»', async () => {
    const sample = (await all(app.library)).findIndex((b) => b.meta.file?.includes('russia-iran')) + 1;
    await say(app, `/use ${sample}`, { chatId: 'plural' });
    const people = (await say(app, '/people', { locale: 'ar', chatId: 'plural' })).text;
    expect(people).toContain(`(${mentionsText(6, 'ar')})`);
    expect(people).toContain('ذُكر 6 مرات');
    expect(people).toContain('ذُكر مرة واحدة');
    expect(people).not.toMatch(/ذُكر [12] مرة/);
    expect((await say(app, '/who بوتين', { locale: 'ar', chatId: 'plural' })).text).toContain('ذُكر 6 مرات');
  });
});

describe('numbers in Arabic-Indic and Persian digits', () => {
  it('/use ٢ and /use ۲ pick briefing 2, like /use 2', async () => {
    const want = (await say(app, '/use 2', { chatId: 'd0' })).text;
    expect(want).toContain('#2');
    for (const [chatId, q] of [['d1', '/use ٢'], ['d2', '/use ۲'], ['d3', 'استخدم ٢']]) {
      const r = await say(app, q!, { chatId });
      expect(r.reply.error, q).toBeFalsy();
      expect(r.text).toBe(want);
    }
  });

  it('page numbers too: /briefings ١ is /briefings', async () => {
    expect((await say(app, '/briefings ١', { chatId: 'd4' })).text).toBe((await say(app, '/briefings', { chatId: 'd4' })).text);
  });
});

describe('/subscribe times as people write them', () => {
  it.each([
    ['8am', 8 * 60, null],
    ['8 am', 8 * 60, null],
    ['8:30 pm Europe/Paris', 20 * 60 + 30, 'Europe/Paris'],
    ['8:30 p.m. europe/paris', 20 * 60 + 30, 'Europe/Paris'],
    ['20:00', 20 * 60, null],
    ['12am', 0, null],
    ['12pm', 12 * 60, null],
    ['٨:٣٠ مساءً', 20 * 60 + 30, null],
    ['۷ ص Asia/Tehran', 7 * 60, 'Asia/Tehran'],
    ['9pm paris', 21 * 60, 'Europe/Paris'],
  ])('%s', (input, minutes, tz) => {
    expect(parseSubscribeArgs(input)).toEqual({ kind: 'set', minutes, tz, always: false });
  });

  it.each(['13pm', '8:75', '0am', '8', '24:00'])('%s is not a time', (input) => {
    expect(parseSubscribeArgs(input).kind).toBe('bad-time');
  });

  it('/subscribe 8am is understood, and the reply says which zone it used and how to give one', async () => {
    const r = await say(app, '/subscribe 8am', { chatId: 's1' });
    expect(r.reply.error).toBeFalsy();
    expect(r.text).toContain('every day at 08:00 (UTC)');
    expect(r.text).toContain('No time zone given, so UTC is used. To change it: /subscribe 08:00 Europe/Paris');
    const paris = await say(app, '/subscribe 8:30 pm Europe/Paris', { chatId: 's2' });
    expect(paris.text).toContain('every day at 20:30 (Europe/Paris)');
    expect(paris.text).not.toContain('No time zone given');
  });

  it('a zone that is not one gets suggestions when some are close', async () => {
    const r = await say(app, '/subscribe 8am Pariss', { chatId: 's3' });
    expect(r.reply.error).toBe(true);
    expect(r.text).toContain('Pariss is not a time zone');
    expect(r.text).toContain('Europe/Paris');
    const ar = await say(app, '/subscribe 8am Mars/Olympus', { chatId: 's4', locale: 'ar' });
    expect(ar.text).toContain('ليست منطقة زمنية');
    expect(ar.text).toContain('Asia/Riyadh');
  });
});

describe('in English, each untranslated item carries the mark', () => {
  for (const cmd of ['/people', '/quotes', '/timeline', '/precedents', '/who الطرابلسي', '/briefings', '/search الانتخابات'])
    it(`${cmd}: every line with Arabic text is tagged [Arabic], and only those`, async () => {
      await say(app, '/use 2', { chatId: 'tag' });
      const r = (await say(app, cmd, { chatId: 'tag' })).text;
      const lines = r.split('\n').filter((l) => l.startsWith('• ') || l.startsWith('“') || /·/.test(l));
      expect(lines.length).toBeGreaterThan(0);
      // A name in brackets on the /who card is the other spelling, shown on purpose.
      for (const l of lines) expect(l, l).toMatch(ARABIC.test(l.replace(/ · \([^)]*\)/, '')) ? /\[Arabic\]/ : /^(?!.*\[Arabic\])/);
      if (lines.some((l) => l.includes('[Arabic]'))) expect(r).toContain('([Arabic]: the Arabic original, not yet translated)');
      // The article has no English yet: its quotes and events are shown, tagged, in Arabic.
      if (cmd !== '/people') expect(lines.some((l) => l.includes('[Arabic]'))).toBe(true);
    });
});
