import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useSpeakerRanker } from '../../src/parser/speaker-ranker.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const english = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).quotes.map((q) => q.speaker.en);

// The English of a body read its fuller mention's next definite words as its own: «ورفضت الحكومة
// الاتهامات» was said by "the accusations government", «طالب البيت الأبيض الفلسطينيين» by "the
// Palestinian White House" (dev 32). A noun with the article heads no construct, and a plural
// adjective does not agree with a singular head: such a plural is the verb's object or addressee.
describe('a definite plural after a body\'s definite name', () => {
  afterEach(() => useSpeakerRanker(undefined));

  it('is no word of its English', () => {
    useSpeakerRanker(null);
    expect(english(['ورفضت الحكومة الاتهامات الموجهة إليها بشدة.'])).toEqual(['the government']);
    expect(english(['من جهته، طالب البيت الأبيض الفلسطينيين عدم الاقتراب من الحدود.'])).toEqual(['the White House']);
  });

  it('while its adjectives still are', () => {
    useSpeakerRanker(null);
    expect(english(['وقالت وزارة الداخلية التونسية إن الوضع مستقر.', 'وأضافت الوزارة أن الأمن مستتب في البلاد.'])).toEqual(['the Tunisian Interior Ministry', 'the Tunisian Interior Ministry']);
  });
});
