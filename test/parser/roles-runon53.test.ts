import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { oneDescription } from '../../src/parser/roles-ar.ts';

const roleOf = (t: string, name: string) => parseArticle(t).people.find((p) => p.name.ar === name)?.role.ar.split(' (')[0];

// Invented sentences. In a verb-first sentence the subject's title after the name is followed
// straight by the verb's complement: the role ends where the title's noun phrase does (roleSpan).
describe('a title after the name stops at the verb\'s complement', () => {
  it('a preposition of the verb after the definite end (من، على)', () => {
    expect(roleOf('وقد انسحب ماهر سليم رئيس الصندوق العربي من حضور الاجتماع، وقال إنه مشغول.', 'ماهر سليم')).toBe('رئيس الصندوق العربي');
    expect(roleOf('اشترط ماجد نصار كبير هدافي النادي الأهلي عبر التاريخ على إدارة فريقه ضم لاعبين جدد.', 'ماجد نصار')).toBe('كبير هدافي النادي الأهلي عبر التاريخ');
  });

  it('a possessed noun after a proper noun (… تويوتا موتور | حضوره)', () => {
    expect(roleOf('كما ألغى "كريم فهمي" رئيس تويوتا موتور حضوره للمعرض لنفس الأسباب.', 'كريم فهمي')).toBe('رئيس تويوتا موتور');
  });

  it('a bare word after a name in Latin letters (شركة XZ | صحة …)', () => {
    expect(roleOf('وأكد سمير حداد مدير التسويق في شركة XZ صحة الأخبار المنشورة، وقال إنه سعيد.', 'سمير حداد')).toBe('مدير التسويق في شركة XZ');
  });

  it('keeps a title\'s own prepositions: في، an envoy\'s إلى, a participle\'s على', () => {
    expect(roleOf('وقال جون سميث الباحث في جامعة هارفارد إن النتائج مهمة.', 'جون سميث')).toBe('الباحث في جامعة هارفارد');
    expect(roleOf('وقال هانز مولر، المبعوث الأوروبي إلى ليبيا، إن المحادثات تقدمت.', 'هانز مولر')).toBe('المبعوث الأوروبي إلى ليبيا');
    expect(roleOf('وقال بيتر كلارك، المشرف العام على المعرض، إن الزوار كثيرون.', 'بيتر كلارك')).toBe('المشرف العام على المعرض');
  });
});

describe('a rank of two words says no more than one (oneDescription)', () => {
  it('counts ranks and honorifics as one word', () => {
    expect(oneDescription('العقيد الركن')).toBe(false);
    expect(oneDescription('الفريق أول')).toBe(false);
    expect(oneDescription('الشيخ الدكتور')).toBe(false);
    expect(oneDescription('وزير الخارجية')).toBe(true);
  });

  it('keeps the description after a rank of two words', () => {
    expect(roleOf('وقال العقيد الركن سالم الحربي، المتحدث باسم التحالف، إن القوات تقدمت.', 'سالم الحربي')).toContain('المتحدث باسم التحالف');
  });
});
