import { describe, expect, it } from 'vitest';
import { article } from '../helpers/article.ts';
import { parseByRules } from '../helpers/rules-alone.ts';

// A verb of saying in the singular with its subject unstated (وقالت "…") agrees with that subject
// in full: it goes on with no group of people who spoke before (بعض مستخدميه قالوا …), but with
// the person the narration is about (pool 123: the group took a mother's words under a held-out
// ranker). The rules alone are asked, as a ranker that has not read the article would be.
describe('an unstated singular subject', () => {
  it('is no group of people who spoke before', () => {
    const b = parseByRules(article(
      'ولكن بعض مستخدميه قالوا لإذاعة راديو فايف في بي بي سي إن التقنية الجديدة لا تحوي على حماية كافية.',
      'وفي الوقت الحالي توجد كلمات فجة في أكثر من ثلث الأغاني على قائمة الأغاني الأكثر مبيعا في بريطانيا.',
      'وبدأت نيكولا فورد، وهي أم لأطفال، التماسا على الإنترنت بعد أن استمعت إلى كلمات بعض الأغاني.',
      'وقالت "تعرضت لبعض المواقف المحرجة عندما كان الأطفال يستمعون إلى بعض الأغاني في الراديو".',
    ));
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['بعض مستخدميه', 'نيكولا فورد']);
  });
});
