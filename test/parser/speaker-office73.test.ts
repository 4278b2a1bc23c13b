import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const speakers = (lines: string[]) => parseArticle([HEAD, '', ...lines].join('\n')).quotes.map((q) => q.speaker.ar);

// A later description of a person of the briefing is that person when it names the office their
// role names (round fifty-eight): under the office's other name, or under a role that carries its
// principal's pronoun.
describe('descriptions that name a person\'s office', () => {
  it('reads الناطقة باسم and المتحدثة باسم as one office', () => {
    expect(speakers([
      'وصرحت الأربعاء مايا كوسيانسيتش الناطقة باسم وزيرة خارجية الاتحاد الأوروبي أن "العدد المتزايد للتوقيفات مقلق".',
      'وقال مسؤول مصري إن البلاد ترفض هذا الموقف.',
      'وتابعت المتحدثة باسم وزيرة خارجية الاتحاد الأوروبي "من المهم احترام التعبير السلمي عن الرأي".',
    ])).toEqual(['مايا كوسيانسيتش', 'مسؤول مصري', 'مايا كوسيانسيتش']);
  });

  it('finds «الأمين العام» under the role «أمينها العام»', () => {
    expect(speakers([
      'وأكد أمينها العام يوسف بن أحمد العثيمين أن "هذا النهج العدائي مرفوض".',
      'وقال وزير الخارجية البحريني إن بلاده تقف مع السعودية.',
      'وجدد الأمين العام "دعم المنظمة وتضامنها التام مع السعودية".',
    ])).toEqual(['يوسف بن أحمد العثيمين', 'وزير الخارجية البحريني', 'يوسف بن أحمد العثيمين']);
  });
});
