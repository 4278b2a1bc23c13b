import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «أول امرأة تدخل متحف "روك أند رول هال أوف فايم" العريق» (pool 193) was a direct quotation of
// Donald Trump, the last one to speak: an English title spelled in Arabic letters, its «and» and
// «of» with it, is a name (of a hall, a film, a song), nobody's words.
describe('a quoted English title in Arabic letters', () => {
  const b = parseArticle(['رحيل ملكة السول', 'وقال الرئيس الأمريكي دونالد ترامب في تغريدة "سنفتقدها كثيرا يا أريثا".',
    'وفي 1987، أصبحت أول امرأة تدخل متحف "روك أند رول هال أوف فايم" العريق، بعد أربع سنوات على إنشائه.'].join('\n'));

  it('is no quotation', () => {
    expect(b.quotes.map((q) => q.text)).not.toContain('روك أند رول هال أوف فايم');
  });

  it('while the quotation before it stays', () => {
    expect(b.quotes.map((q) => [q.speaker.ar, q.text])).toContainEqual(['دونالد ترامب', 'سنفتقدها كثيرا يا أريثا']);
  });
});
