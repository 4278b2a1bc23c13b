import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «قد تعود الأمور إلى الوراء لفترة من الزمن، "ولكن- في النهاية- يصح الصحيح"» was said by «الأمور»
// ("things", dev 27), with no English at all: the ranker weighed the subject of the clause before
// the quotation, a phrase on no title, source, outlet, body or name that no table could even put
// into English. Such a phrase is offered only when the rules themselves chose it.
describe('a phrase that is no one', () => {
  it('is not offered to the ranker as a speaker', () => {
    const b = parseArticle([
      'أوباما يتحدث عن المستقبل',
      'وقال أوباما في خطابه إن "العالم يتغير بسرعة".',
      'قد تعود الأمور إلى الوراء لفترة من الزمن، "ولكن- في النهاية- يصح الصحيح، وليس العكس."',
    ].join('\n'));
    expect(b.quotes.map((q) => q.speaker.ar)).not.toContain('الأمور');
    expect(b.quotes.every((q) => q.speaker.en !== '')).toBe(true);
  });
});
