import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { titledNameEnglish } from '../../src/parser/quotes-ar.ts';

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

describe('English of a title followed by a name the people list lacks', () => {
  it('is the name, as a person speaker\'s English is, not the title with the name dropped', () => {
    expect(titledNameEnglish('مفوضة التجارة سيسليا مالستروم')).toMatch(/^\S+ \S+$/);
    expect(titledNameEnglish('مفوضة التجارة سيسليا مالستروم')).not.toMatch(/commission|trade/i);
    expect(titledNameEnglish('منسق البرلمان الأوروبي بشأن البريكست البلجيكي الليبرالي غي فرهوفشتات')).not.toMatch(/parliament|coordinator/i);
  });
  it('leaves a description with no name alone (media, sources, a body)', () => {
    for (const ar of ['وسائل إعلام محلية', 'مصدر أمني تركي', 'المتحدث باسم الخارجية الروسية', 'وزير الخارجية الأمريكي', 'قوة حفظ السلام']) expect(titledNameEnglish(ar)).toBeNull();
  });
});
