import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «وعبر بيتر جيليرون رئيس الاتحاد السويسري لكرة القدم عن ندمه بشأن التصريحات …» (pool 043): the
// title ran on over the verb's preposition into what was said («… لكرة القدم عن ندمه بشأن
// التصريحات»), and the statement opened on the title. «وعبرت كريستين لغراد رئيسة صندوق النقد
// الدولي عن "إحساسها بالفزع"» (pool 100) likewise. عبّر takes عن: a title between the verb's subject
// and عن ends before it, and the statement opens there.
describe('a title between a framed verb’s subject and its preposition', () => {
  const b = parseArticle(['ندم سويسري', 'وعبر بيتر جيليرون رئيس الاتحاد السويسري لكرة القدم عن ندمه بشأن التصريحات التي أدلى بها ميشر.'].join('\n'));

  it('ends before the preposition', () => {
    expect(b.people.map((p) => [p.name.ar, p.role.ar])).toEqual([['بيتر جيليرون', 'رئيس الاتحاد السويسري لكرة القدم']]);
  });

  it('is no part of the statement', () => {
    expect(b.quotes.map((q) => [q.speaker.ar, q.text])).toEqual([['بيتر جيليرون', 'ندمه بشأن التصريحات التي أدلى بها ميشر']]);
  });
});
