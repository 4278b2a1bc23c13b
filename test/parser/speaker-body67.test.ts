import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const speakers = (body: string) => parseArticle([HEAD, body].join('\n')).quotes.map((q) => q.speaker.ar);

describe("a body's name closes its construct (issue 11, round fifty-one)", () => {
  it('stops a body named by a brand before the object that follows it', () => {
    const got = speakers('ومؤخرا، اختبرت شبكة فيسبوك خاصية وضع علامة حمراء بجوار الأخبار التي صنفتها برامج تدقيق الحقائق كأخبار مزيفة، لكنها رأت في وقت لاحق أن هذا النهج "يرسخ للمعتقدات الموروثة ترسيخا عميقا".');
    expect(got).toEqual(['شبكة فيسبوك']);
  });

  it("stops a party named by a place's name before a preposition noun", () => {
    expect(speakers('وأكد حزب نداء تونس إزاء مشروع القانون أن "تحقيق المساواة الكاملة يبقى هدفا نبيلا".')).toEqual(['حزب نداء تونس']);
  });

  it('keeps a name of two words the lists know whole (صحيفة نيويورك تايمز)', () => {
    expect(speakers('وذكرت صحيفة نيويورك تايمز أن "الشركة ستعلن نتائجها الأسبوع المقبل".')).toEqual(['صحيفة نيويورك تايمز']);
  });
});

describe('a bare name no list holds is spelled under its quotation', () => {
  const en = (body: string) => parseArticle([HEAD, body].join('\n')).quotes.map((q) => q.speaker.en);
  it('romanises a two-word name that opens on a name token (ليسا ابيغنانيسي)', () => {
    const got = en('وقالت ليسا ابيغنانيسي، التي ترأست المحكمين، إن توكارتشوك "كاتبة ذات بديهة رائعة وخيال وأسلوب أدبي متمكن".');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^L\w+ \w+$/);
  });
});
