/**
 * Round thirty-one (speakers61), invented sentences: a time phrase (منذ سنوات، خلال الأيام الماضية)
 * is never a speaker nor the verb's subject slot: it says when, not who.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speakerCandidates, whoSaid } from '../helpers/speaker-candidates.ts';
import { useSpeakerRanker } from '../../src/parser/speaker-ranker.ts';
import { timePhraseEnd } from '../../src/parser/quotes-ar.ts';
import type { Token } from '../../src/parser/tokens.ts';
import { lightNormAr } from '../../src/text/arabic.ts';

beforeAll(() => useSpeakerRanker(null));
afterAll(() => useSpeakerRanker(undefined));

const toks = (s: string) => s.split(' ').map((w) => ({ text: w, light: lightNormAr(w), gap: ' ' }) as Token);
const opening = 'قال المدير العام للشركة، سامر خليل، إن الأرباح ارتفعت هذا العام.';

describe('a time phrase says when, not who', () => {
  it('reads the class: a preposition of time, a quantity, a time noun and its adjectives', () => {
    expect(timePhraseEnd(toks('منذ سنوات من'), 0, 2)).toBe(1);
    expect(timePhraseEnd(toks('خلال الأيام الماضية قال'), 0, 3)).toBe(2);
    expect(timePhraseEnd(toks('قبل عدة أشهر'), 0, 2)).toBe(2);
    expect(timePhraseEnd(toks('خلال المؤتمر'), 0, 1)).toBe(-1);
    expect(timePhraseEnd(toks('منذ الحادث'), 0, 1)).toBe(-1);
  });

  it('is not the subject after the verb (يشكون منذ سنوات من أن), nor offered', () => {
    const lines = [opening, 'لكن الباحثين يشكون منذ سنوات من أن الشركة تخفي بيانات المستخدمين عن الجهات الرقابية.'];
    expect(whoSaid(lines)[1]).toBe('الباحثين');
    for (const opts of speakerCandidates(lines)) expect(opts.map((o) => o.speaker.ar)).not.toContain('منذ سنوات');
  });
});
