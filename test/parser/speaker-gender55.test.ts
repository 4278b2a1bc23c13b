/**
 * The gender the speaker of a quotation takes, as the speaker ranker's agreement features read it:
 * a past verb of saying whose root ends in ت (لفت) is masculine, and a relayed speaker's gender is
 * the pronoun on قول (قوله، قولها), not the relaying verb's, which agrees with the outlet.
 */
import { describe, expect, it } from 'vitest';
import { sayingGender } from '../../src/parser/arabic-words.ts';
import { lightNormAr } from '../../src/text/arabic.ts';
import { speakerCandidates } from '../helpers/speaker-candidates.ts';

const g = (w: string) => sayingGender(lightNormAr(w));

describe('a past verb of saying in ت', () => {
  it('is masculine when its feminine in تت is a verb of saying too', () => {
    expect(['لفت', 'ولفت'].map(g)).toEqual(['m', 'm']);
    expect(['لفتت', 'قالت', 'أضافت', 'نفت'].map(g)).toEqual(['f', 'f', 'f', 'f']);
  });
});

describe("a relayed speaker's gender", () => {
  // (the candidates' features: g:agree / g:clash against the speaker's gender)
  const agreement = (lines: string[], name: string) => {
    const opts = speakerCandidates(lines).flat().filter((o) => o.speaker.ar === name);
    return opts.flatMap((o) => o.feats.filter((f) => f === 'g:agree' || f === 'g:clash'));
  };

  it('is the pronoun on قول, not the feminine relaying verb the outlet takes', () => {
    const lines = [
      'التقى وزير الداخلية محمد العلي بالصحفيين في العاصمة يوم الأحد.',
      'ونقلت وكالة الأنباء الرسمية عن وزير الداخلية محمد العلي قوله إن "الأمن مستتب في كل المدن".',
    ];
    const marks = agreement(lines, 'محمد العلي');
    expect(marks).toContain('g:agree');
    expect(marks).not.toContain('g:clash');
  });
});
