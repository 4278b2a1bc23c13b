/** The tagger's word classes: a definite agent noun is a class of its own (round fifty-two). */
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../src/parser/index.ts';
import { articleFeatures } from '../../src/parser/name-tagger.ts';

const featuresOf = (body: string, word: string): string[] => {
  const { toks } = segmentArticle('خبر فني\n\n' + body);
  const i = toks.findIndex((t) => t.text === word);
  return articleFeatures(toks)[i]!;
};

describe('name tagger word classes', () => {
  it('marks a definite noun of an agent template that no title list holds, and its next word sees it', () => {
    // (المنتج، الراقصة: callings on the مُفعِل and فاعِلة templates)
    expect(featuresOf('وتعاقدت الشركة مع المنتج جمال العدل على الفيلم.', 'جمال')).toContain('p:agent');
    expect(featuresOf('وظهرت الراقصة سما المصري في الحفل.', 'سما')).toContain('p:agent');
  });

  it('does not mark a word without the article or a title the lists hold', () => {
    expect(featuresOf('وتعاقدت الشركة مع منتج جديد على الفيلم.', 'جديد')).not.toContain('p:agent');
    expect(featuresOf('وقال الرئيس عبد الفتاح السيسي إن الخطة جاهزة.', 'عبد')).not.toContain('p:agent');
  });
});
