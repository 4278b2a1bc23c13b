import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const speakers = (body: string) => parseArticle([HEAD, body].join('\n')).quotes.map((q) => q.speaker.ar);

describe('an honorific with a pronoun speaks for the dignitary (issue 11, round fifty-one)', () => {
  it('gives «قال سيادته» to the person the text is about', () => {
    expect(speakers('وزار الرئيس الفلسطيني محمود عباس القاهرة أمس. وحول ملف المصالحة، قال سيادته: "قبل عدة أيام زارنا وفد من مصر".')).toEqual(['محمود عباس']);
  });

  it('gives «وأكد سموه» to the prince named before it', () => {
    expect(speakers('واستقبل الشيخ محمد بن زايد آل نهيان الوفد، وأكد سموه أن "العلاقات متينة".')).toEqual(['محمد بن زايد آل نهيان']);
  });

  it('reads «معاليها» as the minister named before it', () => {
    expect(speakers('وقالت وزيرة الثقافة نورة الكعبي إن "التعاون مستمر". وأضافت معاليها أن "الدعم باق".')).toEqual(['نورة الكعبي', 'نورة الكعبي']);
  });
});
