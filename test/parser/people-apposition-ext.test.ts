/**
 * A one-word name closed by a title in apposition (people40): the word between the given name and
 * the title is the family name, even one whose first letters read as a clitic and the article
 * (ك|ال…، ب|ال…). Constructed copy, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const names = (lines: string[]) => parseArticle(['عنوان تجريبي', '', ...lines].join('\n')).people.map((p) => p.name.ar);

describe('a title in apposition closes a one-word name', () => {
  it('takes a surname that reads as a clitic and the article', () => {
    const ns = names([
      'اجتمع مجلس الوزراء في العاصمة أمس لبحث الأزمة الاقتصادية التي تمر بها البلاد منذ أشهر.',
      'وقال إبراهيم كالدوني، المتحدث باسم الحكومة، إن الاجتماع بحث خطة لدعم العملة المحلية.',
    ]);
    expect(ns).toContain('إبراهيم كالدوني');
  });

  it('not a word with the article before the comma', () => {
    const ns = names([
      'اجتمع مجلس الوزراء في العاصمة أمس لبحث الأزمة الاقتصادية التي تمر بها البلاد منذ أشهر.',
      'وقال إبراهيم الثلاثاء، المتحدث باسم الحكومة، إن الاجتماع بحث خطة لدعم العملة المحلية.',
    ]);
    expect(ns.some((n) => n.includes('الثلاثاء'))).toBe(false);
  });
});
