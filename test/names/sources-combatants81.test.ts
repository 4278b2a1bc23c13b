import { describe, expect, it } from 'vitest';
import { translateRole, translateSource } from '../../src/names/roles.ts';

describe('sources named by what they are in conflict and crime copy', () => {
  it('gives the English of fighters, rebels, militants, suspects and hostages, plural and dual', () => {
    expect(translateSource('المقاتلان البريطانيان')).toBe('the two British fighters');
    expect(translateSource('الإرهابيان')).toBe('the two terrorists');
    expect(translateSource('مقاتلين بريطانيين')).toBe('British fighters');
    expect(translateSource('المتمردون')).toBe('rebels');
    expect(translateSource('المشتبه به')).toBe('suspect');
    expect(translateSource('الرهائن')).toBe('hostages');
  });

  it('names a commentator among the people a source is one of', () => {
    expect(translateSource('أحد المعلقين السعوديين البارزين')).toMatch(/commentator/);
    expect(translateRole('مقاتل سابق في تنظيم داعش')).toBe('former fighter in the Islamic State');
  });
});
