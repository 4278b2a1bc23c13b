import { describe, expect, it } from 'vitest';
import { styleFold, styleModel } from '../../../src/names/translit/style.ts';

describe('name spelling styles', () => {
  const m = styleModel()!;
  const agree = (...words: string[]) => m.agreement(words.map((w) => m.logLik(w)));

  it('loads the shipped model', () => {
    expect(m).not.toBeNull();
    expect(m.k).toBeGreaterThan(1);
  });

  it('reads spellings folded to a-z', () => {
    expect(styleFold('Bozdağ')).toBe('bozdag');
    expect(styleFold("N'Diaye")).toBe('ndiaye');
  });

  it('finds the Turkish first name in the hand of a Turkish surname, the Arabic one not', () => {
    expect(agree('bekir', 'bozdag')).toBeGreaterThan(agree('bakr', 'bozdag') + 1);
    expect(agree('stefan', 'savic')).toBeGreaterThan(agree('stephen', 'savic') + 1);
  });

  it('is 0 for one word', () => {
    expect(agree('bozdag')).toBeCloseTo(0, 9);
  });
});
