import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// Issue 11 (speakers43): two people who share a family name, one given name in no list. Invented copy.
const parse = (t: string) => parseArticle(t);
const text = 'عنوان تجريبي\n\nاستعاد جهاز الأمن ساعة الجاسوس إيلي كوهين الذي أعدم قبل سنوات طويلة.\n'
  + 'ونقل بيان الخميس عن رئيس الجهاز يوسي كوهين قوله "نجحنا في أن نحدد مكان الساعة بعد بحث طويل".';

describe('Arabic people and speakers: one family name, two given names', () => {
  it('a listed given name and a name-shaped word in no list make two people', () => {
    const names = parse(text).people.map((p) => p.name.ar);
    expect(names).toContain('إيلي كوهين');
    expect(names).toContain('يوسي كوهين');
  });

  it('the words go to the one whose full name the source phrase writes', () => {
    const q = parse(text).quotes.find((x) => x.text.includes('نجحنا'));
    expect(q?.speaker.ar).toBe('يوسي كوهين');
  });

  it('a plural of a title before the family name is no given name (محامو X)', () => {
    const t = 'عنوان تجريبي\n\nقال اللاعب كريستيانو رونالدو إنه بريء من التهم.\nوأكد محامو رونالدو أن القضية ستغلق قريبا.';
    expect(parse(t).people.map((p) => p.name.ar)).not.toContain('محامو رونالدو');
  });
});

describe('Arabic quotes: a verb of belief joined by و after a statement', () => {
  it('«وأكد X إن …، ويعتقد أن …» is two statements of X', () => {
    const t = 'عنوان تجريبي\n\nوأكد وزير المالية سامي الخطيب إن الحكومة ستخفض الضرائب العام المقبل، ويعتقد أن النمو سيعود قريبا إلى البلاد.';
    const qs = parse(t).quotes;
    const first = qs.find((q) => q.text.includes('ستخفض'));
    expect(first?.text).not.toContain('يعتقد');
    expect(qs.find((q) => q.text.includes('النمو سيعود'))?.speaker.ar).toBe('سامي الخطيب');
  });

  it('a belief verb alone before أن, with no statement before it, stays impersonal', () => {
    const t = 'عنوان تجريبي\n\nتراجعت الأسواق بشدة هذا الأسبوع، ويعتقد أن الأزمة ستطول عدة أشهر أخرى.';
    expect(parse(t).quotes.some((q) => q.text.includes('الأزمة ستطول'))).toBe(false);
  });
});
