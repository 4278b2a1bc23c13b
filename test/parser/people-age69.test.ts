import { afterEach, describe, expect, it } from 'vitest';
import { useTaggerModel } from '../../src/parser/name-tagger.ts';
import { parseArticle } from '../../src/parser/index.ts';
import { knowing } from '../helpers/tagger-model.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const names = (body: string) => parseArticle([HEAD, body].join('\n')).people.map((p) => p.name.ar);

describe('the obituary\'s age is no one (issue 11, round fifty-three)', () => {
  afterEach(() => useTaggerModel(null));

  it('reads «عن عمر ناهز 76 عاما» as an age, written twice as obituaries do', () => {
    // (the scores a held-out tagger gave the two words; written twice, the pair passed as a name)
    useTaggerModel(knowing({ عمر: -12, ناهز: -11 }));
    expect(names('وتوفيت المغنية أريثا فرانكلين في منزلها عن عمر ناهز 76 عاما. وكانت فرانكلين قد رحلت عن عمر ناهز 76 عاما.')).not.toContain('عمر ناهز');
  });

  it('still reads Omar after عن when a name follows, whatever number comes next', () => {
    useTaggerModel(knowing({ عمر: 20, سليمان: 20 }));
    expect(names('وتحدث الوزير عن عمر سليمان (75 عاما) الذي توفي في الولايات المتحدة. وكان عمر سليمان مديرا للمخابرات.')).toContain('عمر سليمان');
  });
});
