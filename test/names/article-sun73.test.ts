import { describe, expect, it } from 'vitest';
import { learnedSpelling } from '../../src/names/index.ts';

// A word with the article whose bare form the data do not know is spelled from the data's
// spellings of the whole word, with the article taken out of them. The article assimilates only
// to a sun letter (الطاهر: Ettahar), so a doubled opening consonant before a moon letter is the
// word's own: العقاد is Akkad, not the article plus "kad".
describe('the article taken out of a whole word the data spell', () => {
  it('keeps a doubled consonant the article did not make', () => {
    expect(learnedSpelling('العقاد')).toBe('al-Akkad');
  });

  it('still takes out an article assimilated to a sun letter', () => {
    expect(learnedSpelling('الطاهر')).not.toMatch(/^al-[AE]tt/);
    expect(learnedSpelling('الحربي')).toBe('al-Harbi');
  });
});
