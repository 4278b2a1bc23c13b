import { describe, expect, it } from 'vitest';
import { prepNoun } from '../../src/parser/people-ar.ts';
import type { Token } from '../../src/parser/tokens.ts';

// Issue 11: a name ran on into a preposition glued to a noun (راموس | بنجاح، فريد زكريا | لبرنامج):
// the people finder cuts such a last word when the tagger is not sure of it (people-ar.ts).
describe('prepNoun: a preposition glued to an everyday noun', () => {
  const tok = (light: string) => ({ light } as Token);
  it('is the phrase after a name, not a surname', () => {
    expect(prepNoun(tok('بنجاح'))).toBe(true);
    expect(prepNoun(tok('لبرنامج'))).toBe(true);
  });
  it('is not a name that opens on ب or ل, nor the article form (prepArticleNoun reads that)', () => {
    expect(prepNoun(tok('بلال'))).toBe(false);
    expect(prepNoun(tok('بالفوز'))).toBe(false);
  });
});
