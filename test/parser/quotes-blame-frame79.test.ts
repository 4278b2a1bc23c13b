import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «وقد القى باللائمة على سفره …» (pool 071) and «وألقى البنك المركزي الإيراني والقضاء بالمسؤولية عن
// …» (pool 080) gave no statement: the frame of ألقى knew اللوم only, and the word it requires read
// as the verb's subject when the subject was unstated.
describe('laying the blame', () => {
  it('reads ألقى بالمسؤولية with its subject', () => {
    const b = parseArticle([
      'انهيار العملة الإيرانية',
      'وألقى البنك المركزي الإيراني بالمسؤولية عن انخفاض العملة على من وصفهم بالأعداء.',
    ].join('\n'));
    expect(b.quotes.map((q) => [q.speaker.ar, q.text])).toEqual([['البنك المركزي الإيراني', 'بالمسؤولية عن انخفاض العملة على من وصفهم بالأعداء']]);
  });

  it('reads ألقى باللائمة with the subject unstated as the discourse speaker', () => {
    const b = parseArticle([
      'رحيل الطاهي الشهير',
      'وقال الطاهي أنتوني بوردين إن العمل صعب.',
      'وقد ألقى باللائمة على سفره المستمر للعمل في التسبب في هذا الطلاق.',
    ].join('\n'));
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['أنتوني بوردين', 'أنتوني بوردين']);
    expect(b.quotes[1]!.text).toMatch(/^باللائمة على سفره/);
  });
});
