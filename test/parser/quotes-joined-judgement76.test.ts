import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useSpeakerRanker } from '../../src/parser/speaker-ranker.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const quotes = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).quotes.map((q) => `${q.speaker.ar}: ${q.text}`);

// «وطالما انتقد ترامب قوانين الهجرة الأمريكية ووصفها بأنها "أغبى قوانين هجرة في العالم"» lost its
// quotation: a judging verb after another verb of its sentence was taken for part of what that verb
// reports (قال إن الحكومة التي يعتبرها "…" is), though و opened a clause of its own (dev 12). With
// the complementiser alone between it and the quotation, its subject is the earlier verb's.
describe('a judging verb joined by و to an earlier verb of its sentence', () => {
  afterEach(() => useSpeakerRanker(undefined));

  it('reports its quotation, said by the earlier verb\'s subject', () => {
    useSpeakerRanker(null);
    expect(quotes([
      'وقال وزير الخارجية الفرنسي جان إيف لودريان إن الاتفاق مهم.',
      'واتهمت وزيرة الدفاع الفرنسية فلورنس بارلي روسيا بمحاولة اعتراض الاتصالات العسكرية، ووصفتها بأنها "عملية تجسس".',
    ])).toContain('فلورنس بارلي: عملية تجسس');
  });

  it('but inside a complementiser\'s clause it is still that statement\'s', () => {
    useSpeakerRanker(null);
    const qs = quotes(['وقال وزير الخارجية الفرنسي جان إيف لودريان إن الحكومة ستبقى ويعتبرها "شريكا أساسيا" في المنطقة.']);
    expect(qs.every((q) => q.startsWith('جان إيف لودريان: الحكومة ستبقى'))).toBe(true);
  });
});
