/**
 * Speakers30 (issue 11): candidates the speaker ranker was never offered. A body the rules read as
 * the person it stands for is offered as written too (`standin`); a name in apposition closing the
 * verb's subject (`appos`); the antecedent of a relative pronoun right before the verb of saying
 * (`relsubj`). Constructed copy, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { speakerCandidates } from '../helpers/speaker-candidates.ts';

const withFeature = (sentences: string[], want: RegExp, feature: string): boolean =>
  speakerCandidates(sentences).some((opts) => opts.some((o) => want.test(o.speaker.ar) && o.feats.includes(feature)));

describe('candidates nobody offered', () => {
  it('a name in apposition closing the subject (قال عملاق التواصل، فيسبوك، إنه)', () => {
    expect(withFeature(['قال عملاق شبكات التواصل الاجتماعي، فيسبوك، إنه لن يحذف الأخبار المزيفة من منصته لأنها لا تنتهك معاييره.'], /^فيسبوك$/, 'appos')).toBe(true);
  });

  it('the antecedent of a relative pronoun before the verb (تصريح الملا الذي قال إن)', () => {
    expect(withFeature(['ونقلت صحيفة "الأهرام" الحكومية تصريح الملا الذي قال إن رفع الأسعار يهدف إلى تصحيح منظومة الدعم في البلاد.'], /^الملا$/, 'relsubj')).toBe(true);
  });

  it('no antecedent from a phrase on no title, body or name (الأمر الذي دفع)', () => {
    expect(withFeature(['وتراجعت الأسعار بشدة خلال الأسبوع، الأمر الذي قال إن المستثمرين لم يتوقعوه في بداية العام الحالي.'], /^الأمر/, 'relsubj')).toBe(false);
  });
  it('«البيان» later: the body that issued the statement sentences before (stmtback, speakers31)', () => {
    const sentences = [
      'ونقلت وزارة الدفاع الأردنية في بيان عن الوزير سامي الخطيب قوله "نحن نقدر هذا التعاون كثيرا".',
      'وذكر البيان أن الرجلين اجتمعا لأكثر من ساعة وبحثا المسائل الأمنية في المنطقة.',
    ];
    expect(withFeature(sentences, /^وزارة الدفاع الأردنية$/, 'stmtback')).toBe(true);
  });
});

describe('a bare name in a subject place the people list lacks (bare, speakers33)', () => {
  it('the name before the verb of saying after a complementiser, a surname the lexicon knows (إلا أن السبسي أوضح أن)', () => {
    const sentences = ['وتجادل النواب طويلا حول مشروع القانون الجديد في جلسة البرلمان.', 'إلا أن السبسي أوضح أن مشروع القانون سيترك المجال مفتوحا أمام الاختيار في تطبيقه.'];
    expect(withFeature(sentences, /^السبسي$/, 'bare')).toBe(true);
  });
  it('no bare name from a common word in the subject place (وقال نظام)', () => {
    expect(speakerCandidates(['وقال المتحدث إن نظام الهجرة يحتاج إلى إصلاح شامل في السنوات المقبلة.']).some((o) => o.some((x) => x.feats.includes('bare') && /نظام|الهجرة/.test(x.speaker.ar)))).toBe(false);
  });
});
