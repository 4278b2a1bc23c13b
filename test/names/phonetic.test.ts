import { describe, expect, it } from 'vitest';
import { keySimilarity, phoneticKeys, wordKey } from '../../src/names/phonetic.ts';

describe('phoneticKeys', () => {
  it('folds Arabic letters and Latin letter groups into the same consonant classes', () => {
    const skeleton = (k: string) => k.replace(/[aiu]/g, '');
    for (const [ar, lat] of [['كوزانوف', 'kozhanov'], ['بوتين', 'putin'], ['ترامب', 'trump'], ['بزشكيان', 'pezeshkian']]) {
      expect(skeleton(wordKey(ar!)), `${ar} ~ ${lat}`).toBe(skeleton(wordKey(lat!)));
    }
    // Persian چ is written ج in Arabic and ch in Latin: a near class, not the same one
    expect(skeleton(wordKey('عراقجي'))).toBe('RKJ');
    expect(skeleton(wordKey('araghchi'))).toBe('RKX');
    expect(wordKey('araghchi')).toBe(wordKey('araqchi'));
    expect(wordKey('كوزانوف')).toBe(wordKey('kozhanov'));
  });

  it('keeps a rough vowel quality so near-identical skeletons can still be told apart', () => {
    expect(keySimilarity(wordKey('berri'), wordKey('بري'))).toBeGreaterThan(keySimilarity(wordKey('berri'), wordKey('بارو')));
  });

  it('drops the article and gives a key per word plus the whole name', () => {
    const keys = phoneticKeys('بشار الأسد');
    expect(keys).toContain(wordKey('أسد'));
    expect(keys).toContain(wordKey('الاسد'));
    expect(keys.some((k) => k.includes(' '))).toBe(true);
    expect(phoneticKeys('Bashar al-Assad')).toContain(wordKey('assad'));
  });

  it('treats near classes as cheap and unrelated consonants as expensive', () => {
    expect(keySimilarity(wordKey('عراقجي'), wordKey('araghchi'))).toBeGreaterThan(0.8);
    expect(keySimilarity(wordKey('بوثييه'), wordKey('pothier'))).toBeGreaterThan(0.85);
    expect(keySimilarity(wordKey('أردوغان'), wordKey('erdogan'))).toBeGreaterThan(0.9);
    expect(keySimilarity(wordKey('خامنئي'), wordKey('khamenei'))).toBeGreaterThan(0.9);
    expect(keySimilarity(wordKey('بوتين'), wordKey('banana'))).toBeLessThan(0.7);
    expect(keySimilarity(wordKey('ميركل'), wordKey('مسعود'))).toBeLessThan(0.5);
  });

  it('returns no keys for empty input', () => {
    expect(phoneticKeys('')).toEqual([]);
  });
});
