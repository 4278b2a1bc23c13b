/**
 * Round thirty-five: a body's English read from its own mention stops at a definite word behind ب
 * or ك, a prepositional phrase after the verb's object (ووصفت الداخلية الحادثة | بالعمل الجبان), not
 * a word of the body's name; a fuller mention stops at a definite word behind و or ف, the next
 * conjunct; a name (إيران) is in construct with nothing, so the word after it is not read into it.
 * Constructed copy, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const speakerEn = (text: string, ar: string) => parseArticle(text).quotes.find((q) => q.speaker.ar === ar)?.speaker.en;

describe('a body speaker\'s English and a prepositional phrase after it', () => {
  it('keeps the fuller mention and leaves the complement out', () => {
    const text = 'أعلنت وزارة الداخلية الأردنية اعتقال عدد من المشتبه بهم في عمان. ووصفت الداخلية الحادثة بالعمل الجبان.';
    expect(speakerEn(text, 'الداخلية')).toBe('the Jordanian interior ministry');
  });

  it('renders the short name of the interior ministry as the ministry', () => {
    const text = 'وقعت أحداث كثيرة في المدينة أمس. ووصفت الداخلية الحادثة بالعمل الجبان.';
    expect(speakerEn(text, 'الداخلية')).toBe('the interior ministry');
  });

  it('reads no conjoined body or place into a fuller mention (بحر الصين والمحيط الهندي)', () => {
    const text = 'تمر التجارة عبر بحر الصين والمحيط الهندي منذ قرون. وقالت الصين إنها ستفرض رسوما جمركية على البضائع.';
    expect(speakerEn(text, 'الصين')).toBe('China');
  });

  it('reads no object after a name as the name\'s construct (تتهم إيران | الغربيين)', () => {
    const text = 'تستمر المفاوضات بين الجانبين منذ أشهر. وتتهم إيران الغربيين بانتظام بعدم الوفاء بتعهداتهم.';
    expect(speakerEn(text, 'إيران')).toBe('Iran');
  });
});
