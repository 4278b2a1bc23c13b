import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «سيرغي سكريبل الجاسوس السابق» (pool 094) beside «سيرغي سكريبال» made a second Skripal, and «كريستيانو
// رونالد» (pool 175) a second Ronaldo, "Cristiano Ronald": copy writes a foreign family name with a
// long vowel more or less. With the same first word, the same letters without the long vowels are one
// person, shown by the spelling with more of them written.
const names = (...s: string[]) => parseArticle(['قضية سكريبال', ...s].join('\n')).people.map((p) => p.name.ar);

describe('a family name written with a long vowel more or less', () => {
  it('is the same person beside the same first word', () => {
    expect(names('وقال العميل الروسي السابق سيرغي سكريبال إنه بخير.', 'وكان سيرغي سكريبل الجاسوس السابق قد نقل إلى المستشفى.')).toEqual(['سيرغي سكريبال']);
    expect(names('وكان سيرغي سكريبل الجاسوس السابق قد نقل إلى المستشفى.', 'وقال العميل الروسي السابق سيرغي سكريبال إنه بخير.')).toEqual(['سيرغي سكريبال']);
  });

  it('keeps two given names of the same letters apart', () => {
    // (محمد / محمود are different names; so are the people who carry them)
    expect(names('وقال الوزير أحمد محمد إن الاجتماع انتهى.', 'وقال النائب أحمد محمود إن الاجتماع فشل.')).toEqual(['أحمد محمد', 'أحمد محمود']);
  });
});
