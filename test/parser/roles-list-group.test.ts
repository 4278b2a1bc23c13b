import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

describe('roles: a group before «ومن بينهم» with a phrase between (round forty)', () => {
  const text = 'وافتقرت ألمانيا للإبداع مع غياب العديد من اللاعبين البارزين للراحة أو للإصابة ومن بينهم مانويل نوير ومسعود أوزيل وتوماس مولر.';

  it('gives the listed players the group, not the words right before the list', () => {
    const roles = parseArticle(text).people.map((p) => p.role?.ar ?? '');
    expect(roles.some((r) => r.includes('اللاعبين البارزين'))).toBe(true);
    expect(roles.some((r) => r.includes('ومن'))).toBe(false);
  });
});
