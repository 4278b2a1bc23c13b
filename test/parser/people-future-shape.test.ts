import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useTaggerModel } from '../../src/parser/name-tagger.ts';
import { lightNormAr } from '../../src/text/arabic.ts';

const names = (text: string) => parseArticle(text).people.map((p) => p.name.ar);
/** A tagger that knows a few words only (every other word −40): a held-out tagger's scores. */
const knowing = (scores: Record<string, number>) => ({
  threshold: 0,
  weights: { bias: -40, ...Object.fromEntries(Object.entries(scores).map(([w, s]) => [`w:${lightNormAr(w)}`, 40 + s])) },
});

describe('people: a foreign name shaped like a future verb (سي…, round forty)', () => {
  afterEach(() => useTaggerModel(null));

  it('is a name word when the tagger only slightly doubts it (سيسيليا at −2)', () => {
    useTaggerModel(knowing({ سيسيليا: -2, مالستروم: 21 }));
    expect(names('وأعلنت المفوضة الأوروبية للتجارة سيسيليا مالستروم أنه ليس هناك رابحون في حرب تجارية.')).toContain('سيسيليا مالستروم');
  });

  it('not when the tagger is sure it is no name word (a verb: −30)', () => {
    useTaggerModel(knowing({ سيسيليا: -30, مالستروم: 21 }));
    expect(names('وأعلنت المفوضة الأوروبية للتجارة سيسيليا مالستروم أنه ليس هناك رابحون في حرب تجارية.')).not.toContain('سيسيليا مالستروم');
  });

  it('a future verb after a name stays a verb under the shipped tagger', () => {
    expect(names('وقال وزير الخارجية سامح شكري إن الوفد سيناقش الملف مع نظرائه غدا.').join(' ')).not.toContain('سيناقش');
  });
});
