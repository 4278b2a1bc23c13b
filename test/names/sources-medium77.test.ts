import { describe, expect, it } from 'vitest';
import { translateSource } from '../../src/names/index.ts';

// A statement or report named with its issuer was read word by word: «بيان رئيس الوزراء» was
// "statement Prime Minister" and «بيان للحكومة الإسرائيلية» "a statement for the Israeli
// government" under the quotations it was given to.
describe('a means of speaking before its issuer', () => {
  it('names the issuer after "by"', () => {
    expect(translateSource('بيان رئيس الوزراء')).toBe('statement by Prime Minister');
    expect(translateSource('بيان محامي اللاعب')).toBe('statement by the lawyer of player');
    expect(translateSource('بيان المتحدث باسم الجيش')).toBe('statement by the spokesman for the army');
  });

  it('is indefinite with ل before the issuer', () => {
    expect(translateSource('بيان للحكومة الإسرائيلية')).toBe('a statement by the Israeli government');
  });

  it('keeps English that already reads', () => {
    expect(translateSource('بيان الوزارة')).toBe('ministry statement');
    expect(translateSource('تقرير وزارة الخارجية')).toBe('Foreign Ministry report');
    expect(translateSource('بيان مشترك')).toBe('a joint statement');
  });
});
