import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// An adverb in the indefinite accusative after a name (ويستيقظ محمود | باكرا) is the verb's, not
// a family name: it made «محمود باكرا» a second person, and his words another's (pool 066).
describe('an adverb after a name', () => {
  it('is no word of the name', () => {
    const b = parseArticle(['عنوان الخبر عن تطورات القضية اليوم', '',
      'وأوضح، محمود المسدي، في تصريح لبي بي سي، أن "الكثيرين يتسرعون في العجن".',
      'ويستيقظ محمود باكرا ليتأكد من تخمر العجين لأن عملية التخمر بالغة الأهمية في جودة الخبز، ويرى أن "الكثيرين لا يتركون العجين مدة كافية للتخمر".',
      // (the adverb written twice: a word the article repeats reads as a name's)
      'ويضيف: "ينبغي أن يأخذ العجين الوقت الكافي للتخمر طبيعيا، فأستيقظ باكرا جدا، أو أتركه لليوم التالي".',
    ].join('\n'));
    expect(b.people.map((p) => p.name.ar)).toEqual(['محمود المسدي']);
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['محمود المسدي', 'محمود المسدي', 'محمود المسدي']);
  });
});
