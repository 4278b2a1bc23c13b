import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const tl = (t: string, publishedAt?: string) => parseArticle(t, { meta: publishedAt ? { publishedAt } : {} }).timeline.map((e) => [e.when.ar || e.when.en, e.when.en, e.date]);

describe('timeline', () => {
  it('renders Arabic dates in English, as written in Arabic', () => {
    expect(tl('وصل الوفد يوم الاثنين. وكان قد زار المدينة في 5 مارس/آذار 2021. وتغيرت الأمور في الأسبوع الماضي.')).toEqual([
      ['في 5 مارس/آذار 2021', '5 March 2021', '2021-03-05'],
      ['في الأسبوع الماضي', 'last week', null],
      ['يوم الاثنين', 'Monday', null],
    ]);
  });

  it('sorts known years first, then the relative past, in article order otherwise', () => {
    const r = tl('بدأ المشروع في بداية العام. واندلعت الأزمة عام 2011. وتوقف العمل العام الماضي.');
    expect(r.map((x) => x[1])).toEqual(['2011', 'last year', 'early this year']);
  });

  it('resolves relative years when the publication date is known', () => {
    const r = tl('وتوقف العمل العام الماضي.', '2025-05-01');
    expect(r).toEqual([['العام الماضي', 'last year', '2024']]);
  });

  it('reads English dates', () => {
    expect(tl('Talks began on 12 May 2023 and resumed last week. They end on Friday.').map((x) => x[1])).toEqual(['12 May 2023', 'last week', 'Friday']);
  });
});
