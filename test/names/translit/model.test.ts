import { describe, expect, it } from 'vitest';
import { Lookup } from '../../../src/names/translit/lookup.ts';

describe('Lookup', () => {
  const lines = ['ab\tx 1 0', 'abc\ty 2 1|z 0 1', 'b\tw 3 0', 'احمد\tahmed 5 2|ahmad 4 1'];
  for (const [label, text] of [
    ['sorted, as training writes it', lines.join('\n')],
    ['in any order', [...lines].reverse().join('\n') + '\n'],
  ] as const) {
    it(`finds every key and only those (${label})`, () => {
      const t = new Lookup(text);
      expect(t.size).toBe(4);
      expect(t.get('ab')).toEqual([{ text: 'x', wikidata: 1, google: 0 }]);
      expect(t.get('abc')?.map((e) => e.text)).toEqual(['y', 'z']);
      expect(t.weight('احمد')).toBe(12);
      for (const absent of ['a', 'abcd', 'aa', 'c', '', 'احم']) expect(t.has(absent)).toBe(false);
      expect(t.get('b')?.[0]?.wikidata).toBe(3);
    });
    it(`weighs keys as their entries sum, absent ones 0, asked twice or in any order (${label})`, () => {
      const t = new Lookup(text);
      const keys = ['ab', 'abc', 'b', 'احمد', 'a', 'abcd', 'aa', 'c', '', 'احم', 'ba'];
      const want = keys.map((k) => new Lookup(text).get(k)?.reduce((s, e) => s + e.wikidata + e.google, 0) ?? 0);
      expect(keys.map((k) => t.weight(k))).toEqual(want);
      expect([...keys].reverse().map((k) => t.weight(k))).toEqual([...want].reverse());
    });
  }
});
