import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { usePrecedentModel } from '../../src/parser/precedent-classifier.ts';

const prec = (t: string, publishedAt?: string) => parseArticle(t, { meta: publishedAt ? { publishedAt } : {} }).precedents;

// The rules' own cues, on one-sentence texts; the learned classifier that weighs them in whole
// articles is tested in precedent-classifier.test.ts.
beforeAll(() => usePrecedentModel(null));
afterAll(() => usePrecedentModel(undefined));

describe('precedents', () => {
  it('flags explicit past years with their years', () => {
    const p = prec('وقعت اشتباكات مماثلة في عامي 2020 و2023 على الحدود.');
    expect(p).toHaveLength(1);
    expect(p[0]!.years).toEqual([2020, 2023]);
  });

  it('flags the classic cues: العام الماضي، سبق أن، على غرار، كما حدث، وكانت … قد', () => {
    for (const t of [
      'وأطيح بالحكومة العام الماضي بعد احتجاجات واسعة.',
      'وسبق أن رفضت المحكمة طعنا مماثلا.',
      'ويأتي القرار على غرار ما اتخذته دول الجوار.',
      'وقد يتكرر الانهيار كما حدث في الأزمة السابقة.',
      'وكانت الشركة قد أعلنت إفلاسها قبل أشهر.',
    ]) expect(prec(t).length, t).toBe(1);
  });

  it('resolves "last year" against the publication year, else the year the article reports in', () => {
    expect(prec('وأطيح بالحكومة العام الماضي بعد احتجاجات واسعة.')[0]!.years).toEqual([]);
    expect(prec('وأطيح بالحكومة العام الماضي بعد احتجاجات واسعة.', '2025-06-24')[0]!.years).toEqual([2024]);
    const p = prec('أعلنت الحكومة في 2018 خطة جديدة للإصلاح. وقالت إنها ستنفذ في 2018 على مراحل. وأطيح بالحكومة السابقة العام الماضي بعد احتجاجات.');
    expect(p.at(-1)!.years).toEqual([2017]);
    expect(prec('وتولى الرئيس الحكم قبل خمس سنوات.', '2018-04-01')[0]!.years).toEqual([2013]);
  });

  it('figures of the present are no precedents through a date alone; narrative cues still are', () => {
    expect(prec('وارتفعت الأسعار العام الماضي بنسبة كبيرة.')).toEqual([]);
    expect(prec('وباعت الشركة في العام الماضي 444600 سيارة في أوروبا.')).toEqual([]);
    expect(prec('وكانت الأسعار قد ارتفعت بنسبة كبيرة في أزمة سابقة.')).toHaveLength(1);
    expect(prec('وتعيش الأسرة هنا، والاثنان في السبعينات من العمر.')).toEqual([]);
  });

  it('does not flag present-tense reporting, relative days or future years', () => {
    expect(prec('وقال الوزير يوم الاثنين إن المحادثات مستمرة.')).toEqual([]);
    expect(prec('في الأسبوع الماضي، زار الوفد العاصمة.')).toEqual([]);
    expect(prec('وتهدف الخطة إلى خفض الانبعاثات بحلول عام 2030.')).toEqual([]);
    expect(prec('وتعقد القمة في 2026 في الرياض.', '2026-01-10')).toEqual([]);
  });

  it('matches cues as whole words (العقود الآجلة is not "for decades")', () => {
    expect(prec('وسجلت العقود الآجلة للنفط ارتفاعا اليوم.')).toEqual([]);
  });

  it('works on English text', () => {
    const p = prec('Prices rose. The bank raised rates five times last year. The mine was closed in 2019 after a fire.', '2024-03-01');
    expect(p.map((x) => x.years)).toEqual([[2023], [2019]]);
  });
  it('flags earlier events the news hangs on, and past habits (issue 11)', () => {
    for (const t of [
      'وتطارد السلطات أتباع الحركة بعد أن تعهد الرئيس بتطهير مؤسسات الدولة.',
      'ويأتي التحرك بعد أسابيع من قمة جمعت الزعيمين في سنغافورة.',
      'وطالما انتقد الرئيس قوانين الهجرة في بلاده.',
      'وخلال ولايتها، كان النواب يوجهون انتقادات حادة إلى المصرف.',
      'وتعرض الجاسوس وابنته للتسمم في الرابع من مارس/آذار في مدينة سالزبري.',
    ]) expect(prec(t).length, t).toBe(1);
  });

  it('leaves the news\'s own days and plans alone', () => {
    for (const t of [
      'واعتقلت الشرطة الثلاثاء رجلا بعد أن صدم بسيارته حاجزا أمام البرلمان.',
      'وكانت الحكومة قد أعلنت الجمعة تقديم مساعدات عاجلة.',
      'ويسعى المبعوث إلى عقد اجتماع مع الأطراف في أيلول/سبتمبر المقبل.',
      'وتسعى الشركة إلى تعليق نشاطها حتى السادس من آب/أغسطس.',
      // What has been going on for weeks is the news itself.
      'وتدور منذ أسابيع معارك عنيفة في المنطقة الحدودية.',
      'وتشن القوات منذ أسبوعين هجوما واسعا على المنطقة.',
    ]) expect(prec(t), t).toEqual([]);
    expect(prec('وأغلقت السلطات المعبر قبل أسبوعين بعد اشتباكات.')).toHaveLength(1);
  });

  it('dates «بعد أسابيع من» and «قبل أيام» in the publication year', () => {
    expect(prec('ويأتي التحرك بعد أسابيع من قمة جمعت الزعيمين.', '2018-07-20')[0]!.years).toEqual([2018]);
  });
});
