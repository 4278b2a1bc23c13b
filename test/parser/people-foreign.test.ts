/**
 * Foreign (transliterated) names on unseen copy (round twenty-four, people46): the names data's
 * spelling model alone scores ordinary Arabic words nearly as name-like as names, so the tagger
 * also reads the contrast with a background model of the training articles' ordinary words.
 * Invented sentences and words only.
 */
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../src/parser/index.ts';
import { articleFeatures, backgroundLM, taggerModel } from '../../src/parser/name-tagger.ts';
import { labelTokens, trainBackground } from '../../src/parser/name-tagger-train.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم\n';

/** The contrast bucket (lr:) of each word of an invented sentence under the shipped model. */
function contrast(body: string): Map<string, number> {
  const { toks } = segmentArticle(HEAD + body);
  const f = articleFeatures(toks);
  return new Map(toks.map((t, i) => [t.text, Number((f[i]!.find((x) => x.startsWith('lr:')) ?? 'lr:NaN').slice(3))]));
}

describe('the tagger\'s name-against-ordinary-word contrast', () => {
  it('is learned from the ordinary words only: a gold name\'s words never train the background', () => {
    const body = 'وقال كرونفيلدر إن الحكومة ستعلن الخطة. وأضاف كرونفيلدر أن الخطة جاهزة والحكومة مستعدة.';
    const { toks } = segmentArticle(HEAD + body);
    const named = trainBackground([{ toks, labels: labelTokens(toks, ['ماتياس كرونفيلدر']) }]);
    const plain = trainBackground([{ toks, labels: toks.map(() => false) }]);
    const score = (d: typeof named, w: string) => backgroundLM(d)!.score(w);
    // The name read as an ordinary word makes it likelier under the background; labelled, it is not there.
    expect(score(plain, 'كرونفيلدر')).toBeGreaterThan(score(named, 'كرونفيلدر'));
  });

  it('the shipped model carries a background and sets transliterated names above ordinary words', () => {
    expect(taggerModel().background).toBeDefined();
    const c = contrast('وانتقد فلوريان شتيرنبرغ وماتياس كرونفيلدر الخطة الاقتصادية باستخدام لغة حادة ويتحرك الجيش.');
    for (const name of ['فلوريان', 'شتيرنبرغ', 'كرونفيلدر']) {
      for (const word of ['الاقتصادية', 'باستخدام', 'ويتحرك', 'الخطة']) expect(c.get(name)!, `${name} vs ${word}`).toBeGreaterThan(c.get(word)!);
    }
  });
});
