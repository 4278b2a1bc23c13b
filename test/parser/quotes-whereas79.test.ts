import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «…، داعيا الناخبين إلى عدم الوقوع في فخ الإغراءات، في حين اعتبرتها أكسينير "رشى انتخابية"» (dev 14):
// Tezcan's statement ran on into Akşener's, so he was shown saying what she called the package.
describe('a contrasting clause after a statement', () => {
  it('is another speaker’s, not words of the first', () => {
    const b = parseArticle([
      'الانتخابات التركية',
      'وقالت زعيمة الحزب الصالح ميرال أكسينير إن الوضع صعب.',
      'ويقول تزجان إن حزمة الحوافز سرقت من البيان الانتخابي، داعيا الناخبين إلى عدم الوقوع في فخ الإغراءات، في حين اعتبرتها أكسينير "رشى انتخابية".',
    ].join('\n'));
    for (const q of b.quotes.filter((x) => x.speaker.ar === 'تزجان')) expect(q.text).not.toContain('أكسينير');
    expect(b.quotes.some((q) => q.speaker.ar === 'ميرال أكسينير' && q.text.includes('رشى انتخابية'))).toBe(true);
  });
});
