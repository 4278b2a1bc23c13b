import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «وقال أقارب المغنية الأمريكية في بيان …» spoke three quotations of pool 193 as "the relatives of
// US singer": the relative's principal, a definite description, lost its article in English.
describe("a relative of a described person", () => {
  it('keeps the description definite in English', () => {
    const b = parseArticle([
      'وفاة مغنية السول الشهيرة',
      'وقال أقارب المغنية الأمريكية في بيان "فقدنا رأس عائلتنا وعمودها الفقري".',
    ].join('\n'));
    expect(b.quotes.map((q) => q.speaker.en)).toEqual(['the relatives of the US singer']);
  });
});
