import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { usePrecedentModel } from '../../src/parser/precedent-classifier.ts';
import { readSentences, relativeYears } from '../../src/parser/precedents.ts';
import { lightNormAr } from '../../src/text/arabic.ts';

// Round thirty-one (prec60): a month named without a year that the sentence's verb puts ahead.
// Invented sentences; the rules alone (the classifier is tested in precedent-classifier.test.ts).
beforeAll(() => usePrecedentModel(null));
afterAll(() => usePrecedentModel(undefined));

const rel = (t: string, year: number, month: number) => relativeYears(lightNormAr(t), year, month).sort();
const reading = (t: string, year: number, month: number) => readSentences(parseArticle(['عنوان تجريبي', '', t].join('\n')).sentences, 'ar', year, month).at(-1)!;
const prec = (t: string, publishedAt: string) => parseArticle(t, { meta: { publishedAt } }).precedents;

describe('a month its verb puts ahead (future verb, plan word, opening imperfect)', () => {
  it('dates a month after the article\'s to the article\'s year, not the year before', () => {
    expect(rel('وستقام الدورة الجديدة من المعرض بين 10 و15 آذار/مارس في القاهرة.', 2018, 2)).toEqual([2018]);
    expect(rel('وتقام المباراة النهائية في 20 أيار/مايو في مدريد.', 2018, 4)).toEqual([2018]);
    expect(rel('وقال المتحدث إن الوزير سيزور العاصمة في تموز/يوليو.', 2018, 3)).toEqual([2018]);
    expect(rel('ومن المقرر أن يلتقي القادة في بروكسل في حزيران/يونيو.', 2018, 3)).toEqual([2018]);
  });

  it('dates a future verb\'s month before the article\'s to the next year; an imperfect\'s stays in the year', () => {
    expect(rel('وسيفتتح المتحف أبوابه في شباط/فبراير.', 2018, 10)).toEqual([2019]);
    expect(rel('وتعقد اللجنة اجتماعها السنوي في آذار/مارس.', 2018, 10)).toEqual([2018]);
  });

  it('reads such a sentence as ahead, not as a past date, and the rules do not take it', () => {
    const r = reading('وتقام المباراة النهائية في 20 أيار/مايو في مدريد.', 2018, 4);
    expect(r.ahead).toBe(true);
    expect(r.relative).toBe('present');
    expect(r.rule).toBe(false);
    expect(prec('وتقام المباراة النهائية في 20 أيار/مايو في مدريد.', '2018-04-20')).toEqual([]);
  });

  it('leaves the past alone: a perfect verb, منذ, and a name shaped like a future verb', () => {
    expect(rel('وأقر الرئيس الاتفاقية في حزيران/يونيو.', 2018, 3)).toEqual([2017]);
    expect(rel('ولم يلعب أي مباراة رسمية منذ أيلول/سبتمبر.', 2018, 6)).toEqual([2017]);
    // ستيفنسون has a future verb's shape but does not open a clause.
    expect(rel('وقالت الصحيفة إن مهام ستيفنسون تغيرت في كانون الأول/ديسمبر.', 2018, 3)).toEqual([2017]);
    // A future verb in a clause after a relative pronoun is not the month's.
    expect(rel('وسيحاكم الرجل الذي اعتقل في آب/أغسطس.', 2018, 3)).toEqual([2017]);
    expect(reading('وأقر الرئيس الاتفاقية في حزيران/يونيو.', 2018, 3).ahead).toBe(false);
  });
});
