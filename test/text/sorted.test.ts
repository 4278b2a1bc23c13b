import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/text/sorted.ts';

describe('lowerBound', () => {
  it('finds the first entry not less than the value, in numbers and in strings', () => {
    expect(lowerBound([1, 3, 3, 7], 3)).toBe(1);
    expect(lowerBound([1, 3, 3, 7], 4)).toBe(3);
    expect(lowerBound([1, 3, 3, 7], 0)).toBe(0);
    expect(lowerBound([1, 3, 3, 7], 8)).toBe(4);
    expect(lowerBound([], 5)).toBe(0);
    expect(lowerBound(['ab', 'ac', 'b'], 'ac')).toBe(1);
    expect(lowerBound(['ab', 'ac', 'b'], 'aca')).toBe(2);
  });
});
