import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { memoryStore } from '../../src/store/open.ts';
import { TranslationCache } from '../../src/translate/cache.ts';
import { createTranslator } from '../../src/translate/setup.ts';

const make = (env: Record<string, string>) => createTranslator(parseConfig(env), new TranslationCache(memoryStore()), (b) => b);

describe('translation provider configuration', () => {
  it('is off unless a base URL and a model are set; an empty .env value means unset', () => {
    expect(make({})).toBeNull();
    expect(make({ MUJAZ_LLM_BASE_URL: '', MUJAZ_LLM_MODEL: '', MUJAZ_LLM_API_KEY: '', MUJAZ_LLM_TIMEOUT_MS: '' })).toBeNull();
    const t = make({ MUJAZ_LLM_BASE_URL: 'http://127.0.0.1:8080/v1', MUJAZ_LLM_MODEL: 'local' });
    expect(t?.provider.opts).toMatchObject({ baseUrl: 'http://127.0.0.1:8080/v1', model: 'local', timeoutMs: 30_000, apiKey: undefined });
  });

  it('names what is missing or wrong', () => {
    expect(() => parseConfig({ MUJAZ_LLM_BASE_URL: 'http://x/v1' })).toThrow(/MUJAZ_LLM_MODEL: is required/);
    expect(() => parseConfig({ MUJAZ_LLM_MODEL: 'm', MUJAZ_LLM_API_KEY: 'k' })).toThrow(/MUJAZ_LLM_BASE_URL: is required/);
    expect(() => parseConfig({ MUJAZ_LLM_BASE_URL: 'nope', MUJAZ_LLM_MODEL: 'm' })).toThrow(/MUJAZ_LLM_BASE_URL/);
    expect(() => parseConfig({ MUJAZ_LLM_TIMEOUT_MS: '10' })).toThrow(/MUJAZ_LLM_TIMEOUT_MS/);
  });
});
