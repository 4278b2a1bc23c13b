/**
 * Round twenty-six (speakers50), invented sentences: the edges of a name the people finder takes
 * for a speaker, on names no list holds (unseen copy): a complementiser is never its last word.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const quotes = (t: string) => parseArticle(t).quotes.map((q) => ({ who: q.speaker.ar, text: q.text }));
const names = (t: string) => parseArticle(t).people.map((p) => p.name.ar);

describe('the edges of an unseen name', () => {
  it('a complementiser after the name is the clause\'s, not a name word (… إنني، أنني)', () => {
    expect(quotes('وقالت الوزيرة سارة كمال إنني لن أستقيل من منصبي.')).toEqual([{ who: 'سارة كمال', text: 'إنني لن أستقيل من منصبي' }]);
    expect(names('وقال المدرب أحمد حسن أنني لم أقصر في عملي.')).toEqual(['أحمد حسن']);
  });
});
