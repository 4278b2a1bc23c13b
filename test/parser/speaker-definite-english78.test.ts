import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useSpeakerRanker } from '../../src/parser/speaker-ranker.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const english = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).quotes.map((q) => q.speaker.en);

// Described speakers the Arabic makes definite were shown bare under their quotations: «وأضاف
// التقرير أن …» "— report", «وذكر القرار أن …» "— resolution", «بيان الشبكة» "network statement"
// (dev and pool, 130 quotations): the tables' English of a description has no article.
describe('a definite description as a speaker', () => {
  afterEach(() => useSpeakerRanker(undefined));

  it('reads with "the" in English', () => {
    useSpeakerRanker(null);
    expect(english(['وأضاف التقرير أن "الأسعار ارتفعت بنسبة كبيرة خلال العام الماضي".'])).toEqual(['the report']);
    expect(english(['وأكد الباحثون أن "النتائج تحتاج إلى مزيد من الدراسة قبل اعتمادها".'])).toEqual(['the researchers']);
  });

  it('and so does a title whose English is in capitals, but not a name', () => {
    useSpeakerRanker(null);
    expect(english(['وقال رئيس الوزراء إن "الحكومة لن تستقيل قبل نهاية ولايتها الحالية".'])).toEqual(['the Prime Minister']);
    expect(english(['وقال الانتربول إن "الطلب وصل إلى مقره في ليون صباح الاثنين".'])).toEqual(['Interpol']);
  });

  it('but not an indefinite one, a name, or a phrase with its own determiner', () => {
    useSpeakerRanker(null);
    expect(english(['وقال مصدر مطلع إن "المفاوضات ستستأنف الأسبوع المقبل في العاصمة".'])).toEqual(['an informed source']);
    expect(english(['وقال بعض المسؤولين إن "المفاوضات ستستأنف الأسبوع المقبل في العاصمة".'])).toEqual(['some officials']);
    expect(english(['وقالت الشرطة إن "التحقيقات مستمرة في الحادث منذ الصباح الباكر".'])).toEqual(['the police']);
  });
});
