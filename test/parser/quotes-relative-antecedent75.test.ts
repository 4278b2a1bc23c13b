import { describe, expect, it } from 'vitest';
import { article } from '../helpers/article.ts';
import { parseByRules } from '../helpers/rules-alone.ts';

// The antecedent of a relative clause with a verb of saying («… الذين قالوا إنهم …»):
// - «استمعت المحكمة إلى الشهود الذين قالوا إنهم سمعوا انفجارا» gave the witnesses' words to the
//   court: a definite group was no antecedent, and the search for the phrase's head ran back past
//   the preposition to المحكمة (pool 272);
// - «العلاقات مع قطر التي اتهمتها بدعم الإرهاب»: the verb's object pronoun is the antecedent, the
//   one accused, so it says nothing.
describe('the antecedent of a relative clause that reports', () => {
  it('is a definite group of people, behind a preposition too', () => {
    const q = parseByRules(article('كما استمعت المحكمة إلى الشهود الذين قالوا إنهم سمعوا انفجارا مدويا في القطار.')).quotes;
    expect(q.map((x) => x.speaker.ar)).toEqual(['الشهود']);
  });

  it('is not the one the verb\'s object pronoun stands for', () => {
    const q = parseByRules(article('وقطعت الدول الأربع العلاقات مع قطر التي اتهمتها بدعم الإرهاب وفرضت عليها إجراءات عقابية.')).quotes;
    expect(q.map((x) => x.speaker.ar)).not.toContain('قطر');
  });
});
