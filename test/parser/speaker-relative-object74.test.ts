import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useSpeakerRanker } from '../../src/parser/speaker-ranker.ts';

// «واعتبرت النيابة العامة في ميونخ التي اتهمت … مدير الشركة روبرت ستادلر … أن …»: the relative
// clause after the prosecution says what it did; the man named in it is its object, not the one
// deeming (pool 207). The rules alone are asked.
describe('a person inside a relative clause after a source', () => {
  it('is not the speaker', () => {
    useSpeakerRanker(null);
    try {
      const b = parseArticle(['عنوان الخبر عن تطورات القضية اليوم', '',
        'واعتبرت النيابة العامة في ميونخ التي اتهمت في أواخر أيار/مايو مدير الشركة روبرت ستادلر إضافة إلى عضو آخر في مجلس الإدارة بـ"الاحتيال"، أن هناك "خطر إخفاء أدلة" لتبرير سجنه.',
      ].join('\n'));
      expect(b.quotes.map((q) => q.speaker.ar)).toEqual([expect.stringMatching(/^النيابة العامة/)]);
    } finally {
      useSpeakerRanker(undefined);
    }
  });
});
