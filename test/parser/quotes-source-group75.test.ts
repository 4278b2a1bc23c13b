import { describe, expect, it } from 'vitest';
import { article } from '../helpers/article.ts';
import { parseByRules } from '../helpers/rules-alone.ts';

// A statement reported as its verb's object (أكدت X حصول …) has no complementiser to end the
// subject, and the subject ended at the first preposition: «مصادر | من الحوثيين حصول الغارة …»
// gave the source as «مصادر» and the quotation as starting «من الحوثيين» (dev 21, dev 24, pool 086).
describe('an unnamed source with its group, before an object report', () => {
  it('keeps من and its group in the source, not in what was said', () => {
    const q = parseByRules(article('وأكدت مصادر من الحوثيين حصول الغارة على المدينة.')).quotes;
    expect(q.map((x) => [x.speaker.ar, x.text])).toEqual([['مصادر من الحوثيين', 'حصول الغارة على المدينة']]);
  });

  it('keeps في and a body in construct', () => {
    const q = parseByRules(article('وأكد مسؤول في وزارة الخارجية حصول الغارة على المدينة.')).quotes;
    expect(q.map((x) => [x.speaker.ar, x.text])).toEqual([['مسؤول في وزارة الخارجية', 'حصول الغارة على المدينة']]);
  });

  it('but not a statement it was made in', () => {
    const q = parseByRules(article('وأكد مسؤول في بيان حصول الغارة على المدينة.')).quotes;
    expect(q.map((x) => x.speaker.ar)).toEqual(['مسؤول']);
  });
});
