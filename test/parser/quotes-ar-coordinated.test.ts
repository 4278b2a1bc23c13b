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

// Issue 11: a participle of saying after a comma (مرجحا أن، منوها إلى أن، متحدثا عن أن، مقدرا)
// reports a statement of its own, the discourse's speaker's.
describe('a participle of saying after a comma', () => {
  it('opens a statement of the speaker of the clause before it', () => {
    const qs = quotes('وأشار الوزير إلى أن الاقتصاد العالمي تعافى مع جهود خفض الإنتاج، مرجحا أن أسواق النفط العالمية سوف تستعيد توازنها في العام المقبل.');
    expect(qs.map((q) => q.text)).toContain('أسواق النفط العالمية سوف تستعيد توازنها في العام المقبل');
    expect(qs.every((q) => q.who === 'الوزير')).toBe(true);
    const told = quotes('وأوضح المواطن أنه لجأ مع سكان البلدة إلى الملاجئ، متحدثا عن أن دوي القصف استمر ساعتين.');
    expect(told.map((q) => q.text)).toContain('دوي القصف استمر ساعتين');
    const noted = quotes('ودعا المسؤول الوزارة إلى نشر الترتيبات المتعلقة بالميزانية، منوها إلى أنه من خلال هذه الإجراءات سيتمكن المواطنون من متابعة الإنفاق.');
    expect(noted.map((q) => q.text)).toContain('من خلال هذه الإجراءات سيتمكن المواطنون من متابعة الإنفاق');
  });
});
