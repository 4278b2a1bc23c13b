/**
 * Round twenty-eight (speakers53), invented sentences: an outlet in the subject place of a verb of
 * relaying (نقلت صحيفة X تصريح Y الذي قال، نقلت قناة X عن السيدة قولها) carries another's words; the
 * candidate is marked `relay` so the ranker can weigh it against the person relayed.
 */
import { describe, expect, it } from 'vitest';
import { speakerCandidates } from '../helpers/speaker-candidates.ts';
import { candidateFeatures, type QuoteContext, type SpeakerCandidate } from '../../src/parser/speaker-ranker.ts';

describe('an outlet in a verb of relaying\'s subject place', () => {
  it('is marked: it carries another\'s words', () => {
    const seen = speakerCandidates([
      'رفعت الحكومة أسعار الوقود للمرة الثالثة خلال عام واحد صباح الجمعة.',
      'ونقلت صحيفة "الأيام" الحكومية تصريح الوزير كريم ناصر الذي قال إن "رفع الأسعار يهدف إلى تصحيح منظومة الدعم في البلاد".',
    ]);
    const last = seen[seen.length - 1]!;
    const relayed = last.filter((o) => o.feats.includes('relay')).map((o) => o.speaker.ar);
    expect(relayed.some((n) => n.includes('الأيام'))).toBe(true);
    expect(relayed).not.toContain('كريم ناصر');
  });

  it('not an outlet after another verb', () => {
    const seen = speakerCandidates([
      'رفعت الحكومة أسعار الوقود للمرة الثالثة خلال عام واحد صباح الجمعة.',
      'وذكرت صحيفة "الأيام" الحكومية أن "رفع الأسعار يهدف إلى تصحيح منظومة الدعم في البلاد".',
    ]);
    expect(seen[seen.length - 1]!.some((o) => o.feats.includes('relay'))).toBe(false);
  });

  it('names the feature with the rules\' agreement', () => {
    const ctx: QuoteContext = { verb: 'speech', kind: 'indirect', ruleType: 'described', opensSentence: false, crowd: 0, ruleMedium: true, ruleGeneric: false };
    const cand: SpeakerCandidate = { type: 'described', rule: true, last: false, mention: null, mentions: 1, hasRole: false, medium: true, words: 2, relay: true };
    expect(candidateFeatures(cand, ctx)).toEqual(expect.arrayContaining(['relay', 'relay|rule:true']));
  });
});
