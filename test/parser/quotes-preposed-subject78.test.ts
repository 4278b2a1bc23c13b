import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useSpeakerRanker } from '../../src/parser/speaker-ranker.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const quotes = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).quotes;

// «… دونالد ترامب الذي اتهم أوبك يوم الجمعة برفع أسعار النفط "على نحو مصطنع"» was OPEC's (dev
// 09): a verb that frames its object (اتهم X بـ) read the word after it as its subject, as it
// is after a verb opening a clause. After a relative pronoun the subject is the pronoun's
// antecedent, so the word after the verb is the one accused.
describe('a framed verb after a relative pronoun', () => {
  afterEach(() => useSpeakerRanker(undefined));

  it("has the pronoun's antecedent as its subject, the word after it as the one accused", () => {
    useSpeakerRanker(null);
    const got = quotes(['ولعل المكاسب تلقى ترحيبا لدى الرئيس الأميركي دونالد ترامب الذي اتهم أوبك يوم الجمعة برفع أسعار النفط "على نحو مصطنع".']);
    expect(got).toHaveLength(1);
    expect(got[0]!.speaker.ar).toBe('دونالد ترامب');
    expect(got[0]!.text).toContain('برفع أسعار النفط');
  });

  it('leaves a verb that opens its clause with its subject after it', () => {
    useSpeakerRanker(null);
    const got = quotes(['واتهم وزير الطاقة الإيراني أوبك يوم الجمعة برفع أسعار النفط على نحو مصطنع.']);
    expect(got.map((q) => q.speaker.ar)).toEqual(['وزير الطاقة الإيراني']);
  });
});

// «وكانت المفوضية الأوروبية قد وصفت الرسوم بأنها "حمائية ومن طرف واحد"» was said by «الرسوم» (the
// duties), with no English: for a quotation after a framed verb the word after the verb was read as
// its subject, though كان and the subject stood before it.
describe('a quotation after a framed verb whose subject came before it', () => {
  it('is the subject\'s, not the one described', () => {
    const got = quotes(['وكانت المفوضية الأوروبية قد وصفت الرسوم بأنها "حمائية ومن طرف واحد".']);
    expect(got.map((q) => q.speaker.ar)).toEqual(['المفوضية الأوروبية']);
  });
});
