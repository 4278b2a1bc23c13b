import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../src/parser/index.ts';
import { thingNames } from '../../src/parser/people-ar.ts';

const things = (text: string) => [...thingNames(segmentArticle(text).toks).keys()];

// «أول امرأة تدخل متحف "روك أند رول هال أوف فايم" العريق» (pool 193): under a held-out tagger, once
// the quoted title was no quotation, «أوف فايم» became a person. A museum's name is a thing's.
describe('a museum’s name', () => {
  it('is a thing’s, every quoted word of it', () => {
    expect(things('أصبحت أول امرأة تدخل متحف "روك أند رول هال أوف فايم" العريق.')).toEqual(['روك', 'اند', 'رول', 'هال', 'اوف', 'فايم']);
  });
});
