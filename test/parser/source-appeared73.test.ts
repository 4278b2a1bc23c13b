import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { translateSource } from '../../src/names/index.ts';

const speakers = (line: string) => parseArticle(['عنوان الخبر عن تطورات القضية اليوم', '', line].join('\n')).quotes.map((q) => q.speaker);

// «بحسب ما ورد في القائمة»: the verb of appearing was read as the source, and the verb ورد
// shown as the speaker "Ward" (pool 077, round fifty-eight). The source is what follows في.
describe('a source a text appeared in', () => {
  it('is the text after ورد/جاء في, not the verb', () => {
    expect(speakers('وارتفعت الأسعار بنسبة كبيرة هذا العام، بحسب ما جاء في بيان الوزارة.')).toEqual([{ ar: 'بيان الوزارة', en: 'ministry statement' }]);
    expect(speakers('ستعقد القمة المقبلة في باريس، حسبما ورد في البيان الختامي.').map((s) => s.ar)).toEqual(['البيان الختامي']);
  });

  it('translates a website whole', () => {
    expect(translateSource('الموقع الإلكتروني للمؤسسة')).toBe('the foundation website');
  });
});
