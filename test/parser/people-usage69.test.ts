import { afterEach, describe, expect, it } from 'vitest';
import { useTaggerModel } from '../../src/parser/name-tagger.ts';
import { parseArticle } from '../../src/parser/index.ts';
import { knowing } from '../helpers/tagger-model.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const people = (body: string) => parseArticle([HEAD, body].join('\n')).people.map((p) => [p.name.ar, p.role?.ar ?? '']);

describe('a family name the article writes alone again and again (issue 11, round fifty-three)', () => {
  afterEach(() => useTaggerModel(null));

  // (as a held-out tagger scores an unseen Maghrebi name: the given name a name word, the rest far below zero)
  const ARTICLE = 'وأثار إعلان الرئيس التونسي الهادي قائد المنصفي الاثنين دعمه لمشروع قانون المساواة جدلا واسعا. ويقود الحزب الذي أسسه المنصفي العام 2012 الحكومة الحالية. وبحسب المنصفي نفسه فإنه لم يتخذ القرار وحده، وما هي إلا ساعات على إعلان المنصفي عن إحالة المشروع.';

  it('keeps it as the surname of the name after a title, past the tagger\'s doubt', () => {
    useTaggerModel(knowing({ الهادي: 5, قائد: -45, المنصفي: -45 }));
    expect(people(ARTICLE)).toEqual([['الهادي قائد المنصفي', 'الرئيس التونسي']]);
  });

  it('but not a word with the article the article writes twice only', () => {
    useTaggerModel(knowing({ الهادي: 5, قائد: -45, المنصفي: -45 }));
    const twice = ARTICLE.replace('وبحسب المنصفي نفسه', 'وبحسب الرئيس نفسه').replace('أسسه المنصفي', 'أسسه الرئيس');
    expect(people(twice).map(([n]) => n)).toEqual(['الهادي قائد']);
  });
});
