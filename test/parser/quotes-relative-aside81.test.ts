import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «وأشار إلى أن موكله، الذي أكد أنه تعاون مع الشرطة إلى أبعد الحدود، اُستهدف …» (pool 085): the
// lawyer's statement was cut at the relative clause's own verb of saying, so it opened on «تعاون»
// and what the lawyer said of his client was lost. A relative clause on the reported clause's own
// subject is an aside inside it.
describe('a relative clause of saying on the reported clause’s subject', () => {
  const b = parseArticle(['محامي الكاردينال', 'وقال المحامي روبرت ريشتر إن موكله، الذي أكد أنه تعاون مع الشرطة، استجوب مرارا.'].join('\n'));

  it('does not end the statement that holds it', () => {
    expect(b.quotes.map((q) => q.text)).toContain('موكله، الذي أكد أنه تعاون مع الشرطة، استجوب مرارا');
  });

  it('still ends one at a relative clause further on (تصريحات لافروف الذي دعا فيها إلى …)', () => {
    const c = parseArticle(['لافروف', 'وقال المتحدث باسم الوزارة إن الرد جاء بعد تصريحات وزير الخارجية سيرغي لافروف الذي أكد أن بلاده لن تتراجع عن موقفها.'].join('\n'));
    expect(c.quotes.some((q) => q.text.startsWith('بلاده لن تتراجع'))).toBe(true);
  });
});
