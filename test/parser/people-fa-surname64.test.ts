/**
 * Round thirty-six, invented sentences: a surname opening on فال (Val-, Wal-) reads as the
 * conjunction ف and the article; when the tagger takes it for a name word it completes the name,
 * while the conjunction before a definite noun (فالحكومة) is never a person.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const people = (t: string) => parseArticle(t).people.map((p) => p.name.ar);

describe('a surname on فال', () => {
  it('completes the name a speech verb opens', () => {
    expect(people('وقال جيرار فالبيرنو إن المعرض سيستمر حتى نهاية الشهر المقبل.')).toEqual(['جيرار فالبيرنو']);
  });

  it('leaves the conjunction and a definite noun alone', () => {
    expect(people('وقال الوزير إن الحكومة ستدرس الأمر فالحكومة لا تريد التصعيد.')).toEqual([]);
  });
});
