/**
 * Round thirty-six, invented sentences: a lone given name right after a title, then one plain word
 * that closes the name, is a person named in full (the surname is a word the tagger has not seen);
 * a word the corpus writes as an everyday word there stays out of the name; a compound given name
 * (عبد الناصر) takes a family name as a one-word given name does.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const people = (t: string) => parseArticle(t).people.map((p) => p.name.ar);

describe('a surname after a title and a given name', () => {
  it('takes the plain word that closes the name', () => {
    const text = 'وذهبت الجائزة إلى البطلة والشريكة السابقة لحياة المخرج جان فالبار. وقال النقاد إن الفيلم يستحق الجائزة.';
    expect(people(text)).toContain('جان فالبار');
  });

  it('leaves an everyday word out of the name', () => {
    const text = 'وقال المخرج جان أمس إن الفيلم يستحق الجائزة الكبرى في المهرجان.';
    expect(people(text).some((n) => n.includes('أمس'))).toBe(false);
  });
});

describe('a family name after a compound given name', () => {
  it('follows عبد + a second word as it follows any given name', () => {
    const text = 'أصدر المجلس قرارا يوم الأربعاء بوقف نشر مقالات الصحفي عبد الناصر قنديل، المعروف بانتقاد مواقف الحكومة.';
    expect(people(text)).toContain('عبد الناصر قنديل');
  });
});
