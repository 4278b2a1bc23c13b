import { describe, expect, it } from 'vitest';
import { article } from '../helpers/article.ts';
import { parseByRules } from '../helpers/rules-alone.ts';

// A lawyer introduced with his client's pronoun (محاميه بيتر كريستيانسين) later speaks as «محامي
// اللاعب البرتغالي» or «محامي رونالدو». The description finder read «محاميه» as an office of its
// own (a word ending in ه, like محامية's light form), so no person held the office محامي and the
// quotations went to the bare description (pool 173, pool 195).
describe('a described speaker whose office a person holds with a pronoun', () => {
  const opening = 'اتهمت سيدة أمريكية المخرج الفرنسي لوك بيسون بالاعتداء عليها، وفقا لبيان محاميه تييري مارنبير.';

  it('is that person when the description names the client by a title', () => {
    const q = parseByRules(article(opening, 'وقال محامي المخرج إن "بيسون ينفي نفيا قاطعا هذه الاتهامات".')).quotes;
    expect(q.at(-1)!.speaker.ar).toBe('تييري مارنبير');
  });

  it('and when it names the client', () => {
    const q = parseByRules(article(opening, 'وقال محامي بيسون إن موكله بريء من كل التهم.')).quotes;
    expect(q.at(-1)!.speaker.ar).toBe('تييري مارنبير');
  });
});
