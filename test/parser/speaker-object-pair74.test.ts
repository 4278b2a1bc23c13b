import { describe, expect, it } from 'vitest';
import { article } from '../helpers/article.ts';
import { parseByRules } from '../helpers/rules-alone.ts';

// «في تلميح إلى مواطنه رافايل فاران وإيسكو، شدد على أنه "…"»: both players are the preposition's
// objects, one behind a noun with its pronoun (مواطنه), the other joined to him by و. Neither is
// the unstated subject of شدد: the coach who spoke is (pool 241). The rules alone are asked.
describe('the objects of a preposition', () => {
  it('are not the unstated subject', () => {
    const b = parseByRules(article(
      'وفي حين أشار المدرب الفرنسي زين الدين زيدان إلى أنه لن يشرك أي لاعب ما لم يكن جاهزا، في تلميح على الأرجح إلى مواطنه رافايل فاران وإيسكو، شدد على أنه "لدينا مباراة وسنخوضها كالمعتاد".',
    ));
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['زين الدين زيدان', 'زين الدين زيدان']);
  });
});
