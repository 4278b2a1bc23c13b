import { describe, expect, it } from 'vitest';
import { translateRole, translateSource } from '../../src/names/index.ts';

describe('composed bodies (round thirty-two)', () => {
  it('reads اشتراكي ديمقراطي as the one creed Social Democratic, in the Arabic order', () => {
    expect(translateSource('الحزب الاشتراكي الديمقراطي')).toBe('the Social Democratic Party');
    expect(translateSource('الحزب الاشتراكي الديمقراطي الألماني')).toBe('the German Social Democratic Party');
  });

  it('keeps a hospital named after a place a hospital, its adjectives between name and noun', () => {
    expect(translateSource('مستشفى دمشق التخصصي')).toBe('the Damascus specialist hospital');
    expect(translateSource('المستشفى التخصصي')).toBe('the specialist hospital');
    expect(translateRole('مدير مستشفى دمشق التخصصي')).toBe('director of the Damascus specialist hospital');
  });

  it('names a university, an institute or a centre by a name no list holds (round fifty: it was "the university")', () => {
    expect(translateSource('جامعة هارفارد')).toBe('Harvard University');
    expect(translateRole('أستاذة قانون في جامعة درم')).toMatch(/ University$/);
    expect(translateSource('جامعة القاهرة')).toBe('Cairo University');
    expect(translateSource('الجامعة')).toBe('the university');
  });
});
