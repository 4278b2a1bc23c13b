import { describe, expect, it } from 'vitest';
import { article } from '../helpers/article.ts';
import { parseByRules } from '../helpers/rules-alone.ts';

// A report nested inside another's statement («قال الوزير إن الحكومة أعلنت أن …») is read as its
// own quotation, but the discourse goes on with the one who spoke: «وأضاف» after it is the
// minister, not the government he quoted. The rules alone are asked.
describe('a report inside a statement', () => {
  it('does not take over the discourse', () => {
    const b = parseByRules(article(
      'وقال الوزير أحمد خالد إن الحكومة أعلنت أن الأسعار ستنخفض قريبا في الأسواق. وأضاف أن "الرواتب سترتفع أيضا".',
    ));
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['أحمد خالد', 'الحكومة', 'أحمد خالد']);
  });
});
