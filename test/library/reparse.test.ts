import { all } from '../helpers/store.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/briefing/types.ts';
import { ingesterFor } from '../../src/ingest/service.ts';
import { ingestText } from '../../src/library/ingest-text.ts';
import { PARSER_VERSION, parseArticle } from '../../src/parser/index.ts';
import { chatApp, say, ADMIN } from '../ingest/chat-app.ts';
import { startFakeWeb, type FakeWeb } from '../helpers/fake-web.ts';

const ARTICLE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'articles', '02-opec.ar.txt'), 'utf8');

/** What an older parser left in the store: same article (same id), a poorer parse, an older version. */
function staleParse(b: Briefing): Briefing {
  return { ...b, parserVersion: PARSER_VERSION - 1, people: [], quotes: [], summary: { ar: ['نقطة قديمة'], en: [] } };
}

describe('re-ingesting after a parser change', () => {
  it('replaces a briefing stored by an older parser, and says "unchanged" only once the parse is current', async () => {
    const app = await chatApp();
    const fresh = parseArticle(ARTICLE);
    await app.library.add(staleParse(fresh));
    expect((await app.library.get(fresh.id))!.people).toEqual([]);

    const again = await ingestText(app.library, ARTICLE);
    expect(again.status).toBe('updated');
    const stored = (await app.library.get(fresh.id))!;
    expect(stored.parserVersion).toBe(PARSER_VERSION);
    expect(stored.people.length).toBe(fresh.people.length);
    expect(stored.people.length).toBeGreaterThan(0);
    expect(stored.summary.ar).toEqual(fresh.summary.ar);

    expect((await ingestText(app.library, ARTICLE)).status).toBe('unchanged');
    expect((await all(app.library)).filter((b) => b.id === fresh.id)).toHaveLength(1);
  });

  it('in chat: /ingest of the same text after a parser change answers "Updated", then "Already in the library"', async () => {
    const app = await chatApp();
    await app.library.add(staleParse(parseArticle(ARTICLE)));
    const first = await say(app, `/ingest ${ARTICLE}`, { userId: ADMIN });
    expect(first.text).toMatch(/^Updated #\d+: /);
    const second = await say(app, `/ingest ${ARTICLE}`, { userId: ADMIN });
    expect(second.text).toMatch(/^Already in the library, nothing changed/);
  });
});

describe('re-ingesting a known page', () => {
  let web: FakeWeb;
  beforeAll(async () => {
    web = await startFakeWeb();
  });
  afterAll(() => web.close());

  it('is not fetched again while its parse is current, and is fetched and re-parsed when it is stale', async () => {
    const app = await chatApp();
    const ingester = ingesterFor(app.services);
    const url = web.url('/articles/port-strike.html');
    const first = await ingester.fromUrl(url);
    expect(first.status).toBe('added');
    const hits = web.hits.length;
    expect((await ingester.fromUrl(url)).status).toBe('unchanged');
    expect(web.hits.length).toBe(hits);

    const id = first.briefing!.id;
    // A store an older parser left behind (stored parses are never downgraded): the same page,
    // a poorer parse.
    const old = await chatApp();
    await old.library.add(staleParse(first.briefing!));
    const again = await ingesterFor(old.services).fromUrl(url);
    expect(again.status).toBe('updated');
    expect(web.hits.length).toBe(hits + 1);
    expect((await old.library.get(id))!.parserVersion).toBe(PARSER_VERSION);
    expect((await old.library.get(id))!.people.length).toBeGreaterThan(0);
  });
});
