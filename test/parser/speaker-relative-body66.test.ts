/**
 * Round fifty: the antecedent of a relative pronoun before a verb of saying is a body the lists
 * know by a name of several words («هيومن رايتس ووتش» التي ذكرت): the whole name speaks, not its
 * last word read as a bare proper name ("Woch"). Constructed copy, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, segmentArticle } from '../../src/parser/index.ts';
import { knownBodyEndingAt } from '../../src/parser/known-body.ts';

describe('a known body as a relative pronoun\'s antecedent', () => {
  it('gives the quotation to the whole name, in the lexicon\'s English', () => {
    const text = 'انتقدت منظمات حقوقية الحكم على الناشط، ومن بينها "هيومن رايتس ووتش" التي ذكرت في تقرير لها أن "الاتهامات ضده تنتهك حقه في حرية التعبير".';
    const q = parseArticle(text).quotes.find((x) => x.text.includes('الاتهامات ضده'));
    expect(q?.speaker.ar).toBe('هيومن رايتس ووتش');
    expect(q?.speaker.en).toBe('Human Rights Watch');
  });

  it('finds the longest known name ending at a token, and none across punctuation', () => {
    const { toks } = segmentArticle('وقالت منظمة هيومن رايتس ووتش إن الوضع خطير. وقال: ووتش إن الأمر انتهى.');
    const end = toks.findIndex((t) => t.text === 'ووتش');
    expect(knownBodyEndingAt(toks, end)).toEqual({ ar: 'هيومن رايتس ووتش', from: end - 2 });
    const lone = toks.findIndex((t, i) => i > end && t.text === 'ووتش');
    expect(knownBodyEndingAt(toks, lone)).toBeNull();
  });
});
