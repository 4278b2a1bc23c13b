import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// Invented sentences (round twenty-four, speakers47): people-finder faults that left a quotation's
// speaker with no candidate at all.
const names = (t: string) => parseArticle(t).people.map((p) => p.name.ar);

describe('people who share a family name, and a nationality between two names', () => {
  it('a nationality inside a tagged span splits it: «نقل X السويدي Y» is two people', () => {
    const t = 'وصف الإيطالي مينو رايولا مدرب الفريق بالمنافق. وقال رايولا إن "المدرب جبان". وكان رايولا قد نقل رايولا السويدي إبراهيموفيتش إلى برشلونة عام 2009.';
    const ps = names(t);
    expect(ps).toContain('مينو رايولا');
    expect(ps.some((n) => n.includes('السويدي'))).toBe(false);
    // (the quotation goes to the agent, who is now a person of the article)
    expect(parseArticle(t).quotes.every((q) => q.speaker.ar === 'مينو رايولا')).toBe(true);
  });

  it('a name its own title introduces, sharing a word with a found name, is a second person', () => {
    const t = 'أوضح الفنان العراقي نصير شمة ظروف الصورة التي جمعته في الحفل بالسفير الإسرائيلي لدى اليونسكو كرمل شمة هكوهن. وقال شمة إن "الصور قديمة".';
    const ps = names(t);
    expect(ps).toContain('نصير شمة');
    expect(ps.some((n) => n.startsWith('كرمل شمة'))).toBe(true);
  });

  it('… but not one unlisted name written with غ and then ج (or ك): one person, two spellings', () => {
    for (const other of ['جارفيلدو', 'كارفيلدو']) {
      const t = `قال المهاجم البرازيلي غارفيلدو تونيسا إن "الفريق لعب جيدا". وقال المدرب الإسباني بيب غوارديولا إن "الفوز مستحق". وأكد اللاعب البرازيلي ${other} تونيسا أن "الموسم طويل".`;
      expect(names(t).filter((n) => n.endsWith('تونيسا'))).toEqual(['غارفيلدو تونيسا']);
    }
  });
});
