import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «… رئيسا للاتحاد السعودي لكرة القدم، الأربعاء، ليخلف عادل عزت …» (pool 172, under a held-out
// tagger): «ليخلف» ("to succeed") opened a person «ليخلف عادل عزت» with the new head's title. ل and
// an imperfect verb before a given name is the purpose clause's verb; the names data's family name
// يخلف does not make ليخلف one.
describe('ل and an imperfect verb before a given name', () => {
  const b = parseArticle(['اتحاد الكرة', 'وعينت الهيئة الفواز رئيسا للاتحاد، ليخلف عادل عزت الذي قدم استقالته.'].join('\n'));

  it('is no part of the name, and the title before it is not the name’s', () => {
    expect(b.people.map((p) => [p.name.ar, p.role.ar])).toEqual([['عادل عزت', '']]);
  });

  it('while a given name in لي stays whole (ليونيل ميسي)', () => {
    const c = parseArticle(['ميسي', 'وقال ليونيل ميسي إن الفريق سيفوز.'].join('\n'));
    expect(c.people.map((p) => p.name.ar)).toEqual(['ليونيل ميسي']);
  });
});
