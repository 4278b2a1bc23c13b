import { describe, expect, it } from 'vitest';
import { article } from '../helpers/article.ts';
import { parseByRules } from '../helpers/rules-alone.ts';

// «… في أعقاب تصريح لرئيس السلطة القضائية قال فيه إن البلاد تواجه "حربا اقتصادية"» went to
// Khamenei, the subject of the sentence: «فيه» refers back to the statement, whose owner, after ل,
// is who says it (pool 080).
describe('a verb whose relative pronoun refers back to a statement', () => {
  it('is the statement owner\'s, a title the briefing gives one person being that person', () => {
    const q = parseByRules(article(
      'وقال رئيس السلطة القضائية صادق لاريجاني إن المحاكم جاهزة.',
      'ودعا المرشد الأعلى الإيراني، آية الله علي خامنئي، إلى إجراءات قانونية سريعة، في أعقاب تصريح لرئيس السلطة القضائية قال فيه إن البلاد تواجه "حربا اقتصادية".',
    )).quotes;
    expect(q.at(-1)!.speaker.ar).toBe('صادق لاريجاني');
  });

  it('and a body\'s when the owner is one', () => {
    const q = parseByRules(article('وقال رئيس السلطة القضائية صادق لاريجاني إن المحاكم جاهزة.', 'وجاء ذلك في بيان للوزارة أكدت فيه أن الأمور تحت السيطرة تماما.')).quotes;
    expect(q.at(-1)!.speaker.ar).toBe('الوزارة');
  });
});

// «نشرت السفارة الروسية في بريطانيا عدة تغريدات بموقع تويتر تقول فيها إنها …» went to Theresa May,
// named before the comma: a medium with no owner after it is the one its clause's subject issued
// (pool 094). After حيث the clause is one of its own: «بيان نشرته وكالة الأنباء القطرية حيث نفت
// فيه …» stays with the ministry whose statement the agency carried (dev 39).
describe('a medium the clause\'s subject issued', () => {
  it('is that subject\'s', () => {
    const q = parseByRules(article(
      'وقالت رئيسة الوزراء تيريزا ماي إن على روسيا أن تجيب.',
      'وقبيل انقضاء المهلة التي حددتها ماي، نشرت السفارة الروسية في بريطانيا عدة تغريدات بموقع تويتر تقول فيها إنها لن ترد قبل الحصول على عينات.',
    )).quotes;
    expect(q.at(-1)!.speaker.ar).toBe('السفارة الروسية');
  });
});
