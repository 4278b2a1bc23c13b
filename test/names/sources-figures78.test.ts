import { describe, expect, it } from 'vitest';
import { translateSource } from '../../src/names/index.ts';

// Figures stand for whoever published them, and speak quotations: «تقديرات جمعيات حقوقية»
// (pool 103) and «أرقام أعلنتها وزارة السياحة» (pool 213) had no English at all, «بيانات رويترز»
// read "Reuters data" and «إحصائيات المجموعة» "group data", and «هذه الحصيلة الرسمية», «الحشد
// المؤلف», «المشرفون» had none either: the words were not in the lexicon.
describe('figures and their publisher', () => {
  it('read "figures from the publisher", a verb of publishing between or not', () => {
    expect(translateSource('تقديرات جمعيات حقوقية')).toBe('estimates from rights associations');
    expect(translateSource('أرقام أعلنتها وزارة السياحة')).toBe('figures from the tourism ministry');
    expect(translateSource('أرقام وزارة الصحة الفلسطينية')).toBe('figures from the Palestinian Health Ministry');
    expect(translateSource('إحصائيات المجموعة')).toBe('statistics from the group');
  });

  it('keep an adjective or a field as words of the figures, not a publisher', () => {
    expect(translateSource('أرقام رسمية')).toBe('official figures');
    expect(translateSource('بيانات التجارة الخارجية')).toBe('foreign trade data');
  });

  it('and the nouns of tallies, crowds and organisers have English', () => {
    expect(translateSource('هذه الحصيلة الرسمية')).toBe('this official tally');
    expect(translateSource('حشد من المتظاهرين')).toBe('a crowd of protesters');
    expect(translateSource('المشرفون')).toBe('supervisors');
    expect(translateSource('منتقدات')).toBe('critics');
  });
});
