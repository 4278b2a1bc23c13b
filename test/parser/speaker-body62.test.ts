/**
 * Speakers62: bodies the speaker ranker was never offered. A definite body noun (القوات الأميركية)
 * that the rules read as a person tied to it (its commander) is offered as written; a body's short
 * quoted name right before its verb (وكانت "دار نون للنشر و التوزيع" أعلنت) is the subject whole,
 * the conjunction written apart inside it opening no clause. Constructed copy, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { speakerCandidates, whoSaid } from '../helpers/speaker-candidates.ts';

describe('bodies as speakers (speakers62)', () => {
  it('a body noun with the article read as a person is offered as written (standin)', () => {
    const lines = [
      'وقال قائد القوات الأميركية في اليابان جون سميث إن المقر الجديد يمثل استثمارا مهما في التحالف.',
      'ودشنت القوات الأميركية، الجمعة، في اليابان مقرها الجديد في ما أشارت إليه بأنه أكبر قاعدة عسكرية لواشنطن في الخارج.',
    ];
    const opts = speakerCandidates(lines);
    expect(opts.some((o) => o.some((x) => /^القوات الأميركية/.test(x.speaker.ar) && x.feats.includes('standin')))).toBe(true);
  });

  it('a body\'s quoted name before its verb, a conjunction written apart inside it', () => {
    const lines = [
      'واعتقلت السلطات الشاعر الشاب في مطلع الشهر الماضي بسبب ديوانه الأخير.',
      'وكانت "دار نون للنشر و التوزيع" أعلنت في مارس الماضي أنها لم تطبع أي نسخة من الديوان المذكور.',
    ];
    expect(whoSaid(lines)).toContain('دار نون للنشر و التوزيع');
  });
});
