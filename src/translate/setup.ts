/** The provider is optional: without MUJAZ_LLM_BASE_URL and MUJAZ_LLM_MODEL there is no translator. */
import type { Briefing } from '../briefing/types.ts';
import type { Config } from '../config.ts';
import type { TranslationCache } from './cache.ts';
import { ChatProvider } from './provider.ts';
import { Translator, type TranslatorOptions } from './translator.ts';

export function createTranslator(
  config: Pick<Config, 'MUJAZ_LLM_BASE_URL' | 'MUJAZ_LLM_API_KEY' | 'MUJAZ_LLM_MODEL' | 'MUJAZ_LLM_TIMEOUT_MS'>,
  cache: TranslationCache,
  withOverlay: (b: Briefing) => Briefing,
  opts: TranslatorOptions = {},
): Translator | null {
  if (!config.MUJAZ_LLM_BASE_URL || !config.MUJAZ_LLM_MODEL) return null;
  const provider = new ChatProvider({
    baseUrl: config.MUJAZ_LLM_BASE_URL,
    apiKey: config.MUJAZ_LLM_API_KEY,
    model: config.MUJAZ_LLM_MODEL,
    timeoutMs: config.MUJAZ_LLM_TIMEOUT_MS,
  });
  return new Translator(provider, cache, withOverlay, opts);
}
