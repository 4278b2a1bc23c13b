import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const people = (body: string) => parseArticle([HEAD, body].join('\n')).people.map((p) => [p.name.ar, p.role.ar]);

// Round fifty-seven: a given name written with the article (الوليد، المهدي) after a title was read
// as the title's adjective when the article did not write the name's last word again; before بن it
// can only be the person's own name.
describe('a given name with the article before بن is the name, not the title (issue 11, round fifty-seven)', () => {
  it('reads «الأمير الوليد بن طلال» and «المدافع المهدي بن عطية» whole', () => {
    expect(people('وأكد الأمير الوليد بن طلال أن الشركة رابحة.')).toEqual([['الوليد بن طلال', 'الأمير']]);
    expect(people('وقال المدافع المهدي بن عطية إن الفريق جاهز.')).toEqual([['المهدي بن عطية', 'المدافع']]);
  });

  it('still keeps a title\'s own adjective before a name without lineage', () => {
    expect(people('وقال المدافع الدولي محمد كامل إن الفريق جاهز.')).toEqual([['محمد كامل', 'المدافع الدولي']]);
  });
});
