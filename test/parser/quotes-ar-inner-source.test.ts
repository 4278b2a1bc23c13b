/**
 * Quote recall (issue 11, round twenty-three): a source set inside its clause without commas, and a
 * verb of judging joined by و to an earlier verb with its complementiser before the quotation.
 * Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const quotes = (t: string) => parseArticle(t).quotes.map((q) => ({ who: q.speaker.ar, text: q.text, kind: q.kind }));

describe('a source inside its clause', () => {
  it('بحسب/وفق X between the clause head and the rest: the whole clause, from X', () => {
    expect(quotes('والمشروع بحسب المصادر الحكومية يهدف إلى بناء مدينة جديدة في الصحراء.')).toEqual([
      { who: 'المصادر الحكومية', text: 'والمشروع بحسب المصادر الحكومية يهدف إلى بناء مدينة جديدة في الصحراء', kind: 'indirect' },
    ]);
    // (the source phrase ends where the clause goes on: not «الإحصاءات الرسمية نحو مليوني نسمة»)
    expect(quotes('ويبلغ عدد سكان المدينة وفق الإحصاءات الرسمية نحو مليوني نسمة.')).toEqual([
      { who: 'الإحصاءات الرسمية', text: 'ويبلغ عدد سكان المدينة وفق الإحصاءات الرسمية نحو مليوني نسمة', kind: 'indirect' },
    ]);
  });

  it('sources before or after the clause are read as before', () => {
    expect(quotes('وارتفعت أسعار النفط في الأسواق العالمية بشكل كبير هذا الأسبوع، بحسب وكالة رويترز.')).toEqual([
      { who: 'وكالة رويترز', text: 'وارتفعت أسعار النفط في الأسواق العالمية بشكل كبير هذا الأسبوع', kind: 'indirect' },
    ]);
    expect(quotes('وحسب وزارة الصحة فإن عدد المصابين بلغ مئة وعشرين شخصا.')).toEqual([
      { who: 'وزارة الصحة', text: 'عدد المصابين بلغ مئة وعشرين شخصا', kind: 'indirect' },
    ]);
  });

  it('no statement when the cue is no source (حسب الحاجة، وفق خطة) or the clause stops after it', () => {
    expect(quotes('ويتم توزيع المساعدات حسب الحاجة على العائلات في المخيمات.')).toEqual([]);
    expect(quotes('وتسير الأعمال وفق خطة زمنية محددة منذ بداية العام.')).toEqual([]);
  });
});

describe('a verb of judging joined to an earlier verb', () => {
  it('وانتقد X Y ووصفها بأنها "…": the same subject judges, the quotation as said', () => {
    expect(quotes('وانتقد الرئيس الأمريكي قوانين الهجرة الحالية ووصفها بأنها "أسوأ قوانين في التاريخ الحديث".')).toContainEqual(
      { who: 'الرئيس الأمريكي', text: 'أسوأ قوانين في التاريخ الحديث', kind: 'direct' },
    );
    expect(quotes('وأثنت المنظمة على القرار ووصفته بأنه "قرار شجاع وحكيم".')).toEqual([
      { who: 'المنظمة', text: 'قرار شجاع وحكيم', kind: 'direct' },
    ]);
  });

  it('two quoted words after بأنها are a term; a judging verb inside a reported clause stays its part', () => {
    expect(quotes('وأثنت المنظمة على القرار ووصفته بأنه "قرار شجاع".')).toEqual([]);
    expect(quotes('وقال الوزير إن الحكومة التي يعتبرها "فاشلة تماما في كل الملفات" ستسقط قريبا.')).toEqual([
      { who: 'الوزير', text: 'الحكومة التي يعتبرها "فاشلة تماما في كل الملفات"', kind: 'indirect' },
    ]);
  });
});
