import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useSpeakerRanker } from '../../src/parser/speaker-ranker.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const quotes = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).quotes.map((q) => `${q.speaker.ar}: ${q.text}`);

// «روسيا أكدت يوم أمس على لسان وزير خارجيتها سيرغي لافروف أن القوات …» was Russia's: «على لسان»
// ("by the tongue of") names the one who spoke for the subject, and he is the speaker (pool 227;
// dev 32's «حذرت على لسان وزر الدفاع» had gone to «اللهجة المحلية» of the sentence before).
describe('a verb of saying with «على لسان»', () => {
  afterEach(() => useSpeakerRanker(undefined));

  it('is said by the one named after it', () => {
    useSpeakerRanker(null);
    expect(quotes([
      'وقال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي إن بلاده تدعم الحل.',
      'روسيا أكدت يوم أمس على لسان وزير خارجيتها سيرغي لافروف أن القوات الحكومية السورية هي وحدها المخولة بالبقاء على الحدود.',
    ])).toEqual([
      'سيرغي لافروف: بلاده تدعم الحل',
      'سيرغي لافروف: القوات الحكومية السورية هي وحدها المخولة بالبقاء على الحدود',
    ]);
  });
});
