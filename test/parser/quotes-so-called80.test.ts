import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useSpeakerRanker } from '../../src/parser/speaker-ranker.ts';

// «وجاء في بيان أصدره ما يسمى بـ "مركز اعلام الغوطة"، "استهدفت صواريخ …"» (pool 099) was said by
// «ما يسمى», with no English: "so-called" hedges the name of the body, the body speaks.
const article = ['صواريخ على حرستا', 'وجاء في بيان أصدره ما يسمى بـ "مركز اعلام الغوطة"، "استهدفت صواريخ ارض-ارض من طراز الجولان بلدة حرستا في الغوطة الشرقية" يوم الأربعاء.', 'وقال ما يعرف بـ "مركز اعلام دمشق" إن الصواريخ أطلقت من الغوطة.'].join('\n');

describe('a body named after «ما يسمى بـ»', () => {
  it('speaks by its name', () => {
    const b = parseArticle(article);
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['مركز اعلام الغوطة', 'مركز اعلام دمشق']);
  });

  it('does so by the rules alone too', () => {
    useSpeakerRanker(null);
    try {
      expect(parseArticle(article).quotes.map((q) => q.speaker.ar)).toEqual(['مركز اعلام الغوطة', 'مركز اعلام دمشق']);
    } finally {
      useSpeakerRanker(undefined);
    }
  });
});
