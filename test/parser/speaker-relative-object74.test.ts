import { describe, expect, it } from 'vitest';
import { article } from '../helpers/article.ts';
import { parseByRules } from '../helpers/rules-alone.ts';

// «واعتبرت النيابة العامة في ميونخ التي اتهمت … مدير الشركة روبرت ستادلر … أن …»: the relative
// clause after the prosecution says what it did; the man named in it is its object, not the one
// deeming (pool 207). The rules alone are asked.
describe('a person inside a relative clause after a source', () => {
  it('is not the speaker', () => {
    const b = parseByRules(article(
      'واعتبرت النيابة العامة في ميونخ التي اتهمت في أواخر أيار/مايو مدير الشركة روبرت ستادلر إضافة إلى عضو آخر في مجلس الإدارة بـ"الاحتيال"، أن هناك "خطر إخفاء أدلة" لتبرير سجنه.',
    ));
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual([expect.stringMatching(/^النيابة العامة/)]);
  });
});
