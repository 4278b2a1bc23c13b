import { describe, expect, it } from 'vitest';
import { arabicNameCandidates } from '../../src/parser/people-ar.ts';
import { tokenize } from '../../src/parser/tokens.ts';

const toks = (text: string) => tokenize(text, [{ text, start: 0, end: text.length, para: 0 }], 'ar');

// Under a held-out tagger the quotation reader read «رايتس ووتش» (after «إلا أن هيومن») as a
// speaker's name, and the people finder took the name it vouched for: Human Rights Watch became
// the person "Reitz Woch" and four of its statements his (cv:people --unseen, dev 37). The words
// are the rest of a body the lexicon knows, as «دي جانيرو» is the rest of a city.
describe('a vouched name that is the rest of a known body', () => {
  const names = (text: string, first: string, last: string) => {
    const ts = toks(text);
    const span: [number, number] = [ts.findIndex((t) => t.text === first), ts.findIndex((t) => t.text === last)];
    return arabicNameCandidates(text, ts, [span]).map((c) => c.name);
  };

  it('is no person', () => {
    expect(names('إلا أن هيومن رايتس ووتش ذكرت في بيانها أنها وثقت ادعاءات التعذيب في لبنان.', 'رايتس', 'ووتش')).toEqual([]);
  });

  it('while a vouched name beside no body stays one', () => {
    expect(names('إلا أن الناشط جون رايتس ذكر في بيانه أنه وثق ادعاءات التعذيب في لبنان.', 'جون', 'رايتس')).toEqual(['جون رايتس']);
  });
});
