import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «ووفقا لإستطلاع أجري حديثاً، قال واحد من 4 أشخاص في الولايات المتحدة إنهم يبحثون عن وظيفة …»
// (pool 186) was shown as the poll saying «قال واحد من 4 أشخاص …»: an opening attribution took the
// clause after its comma whole, verb of saying and all. That verb has a subject of its own, who
// speaks; and واحد, the number, lost its first letter as a conjunction («احد»).
const said = (text: string) => parseArticle(['استطلاعات وأخبار', text].join('\n')).quotes.map((q) => [q.speaker.ar, q.speaker.en, q.text]);

describe('an opening attribution before a verb of saying', () => {
  it('leaves the statement to the verb’s subject', () => {
    expect(said('ووفقا لصحيفة نيويورك تايمز، قال مسؤول أمريكي إن القوات ستنسحب من المنطقة.')).toEqual([['مسؤول أمريكي', 'a US official', 'القوات ستنسحب من المنطقة']]);
    expect(said('ووفقا لإستطلاع أجري حديثاً، قال واحد من 4 أشخاص في الولايات المتحدة إنهم يبحثون عن وظيفة عبر فيسبوك.').map(([ar, en]) => [ar, en])).toEqual([['واحد', 'one']]);
  });

  it('still speaks for a clause with no verb of saying', () => {
    expect(said('وبحسب وكالة رويترز، فإن المحادثات فشلت بعد ساعات.')).toEqual([['وكالة رويترز', 'Reuters', 'المحادثات فشلت بعد ساعات']]);
  });

  it('reads «واحد من» as one of a group', () => {
    expect(said('وقال واحد من المتظاهرين إنهم يبحثون عن وظيفة.').map(([ar, en]) => [ar, en])).toEqual([['واحد من المتظاهرين', 'one protester']]);
  });
});
