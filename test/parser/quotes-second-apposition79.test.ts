import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «وأقر محرم إنجه، المنافس الرئيسي لأردوغان على الرئاسة، ومرشح حزب الشعب الجمهوري …، بفوز أردوغان»
// (pool 269) gave the second title as what was conceded: the subject's apposition was read to its
// first closing comma only.
describe('a speaker with two titles set off by commas', () => {
  it('reads both as the subject’s, and the statement after them', () => {
    const b = parseArticle([
      'نتائج الانتخابات التركية',
      'وقال الرئيس رجب طيب أردوغان إن الشعب اختار.',
      'وأقر محرم إنجه، المنافس الرئيسي لأردوغان على الرئاسة، ومرشح حزب الشعب الجمهوري أكبر أحزاب المعارضة، بفوز أردوغان في الانتخابات.',
    ].join('\n'));
    const q = b.quotes.find((x) => x.speaker.ar === 'محرم إنجه');
    expect(q?.text).toBe('بفوز أردوغان في الانتخابات');
  });
});
