import { describe, expect, it } from 'vitest';
import { article } from '../helpers/article.ts';
import { parseByRules } from '../helpers/rules-alone.ts';

// Phrases the rules read as speakers that are no one: a tweet (وختم تغريدته), an abstract noun
// inside what was said (فقدان الثقة). The shipped ranker mends them on the articles it was fitted
// to, not on unseen copy, so the rules alone are asked.
const speakers = (...lines: string[]) => parseByRules(article(...lines)).quotes.map((q) => q.speaker.ar);

describe('a speaker the rules read', () => {
  it('is not the tweet the speaker closed (pool 193)', () => {
    expect(speakers(
      'وعلق الرئيس الأمريكي دونالد ترامب عبر "تويتر" على وفاة فرانكلين واصفا إياها بأنها "امرأة عظيمة كانت تنعم بهبة رائعة من الله وهي صوتها". وختم تغريدته بالقول "سنفتقدها".',
    )).toEqual(['دونالد ترامب', 'دونالد ترامب']);
  });

  it('is not an abstract noun inside what was said (pool 138)', () => {
    expect(speakers(
      'وقال المحلل المالي وضاح الطه، إن السيولة بالإمارات جيدة للغاية، ولكن فقدان الثقة أو القلق من دخول سيولة إضافية هو ما أثر سلبا على السوق، مؤكدا على أن الوضع الحالي لسوق دبي لا يعبر عن أداء الشركات.',
    )).toEqual(['وضاح الطه', 'وضاح الطه']);
  });
});
