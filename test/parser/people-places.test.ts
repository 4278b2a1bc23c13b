/**
 * A city or region of two words the hand-written lexicon does not know (the world gazetteer,
 * data/places) is no person, nor is the rest of one after its first word (made-up text).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const people = (t: string) => parseArticle(t).people.map((p) => p.name.ar);
const office = (place: string) => `وأضاف التقرير أن الشركة افتتحت مكتبا جديدا في ${place} الأسبوع الماضي، بعد أن نقلت موظفيها من ${place} إلى مقر آخر.`;

describe('places of two words are not people', () => {
  it('a city the lexicon lacks, twice in a sentence', () => {
    for (const place of ['لونغ بيتش', 'نيو جيرسي', 'بيلو هوريزونتي']) expect(people(office(place)), place).toEqual([]);
  });

  it('nor the last words of a city of three (ريو | دي جانيرو)', () => {
    expect(people(office('ريو دي جانيرو'))).toEqual([]);
  });

  it('a person after a title is no town named after someone (الجنرال ماكارثر)', () => {
    expect(people('وقال الجنرال ماكارثر إن الحرب لن تطول، وإن القوات ستعود قريبا إلى قواعدها.')).toEqual(['ماكارثر']);
  });

  it('a person beside the place is still found', () => {
    expect(people(`وقال المدير التنفيذي جون سميث إن الشركة افتتحت مكتبا جديدا في لونغ بيتش الأسبوع الماضي.`)).toEqual(['جون سميث']);
  });
});
