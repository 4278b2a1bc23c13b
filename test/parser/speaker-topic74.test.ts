import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useSpeakerRanker } from '../../src/parser/speaker-ranker.ts';

// «أما X فقالت إن …»: the topic أما sets is the subject of the verb of saying on ف after it. The
// words went to the magazine quoted the sentence before (pool 115). Before another verb the topic
// is only what the clause is about («أما قطاع الخدمات فسيكون …»). The rules alone are asked.
describe('a topic set by أما', () => {
  it('speaks through the verb of saying after it', () => {
    useSpeakerRanker(null);
    try {
      const b = parseArticle(['عنوان الخبر عن تطورات القضية اليوم', '',
        'وقالت المجلة إن مايورغا توصلت لاتفاق عام 2010 مع محامي اللاعب.',
        'أما شرطة لاس فيغاس فقالت إن هناك تحقيقا بدأ في يونيو.',
      ].join('\n'));
      expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['المجلة', expect.stringMatching(/^شرطة/)]);
    } finally {
      useSpeakerRanker(undefined);
    }
  });
});
