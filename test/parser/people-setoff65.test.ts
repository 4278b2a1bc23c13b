/**
 * Round thirty-eight, invented sentences: a name set off by commas (an apposition) keeps its last
 * word though the article repeats only its first (a family name written first, as Chinese names
 * are: وزير التجارة الصيني، تشونغ شان، … وذكر تشونغ). (Outside commas such a last word, an
 * everyday word written once, is still read as the start of what follows: people-ar.ts onceTail.)
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

describe('a name between commas whose first word the article repeats', () => {
  const text =
    'عنوان الخبر\n' +
    'وقال وزير التجارة الصيني، تشونغ شان، في مؤتمر صحفي إن "الحرب التجارية ستجلب كارثة للجميع".\n' +
    'وذكر تشونغ أيضا أن واشنطن بالغت في تقدير عجزها التجاري.';

  it('is the whole name between the commas, with its role', () => {
    const b = parseArticle(text);
    expect(b.people.map((p) => [p.name.ar, p.role.ar])).toEqual([['تشونغ شان', 'وزير التجارة الصيني']]);
  });

  it('speaks under that name at both mentions', () => {
    const b = parseArticle(text);
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['تشونغ شان', 'تشونغ شان']);
  });
});
