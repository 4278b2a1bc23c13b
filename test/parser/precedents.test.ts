import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const prec = (t: string, publishedAt?: string) => parseArticle(t, { meta: publishedAt ? { publishedAt } : {} }).precedents;

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

  it('resolves "last year" only when the publication year is known', () => {
    expect(prec('وارتفعت الأسعار العام الماضي بنسبة كبيرة.')[0]!.years).toEqual([]);
    expect(prec('وارتفعت الأسعار العام الماضي بنسبة كبيرة.', '2025-06-24')[0]!.years).toEqual([2024]);
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
});
