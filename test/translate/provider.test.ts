import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatProvider, parseCompletion, ProviderError, retryAfterMs, unfence, type ProviderFailure } from '../../src/translate/provider.ts';
import { startFakeLlm, type FakeLlm, type FakeMode } from '../helpers/fake-llm.ts';

let fake: FakeLlm;
let provider: ChatProvider;

beforeAll(async () => {
  fake = await startFakeLlm();
  provider = new ChatProvider({ baseUrl: `${fake.url}/`, apiKey: 'sk-test', model: 'fake-model', timeoutMs: 300 });
});
afterAll(() => fake.close());

const ask = () => provider.json([{ role: 'user', content: JSON.stringify({ from: 'Arabic', to: 'English', texts: [{ id: '1', text: 'مرحبا' }] }) }]);

async function failure(mode: FakeMode): Promise<ProviderError> {
  fake.mode = mode;
  const e = await ask().then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ProviderError);
  return e as ProviderError;
}

describe('ChatProvider against a fake OpenAI-compatible server', () => {
  it('posts model, messages, bearer key and a JSON response format, and returns the parsed object', async () => {
    fake.mode = 'ok';
    const r = (await ask()) as { translations: { id: string; text: string }[] };
    expect(r.translations[0]).toEqual({ id: '1', text: '[English] مرحبا' });
    const req = fake.requests.at(-1)!;
    expect(req.authorization).toBe('Bearer sk-test');
    expect(req.body.model).toBe('fake-model');
    expect(req.body.response_format).toEqual({ type: 'json_object' });
  });

  it('accepts JSON wrapped in a Markdown fence', async () => {
    fake.mode = 'fenced';
    expect(await ask()).toHaveProperty('translations');
  });

  const cases: Array<[FakeMode, ProviderFailure, RegExp]> = [
    ['401', 'auth', /401.*MUJAZ_LLM_API_KEY/],
    ['429', 'rate-limited', /429.*retry after 20s/],
    ['500', 'http', /HTTP 500/],
    ['malformed', 'malformed', /not a JSON object/],
    ['refusal', 'refusal', /refused: I'm sorry/],
    ['hang', 'timeout', /300 ms/],
  ];
  for (const [mode, kind, message] of cases)
    it(`turns ${mode} into a "${kind}" failure`, async () => {
      const e = await failure(mode);
      expect(e.kind).toBe(kind);
      expect(e.message).toMatch(message);
      if (kind === 'rate-limited') expect(e.retryAfterMs).toBe(20_000);
    });

  it('reports an unreachable endpoint as a network failure', async () => {
    const dead = new ChatProvider({ baseUrl: 'http://127.0.0.1:1/v1', model: 'm', timeoutMs: 2000 });
    await expect(dead.json([])).rejects.toMatchObject({ kind: 'network' });
  });
});

describe('parseCompletion', () => {
  it('rejects bodies without choices, empty content, a content filter and cut-off replies', () => {
    expect(() => parseCompletion('{}')).toThrow(/no choices/);
    expect(() => parseCompletion(JSON.stringify({ choices: [{ message: { content: '' } }] }))).toThrow(/empty/);
    expect(() => parseCompletion(JSON.stringify({ choices: [{ message: { content: '{}' }, finish_reason: 'content_filter' }] }))).toThrow(/content filter/);
    expect(() => parseCompletion(JSON.stringify({ choices: [{ message: { content: '{"a":' }, finish_reason: 'length' }] }))).toThrow(/cut off/);
    expect(() => parseCompletion('<html>')).toThrow(/not JSON/);
  });
  it('unfences only a whole fenced block', () => {
    expect(unfence('```json\n{"a":1}\n```')).toBe('{"a":1}');
    expect(unfence('{"a":"```"}')).toBe('{"a":"```"}');
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, and ignores junk', () => {
    expect(retryAfterMs('20')).toBe(20_000);
    expect(retryAfterMs('Tue, 24 Jun 2025 12:00:30 GMT', Date.parse('2025-06-24T12:00:00Z'))).toBe(30_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
