import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../src/store/open.ts';
import { summaryKey, textKey, TranslationCache, TRANSLATIONS } from '../../src/translate/cache.ts';

describe('TranslationCache', () => {
  it('keys a text by its words and the language pair', () => {
    expect(textKey('ar', 'en', 'قال  بوتين\n')).toBe(textKey('ar', 'en', 'قال بوتين'));
    expect(textKey('ar', 'en', 'x')).not.toBe(textKey('en', 'ar', 'x'));
    expect(summaryKey('a b')).not.toBe(textKey('ar', 'en', 'a b'));
  });

  it('returns what was put, and bumps its version on every write', async () => {
    const c = new TranslationCache(memoryStore());
    const v = c.version;
    await c.put({ [textKey('ar', 'en', 'مرحبا')]: { kind: 'text', from: 'ar', to: 'en', text: 'Hello', model: 'm', at: 'now' } });
    expect(c.version).toBe(v + 1);
    expect(c.text('ar', 'en', ' مرحبا ')).toBe('Hello');
    expect(c.text('en', 'ar', 'مرحبا')).toBeUndefined();
  });

  it('skips hand-damaged entries instead of showing them', () => {
    const store = memoryStore();
    const key = textKey('ar', 'en', 'مرحبا');
    void store.write([
      { section: TRANSLATIONS.name, key, value: { kind: 'text', from: 'ar', to: 'en', text: 42 } },
      { section: TRANSLATIONS.name, key: summaryKey('article'), value: { kind: 'summary', ar: [], en: ['x'] } },
    ]);
    const c = new TranslationCache(store);
    expect(c.text('ar', 'en', 'مرحبا')).toBeUndefined();
    expect(c.summary('article')).toBeUndefined();
  });
});
