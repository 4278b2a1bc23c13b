import { describe, expect, it } from 'vitest';
import { translateRole } from '../../src/names/index.ts';

// «… استقالة رئيسها الصيني مينغ هونغوي» gave Meng the role "her President of China": a president
// with a nationality reads as a head of state, but one a body holds (its pronoun on the title) is
// that body's president, of that nationality.
describe('a title with its holder pronoun and a nationality', () => {
  it("is the body's officer of that nationality, not a head of state", () => {
    expect(translateRole('رئيسها الصيني')).toBe('its Chinese President');
    expect(translateRole('الرئيس الصيني')).toBe('President of China');
    expect(translateRole('مدربهم الإسباني')).toBe('their Spanish coach');
  });
});
