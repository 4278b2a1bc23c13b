import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { article } from '../helpers/article.ts';

// «وأكملت: "…"»، «واستكمل بأن "…"»: verbs of going on, like أضاف and تابع, continue the last
// speaker. They were no verbs of saying at all, so a lawyer's words went to "the state" (pool 173)
// and an actress's to no one (pool 065).
describe('a verb of going on', () => {
  it('continues the last speaker', () => {
    const b = parseArticle(article(
      'وقال المحامي بيتر كريستيانسين إن "رونالدو ينكر بشدة جميع المزاعم في الشكوى".',
      'واستكمل بأن "دوافعه للموافقة على ذلك القرار قد تم تلويثها على أقل تقدير".',
      'وقالت الممثلة جميلة جميل "ربما لم يطلب منها أن تكون نموذجا".',
      'وأكملت: "إنها ليست شخصا سيئا".',
    ));
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['بيتر كريستيانسين', 'بيتر كريستيانسين', 'جميلة جميل', 'جميلة جميل']);
  });
});
