import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const HEAD = 'عنوان الخبر عن المقابلة الأخيرة';
const quotes = (body: string) => parseArticle([HEAD, body].join('\n')).quotes.map((q) => [q.speaker.ar, q.text]);

describe('a short question asked (issue 11, round fifty-six)', () => {
  it('takes a short quotation after a verb of asking as said, in both spellings (تساءل، تسائل)', () => {
    expect(quotes('وتساءل إيلون ماسك: "هل هذا سيجار؟".')).toEqual([['إيلون ماسك', 'هل هذا سيجار؟']]);
    expect(quotes('وتسائل إيلون ماسك: "هل هذا سيجار؟".')).toEqual([['إيلون ماسك', 'هل هذا سيجار؟']]);
  });

  it('and after a colon that closes the verb\'s sentence, a clause between', () => {
    expect(quotes('وتسائل إيلون ماسك، عندما تلقى عرض المذيع: "هل هذا سيجار؟".')).toEqual([['إيلون ماسك', 'هل هذا سيجار؟']]);
  });

  it('but a short quoted phrase with no colon stays a phrase (a title named)', () => {
    expect(quotes('وتساءل إيلون ماسك عن برنامج "المساء الأخير" في مقابلة طويلة مع الصحفيين أمس.')).toEqual([]);
  });
});
