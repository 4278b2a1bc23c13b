import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useSpeakerRanker } from '../../src/parser/speaker-ranker.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const quotes = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).quotes.map((q) => `${q.speaker.ar}: ${q.text}`);

// «وهاجمت جميلة … كيم كارداشيان لظهورها في إعلان …، واصفة إياها بأنها كانت "غير مسؤولة"» was
// Kardashian's by the rules (the nearest woman named), and its words opened on «إياها بأنها»
// (pool 065). The pronoun after the participle is its object, the one described: the participle's
// subject is its clause's. And the pronoun with its complementiser is no part of what was said.
describe('a participle of saying with its object pronoun', () => {
  afterEach(() => useSpeakerRanker(undefined));

  it("is said by its clause's subject, not by the woman it describes", () => {
    useSpeakerRanker(null);
    expect(quotes([
      'وهاجمت الممثلة جميلة جميل النجمة الشهيرة كيم كارداشيان لظهورها في إعلان عن حلوى، واصفة إياها بأنها كانت "غير مسؤولة".',
    ])).toEqual(['جميلة جميل: كانت "غير مسؤولة"']);
  });

  it('says what follows the pronoun and its complementiser', () => {
    useSpeakerRanker(null);
    expect(quotes([
      'وانتقد الرئيس دونالد ترامب الاتفاق النووي بشدة، واصفا إياه بأنه "أسوأ اتفاق" وقعته بلاده.',
    ]).at(-1)).toBe('دونالد ترامب: "أسوأ اتفاق" وقعته بلاده');
  });
});
