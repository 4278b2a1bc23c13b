/**
 * people41: a relation noun in construct before a name (زوجة X، صديق X، شقيق X) names the relative by
 * the other person's name, so it is neither part of that name nor that person's title; and a tail
 * rule never cuts the word right after a name particle (أبو دقة). Constructed copy, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const people = (lines: string[]) => parseArticle(['عنوان تجريبي', '', ...lines].join('\n')).people;
const names = (lines: string[]) => people(lines).map((p) => p.name.ar);

describe('a relative named by another person’s name', () => {
  it('drops the relation noun from the name and from the role', () => {
    const ps = people([
      'عاد المنتخب الوطني إلى التدريبات أمس استعدادا للمباراة المقبلة أمام منتخب البرتغال.',
      'وقال شقيق كريم بنزيمة للصحفيين إن اللاعب سيعود إلى التدريبات الأسبوع المقبل.',
    ]);
    expect(ps.map((p) => p.name.ar).some((n) => n.startsWith('شقيق'))).toBe(false);
    const k = ps.find((p) => p.name.ar === 'كريم بنزيمة');
    expect(k?.role.ar ?? '').not.toMatch(/شقيق/);
  });

  it('a lone surname after the relation noun is no person of its own', () => {
    const ns = names([
      'أعلن الاتحاد أن مدرب الفريق يورغن كلوسمان سيغادر منصبه.',
      'وقالت زوجة كلوسمان للصحفيين إن زوجها متعب.',
    ]);
    expect(ns.some((n) => n.startsWith('زوجة'))).toBe(false);
  });
});

describe('a name particle keeps the word after it', () => {
  it('does not cut the family name after أبو', () => {
    const ns = names([
      'قال المتحدث باسم الشرطة تامر أبو دقة إن التحقيق في الحادث مستمر منذ يومين.',
      'وأوضح أن الشرطة لم تعتقل أحدا حتى الآن.',
    ]);
    expect(ns).toContain('تامر أبو دقة');
    expect(ns).not.toContain('تامر أبو');
  });
});
