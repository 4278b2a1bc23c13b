import { all } from '../helpers/store.ts';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp, ensureBundledArticle, type App } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { foldSearch, searchLibrary } from '../../src/ingest/search.ts';
import { ingesterFor } from '../../src/ingest/service.ts';
import { setLogLevel } from '../../src/log.ts';
import { memoryStore } from '../../src/store/open.ts';

setLogLevel('silent');
const FIX = join(import.meta.dirname, '..', 'fixtures', 'web');

describe('foldSearch', () => {
  it('folds alef forms, ta marbuta, alef maqsura, diacritics and tatweel', async () => {
    expect(foldSearch('إيـــران')).toBe('ايران');
    expect(foldSearch('آمِنَةٌ')).toBe('امنه');
    expect(foldSearch('مستشفى')).toBe(foldSearch('مستشفي'));
    expect(foldSearch('Erdoğan, TEHRAN!')).toBe('erdogan tehran');
  });

  it('finds a year typed in either digit set, and Persian or Turkish spellings', async () => {
    expect(foldSearch('عام ٢٠٢٣')).toBe(foldSearch('عام 2023'));
    expect(foldSearch('پزشکیان')).toBe(foldSearch('پزشكيان'));
    expect(foldSearch('Kılıçdaroğlu')).toBe('kilicdaroglu');
  });
});

describe('searchLibrary', () => {
  let app: App;
  let titles: string[] = [];
  const titleOf = (n: number) => titles[n - 1]!;

  beforeAll(async () => {
    app = await createApp(parseConfig({}), { store: memoryStore() });
    await ensureBundledArticle(app);
    const ing = ingesterFor(app.services);
    for (const f of ['article-en.html', 'article-ar.html', 'article-ar-2.txt']) {
      expect((await ing.fromFile(join(FIX, f))).status).toBe('added');
    }
    titles = (await all(app.library)).map((b) => b.title.ar || b.title.en);
  });

  it('finds Arabic words whatever their spelling variant or prefix', async () => {
    for (const q of ['مدينة', 'مدينه', 'المدينة']) {
      const hits = (await searchLibrary(app.library, q)).briefings.map((h) => titleOf(h.n));
      expect(hits).toContain('افتتاح محطة تحلية جديدة في مدينة الرمال');
    }
    // "إيران" with hamza, without, and stretched with tatweel all find the bundled article (which has وإيران, لإيران...).
    const forms = await Promise.all(['إيران', 'ايران', 'إيـــران'].map(async (q) => (await searchLibrary(app.library, q)).briefings.map((h) => h.briefing.id)));
    expect(forms[0]!.length).toBeGreaterThan(0);
    expect(forms[1]).toEqual(forms[0]);
    expect(forms[2]).toEqual(forms[0]);
  });

  it('needs every word, and ranks title hits first', async () => {
    const r = (await searchLibrary(app.library, 'strike wage'));
    expect(r.briefings.map((h) => titleOf(h.n))).toEqual(['Port workers end strike after wage deal']);
    expect((await searchLibrary(app.library, 'strike desalination')).briefings).toHaveLength(0);
    expect((await searchLibrary(app.library, 'xyzzy')).briefings).toHaveLength(0);
  });

  it('finds people in both scripts, with the briefing they are in', async () => {
    const ar = (await searchLibrary(app.library, 'عراقجي')).people;
    const en = (await searchLibrary(app.library, 'araghchi')).people;
    expect(ar[0]?.person.name.ar).toBe('عباس عراقجي');
    expect(en[0]?.person.id).toBe(ar[0]?.person.id);
    expect(en[0]?.briefing.meta.file).toContain('russia-iran-partnership');
    const haddad = (await searchLibrary(app.library, 'haddad'));
    expect(haddad.people[0]?.person.name.ar).toBe('سليم الحداد');
    expect(titleOf(haddad.briefings[0]!.n)).toBe('افتتاح محطة تحلية جديدة في مدينة الرمال');
  });

  it('ignores one-letter words and an empty query', async () => {
    expect((await searchLibrary(app.library, '  a  ')).briefings).toHaveLength(0);
    expect((await searchLibrary(app.library, '')).people).toHaveLength(0);
  });
});
