import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const texts = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).quotes.map((q) => q.text);

// «وأعرب البنك العربي الأردني في بيان ارتياحه لهذا القرار» reported «في بيان ارتياحه …» (pool 214):
// the medium the subject spoke by stood between it and the object, and was read as what was said.
describe('the medium between a subject and what it reports', () => {
  it('is not part of the statement', () => {
    expect(texts(['ونفت الشركة في بيان ما تردد عن إفلاسها.'])).toEqual(['ما تردد عن إفلاسها']);
    expect(texts(['وأكد الوزير في تصريح صحفي عزمه على مواصلة الإصلاحات الاقتصادية.'])).toEqual(['عزمه على مواصلة الإصلاحات الاقتصادية']);
  });
});
