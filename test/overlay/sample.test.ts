/**
 * The embedded default: the bundled sample with its hand-written overlay answers fully in
 * English through the real app and dispatcher. If the parser's reading of the sample changes,
 * this says which overlay entries went stale (refresh with `mujaz review sample --template --force`).
 */
import { all } from '../helpers/store.ts';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { staleEntries } from '../../src/overlay/apply.ts';
import { review } from '../../src/overlay/review.ts';
import { OverlayStore } from '../../src/overlay/store.ts';
import { parseArticle } from '../../src/parser/index.ts';
import { renderPlain } from '../../src/reply/render-text.ts';
import { msg, testApp } from '../helpers/app.ts';
import { llmEnv, startFakeLlm } from '../helpers/fake-llm.ts';

const ARABIC = /[\u0600-\u06FF]/;
let app: App;

async function ask(text: string, lang: 'ar' | 'en' = 'en'): Promise<string> {
  await app.chats.setChat(`console:${lang}`, { lang });
  const r = await app.dispatcher.handle(msg(text, { chatId: lang }));
  expect(r).not.toBeNull();
  return renderPlain(r!);
}

beforeAll(async () => {
  app = await testApp();
});

describe('the sample overlay', () => {
  it('exists for the sample, is valid, and leaves no English missing', () => {
    const b = parseArticle(readFileSync('data/russia-iran-partnership.ar.txt', 'utf8'));
    const st = new OverlayStore('data/overlays', 0).state(b.id);
    expect(st.status).toBe('ok');
    if (st.status !== 'ok') return;
    expect(review(b, b, st).missing).toEqual([]);
    // Entries for items this parse does not find are allowed (a later parse may), but not many.
    expect(staleEntries(b, st.overlay).length).toBeLessThanOrEqual(3);
  });

  for (const cmd of ['/summary', '/quotes', '/precedents', '/timeline', '/people', '/sources'])
    it(`${cmd} answers fully in English, with no "Arabic original" or machine mark`, async () => {
      const r = await ask(cmd);
      expect(r).not.toMatch(ARABIC);
      expect(r).not.toMatch(/Arabic original|machine-translated/);
    });

  it('says the same of each person in Arabic and English: a "former" role is former in both (Assad, toppled last year in the article)', async () => {
    const b = (await all(app.library)).find((x) => x.meta.file)!;
    const formerEn = /\bformer\b|\bex-/i;
    const formerAr = /سابق/;
    for (const p of b.people) {
      expect({ who: p.name.en, former: formerAr.test(p.role.ar) }).toEqual({ who: p.name.en, former: formerEn.test(p.role.en) });
    }
    const assad = b.people.find((p) => p.name.en === 'Bashar al-Assad')!;
    expect(assad.role).toMatchObject({ ar: 'الرئيس السوري السابق', en: 'former President of Syria' });
  });

  it('uses the editors’ spelling of names and roles, and /who finds them', async () => {
    // (two screens: the statements the article attributes to the WSJ come first)
    const quotes = (await ask('/quotes')) + (await ask('/quotes more'));
    expect(quotes).toContain('Nikolay Kozhanov');
    expect(quotes).toContain('Fabrice Pothier');
    expect(quotes).toContain('There is really nothing to talk about');
    expect(await ask('/people')).toContain("Iran's top diplomat (Foreign Minister)");
    for (const [q, name] of [['kozhanov', 'Nikolay Kozhanov'], ['pothier', 'Fabrice Pothier'], ['Nikolai Kozhanov', 'Nikolay Kozhanov']] as const) {
      const r = await ask(`/who ${q}`);
      expect(r.split('\n')[0]).toContain(name);
      // The card's quote and sentences are English too (the Arabic name in brackets is meant).
      expect(r.replace(/\([^)]*\)/g, '')).not.toMatch(ARABIC);
    }
  });

  it('leaves Arabic replies as the article wrote them', async () => {
    const r = await ask('/quotes', 'ar');
    expect(r).toContain('ليس هناك ما يمكن الحديث عنه حقاً');
    expect(r).not.toMatch(/nothing to talk about/);
  });

  it('keeps the stored briefing pristine (the overlay is only a view)', async () => {
    const id = (await app.library.latest())!.id;
    expect((await app.library.getRaw(id))!.quotes.every((q) => q.textEn === '')).toBe(true);
    expect((await app.library.get(id))!.quotes.every((q) => q.textEn !== '')).toBe(true);
  });

  it('leaves nothing for a translation provider to do', async () => {
    const fake = await startFakeLlm();
    try {
      const withProvider = await testApp({ env: llmEnv(fake) });
      expect(withProvider.library.latest()).toBeDefined();
      expect(fake.requests).toHaveLength(0);
    } finally {
      await fake.close();
    }
  });
});
