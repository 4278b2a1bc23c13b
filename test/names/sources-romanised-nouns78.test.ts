import { describe, expect, it } from 'vitest';
import { translateSource } from '../../src/names/index.ts';

// Common nouns the lexicon did not hold were romanised as if they were names under quotations:
// «شركة الإحصاء» "al-Ihassa company" (dev 03), «الموقع الإخباري» "al-Ikhbari website" (pool 227),
// and the party «نداء تونس» read "Nada party Tunisia" (pool 220).
describe('common nouns of news sources', () => {
  it('are translated, not romanised', () => {
    expect(translateSource('شركة الإحصاء')).toBe('the statistics company');
    expect(translateSource('الموقع الإخباري')).toBe('the news website');
    expect(translateSource('قناة إخبارية')).toBe('the news channel');
  });

  it('and a known party has its own English name', () => {
    expect(translateSource('حزب نداء تونس')).toBe('Nidaa Tounes');
  });
});
