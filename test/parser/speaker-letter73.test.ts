import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { sayerless } from '../../src/parser/quotes-ar.ts';

// «لما وصفته بـ"هدف معاد" قالت إنه …»: the ب a quotation mark cut from its noun was shown as the
// speaker of both statements (dev 13, round fifty-eight). A letter alone is a preposition.
describe('a letter alone as a speaker', () => {
  it('is sayerless', () => {
    expect(sayerless('ب')).toBe(true);
    expect(sayerless('بـ')).toBe(true);
    expect(sayerless('الدفاعات')).toBe(false);
  });

  it('leaves the statement to the sentence\'s subject, in English too', () => {
    const b = parseArticle(['عنوان الخبر عن تطورات القضية اليوم', '',
      'تصدت الدفاعات الجوية السورية، صباح السبت، لما وصفته بـ"هدف معاد" قالت إنه اخترق الأجواء فوق منطقة دير العشائر.',
    ].join('\n'));
    expect(b.quotes.some((q) => q.speaker.ar === 'ب' || q.speaker.ar === 'بـ')).toBe(false);
    const said = b.quotes.find((q) => q.text.startsWith('اخترق'));
    expect(said?.speaker).toEqual({ ar: 'الدفاعات الجوية السورية', en: 'the Syrian air defences' });
  });
});
