/**
 * Speakers28 (issue 11): a definite phrase in a subject position is offered to the speaker ranker
 * whatever its head word (the head tables know only some bodies and sources): in the verb of saying's
 * subject slot, and right after a verb opening an earlier clause of the sentence. Constructed copy,
 * not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { speakerCandidates } from '../helpers/speaker-candidates.ts';

const offered = (sentences: string[], want: RegExp): boolean =>
  speakerCandidates(sentences).some((opts) => opts.some((o) => want.test(o.speaker.ar) && o.speakerId === null));

describe('subjects by position', () => {
  it('the subject of an earlier clause\'s verb (واستخدمت الجامعات الثلاث … وأكدت أن)', () => {
    expect(offered(['واستخدمت الجامعات الثلاث آلاف الوثائق من عشرات الكنائس، وأكدت أن "الانتهاكات أكبر بكثير مما أعلن سابقا في البلاد".'], /^الجامعات/)).toBe(true);
  });

  it('the subject of an earlier coordinated verb with a plural (احتج النواب … واشتكوا من أنهم)', () => {
    expect(offered(['وحين بدأ الوزير عرض الخطة، احتج النواب بصخب واشتكوا من أنهم "لم يتلقوا نسخة من الوثيقة قبل الجلسة".'], /^النواب/)).toBe(true);
  });

  it('not a time phrase in that position (وقال الأسبوع الماضي …)', () => {
    expect(offered(['ونشرت الصحيفة الأسبوع الماضي مقالا طويلا، وقالت إن "الحكومة تخفي أرقام البطالة الحقيقية منذ عامين".'], /^الأسبوع/)).toBe(false);
  });
});
