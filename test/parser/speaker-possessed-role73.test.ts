import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// A person's role may carry its principal's pronoun (محاميهما مايكل والدز): the title the role
// opens on is محامي all the same, so «حسبما أكد محاميهما» and «وقال المحامي» before his name
// appears are his words, not a described lawyer's (dev 12, round fifty-eight).
describe('a role that carries a possessive', () => {
  const article = [
    'عنوان الخبر عن تطورات القضية اليوم',
    '',
    'وأدى فيكتور وأماليا كنافس، وهما من أصل سلوفيني، قسم الجنسية في نيويورك يوم الخميس، حسبما أكد محاميهما.',
    'وقال المحامي إن الاثنين يعيشان في الولايات المتحدة منذ سنوات.',
    'وقال محاميهما مايكل والدز للصحفيين خارج القاعة إنهما التزما بكل الشروط.',
  ].join('\n');

  it('gives the possessed title and the bare definite title to the person with that role', () => {
    const b = parseArticle(article);
    const walds = b.people.find((p) => p.name.ar === 'مايكل والدز');
    expect(walds?.role.ar).toBe('محاميهما');
    const speakers = b.quotes.map((q) => q.speaker.ar);
    expect(speakers).toEqual(['مايكل والدز', 'مايكل والدز', 'مايكل والدز']);
  });
});
