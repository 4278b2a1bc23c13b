import { describe, expect, it } from 'vitest';
import { translateRole, translateSource } from '../../src/names/index.ts';

// Issue 11: an English reader sees a described source's English under its quotation.
describe('described sources in English', () => {
  it('reads مسؤول after a noun as its adjective: an official source, not "a source official"', () => {
    expect(translateSource('مصدر مسؤول')).toBe('an official source');
    expect(translateSource('مصادر مسؤولة')).toBe('official sources');
    // (first, it is still the noun)
    expect(translateSource('مسؤول أمريكي')).toBe('a US official');
    expect(translateRole('مسؤول في الوزارة')).toBe('official in the ministry');
  });
  it('reads two groups joined by و as two groups', () => {
    expect(translateSource('الروس والسوريون')).toBe('the Russians and the Syrians');
    expect(translateSource('الفلسطينيون والإسرائيليون')).toBe('the Palestinians and the Israelis');
  });
  it('reads a demonstrative before a definite description, in the head\'s number (round fifty: it had no English)', () => {
    expect(translateSource('هذه المصادر')).toBe('these sources');
    expect(translateSource('تلك المصادر')).toBe('those sources');
    expect(translateSource('هذا المسؤول')).toBe('this official');
    expect(translateSource('هؤلاء المسؤولين')).toBe('these officials');
    // (not before an indefinite word, nor alone)
    expect(translateSource('هذه')).toBe('');
  });
  it('reads المملكة standing for a country as the kingdom (round fifty: it had no English)', () => {
    expect(translateSource('المملكة')).toBe('the kingdom');
    expect(translateRole('وزير خارجية المملكة')).toBe('Foreign Minister of the kingdom');
    // (a kingdom the lists name stays named)
    expect(translateSource('المملكة المتحدة')).toBe('the United Kingdom');
    expect(translateSource('المملكة العربية السعودية')).toBe('Saudi Arabia');
  });
});
