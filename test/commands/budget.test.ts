/**
 * Every reply fits a phone screen, and what does not fit is one "more" away: walking the "more"
 * commands a reply ends with shows every item exactly once.
 */
import { all } from '../helpers/store.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Briefing } from '../../src/briefing/types.ts';
import { parseArticle } from '../../src/parser/index.ts';
import { ADMIN, chatApp, say } from '../ingest/chat-app.ts';

const ARTICLES = join(import.meta.dirname, '..', 'fixtures', 'articles');
const SCREEN = 900;

/** The sample's items repeated `k` times under new ids: a long article without writing one. */
function longBriefing(b: Briefing, k: number, id: string): Briefing {
  const rep = <T extends { id: string }>(xs: T[]): T[] => Array.from({ length: k }, (_, i) => xs.map((x) => ({ ...x, id: `${x.id}-${i}` }))).flat();
  return {
    ...b,
    id,
    people: rep(b.people),
    quotes: rep(b.quotes),
    precedents: rep(b.precedents),
    timeline: rep(b.timeline),
    sources: rep(b.sources),
    meta: { ingestedAt: new Date(Date.now() + 3_600_000).toISOString() },
  };
}

const MORE = /\((?:\d+ more: |و\d+ أخرى: ‎)(\/[^)‎]+)‎?\)$/m;

/** A reply and every reply its "more" commands lead to. */
async function walk(app: App, first: string, o: { locale?: string; chatId?: string } = {}): Promise<string[]> {
  const pages: string[] = [];
  let cmd: string | undefined = first;
  while (cmd && pages.length < 50) {
    const r = await say(app, cmd, o);
    expect(r.reply.error, `${cmd}: ${r.text}`).toBeFalsy();
    pages.push(r.text);
    cmd = MORE.exec(r.text)?.[1];
  }
  return pages;
}

const bullets = (t: string) => t.split('\n').filter((l) => l.startsWith('• '));
// Direct speech in quotation marks, reported speech as "X said that …"/"بحسب X، …", denials as "X denied that …"/"نفى X أن …".
const quoteLines = (t: string) => t.split('\n').filter((l) => l.startsWith('“') || / (said|denied) that /.test(l) || /^(بحسب|نفى) /.test(l));

let app: App;
let big: Briefing;

beforeAll(async () => {
  app = await chatApp();
  const sample = (await all(app.library))[0]!;
  big = longBriefing(sample, 5, 'b-long-article');
  await app.library.add(big);
});

describe('list replies: a screen each, then "more"', () => {
  const cases: Array<[string, (b: Briefing) => number, (t: string) => string[]]> = [
    ['/timeline', (b) => b.timeline.length, bullets],
    ['/people', (b) => b.people.length, bullets],
    ['/quotes', (b) => b.quotes.length, quoteLines],
    ['/precedents', (b) => b.precedents.length, bullets],
    ['/sources', (b) => b.sources.length, bullets],
  ];
  for (const [cmd, count, items] of cases) {
    for (const locale of ['en', 'ar'])
      it(`${cmd} (${locale}): each screen ≤ ${SCREEN} characters, every item shown once across the "more" pages`, async () => {
        const chatId = `long-${cmd}-${locale}`;
        await say(app, '/use b-long-article', { chatId, locale });
        const pages = await walk(app, cmd, { chatId, locale });
        expect(pages.length).toBeGreaterThan(1);
        for (const p of pages) expect(p.length).toBeLessThanOrEqual(SCREEN);
        expect(pages.flatMap(items)).toHaveLength(count(big));
        expect(pages.at(-1)).not.toMatch(MORE);
      });
  }

  it('/timeline shows at most 8 events, and "/timeline more" and "/timeline المزيد" give the rest', async () => {
    const chatId = 'tl';
    await say(app, '/use b-long-article', { chatId });
    const first = await say(app, '/timeline', { chatId });
    expect(bullets(first.text).length).toBeLessThanOrEqual(8);
    expect(first.text).toContain(`${big.timeline.length - bullets(first.text).length} more: /timeline more`);
    const more = await say(app, '/timeline more', { chatId });
    expect((await say(app, '/timeline المزيد', { chatId })).text).toBe(more.text);
    expect((await say(app, 'التسلسل الزمني المزيد', { chatId })).text).toBe(more.text);
    expect(bullets(more.text)[0]).not.toBe(bullets(first.text)[0]);
    // The third screen is asked for with its number, in any digits.
    expect((await say(app, '/timeline more ٣', { chatId })).text).toBe((await say(app, '/timeline more 3', { chatId })).text);
  });

  it('a page past the end, or words that are not a page, get a short error', async () => {
    const chatId = 'tl2';
    await say(app, '/use b-long-article', { chatId });
    const far = await say(app, '/timeline more 99', { chatId });
    expect(far.reply.error).toBe(true);
    expect(far.text).toMatch(/no page 99/);
    const bad = await say(app, '/people banana', { chatId });
    expect(bad.reply.error).toBe(true);
    expect(bad.text).toContain('/people more');
  });
});

describe('help, start, library and digest replies', () => {
  it('/help is at most 900 characters, grouped by what people do; admin commands only for admins', async () => {
    for (const locale of ['en', 'ar']) {
      const user = await say(app, '/help', { locale });
      const admin = await say(app, '/help', { locale, userId: ADMIN });
      for (const r of [user, admin]) expect(r.text.length).toBeLessThanOrEqual(SCREEN);
      expect(user.text).not.toContain('/ingest');
      expect(admin.text).toContain('/ingest');
      expect(admin.text).toContain('/feeds');
    }
    const en = (await say(app, '/help', { userId: ADMIN })).text;
    const order = ['== Read a briefing ==', '/summary', '/who NAME', '== Follow the news ==', '/briefings', '/search WORDS', '== Admin ==', '/ingest'];
    const at = order.map((s) => en.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('/start is short: what mujaz is, three things to try, where the rest is', async () => {
    for (const locale of ['en', 'ar']) {
      const r = await say(app, '/start', { locale });
      expect(r.text.length).toBeLessThanOrEqual(450);
      expect(bullets(r.text)).toHaveLength(3);
      expect(r.text).toContain('/help');
    }
  });

  it('/briefings, /search and /digest page through a large library a screen at a time', async () => {
    const many = await chatApp();
    const base = parseArticle(readFileSync(join(ARTICLES, '02-opec.ar.txt'), 'utf8'));
    for (let i = 0; i < 14; i++) {
      await many.library.add({ ...base, id: `b-copy-${i}`, meta: { outlet: 'وكالة الأنباء', ingestedAt: new Date(Date.now() - i * 60_000).toISOString() } });
    }
    for (const cmd of ['/briefings', '/search أوبك', '/digest']) {
      const pages = await walk(many, cmd);
      expect(pages.length, cmd).toBeGreaterThan(1);
      for (const p of pages) expect(p.length, `${cmd}: ${p}`).toBeLessThanOrEqual(SCREEN);
    }
    const briefings = (await walk(many, '/briefings')).flatMap(bullets);
    expect(briefings).toHaveLength(15);
    expect(briefings.map((l) => Number(/^• (\d+)\./.exec(l)?.[1]))).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    const found = (await walk(many, '/search أوبك')).flatMap(bullets).filter((l) => /^• \d+\./.test(l));
    expect(found).toHaveLength(14);
  });
});
