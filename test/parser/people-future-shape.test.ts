import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useTaggerModel } from '../../src/parser/name-tagger.ts';
import { knowing } from '../helpers/tagger-model.ts';

const names = (text: string) => parseArticle(text).people.map((p) => p.name.ar);

describe('people: a foreign name shaped like a future verb (سي…, round forty)', () => {
  afterEach(() => useTaggerModel(null));

  it('is a name word when the tagger only slightly doubts it (سيسيليا at −2)', () => {
    useTaggerModel(knowing({ سيسيليا: -2, مالستروم: 21 }));
    expect(names('وأعلنت المفوضة الأوروبية للتجارة سيسيليا مالستروم أنه ليس هناك رابحون في حرب تجارية.')).toContain('سيسيليا مالستروم');
  });

  it('not when the tagger is sure it is no name word (a verb: −30)', () => {
    useTaggerModel(knowing({ سيسيليا: -30, مالستروم: 21 }));
    // (No verb of saying here: since round fifty-three the quotation reader vouches for the subject
    // of «وأعلنت المفوضة … سيسيليا مالستروم أنه», which a verb cannot be; speaker-names69.)
    expect(names('وكانت المفوضة الأوروبية للتجارة سيسيليا مالستروم في بروكسل أمس لحضور الاجتماع.')).not.toContain('سيسيليا مالستروم');
  });

  it('a future verb after a name stays a verb under the shipped tagger', () => {
    expect(names('وقال وزير الخارجية سامح شكري إن الوفد سيناقش الملف مع نظرائه غدا.').join(' ')).not.toContain('سيناقش');
  });
});
