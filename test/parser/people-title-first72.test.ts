import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const people = (body: string) => parseArticle([HEAD, body].join('\n')).people.map((p) => [p.name.ar, p.role.ar]);

// Round fifty-seven: a title that ran over the name's first word (المخرج سامح | عبد العزيز) gave
// the English reader "Abdulaziz, director of Sameh".
describe('a title does not end on the name\'s first word (issue 11, round fifty-seven)', () => {
  it('gives a bare name-shaped word before the name back to the name', () => {
    expect(people('وعن إضافة اسم المخرج سامح عبد العزيز رغم أنه لم يستمر في العمل على المسلسل، تحدث الفنان.'))
      .toContainEqual(['سامح عبد العزيز', 'المخرج']);
    expect(people('ووفقًا للمحلل مينغ تشي كو، من مجموعة للأوراق المالية، فإن الهاتف سيصدر قريبا.')).toContainEqual(['مينغ تشي كو', 'المحلل']);
  });

  it('keeps a title\'s own words: a place, and an everyday word', () => {
    expect(people('وقال وزير الخارجية الفرنسي جان إيف لودريان إن الاتفاق صامد.')).toContainEqual(['جان إيف لودريان', 'وزير الخارجية الفرنسي']);
  });
});

describe('a name cut to its last words is the same person', () => {
  it('merges «تشي كو» into «مينغ تشي كو» though a list knows تشي as a given name', () => {
    const got = people('ووفقًا للمحلل مينغ تشي كو، من مجموعة للأوراق المالية، فإن الهاتف سيصدر قريبا. ويتوقع تشي كو أيضًا أن يأتي هاتف آيفون.');
    expect(got.map(([n]) => n)).toEqual(['مينغ تشي كو']);
  });

  it('still keeps two people of one family apart (ميلانيا ترامب، دونالد ترامب)', () => {
    const got = people('وقال الرئيس الأمريكي دونالد ترامب إن الزيارة ناجحة. ورافقته زوجته ميلانيا ترامب في الجولة.');
    expect(got.map(([n]) => n).sort()).toEqual(['دونالد ترامب', 'ميلانيا ترامب']);
  });
});
