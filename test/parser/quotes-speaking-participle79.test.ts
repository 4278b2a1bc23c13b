import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «… بحسب ما أفادت به قناة العربية مشيرة إلى مقتل 38 شخصا» (dev 21) gave two statements to
// «قناة العربية مشيرة»: the participle saying how the outlet went on was read into its name.
describe('a feminine participle of saying after its subject', () => {
  it('ends the speaker phrase before its complement', () => {
    const b = parseArticle([
      'غارات على صنعاء',
      'ومساء الجمعة، استهدف التحالف مبنى تابعا لوزارة الداخلية في صنعاء، بحسب ما أفادت به قناة العربية مشيرة إلى مقتل 38 شخصا في الغارة.',
    ].join('\n'));
    expect(b.quotes.length).toBeGreaterThan(0);
    for (const q of b.quotes) expect(q.speaker.ar).toBe('قناة العربية');
  });

  it('leaves an adjective of the same form in the phrase', () => {
    const b = parseArticle(['رفع الأسعار', 'وقالت مصادر مؤكدة إن الحكومة سترفع الأسعار.'].join('\n'));
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['مصادر مؤكدة']);
  });
});
