import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/parser/tokens.ts';
import { pooledScores, RULE_EVIDENCE } from '../../src/parser/article-evidence.ts';

const toks = (text: string) => tokenize(text, [{ text, start: 0, end: text.length, para: 0 }], 'ar');

describe('pooledScores', () => {
  it('raises a word to its best mention in the article, a glued و included', () => {
    const t = toks('التقى ميرال أكسينير أمس ثم قالت وأكسينير كلاما');
    const s = t.map(() => -5);
    s[6] = 20; // وأكسينير
    const p = pooledScores(t, s);
    expect(p[2]).toBe(20);
    expect(p[1]).toBe(-5); // written once: its own score
  });
  it('counts a word the rules found by a cue as a name word', () => {
    const t = toks('قال مالستروم كذا ثم التقت سيسليا مالستروم');
    const p = pooledScores(t, t.map(() => -3), new Set([1]));
    expect(p[6]).toBe(RULE_EVIDENCE);
  });
});
