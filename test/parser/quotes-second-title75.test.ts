import { describe, expect, it } from 'vitest';
import { article } from '../helpers/article.ts';
import { parseByRules } from '../helpers/rules-alone.ts';

// «طلبت نجمة هوليود الشهيرة الممثلة ريز ويذرسبون من معجبيها تقبلها …» gave the request to the
// description «نجمة هوليود الشهيرة»: the subject ended where a second definite word (الممثلة)
// followed, leaving the title and the name to what was asked (pool 070).
describe('a description, then a second title and its holder', () => {
  it('is the holder speaking', () => {
    const q = parseByRules(article('طلبت نجمة هوليود الشهيرة الممثلة ريز ويذرسبون من معجبيها تقبلها كما هي، بعد أن ظهرت في صورة غريبة.')).quotes;
    expect(q.map((x) => [x.speaker.ar, x.text.startsWith('معجبيها تقبلها')])).toEqual([['ريز ويذرسبون', true]]);
  });
});
