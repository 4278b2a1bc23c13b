import { describe, expect, it } from 'vitest';
import { article } from '../helpers/article.ts';
import { parseByRules } from '../helpers/rules-alone.ts';

// «قال عملاق شبكات التواصل الاجتماعي، فيسبوك، إنه …» showed the speaker as «عملاق» ("Amlak"): the
// subject ended at the description's comma. A body set off after its description is the one who
// speaks, as a person set off after a title already was (pool 130).
describe('a body named after its description and a comma', () => {
  it('speaks', () => {
    const q = parseByRules(article('قال عملاق شبكات التواصل الاجتماعي، فيسبوك، إنه لن يحذف الأخبار المزيفة من منصته.')).quotes;
    expect(q.map((x) => [x.speaker.ar, x.speaker.en])).toEqual([['فيسبوك', 'Facebook']]);
  });

  it('but a body in construct keeps its name, of which the acronym is a repetition', () => {
    const q = parseByRules(article('وقالت وكالة الأنباء الحكومية السورية، سانا، إن مسلحين قصفوا مسار قوافل الإغاثة.')).quotes;
    expect(q.map((x) => x.speaker.ar)).toEqual(['وكالة الأنباء الحكومية السورية']);
  });

  it('and a time or a word no list holds is no body', () => {
    const q = parseByRules(article('وقال الوزير، اليوم، إنه سعيد جدا بالفوز.', 'وقال عملاق الصناعة، المؤسس، إنه سعيد جدا بالفوز.')).quotes;
    expect(q.map((x) => x.speaker.ar)).toEqual(['الوزير', 'عملاق الصناعة']);
  });
});
