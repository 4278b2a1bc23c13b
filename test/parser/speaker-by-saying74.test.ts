import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { article } from '../helpers/article.ts';

// «بقوله» (by his saying) opens a short quotation as «بالقول» does: «وعلق … على القرار بقوله: "هذا
// قرار صائب"». Three words after it were taken for a phrase stressed, not words said.
describe('a short quotation after «by his saying»', () => {
  for (const gap of [' ', ': ']) {
    it(`is said by the clause's subject (${JSON.stringify(gap)})`, () => {
      const b = parseArticle(article(
        `وعلق الوزير أحمد خالد على القرار بقوله${gap}"هذا قرار صائب".`,
      ));
      expect(b.quotes.map((q) => [q.speaker.ar, q.text])).toEqual([['أحمد خالد', 'هذا قرار صائب']]);
    });
  }
});
