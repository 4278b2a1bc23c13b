import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «الصحيفة اعتبرت المبادرة الفرنسية تحرق المراحل …» (pool 227, a press review written subject
// first): the word after the framed verb was read as its subject, «المبادرة الفرنسية».
describe('a sentence opening on the subject of a framed verb', () => {
  it('takes the opening noun as the subject and the word after the verb as the object', () => {
    const b = parseArticle(['مؤتمر باريس حول ليبيا', 'الحكومة اتهمت المعارضة بالتحريض على العنف.'].join('\n'));
    expect(b.quotes.map((q) => [q.speaker.ar, q.text])).toEqual([['الحكومة', 'المعارضة بالتحريض على العنف']]);
  });

  it('leaves a verb-first sentence to its verb', () => {
    const b = parseArticle(['مؤتمر باريس حول ليبيا', 'اتهمت الحكومة المعارضة بالتحريض على العنف.'].join('\n'));
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['الحكومة']);
  });
});
