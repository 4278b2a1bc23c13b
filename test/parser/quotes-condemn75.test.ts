import { describe, expect, it } from 'vitest';
import { article } from '../helpers/article.ts';
import { parseByRules } from '../helpers/rules-alone.ts';

// «دانت البحرين بشدة، الأحد، إطلاق عدة صواريخ …» reported nothing: دان (a hollow verb, «condemned»)
// was in the frames only as أدان, and the adverb of manner before the object was read as part of
// what was condemned (pool 287).
describe('a condemnation with دان and an adverb of manner', () => {
  it('is reported from its object on', () => {
    const q = parseByRules(article('ودانت البحرين بشدة، الأحد، إطلاق عدة صواريخ بالستية من قبل الحوثيين باتجاه السعودية.', 'وأدانت مصر بشدة إطلاق عدة صواريخ بالستية من قبل الحوثيين.')).quotes;
    expect(q.map((x) => [x.speaker.ar, x.text])).toEqual([
      ['البحرين', 'إطلاق عدة صواريخ بالستية من قبل الحوثيين باتجاه السعودية'],
      ['مصر', 'إطلاق عدة صواريخ بالستية من قبل الحوثيين'],
    ]);
  });
});
