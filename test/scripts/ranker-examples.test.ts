import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleExamples, roleExampleOf, trainChoosers, type ArticleExamples } from '../../scripts/lib/ranker-examples.ts';
import { roleRankerModel } from '../../src/parser/role-ranker.ts';

const root = resolve(import.meta.dirname, '../..');
const sample = { id: 'sample', gold: join(root, 'test/fixtures/russia-iran-partnership.gold.json'), text: join(root, 'data/russia-iran-partnership.ar.txt') };

describe('the choosers\' examples shared by their trainers and cv:people --all-models', () => {
  it('marks a role candidate right by the gold, strictly (half its words in the gold) or by the eval alone', () => {
    const raw = { id: 'x', want: 'وزير الخارجية', input: { ruleRole: 'وزير الخارجية الروسي في حكومة البلاد', options: [{ text: 'وزير الخارجية', feats: ['src:after'], start: 0 }], shared: [] } };
    const strict = roleExampleOf(raw);
    expect(strict.texts).toEqual(['وزير الخارجية الروسي في حكومة البلاد', 'وزير الخارجية', '']);
    expect(strict.evalRight).toEqual([true, true, false]); // the eval asks the gold's words in the candidate
    expect(strict.right).toEqual([false, true, false]); // training also asks the reverse
    expect(roleExampleOf(raw, false).right).toEqual([true, true, false]);
  });

  it('reads one article\'s examples with no chooser on, then gives the shipped models back', () => {
    const before = roleRankerModel();
    const ex = articleExamples(sample);
    expect(ex.id).toBe('sample');
    expect(ex.roles.length).toBeGreaterThan(0);
    expect(ex.speakers.length).toBeGreaterThan(0);
    expect(ex.precedents.some((r) => r.gold)).toBe(true);
    expect(roleRankerModel()).toEqual(before); // the shipped file again (re-read)
  });

  it('trains all three choosers, keeping the shipped margin and thresholds', () => {
    const a: ArticleExamples = {
      id: 'a',
      roles: [],
      speakers: [{ id: 'a', feats: [['rule', 'x'], ['y']], right: [false, true] }],
      precedents: [{ id: 'a', feats: ['bias', 'p'], gold: true }, { id: 'a', feats: ['bias'], gold: false }],
    };
    const m = trainChoosers([a], { role: { margin: 0.5, weights: {} }, speaker: null, precedent: { keep: 0.2, add: 0.4, weights: {} } });
    expect(m.role.margin).toBe(0.5);
    expect(m.role.weights).toEqual({ rule: 2, 'rule-none': 1.25 }); // no examples: the rules' priors alone (role, "no role")
    expect(m.speaker.weights.y).toBeGreaterThan(0);
    expect(m.precedent).toMatchObject({ keep: 0.2, add: 0.4 });
    expect(m.precedent.run).toBeUndefined();
  });

  it('trains the role model on each article\'s head-hidden reading too, as train:roles does', () => {
    const raw = (ruleRole: string, want: string) => ({ id: 'a', want, input: { ruleRole, options: [{ text: 'موزع صحف', feats: ['src:before-near'], start: 0 }], shared: [] } });
    const plain: ArticleExamples = { id: 'a', roles: [raw('موزع صحف', 'موزع صحف')], speakers: [], precedents: [] };
    const shipped = { role: null, speaker: null, precedent: null };
    const alone = trainChoosers([plain], shipped).role.weights;
    // with the hidden reading (the rules read nothing there), the structural reading gains weight
    const both = trainChoosers([{ ...plain, hiddenRoles: [raw('', 'موزع صحف')] }], shipped).role.weights;
    expect(both['src:before-near']!).toBeGreaterThan(alone['src:before-near'] ?? 0);
    expect(both['none']!).toBeLessThan(alone['none'] ?? 0);
  });
});
