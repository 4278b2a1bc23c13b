/**
 * Issue 11: «قال X إن … وأن …» reports two statements of one speaker, as the gold marks them; a
 * short first clause, and «خاصة وأن»، «حتى وإن» (a reason, a concession), stay one statement.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const quotes = (t: string) => parseArticle(`عنوان تجريبي\n\n${t}`).quotes.map((q) => ({ who: q.speaker.ar, text: q.text, kind: q.kind }));

describe('a second complementiser joined by و', () => {
  it('opens a second statement of the same speaker, with the same kind', () => {
    const qs = quotes('وأكد الوزير أن المستوى الحالي للعلاقات الاقتصادية والتجارية يتطور وينمو ويتجه إلى الأفضل وأن هناك توافقا على ضرورة العمل على تعزيز الشراكة.');
    expect(qs.map((q) => q.text)).toEqual([
      'المستوى الحالي للعلاقات الاقتصادية والتجارية يتطور وينمو ويتجه إلى الأفضل',
      'هناك توافقا على ضرورة العمل على تعزيز الشراكة',
    ]);
    expect(qs.every((q) => q.who === 'الوزير' && q.kind === 'indirect')).toBe(true);
    const denied = quotes('ونفى المتحدث أن تكون القوات قد دخلت المدينة في ساعات الصباح الأولى، وأن يكون أي مدني قد أصيب في العملية.');
    expect(denied.map((q) => q.kind)).toEqual(['denial', 'denial']);
  });
  it('keeps a short first clause, a reason and a concession in one statement', () => {
    expect(quotes('وقال الباحثون إن المشكلة أكثر خطورة وأن تعريف الشركة للحسابات المزيفة ضيق للغاية.')).toHaveLength(1);
    expect(quotes('وقال المخرج إن الأمر جاء تقديرا لاسم المخرج الكبير في الوسط الفني خاصة وأنه اهتم بتفاصيله منذ البداية.')).toHaveLength(1);
    expect(quotes('وقالت الدراسة إن المهن التي تتطلب مهارات برمجية كثيرة تتيح أجورا أعلى حتى وإن كانت المهارات بسيطة.')).toHaveLength(1);
  });
});
