/**
 * Round twenty-seven (speakers51), invented sentences: a bare name the people list lacks, in an
 * earlier clause's subject place, is offered as the speaker of the verb of saying that goes on from
 * it, also when it opens on ب/ل/ك (a name's letter there, not a preposition glued on).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const speakers = (t: string) => parseArticle(t).quotes.map((q) => q.speaker.ar);

describe('a bare unseen name as the speaker of a later clause', () => {
  const text = 'تواصل السلطات ملاحقة أنصار الحركة منذ سنوات. وينفي برانكوفيتش الذي يعيش في ولاية بعيدة الضلوع في الأحداث، ويقول إن الحركة التي يرأسها تدعو إلى شكل سلمي من العمل السياسي. ويتهم خصوم برانكوفيتش الحركة بالتخطيط للأحداث.';
  it('a name opening on ب, written twice, is no preposition on a word', () => {
    expect(speakers(text)[0]).toBe('برانكوفيتش');
  });
});
