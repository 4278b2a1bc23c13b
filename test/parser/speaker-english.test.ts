import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const speakers = (text: string) => parseArticle(text).quotes.map((q) => q.speaker);

describe('English of a speaker with no known head', () => {
  it('shows a brand the Arabic spells by sound by its English name, not romanised', () => {
    const s = speakers('وقالت فيسبوك في بيان: "سنحذف كل الحسابات المزيفة التي تنشر الأخبار الكاذبة على الشبكة".');
    expect(s.map((x) => x.en)).toContain('Facebook');
  });
});

describe('English of a described source', () => {
  it('is the source\'s English, with its article and the Arabic\'s gender, when the reader found it as a role', () => {
    const s = speakers('وقال متحدث حكومي للصحفيين: "لن نقبل بأي تدخل خارجي في شؤوننا الداخلية مهما كان الثمن".');
    expect(s.map((x) => x.en)).toContain('a government spokesman');
  });
  it('shows a speaker the Arabic writes in Latin letters as written', () => {
    const s = speakers('وقالت BMW في بيان: "نتوقع أن تتحسن المبيعات خلال العام المقبل في كل الأسواق".');
    expect(s.map((x) => x.en)).toContain('BMW');
  });
});
