/**
 * Round twenty-eight (speakers53), invented sentences: the antecedent of an unstated subject (the
 * nearest person named before the cue) is marked with its place in its clause, so the ranker can
 * tell a main clause's subject, which an unstated subject goes on from, from a name in a relative
 * clause, behind a title a preposition governs, or in an object's place.
 */
import { describe, expect, it } from 'vitest';
import { speakerCandidates } from '../helpers/speaker-candidates.ts';
import { candidateFeatures, type QuoteContext, type SpeakerCandidate } from '../../src/parser/speaker-ranker.ts';

/** The antecedent's name and its role feature in the last quotation's candidates. */
const anteOf = (sentences: string[]) => {
  const seen = speakerCandidates(sentences);
  const last = seen[seen.length - 1]!;
  const a = last.find((o) => o.feats.includes('ante'));
  return a ? { name: a.speaker.ar, role: a.feats.find((f) => /^ante\|role:[a-z]+$/.test(f)) } : null;
};

describe('the antecedent of an unstated subject, by its place in its clause', () => {
  it('right after the verb that opens its clause: the subject', () => {
    expect(anteOf([
      'دافع كريم ناصر عن الخطة الجديدة للنقل العام أمام أعضاء المجلس البلدي مساء الأحد.',
      'وقال إن "الخطة ستخفف الازدحام في وسط المدينة خلال عامين على الأكثر".',
    ])).toEqual({ name: 'كريم ناصر', role: 'ante|role:subj' });
  });

  it('through its title: the title opens the verb\'s subject place', () => {
    expect(anteOf([
      'ودافع الوزير كريم ناصر عن الخطة الجديدة للنقل العام أمام أعضاء المجلس البلدي مساء الأحد.',
      'وقال إن "الخطة ستخفف الازدحام في وسط المدينة خلال عامين على الأكثر".',
    ])).toEqual({ name: 'كريم ناصر', role: 'ante|role:subj' });
  });

  it('in a relative clause: it describes a noun of the main clause', () => {
    expect(anteOf([
      'لم يتوقف سامي خليل عن انتقاد الاتفاق الذي أبرمه سلفه عادل منصور مع الشركة الأجنبية قبل عامين.',
      'وقال إن "الاتفاق هو أسوأ اتفاق وقعته البلدية في تاريخها الطويل".',
    ])).toEqual({ name: 'عادل منصور', role: 'ante|role:rel' });
  });

  it('behind a title a preposition governs: spoken to, not speaking', () => {
    expect(anteOf([
      'تحدث المحامي سامي خليل أمس إلى القاضي عادل منصور عن موعد الجلسة المقبلة في القضية.',
      'وأضاف أن "الدفاع سيقدم أدلة جديدة في الجلسة المقبلة أمام المحكمة".',
    ])).toEqual({ name: 'عادل منصور', role: 'ante|role:prep' });
  });
});

describe('the role feature', () => {
  const ctx: QuoteContext = { verb: 'continuation', kind: 'indirect', ruleType: 'person', opensSentence: false, crowd: 0, ruleMedium: false, ruleGeneric: false };
  const cand = (over: Partial<SpeakerCandidate>): SpeakerCandidate => ({ type: 'person', rule: false, last: false, mention: null, mentions: 3, hasRole: false, medium: false, words: 2, ...over });
  it('is named with the rules\' agreement, and only on the antecedent', () => {
    expect(candidateFeatures(cand({ ante: true, anteRole: 'subj' }), ctx)).toEqual(expect.arrayContaining(['ante|role:subj', 'ante|role:subj|rule:false']));
    expect(candidateFeatures(cand({ anteRole: 'subj' }), ctx).some((f) => f.startsWith('ante'))).toBe(false);
  });
});
