import { describe, expect, it } from 'vitest';
import { translateSource } from '../../src/names/index.ts';

// «وكالة أنباء الأناضول التركية الرسمية» was "Anadolu Agency Turkish official" under four
// quotations (dev 33, 34, pool 143, 156): the lexicon knew «وكالة الأناضول» and «الأناضول» but
// not the agency's long form, so the adjectives trailed the name found inside it. Fars has
// its long form («وكالة أنباء فارس») already.
describe("a news agency's long Arabic form", () => {
  it('is the agency, with its adjectives before it', () => {
    expect(translateSource('وكالة أنباء الأناضول التركية')).toBe('the Turkish Anadolu Agency');
    expect(translateSource('وكالة أنباء الأناضول التركية الرسمية')).toBe('the official Turkish Anadolu Agency');
    expect(translateSource('وكالة أنباء فارس الإيرانية')).toBe('the Iranian Fars News Agency');
  });
});
