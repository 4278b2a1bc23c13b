import { describe, expect, it } from 'vitest';
import { article } from '../helpers/article.ts';
import { parseByRules } from '../helpers/rules-alone.ts';

// «كانت الولايات المتحدة قد أعلنت أنها …» gave the speaker as «الولايات»: the subject in كان's slot ran
// on only over relative adjectives (الخارجية الأمريكية), and المتحدة is none (pool 159).
describe('a place or body in the slot of كان before a verb of saying', () => {
  it('is read whole', () => {
    const q = parseByRules(article(
      'وكانت الولايات المتحدة قد أعلنت أنها ستقوم بدمج قنصليتها في القدس مع سفارتها.',
      'كانت الأمم المتحدة أعلنت أن الخطة ستقوم بدمج المكاتب في جنيف.',
    )).quotes;
    expect(q.map((x) => x.speaker.ar)).toEqual(['الولايات المتحدة', 'الأمم المتحدة']);
  });
});
