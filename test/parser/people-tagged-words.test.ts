import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const names = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).people.map((p) => p.name.ar);

describe('names the tagger finds that no list holds (issue 11, round twenty-nine)', () => {
  it('takes two name-shaped words in ا for a name, not an accusative object', () => {
    expect(names(['وخسرت اللاعبة في الدور الأول من الدورة أمام البريطانية جوهانا كونتا 1-6 وصفر-6.'])).toContain('جوهانا كونتا');
    // (an object in ا with everyday words or tanween stays an object)
    expect(names(['وقال الوزير إن القرار أثار جدلا كبيرا في البلاد.']).some((n) => n.includes('جدلا'))).toBe(false);
  });

  it('completes a person known by the surname alone with a given name the tagger takes for one', () => {
    const got = names([
      'وأعلنت مفوضة التجارة سيسليا مالستروم هذا الأسبوع أن القرار غير مبرر.',
      'وأضافت مالستروم أن الاتحاد سيرد على الرسوم.',
    ]);
    expect(got).toContain('سيسليا مالستروم');
  });
});
