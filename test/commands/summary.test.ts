/**
 * /summary: 3 clean points within 600 characters, up to 5 on request, and an English gist on an
 * Arabic article that has no English summary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUMMARY_LIMITS, summaryReplyBlocks, wantsMore } from '../../commands/summary.ts';
import type { App } from '../../src/app.ts';
import type { Briefing } from '../../src/briefing/types.ts';
import { parseArticle } from '../../src/parser/index.ts';
import { renderPlain } from '../../src/reply/render-text.ts';
import { reply } from '../../src/reply/model.ts';
import { msg, testApp } from '../helpers/app.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'articles');
const articles = readdirSync(DIR).filter((f) => f.endsWith('.ar.txt')).map((f) => parseArticle(readFileSync(join(DIR, f), 'utf8')));
const render = (b: Briefing, lang: 'ar' | 'en', more = false) => renderPlain(reply(lang, summaryReplyBlocks(b, lang, more)));
const bullets = (s: string) => s.split('\n').filter((l) => l.startsWith('• ')).map((l) => l.slice(2));

describe('/summary points', () => {
  it('gives 3 points in at most 600 characters by default', () => {
    for (const b of articles) {
      const r = render(b, 'ar');
      expect(r.length).toBeLessThanOrEqual(SUMMARY_LIMITS.default.chars);
      expect(bullets(r).length).toBeLessThanOrEqual(3);
      expect(bullets(r).length).toBeGreaterThanOrEqual(Math.min(3, b.summary.ar.length) - 1);
    }
  });

  it('ends every point at a sentence or clause end, never "…" and never inside a quotation', () => {
    for (const b of articles)
      for (const p of bullets(render(b, 'ar', true))) {
        expect(p.endsWith('…')).toBe(false);
        expect(p).toMatch(/[.!؟?"»”)]$/u);
        expect((p.match(/"/g) ?? []).length % 2).toBe(0);
        expect((p.match(/«/g) ?? []).length).toBe((p.match(/»/g) ?? []).length);
      }
  });

  it('gives more points with "more", up to 5', () => {
    const b = articles.find((x) => x.summary.ar.length >= 5)!;
    expect(bullets(render(b, 'ar', true)).length).toBeGreaterThan(bullets(render(b, 'ar')).length);
    expect(bullets(render(b, 'ar', true)).length).toBeLessThanOrEqual(SUMMARY_LIMITS.more.points);
  });

  it('understands "more" in English and Arabic', () => {
    for (const a of ['more', 'MORE', 'المزيد', 'مزيد', 'أكثر', 'مفصل']) expect(wantsMore(a)).toBe(true);
    for (const a of ['', 'please', 'الآن']) expect(wantsMore(a)).toBe(false);
  });
});

describe('/summary in English on an Arabic article', () => {
  it('opens with English sentences generated from the parse, labelled, then the Arabic points', () => {
    for (const b of articles) {
      expect(b.summary.en).toEqual([]);
      const r = render(b, 'en');
      const lines = bullets(r);
      expect(lines[0]).toMatch(/^A news report\b.*\.$/);
      expect(lines.filter((l) => /^[A-Z][A-Za-z0-9 ,.'’()\-–&;:%]+$/.test(l)).length).toBeGreaterThanOrEqual(1);
      expect(r).toContain('Gist generated from the Arabic, not a translation');
      expect(r).toMatch(/Arabic points:\n• [\u0600-\u06FF]/);
      expect(r.length).toBeLessThanOrEqual(SUMMARY_LIMITS.default.chars);
    }
  });

  it('still gives the gist when the English there is covers none of the points shown', () => {
    const b = articles.find((x) => x.summary.ar.length >= 5)!;
    const en = b.summary.ar.map((_, i) => (i >= 3 ? `English point ${i + 1}.` : ''));
    const r = render({ ...b, summary: { ar: b.summary.ar, en } }, 'en');
    expect(r).toContain('Gist generated from the Arabic');
    expect(bullets(r)[0]).toMatch(/^A news report/);
  });

  it('shows a provider’s or editor’s English instead of the gist when there is one', () => {
    const b = articles[0]!;
    const en = b.summary.ar.map((_, i) => `English point ${i + 1}.`);
    const r = render({ ...b, summary: { ar: b.summary.ar, en, machine: 'en' } }, 'en');
    expect(r).not.toContain('Gist generated');
    expect(bullets(r)).toEqual(en.slice(0, 3));
  });
});

describe('/summary budget with translated and original points mixed', () => {
  it('cuts each point by its own language and keeps 3 points within 600 characters', () => {
    const b = articles.find((x) => x.summary.ar.length >= 3)!;
    const long = `After a long meeting in the capital on Sunday, the minister announced a new plan for the ports, ${'which officials said would take years to finish and cost far more than planned, '.repeat(3)}officials said.`;
    const en = [long, '', long];
    const r = render({ ...b, summary: { ar: b.summary.ar, en: [...en, ...b.summary.ar.slice(3).map(() => '')] } }, 'en');
    expect(r.length).toBeLessThanOrEqual(600);
    const ps = bullets(r);
    expect(ps.length).toBe(3);
    expect(ps[0]).toMatch(/^After a long meeting in the capital on Sunday, the minister announced a new plan for the ports\./);
    expect(ps[1]).toMatch(/[\u0600-\u06FF]/);
    expect(r).toContain('Arabic original, not yet translated');
  });
});

describe('/summary through the dispatcher', () => {
  let app: App;
  beforeAll(async () => {
    app = await testApp();
  });
  const ask = async (text: string) => {
    await app.chats.setChat('console:sum', { lang: 'ar' });
    return renderPlain((await app.dispatcher.handle(msg(text, { chatId: 'sum' })))!);
  };
  it('takes "/summary more" and "ملخص المزيد" for the longer summary', async () => {
    const short = bullets(await ask('/summary')).length;
    expect(bullets(await ask('/summary more')).length).toBeGreaterThan(short);
    expect(bullets(await ask('ملخص المزيد')).length).toBeGreaterThan(short);
  });
});
