/**
 * Ingest with the translation provider: what is asked, what is cached, what replies show, and
 * that no provider failure ever stops a briefing from being stored.
 */
import { data, all } from '../helpers/store.ts';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { App } from '../../src/app.ts';
import { ingestText } from '../../src/library/ingest-text.ts';
import { setLogLevel } from '../../src/log.ts';
import { renderPlain } from '../../src/reply/render-text.ts';
import { memoryStore } from '../../src/store/open.ts';
import { msg, testApp } from '../helpers/app.ts';
import { FAKE_SUMMARY, fakeTranslation, llmEnv, startFakeLlm, type FakeLlm, type FakeMode } from '../helpers/fake-llm.ts';
import { batch } from '../../src/translate/translator.ts';
import { itemKeys } from '../../src/overlay/ids.ts';
import { parseArticle } from '../../src/parser/index.ts';
import { TranslationCache } from '../../src/translate/cache.ts';
import { createTranslator } from '../../src/translate/setup.ts';

const SAMPLE = readFileSync('data/russia-iran-partnership.ar.txt', 'utf8');
const SHORT = 'قال الرئيس الفرنسي إيمانويل ماكرون يوم الثلاثاء: "سنواصل دعم أوكرانيا حتى النهاية". وكانت فرنسا قد أرسلت مساعدات عسكرية في عام 2022.';

let fake: FakeLlm;
/** No overlays here: the provider is what fills the English in. */
const emptyOverlays = () => mkdtempSync(join(tmpdir(), 'mujaz-ov-'));

beforeAll(async () => {
  fake = await startFakeLlm();
});
afterAll(() => fake.close());
afterEach(() => {
  fake.mode = 'ok';
  vi.restoreAllMocks();
  setLogLevel('silent');
});

async function app(mode: FakeMode = 'ok', store = memoryStore()): Promise<App> {
  fake.mode = mode;
  return testApp({ store, sample: false, env: llmEnv(fake, { MUJAZ_OVERLAY_DIR: emptyOverlays() }) });
}

async function ask(a: App, text: string, lang: 'ar' | 'en' = 'en'): Promise<string> {
  await a.chats.setChat('console:c1', { lang });
  return renderPlain((await a.dispatcher.handle(msg(text)))!);
}

/** Warnings written by src/log.ts while `fn` runs. */
async function warnings(fn: () => Promise<unknown>): Promise<string[]> {
  setLogLevel('warn');
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await fn();
  } finally {
    setLogLevel('silent');
  }
  const lines = spy.mock.calls.map((c) => String(c[0])).filter((l) => / WARN /.test(l));
  spy.mockRestore();
  return lines;
}

describe('successful translation at ingest', () => {
  it('asks once for every missing English text and the summary, then replies in English marked machine-translated', async () => {
    const a = await app();
    const before = fake.requests.length;
    const r = await ingestText(a.library, SAMPLE, { file: 'sample' });
    expect(r.status).toBe('added');
    expect(fake.requests.length - before).toBe(1);
    const req = fake.requests.at(-1)!.request;
    expect(req.from).toBe('Arabic');
    expect(req.to).toBe('English');
    expect(req.article).toContain('الكرملين');
    const asked = req.texts!.map((t) => t.text);
    expect(asked.some((t) => t.startsWith('هذا يمنحنا فرصة'))).toBe(true);
    // English the parser already gave (names, known roles) is not asked again.
    expect(asked).not.toContain('الرئيس الروسي');

    const summary = await ask(a, '/summary');
    for (const p of FAKE_SUMMARY.en) expect(summary).toContain(p);
    expect(summary).toMatch(/machine-translated/);
    expect(summary).not.toMatch(/Arabic original/);

    const quotes = await ask(a, '/quotes');
    expect(quotes).toContain(fakeTranslation('هذا يمنحنا فرصة.. للتفكير معاً في كيفية الخروج من هذا الوضع'));
    expect(quotes).not.toMatch(/Arabic original/);
    expect(quotes.match(/machine-translated/g)).toHaveLength(1);

    // The stored briefing stays the parser's own output: translations live in the cache.
    expect((await a.library.getRaw(r.briefing.id))!.quotes[0]!.textEn).toBe('');
    expect(Object.keys(data(a.store).translations).length).toBeGreaterThan(5);
  });

  it('leaves Arabic replies as they were', async () => {
    const a = await app();
    await ingestText(a.library, SAMPLE, {});
    const r = await ask(a, '/quotes', 'ar');
    expect(r).toContain('هذا يمنحنا فرصة');
    expect(r).not.toMatch(/ترجمة آلية|\[English\]/);
  });

  it('makes no request on a second ingest, nor in a new process on the same data (cache hit)', async () => {
    const store = memoryStore();
    const a = await app('ok', store);
    await ingestText(a.library, SHORT, {});
    const n = fake.requests.length;
    await ingestText(a.library, SHORT, {});
    expect(fake.requests.length).toBe(n);
    const b = await app('ok', store);
    await ingestText(b.library, SHORT, {});
    expect(fake.requests.length).toBe(n);
    // The same quote inside another article is not translated again either.
    await ingestText(b.library, `${SHORT}\nوأضاف ماكرون أن الحرب طويلة.`, {});
    const last = fake.requests.at(-1)!.request;
    expect(fake.requests.length).toBe(n + 1);
    expect(last.texts!.map((t) => t.text)).not.toContain('سنواصل دعم أوكرانيا حتى النهاية');
  });

  it('accepts a reply that leaves parts out, caching what came back', async () => {
    const a = await app('partial');
    const n = fake.requests.length;
    const { briefing } = await ingestText(a.library, SHORT, {});
    expect(fake.requests.length).toBe(n + 1);
    const asked = fake.requests.at(-1)!.request.texts!;
    expect(asked.length).toBeGreaterThan(1);
    // The summary and text 2 were left out: asking again asks for just those.
    const again = await a.services.translator!.translate(briefing);
    expect(again.requests).toBe(1);
    expect(fake.requests.at(-1)!.request.texts!.map((t) => t.text)).toEqual([asked[1]!.text]);
    expect(fake.requests.at(-1)!.request.article).toBeTruthy();
    expect(again.missing).toBe(1); // the summary, left out again
    // No English summary: an English gist generated from the parse, then the Arabic points.
    expect(await ask(a, '/summary')).toMatch(/generated from the Arabic[\s\S]*Arabic points:\n• [\u0600-\u06FF]/);
  });
});

describe('provider failures never block ingest', () => {
  const modes: FakeMode[] = ['malformed', 'wrong-shape', 'hang', '401', '429', 'refusal'];
  for (const mode of modes)
    it(`${mode}: the briefing is stored untranslated, the failure logged once, and translate fills it in later`, async () => {
      const a = await app(mode);
      let r1: Awaited<ReturnType<typeof ingestText>> | undefined;
      const n = fake.requests.length;
      const logged = await warnings(async () => {
        await ingestText(a.library, SAMPLE, {}, { now: new Date('2025-06-01T00:00:00Z') });
        // Right after a failure, the next ingest does not wait on the provider (nor log again).
        const t0 = Date.now();
        r1 = await ingestText(a.library, SHORT, {}, { now: new Date('2025-06-02T00:00:00Z') });
        expect(Date.now() - t0).toBeLessThan(300);
      });
      expect(fake.requests.length).toBe(n + 1);
      expect(r1!.status).toBe('added');
      expect((await a.library.latest())!.id).toBe(r1!.briefing.id);
      expect((await all(a.library))).toHaveLength(2);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatch(/translation provider failed/);
      expect(logged[0]).toMatch(/npm run mujaz -- translate/);
      expect(Object.keys(data(a.store).translations)).toHaveLength(0);
      expect(await ask(a, '/quotes')).toMatch(/Arabic original/);

      fake.mode = 'ok';
      expect((await a.services.translator!.translate(r1!.briefing)).status).toBe('paused');
      const later = await a.services.translator!.translate(r1!.briefing, { force: true });
      expect(later.status).toBe('translated');
      expect(await ask(a, '/quotes')).toContain(fakeTranslation('سنواصل دعم أوكرانيا حتى النهاية'));
    });
});

describe('precedence: overlay > provider > original', () => {
  it('shows the editor’s text where there is one, provider text elsewhere, and never asks for what editors wrote', async () => {
    const dir = emptyOverlays();
    const b = parseArticle(SAMPLE);
    const k = itemKeys(b);
    const iPutin = b.quotes.findIndex((q) => q.text.startsWith('ليس هناك'));
    writeFileSync(join(dir, `${b.id}.json`), JSON.stringify({ quotes: { [k.quotes[iPutin]!]: { en: 'There is really nothing to talk about' } } }));
    fake.mode = 'ok';
    const a = await testApp({ sample: false, env: llmEnv(fake, { MUJAZ_OVERLAY_DIR: dir }) });
    await ingestText(a.library, SAMPLE, {});
    const asked = fake.requests.at(-1)!.request.texts!.map((t) => t.text);
    expect(asked).not.toContain(b.quotes[iPutin]!.text);
    const quotes = await ask(a, '/quotes');
    expect(quotes).toContain('There is really nothing to talk about');
    expect(quotes).toContain(fakeTranslation(b.quotes[0]!.text));
    expect(quotes).toMatch(/machine-translated/);
    expect(quotes).not.toMatch(/Arabic original/);
    // Once editors cover every quote, the reply carries no machine mark at all.
    const all = Object.fromEntries(b.quotes.map((q, i) => [k.quotes[i]!, { en: `Editor ${i}` }]));
    writeFileSync(join(dir, `${b.id}.json`), JSON.stringify({ quotes: all }));
    const b2 = await testApp({ sample: false, store: a.store, env: llmEnv(fake, { MUJAZ_OVERLAY_DIR: dir }) });
    const q2 = await ask(b2, '/quotes');
    expect(q2).toContain('Editor 0');
    expect(q2).not.toMatch(/machine-translated|\[English\]/);
  });
});

describe('pause after a failure', () => {
  it('skips the provider for a while, honours Retry-After, and asks again afterwards', async () => {
    const store = memoryStore();
    let now = Date.parse('2025-06-24T12:00:00Z');
    const cache = new TranslationCache(store);
    const t = createTranslator(
      { MUJAZ_LLM_BASE_URL: fake.url, MUJAZ_LLM_MODEL: 'm', MUJAZ_LLM_API_KEY: undefined, MUJAZ_LLM_TIMEOUT_MS: 2000 },
      cache,
      (b) => b,
      { pauseMs: 5000, now: () => new Date(now) },
    )!;
    const b = parseArticle(SHORT);
    fake.mode = '429'; // Retry-After: 20 s, longer than pauseMs
    expect((await t.translate(b)).status).toBe('failed');
    fake.mode = 'ok';
    now += 10_000;
    expect((await t.translate(b)).status).toBe('paused');
    now += 11_000;
    expect((await t.translate(b)).status).toBe('translated');
  });
});

describe('batch', () => {
  it('cuts texts into runs under the size limit, a long text alone', () => {
    expect(batch(['aaa', 'bbb', 'cccccccc', 'd'], 6)).toEqual([['aaa', 'bbb'], ['cccccccc'], ['d']]);
    expect(batch([], 6)).toEqual([]);
  });
});

describe('without a provider', () => {
  it('ingests without asking anything and has no translator service', async () => {
    const a = await testApp({ sample: false, env: { MUJAZ_OVERLAY_DIR: emptyOverlays() } });
    const n = fake.requests.length;
    await ingestText(a.library, SHORT, {});
    expect(fake.requests.length).toBe(n);
    expect(a.services.translator).toBeUndefined();
  });
});


describe('English articles', () => {
  const EN = `French President Emmanuel Macron said on Tuesday that Europe would keep supporting Ukraine. "We will stand with Ukraine until the end," Macron told reporters in Paris.\nIn 2022, France sent Caesar howitzers to Kyiv.`;

  it('get their Arabic from the provider, marked in Arabic replies only', async () => {
    const a = await app();
    await ingestText(a.library, EN, {});
    const req = fake.requests.at(-1)!.request;
    expect(req.from).toBe('English');
    expect(req.to).toBe('Arabic');
    const ar = await ask(a, '/quotes', 'ar');
    expect(ar).toContain(fakeTranslation('We will stand with Ukraine until the end', 'Arabic'));
    expect(ar).toContain('ترجمة آلية');
    const summary = await ask(a, '/summary', 'ar');
    for (const p of FAKE_SUMMARY.ar) expect(summary).toContain(p);
    const en = await ask(a, '/quotes', 'en');
    expect(en).toContain('We will stand with Ukraine until the end');
    expect(en).not.toMatch(/machine-translated|\[Arabic\]/);
  });
});
