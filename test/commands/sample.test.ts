/**
 * Every command on the bundled sample article, in both languages, through the real dispatcher
 * (no platform). What the parser must find is pinned by the sample's gold annotation.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { renderPlain } from '../../src/reply/render-text.ts';
import { msg, testApp } from '../helpers/app.ts';

const gold = JSON.parse(readFileSync(new URL('../fixtures/russia-iran-partnership.gold.json', import.meta.url), 'utf8')) as {
  people: { ar: string; en: string }[];
};

let app: App;
beforeAll(async () => {
  app = await testApp();
});

async function ask(text: string, lang: 'ar' | 'en', chatId = `chat-${lang}`): Promise<string> {
  await app.chats.setChat(`console:${chatId}`, { lang });
  const r = await app.dispatcher.handle(msg(text, { chatId }));
  expect(r).not.toBeNull();
  return renderPlain(r!);
}

const lines = (s: string) => s.split('\n').length;

describe('/start and /help', () => {
  it('lists the commands in English', async () => {
    const r = await ask('/help', 'en');
    for (const c of ['/summary', '/who', '/precedents', '/quotes', '/people', '/timeline', '/sources', '/lang']) expect(r).toContain(c);
    expect(r).toMatch(/briefing/i);
  });
  it('lists the commands in Arabic', async () => {
    const r = await ask('/start', 'ar');
    expect(r).toContain('/who');
    expect(r).toMatch(/موجز/);
    expect(r).toMatch(/الأوامر/);
  });
  it('answers the Arabic phrasing مساعدة', async () => {
    expect(await ask('مساعدة', 'ar')).toContain('/summary');
  });
});

describe('/summary', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`gives 3 to 5 points (${lang})`, async () => {
      const r = await ask('/summary', lang);
      const points = r.split('\n').filter((l) => l.startsWith('• '));
      expect(points.length).toBeGreaterThanOrEqual(3);
      expect(points.length).toBeLessThanOrEqual(5);
      expect(lines(r)).toBeLessThan(12);
    });
  }
  it('answers ملخص', async () => {
    expect(await ask('ملخص', 'ar')).toMatch(/الملخص/);
  });
});

describe('/who', () => {
  const cases: Array<[string, string, string]> = [
    ['araghchi', 'Abbas Araghchi', 'عباس عراقجي'],
    ['Pezeshkian', 'Pezeshkian', 'مسعود بزشكيان'],
    ['kozhanov', 'Ko', 'نيكولاي كوزانوف'],
    ['pothier', 'Fabrice', 'فابريس بوثييه'],
    ['putin', 'Vladimir Putin', 'فلاديمير بوتين'],
    ['عراقجي', 'Abbas Araghchi', 'عباس عراقجي'],
  ];
  for (const [q, en, ar] of cases) {
    it(`finds ${q} in English and in Arabic`, async () => {
      const e = await ask(`/who ${q}`, 'en');
      expect(e.split('\n')[0]).toContain(en);
      const a = await ask(`/who ${q}`, 'ar');
      expect(a.split('\n')[0]).toContain(ar);
    });
  }
  it("gives Araghchi's role in English", async () => {
    const r = await ask('/who araghchi', 'en');
    expect(r).toMatch(/Iran/);
    expect(r).toMatch(/diplomat|Foreign Minister/i);
    expect(lines(r)).toBeLessThan(14);
  });
  it("gives Putin's role and a quote of his", async () => {
    const r = await ask('/who putin', 'en');
    expect(r).toMatch(/President of Russia|Russian President/);
    expect(r).toMatch(/“/);
  });
  it('answers من هو عراقجي', async () => {
    expect((await ask('من هو عراقجي', 'ar')).split('\n')[0]).toContain('عباس عراقجي');
  });
  it('says not found, with the closest candidates', async () => {
    const r = await ask('/who merkel', 'en');
    expect(r).toMatch(/No one called “merkel”/);
    expect(r).toMatch(/Closest:/);
    const a = await ask('/who ميركل', 'ar');
    expect(a).toMatch(/لا أجد/);
  });
  it('asks for a name when none is given', async () => {
    expect(await ask('/who', 'en')).toMatch(/Give a name/);
    expect(await ask('/who   ', 'ar')).toMatch(/اكتب اسمًا/);
  });
  it('does not echo markup back as markup', async () => {
    const r = await ask('/who <b>x</b>', 'en');
    expect(r).toMatch(/No one called/);
  });
});

describe('/people', () => {
  it('lists every gold person, in English with English names', async () => {
    const r = await ask('/people', 'en');
    for (const p of ['Putin', 'Pezeshkian', 'Araghchi', 'Assad', 'Trump']) expect(r).toContain(p);
    expect(r).not.toMatch(/[\u0600-\u06FF]{3,}.*—/);
  });
  it('lists every gold person in Arabic', async () => {
    const r = await ask('/people', 'ar');
    for (const p of gold.people) expect(r).toContain(p.ar);
  });
});

describe('/quotes', () => {
  it('gives quotes with speakers (en), marking the Arabic original', async () => {
    // Statements the article attributes to the Wall Street Journal fill the first screen too.
    const r = (await ask('/quotes', 'en')) + (await ask('/quotes more', 'en'));
    expect(r).toMatch(/Putin/);
    expect(r).toMatch(/Ko[zh]+anov/);
    expect(r).toMatch(/Pothier|Bothi/);
  });
  it('gives quotes with speakers (ar)', async () => {
    const r = await ask('اقتباسات', 'ar');
    expect(r).toContain('هذا يمنحنا فرصة');
    expect(r).toContain('بوتين');
  });
});

describe('/precedents', () => {
  it('lists the past events the article cites (ar)', async () => {
    // (a reply shows four; the rest follow "more")
    const r = `${await ask('سوابق', 'ar')}\n${await ask('/precedents more', 'ar')}`;
    expect(r).toMatch(/2020/);
    expect(r).toMatch(/2023/);
    expect(r).toMatch(/سوريا/);
    expect(r).toMatch(/الطائرات المسيرة|الذخيرة/);
    expect(r).toMatch(/أُطيح بالأسد|اللجوء/);
    expect(r).toMatch(/شراكة استراتيجية/);
  });
  it('lists them in English replies too, with years (the rest of the list after "more")', async () => {
    const r = await ask('/precedents', 'en');
    expect(r).toMatch(/Precedents/);
    expect(r).toMatch(/more: \/precedents more/);
    expect(`${r}\n${await ask('/precedents more', 'en')}`).toMatch(/2020/);
  });
});

describe('/timeline and /sources', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`timeline (${lang})`, async () => {
      const r = await ask('/timeline', lang);
      expect(r.split('\n').length).toBeGreaterThan(1);
    });
    it(`sources (${lang}) name the Wall Street Journal`, async () => {
      const r = await ask('/sources', lang);
      expect(r).toMatch(lang === 'en' ? /Wall Street Journal/ : /وول ستريت جورنال/);
    });
  }
});

describe('/lang', () => {
  it('switches the language and remembers it for the chat', async () => {
    const r = await ask('/lang ar', 'en', 'switch');
    expect(r).toMatch(/بالعربية/);
    expect(app.chats.chat('console:switch').lang).toBe('ar');
    const next = await app.dispatcher.handle(msg('/summary', { chatId: 'switch' }));
    expect(renderPlain(next!)).toMatch(/الملخص/);
  });
  it('rejects an unknown language', async () => {
    expect(await ask('/lang fr', 'en', 'switch2')).toMatch(/\/lang ar/);
  });
});
