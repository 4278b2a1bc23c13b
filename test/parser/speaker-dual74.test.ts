import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { article } from '../helpers/article.ts';

// A dual description as the speaker (الوزيران، الرئيسان، المقاتلان) names two people who spoke
// together: the pair the article wrote, after it in apposition or joined by و before. Shown as
// one of the two, or as "the two ministers", the words were no one's in particular (dev 28).
describe('a dual description', () => {
  it('is the pair named before it', () => {
    const b = parseArticle(article(
      'التقى وزير الخارجية الأمريكي مايك بومبيو ونظيره الروسي سيرغي لافروف في هلسنكي أمس.',
      'وقال الوزيران في مؤتمر صحفي مشترك إن "المحادثات كانت بناءة".',
    ));
    expect(b.quotes).toHaveLength(1);
    expect(b.quotes[0]!.speaker.ar).toBe('مايك بومبيو وسيرغي لافروف');
    expect(b.quotes[0]!.speakerIds).toHaveLength(2);
  });

  it('is the pair in apposition after it', () => {
    const b = parseArticle(article(
      'تعهد الرئيسان، الأمريكي دونالد ترامب والفرنسي إيمانويل ماكرون، برد فعل قوي ومشترك، على "هجوم كيميائي" في دوما.',
    ));
    expect(b.quotes.map((q) => q.speaker.en)).toEqual(['Donald Trump and Emmanuel Macron']);
  });

  it('stays a description when no pair is written', () => {
    const b = parseArticle(article(
      'وقال الوزيران في مؤتمر صحفي مشترك إن "المحادثات كانت بناءة".',
    ));
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['الوزيران']);
  });
});
