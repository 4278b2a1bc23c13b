import { describe, expect, it } from 'vitest';
import { parseArticle, segmentArticle } from '../../src/parser/index.ts';
import { teaserZoneStart } from '../../src/parser/teasers.ts';

const zoneOf = (text: string) => {
  const { text: t, toks } = segmentArticle(text);
  const z = teaserZoneStart(t, toks);
  return z === Infinity ? null : t.slice(z).split('\n')[0];
};

const HEAD = 'وزير الداخلية يعلن خطة جديدة لمكافحة التهريب في الموانئ';
const BODY = [
  'أعلن وزير الداخلية المغربي، محمد حصاد، الاثنين، خطة جديدة لمكافحة التهريب في الموانئ الشمالية للمملكة تشمل مراقبة الحاويات والشاحنات.',
  'وقال حصاد في مؤتمر صحفي بالرباط إن الخطة تعتمد على أجهزة مسح حديثة في ميناء طنجة المتوسط وموانئ أخرى، وإن تطبيقها يبدأ الشهر المقبل.',
  'وأضاف أن التهريب في الموانئ كلف خزينة الدولة خسائر كبيرة خلال السنوات الماضية، وأن الحكومة رصدت ميزانية خاصة لتجهيز الموانئ.',
  'وكانت الحكومة قد أعلنت في وقت سابق من العام عن إجراءات لمراقبة الحدود البرية والموانئ بعد ارتفاع عمليات التهريب بشكل لافت.',
];
// Leads of other stories: no connective, a full sentence each, nothing in common with the body.
const TEASERS = [
  'قال نائب المتحدث باسم وزارة الصحة الأفغانية، نصرت رحيمي، لشبكة CNN إن عشرين شخصا على الأقل لقوا حتفهم في انفجارين، الأربعاء، بالعاصمة كابول.',
  'ارتفعت أسعار النفط العالمية اليوم الإثنين بمعدل واحد في المئة، وسجلت العقود الآجلة للخام مستوى قياسيا وسط ارتفاع المخاطر الجيوسياسية.',
  'شكر رئيس جمهورية البرازيل، لويس إيناسيو لولا دا سيلفا، مساء الأربعاء، المتطوعين الذين شاركوا في إخماد حرائق الغابات في الأمازون.',
];

describe('teasers of other stories at the end of an article', () => {
  it('finds a run of unrelated leads after the body', () => {
    expect(zoneOf([HEAD, ...BODY, ...TEASERS].join('\n'))).toBe(TEASERS[0]);
  });

  it('finds nothing when the closing paragraphs continue the story', () => {
    expect(zoneOf([HEAD, ...BODY].join('\n'))).toBeNull();
    // Closing paragraphs with no connective but about the story (they share its words).
    const own = [
      'يذكر أن الموانئ الشمالية شهدت خلال العام الماضي عمليات تهريب واسعة للسلع عبر الحاويات والشاحنات القادمة من الخارج.',
      'تعتمد خطة الداخلية لمكافحة التهريب في الموانئ على أجهزة مسح حديثة للحاويات والشاحنات في ميناء طنجة المتوسط.',
      'رصدت الحكومة ميزانية خاصة لتجهيز الموانئ بأجهزة المسح ومراقبة الحاويات والشاحنات خلال الشهر المقبل.',
    ];
    expect(zoneOf([HEAD, ...BODY, ...own].join('\n'))).toBeNull();
  });

  it('takes no paragraph of many sentences or words for a lead (a press review, an essay)', () => {
    const review = TEASERS.map((t) => `${t} ${t} ${t} ${t}`);
    expect(zoneOf([HEAD, ...BODY, ...review].join('\n'))).toBeNull();
  });

  it('needs three teasers and a body before them', () => {
    expect(zoneOf([HEAD, ...BODY, ...TEASERS.slice(0, 2)].join('\n'))).toBeNull();
    expect(zoneOf([HEAD, BODY[0]!, ...TEASERS].join('\n'))).toBeNull();
  });

  it('keeps the teasers\' people out of the briefing, but not a person the body names too', () => {
    const b = parseArticle([HEAD, ...BODY, ...TEASERS].join('\n'));
    const names = b.people.map((p) => p.name.ar);
    expect(names.some((n) => n.includes("حصاد"))).toBe(true);
    expect(names.some((n) => n.includes('رحيمي') || n.includes('سيلفا'))).toBe(false);
    const withBoth = parseArticle([HEAD, ...BODY, 'وقال المتحدث نصرت رحيمي إن الخطة جيدة ومفيدة للجميع في المنطقة.', ...TEASERS].join('\n'));
    expect(withBoth.people.some((p) => p.name.ar.includes('رحيمي'))).toBe(true);
  });
});
