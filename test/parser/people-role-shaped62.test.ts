import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// Invented sentences (round thirty-two, people62): a name word that reads as a title (أمير، ولي)
// right after a verb of saying, where a comma and a role in apposition close the name.
const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const names = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).people.map((p) => p.name.ar);

describe('people: a role-shaped name word in a speech frame', () => {
  it('reads أمير as a given name when a comma and a role follow the two words', () => {
    expect(names(['وقال أمير زاهدي، وزير الصناعة الإيراني، إن بلاده ستواصل الإنتاج.'])).toContain('أمير زاهدي');
  });

  it('reads وولي as a surname after a given name, closed by a role in apposition', () => {
    expect(names(['وقال دانيال وولي، مدير الأبحاث في المختبر، إن الحسابات الآلية تنتشر بسرعة.'])).toContain('دانيال وولي');
  });

  it('takes no title in construct with a name for a person', () => {
    const got = names(['وقال مستشار ترامب، جون بولتون، إن العقوبات ستستمر.']);
    expect(got.some((n) => n.startsWith('مستشار'))).toBe(false);
    expect(names(['وقال أمير قطر، الشيخ تميم بن حمد، إن الحوار هو الحل.']).some((n) => n.startsWith('أمير'))).toBe(false);
  });
});

describe('people: a given name shaped like a future verb (سي/ست …)', () => {
  it('opens a name after a title when the tagger takes the word for a name word', () => {
    expect(names(['وأعلنت مفوضة التجارة سيسليا برونستروم هذا الأسبوع أن القرار غير مقبول.'])).toContain('سيسليا برونستروم');
  });

  it('still reads a future verb after a title as no name', () => {
    expect(names(['وقال الرئيس سيستأنف المفاوضات الأسبوع المقبل.']).some((n) => n.startsWith('سيستأنف'))).toBe(false);
  });
});
