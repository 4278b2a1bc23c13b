/** English articles in Arabic script: people carry learned Arabic spellings, and /who finds them from Arabic. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { arabiseCandidates } from '../../src/names/index.ts';
import { all } from '../helpers/store.ts';
import { chatAppWith, say } from '../ingest/chat-app.ts';

const ARTICLES = join(import.meta.dirname, '..', 'fixtures', 'articles');
let app: App;

beforeAll(async () => {
  app = await chatAppWith([join(ARTICLES, '09-central-bank.en.txt')]);
  const n = (await all(app.library)).findIndex((b) => b.meta.file?.includes('09-central-bank')) + 1;
  await say(app, `/use ${n}`, { chatId: 'en-ar' });
});

describe('/who in Arabic script on an English article', () => {
  it('finds the person from their best Arabic spelling and from a runner-up spelling', async () => {
    const best = arabiseCandidates('Varga', 5);
    for (const q of [best[0]!, best[1]!]) {
      const r = (await say(app, `/who ${q}`, { chatId: 'en-ar', locale: 'ar' })).text;
      expect(r, q).toContain('== ' + ['Tomas', 'Varga'].map((w) => arabiseCandidates(w, 1)[0]).join(' ') + ' ==');
      expect(r, q).toContain('(Tomas Varga)');
      expect(r, q).not.toContain('إيلينا');
    }
  });

  it('the English card shows the Arabic name beside the English one', async () => {
    const r = (await say(app, '/who Markovic', { chatId: 'en-ar' })).text;
    expect(r).toContain('Elena Marković');
    expect(r).toContain('(' + ['Elena', 'Marković'].map((w) => arabiseCandidates(w, 1)[0]).join(' ') + ')');
  });

  it('a name the article does not hold is not found', async () => {
    const r = (await say(app, '/who نتنياهو', { chatId: 'en-ar', locale: 'ar' })).text;
    expect(r).toContain('لا أجد «نتنياهو»');
    expect(r).not.toContain('==');
  });
});
