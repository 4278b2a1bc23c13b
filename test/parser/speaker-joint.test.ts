/**
 * Speakers35 (issue 11): joint speakers. Persons joined by و in the verb of saying's subject place
 * (وكان ترامب وماكرون قد عبرا عن …، قال X وY إن) said it together: the candidates hold the phrase
 * as written (feature `joint`), and when the choice falls on one of the joined persons the quote
 * goes to all of them, never to one alone (the even dev id p218's construction). Constructed copy,
 * not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { article, speakerCandidates, whoSaid } from '../helpers/speaker-candidates.ts';

const intro = 'استقبل الرئيس الأمريكي دونالد ترامب نظيره الفرنسي إيمانويل ماكرون في البيت الأبيض يوم الثلاثاء.';
const joint = (lines: string[]) => speakerCandidates(lines).flat().filter((o) => o.feats.includes('joint')).map((o) => o.speaker.ar);

describe('joint speakers (X وY)', () => {
  it('two persons before a dual verb at a clause opening (وكان ترامب وماكرون قد عبرا عن)', () => {
    const lines = [intro, 'وكان ترامب وماكرون قد عبرا الثلاثاء عن رغبتهما في "التوصل إلى اتفاق جديد مع طهران".'];
    expect(joint(lines)).toContain('ترامب وماكرون');
    expect(whoSaid(lines).at(-1)).toBe('ترامب وماكرون');
  });

  it('two persons right after the verb of saying (وقال ترامب وماكرون إن)', () => {
    const lines = [intro, 'وقال ترامب وماكرون في مؤتمر صحفي مشترك إن الاتفاق النووي يجب أن يستبدل باتفاق أوسع.'];
    expect(joint(lines)).toContain('ترامب وماكرون');
    const q = parseArticle(article(lines)).quotes;
    expect(q.at(-1)!.speaker.ar).toBe('ترامب وماكرون');
    expect(q.at(-1)!.speaker.en).toMatch(/Trump and .*Macron/);
  });

  it('no joint speaker when a comma parts the names or the second is the verb\'s object', () => {
    expect(joint([intro, 'وقال ترامب، وماكرون يستمع إليه، إن الاتفاق النووي يجب أن يستبدل باتفاق أوسع.'])).toEqual([]);
    expect(joint([intro, 'وقال ترامب لماكرون إن الاتفاق النووي يجب أن يستبدل باتفاق أوسع.'])).toEqual([]);
  });
});
