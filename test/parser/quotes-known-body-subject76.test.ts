import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useSpeakerRanker } from '../../src/parser/speaker-ranker.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const speakers = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).quotes.map((q) => q.speaker.ar);

// «وقالت هيومن رايتس ووتش إن …» was said by «هيومن» ("Human"): the subject phrase stopped at the
// name word the gazetteer knows, inside a body the lexicon holds whole (pool 229; «واشنطن» of
// «واشنطن بوست», pool 041). A known body's name is read whole; words after it stay the phrase's.
describe('a subject that opens on a known body of several words', () => {
  afterEach(() => useSpeakerRanker(undefined));

  it('is the whole body', () => {
    useSpeakerRanker(null);
    expect(speakers(['وقالت هيومن رايتس ووتش إن التحقيق في التعذيب ضروري.'])).toEqual(['هيومن رايتس ووتش']);
  });

  it('and keeps what the phrase holds beyond it', () => {
    useSpeakerRanker(null);
    expect(speakers(['وقالت صحيفة نيويورك تايمز الأميركية إن التحقيق في التعذيب ضروري.'])).toEqual(['صحيفة نيويورك تايمز الأميركية']);
  });
});
