import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/text/regexp.ts';

describe('escapeRegExp', () => {
  it('makes every character with a meaning of its own literal', () => {
    const s = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRegExp(s)}$`).test(s)).toBe(true);
    expect(new RegExp(escapeRegExp('(WHO)')).test('منظمة الصحة (WHO)')).toBe(true);
    expect(escapeRegExp('الأمم المتحدة')).toBe('الأمم المتحدة');
  });
});
