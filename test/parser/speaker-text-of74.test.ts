import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { article } from '../helpers/article.ts';

// «وفقا لنص القرار»: the source is the decision's text, a document like a report or a statement.
// نص was in no list of them, so the reader took «لنص» for a bare name and showed "Lans" (pool 167).
describe('the text of a document', () => {
  it('is the source, without the preposition', () => {
    const b = parseArticle(article(
      'قال المجلس إن الحرب يجب أن تتوقف.',
      'ووفقا لنص القرار، فإن "على جميع الأطراف الالتزام بوقف إطلاق النار".',
    ));
    expect(b.quotes.at(-1)!.speaker.ar).toBe('نص القرار');
    expect(b.quotes.at(-1)!.speaker.en).toMatch(/text/);
  });
});
