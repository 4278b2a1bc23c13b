import { describe, expect, it } from 'vitest';
import { translateSource } from '../../src/names/roles.ts';
import { parseArticle } from '../../src/parser/index.ts';

// A press review (pool 227) quoted «صحيفة لوريون لوجور» as "Lorion Logor newspaper" and «صحيفة
// لوبينيون الفرنسية» as "the French newspaper Lubinion"; «إدارة فورمولا 1» (pool 294) was "the
// administration of Wormola". La Croix is known only with its head: alone, لاكروا is the family
// name of Jean-Pierre Lacroix (dev 02).
describe('outlets of a press review, and Formula One', () => {
  it('names them as English writes them', () => {
    expect(translateSource('صحيفة لوريون لوجور')).toBe("L'Orient-Le Jour");
    expect(translateSource('صحيفة لوبينيون الفرنسية')).toMatch(/L'Opinion/);
    expect(translateSource('صحيفة لاكروا الفرنسية')).toMatch(/La Croix/);
    expect(translateSource('إدارة فورمولا 1')).toMatch(/Formula One/);
  });

  it('keeps a person’s family name that is an outlet’s name', () => {
    const b = parseArticle(['اليونيفيل', 'وقال وكيل الأمين العام لإدارة عمليات حفظ السلام جان بيار لاكروا، إن "الجدار في حد ذاته ليس المشكلة الحقيقية".'].join('\n'));
    expect(b.people.map((p) => p.name.ar)).toContain('جان بيار لاكروا');
  });
});

// «مكتب تنسيق الشؤون الإنسانية»، «مكتب الأمم المتحدة للشؤون الإنسانية» (pools 163, 239) read "the
// humanitarian affairs coordination office": OCHA under the names copy gives it; and the Norwegian
// Refugee Council was "the council organisation for refugees".
describe('humanitarian bodies under the names copy gives them', () => {
  it('are OCHA and the Norwegian Refugee Council', () => {
    expect(translateSource('مكتب تنسيق الشؤون الإنسانية')).toBe('OCHA');
    expect(translateSource('مكتب الأمم المتحدة للشؤون الإنسانية')).toBe('OCHA');
    expect(translateSource('منظمة المجلس النروجي للاجئين')).toBe('Norwegian Refugee Council');
  });
});
