import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «وأكد ناشطون مقتل 40 عنصرا …» (pool 286) was said by «ناشطون مقتل»; «نفى مسؤولون مصريون قادة
// الاعتصام مسؤولية …» (pool 229) by «مسؤولون مصريون قادة الاعتصام»: an indefinite subject ran on
// into the verb's object.
describe("a people's plural as the subject", () => {
  it('ends before a word that does not agree with it', () => {
    const b = parseArticle(['انفجارات في حماة', 'وأكد ناشطون مقتل 40 عنصرا من جراء انفجارات ضخمة.'].join('\n'));
    expect(b.quotes.map((q) => [q.speaker.ar, q.text])).toEqual([['ناشطون', 'مقتل 40 عنصرا من جراء انفجارات ضخمة']]);
  });

  it('goes on over plural adjectives and another people joined by و', () => {
    const a = parseArticle(['انفجارات في حماة', 'وأكد ناشطون سوريون مقتل 40 عنصرا.'].join('\n'));
    expect(a.quotes.map((q) => q.speaker.ar)).toEqual(['ناشطون سوريون']);
    const b = parseArticle(['أداء البورصات', 'تراجع سوق دبي، الأمر الذي اعتبره محللون وخبراء، مخالفا لحقيقة الأداء الاقتصادي.'].join('\n'));
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['محللون وخبراء']);
  });
});

// «… وفق ما أفاد مصدر قضائي لبناني، السبت.» (pool 025): the attribution closing the statement was
// kept in what was said because of the day after it.
describe('an attribution closing a statement, then its day', () => {
  it('is cut from what was said', () => {
    const b = parseArticle([
      'توقيف مطلوب في لبنان',
      'أكدت السلطات اللبنانية توقيف مطلوب يشتبه بتورطه في جريمة قتل، وفق ما أفاد مصدر قضائي لبناني، السبت.',
    ].join('\n'));
    expect(b.quotes.map((q) => q.text)).toEqual(['توقيف مطلوب يشتبه بتورطه في جريمة قتل']);
  });
});
