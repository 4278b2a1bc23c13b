import { describe, expect, it } from 'vitest';
import { englishName } from '../../src/names/index.ts';

describe('European particles inside a name keep their own spelling (issue 12)', () => {
  it('writes دو، فان، دير in lower case inside a name, as the lexicon writes دي', () => {
    expect(englishName('بيتر دو بلوا').en).toBe('Peter du Blois');
    expect(englishName('إدوين فان دير سار').en).toMatch(/^Edwin van der /);
  });
});
