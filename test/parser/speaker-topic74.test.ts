import { describe, expect, it } from 'vitest';
import { article } from '../helpers/article.ts';
import { parseByRules } from '../helpers/rules-alone.ts';

// «أما X فقالت إن …»: the topic أما sets is the subject of the verb of saying on ف after it. The
// words went to the magazine quoted the sentence before (pool 115). Before another verb the topic
// is only what the clause is about («أما قطاع الخدمات فسيكون …»). The rules alone are asked.
describe('a topic set by أما', () => {
  it('speaks through the verb of saying after it', () => {
    const b = parseByRules(article(
      'وقالت المجلة إن مايورغا توصلت لاتفاق عام 2010 مع محامي اللاعب.',
      'أما شرطة لاس فيغاس فقالت إن هناك تحقيقا بدأ في يونيو.',
    ));
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['المجلة', expect.stringMatching(/^شرطة/)]);
  });
});
