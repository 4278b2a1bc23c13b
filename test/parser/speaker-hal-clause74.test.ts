import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { article } from '../helpers/article.ts';

// A participle after a comma (منتقدا، مستنكرا) describes the sentence's speaker, and a verb joined
// to it by و goes on with that speaker: the name inside the participle's object is talked about.
// «منتقدا تصريحات ميشر ووصفها بأنها …» gave Xhaka's words to Mischer (pool 043).
describe('a verb joined to a participle clause', () => {
  const text = (after: string) => article(
    'طرح الأمين العام للاتحاد ألكسندر ميشر سؤالا عن اللاعبين.',
    `وقال اللاعب غرانيت تشاكا بغضب "يبدو لي كأنه لا يعتقد ذلك"، ${after} بأنها تنتمي إلى "العصر الحجري".`,
  );

  it('keeps the speaker of the sentence', () => {
    const b = parseArticle(text('منتقدا تصريحات ميشر ووصفها'));
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['غرانيت تشاكا', 'غرانيت تشاكا']);
  });

  it('leaves a clause with its own subject to it', () => {
    const b = parseArticle(text('فيما رد ميشر ووصفها'));
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['غرانيت تشاكا', 'ألكسندر ميشر']);
  });
});
