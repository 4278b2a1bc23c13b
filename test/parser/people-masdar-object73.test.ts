import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// A verbal noun of a derived form (اختفاء، اعتقال، تعيين) after a name is the verb's object, not
// a word of the name: «ووصفت لانغمار اختفاء خاشقجي» made one person of all three words and gave
// her both quotations (cv, round fifty-eight: «لاغارد اختفاء خاشقجي»).
describe('a verbal noun after a name', () => {
  it('ends the name', () => {
    const b = parseArticle(['عنوان الخبر عن تطورات القضية اليوم', '',
      'وقالت بيرغيتا لانغمار مديرة صندوق النقد الدولي إن الاقتصاد العالمي يتباطأ.',
      'ووصفت لانغمار اختفاء خاشقجي بأنها قضية "مريعة".',
    ].join('\n'));
    expect(b.people.some((p) => p.name.ar.includes('اختفاء'))).toBe(false);
    const who = b.people.find((p) => p.name.ar.endsWith('لانغمار'));
    expect(who).toBeDefined();
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual([who!.name.ar, who!.name.ar]);
  });
});
