import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useSpeakerRanker } from '../../src/parser/speaker-ranker.ts';

// A report nested inside another's statement («قال الوزير إن الحكومة أعلنت أن …») is read as its
// own quotation, but the discourse goes on with the one who spoke: «وأضاف» after it is the
// minister, not the government he quoted. The rules alone are asked.
describe('a report inside a statement', () => {
  it('does not take over the discourse', () => {
    useSpeakerRanker(null);
    try {
      const b = parseArticle(['عنوان الخبر عن تطورات القضية اليوم', '',
        'وقال الوزير أحمد خالد إن الحكومة أعلنت أن الأسعار ستنخفض قريبا في الأسواق. وأضاف أن "الرواتب سترتفع أيضا".',
      ].join('\n'));
      expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['أحمد خالد', 'الحكومة', 'أحمد خالد']);
    } finally {
      useSpeakerRanker(undefined);
    }
  });
});
