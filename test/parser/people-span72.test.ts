import { afterEach, describe, expect, it } from 'vitest';
import { RUN_CUT, useTaggerModel } from '../../src/parser/name-tagger.ts';
import { parseArticle } from '../../src/parser/index.ts';
import { knowing } from '../helpers/tagger-model.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const names = (body: string) => parseArticle([HEAD, body].join('\n')).people.map((p) => p.name.ar);
const GOAL = 'وسجل للأهلي عمر السومة 1-0 في الدقيقة العاشرة من المباراة.';

// Round fifty-seven: the model's run either takes in a doubted given name before the word it is
// sure of or starts on the sure word; the name read must not depend on which side of RUN_CUT the
// given name fell (round fifty-six withdrew a tagger refit over exactly this).
describe('a doubted given name before a sure ال-family name in ة (issue 11, round fifty-seven)', () => {
  afterEach(() => useTaggerModel(null));

  it('reads the same name whether the run took in the given name or not', () => {
    useTaggerModel(knowing({ عمر: RUN_CUT + 0.5, السومة: 21 }));
    expect(names(GOAL)).toContain('عمر السومة');
    useTaggerModel(knowing({ عمر: RUN_CUT - 0.5, السومة: 21 }));
    expect(names(GOAL)).toContain('عمر السومة');
  });

  it('still reads no person when the pair falls short (مالك | الصحيفة: the newspaper\'s owner)', () => {
    useTaggerModel(knowing({ مالك: -3, الصحيفة: 6 }));
    expect(names('وقال مالك الصحيفة في تصريح إن التوزيع تراجع هذا العام.').some((n) => n.includes('الصحيفة'))).toBe(false);
  });
});
