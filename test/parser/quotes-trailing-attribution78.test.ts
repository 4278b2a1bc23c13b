import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const texts = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).quotes.map((q) => q.text);

// Statements kept the attribution that closes them as words said: «البلاد تواجه "حربا اقتصادية"،
// بحسب التلفزيون الإيراني الرسمي» (pool 080), «… في إدارته، حسبما قال في حوار تلفزيوني» (pool 153),
// «… من أقسى نوع، حسب قوله» (dev 32). The attribution names the source, it is not said.
describe('an attribution closing a statement', () => {
  it('is not part of what was said', () => {
    expect(texts(['وقال المسؤول إن الوضع "خطير جدا"، وفقا لوكالة رويترز.'])).toEqual(['الوضع "خطير جدا"']);
  });

  it('but a source opening the next clause stays', () => {
    const got = texts(['وقال الوزير إن الحزب عبر عن تحفظات حيال مشروع القانون، بحسب الرئيس نفسه فإنه لم يتخذ موقفا نهائيا.']);
    expect(got.join(' ')).toContain('فإنه لم يتخذ');
  });
});
