/**
 * Statement detection in src/parser/quotes-ar.ts on short made-up sentences: constructions that
 * introduce a statement and were missed (round recall17, docs/eval.md "Quote detection: round 17").
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const quotes = (t: string) => parseArticle(t).quotes.map((q) => ({ who: q.speaker.ar, text: q.text, kind: q.kind }));

describe('وفقا/طبقا لـ X before the statement', () => {
  it('the ل of the source is not an addressee: ووفقا لـ X، فإن …', () => {
    expect(quotes('ووفقا للوزارة، فإن الوضع الأمني جيد جدا اليوم.')).toEqual([{ who: 'الوزارة', text: 'الوضع الأمني جيد جدا اليوم', kind: 'indirect' }]);
    expect(quotes('ووفقا لموقع خدمات الهجرة الأمريكي، فإن الطلبات تستغرق عامين في المتوسط.')).toEqual([{ who: 'موقع خدمات الهجرة الأمريكي', text: 'الطلبات تستغرق عامين في المتوسط', kind: 'indirect' }]);
  });

  it('after the statement: …، وفقا لـ X', () => {
    expect(quotes('أدت الحرب إلى مقتل نحو عشرة آلاف شخص في البلاد، وفقا لمصادر محلية سورية.')).toEqual([{ who: 'مصادر محلية سورية', text: 'أدت الحرب إلى مقتل نحو عشرة آلاف شخص في البلاد', kind: 'indirect' }]);
  });

  it('بحسب is unchanged', () => {
    expect(quotes('بحسب الوزارة، فإن الوضع الأمني جيد جدا اليوم.')).toEqual([{ who: 'الوزارة', text: 'الوضع الأمني جيد جدا اليوم', kind: 'indirect' }]);
  });
});

describe('the preposition that opens a reported complement is not said', () => {
  it('دعا X إلى، أعلن عن، أكد على: the content follows the preposition', () => {
    expect(quotes('ودعا رئيس الوزراء إلى مقاطعة الانتخابات.').map((q) => q.text)).toEqual(['مقاطعة الانتخابات']);
    expect(quotes('وأكد الوزير على أهمية الحوار بين الأطراف.').map((q) => q.text)).toEqual(['أهمية الحوار بين الأطراف']);
  });

  it('a one-letter بـ is part of the word and stays', () => {
    expect(quotes('وأشاد الرئيس بالجهود التي بذلتها فرق الإنقاذ.').map((q) => q.text)).toEqual(['بالجهود التي بذلتها فرق الإنقاذ']);
  });
});

describe('a verb of saying with its complementiser is a statement even with no speaker to name', () => {
  it('kept unattributed when no one came before', () => {
    const q = parseArticle('وقال إنه ينوي خفض الدين العام الضخم خلال السنوات المقبلة.').quotes;
    expect(q.map((x) => [x.text, x.unattributed])).toEqual([['ينوي خفض الدين العام الضخم خلال السنوات المقبلة', true]]);
  });

  it('a short clause without a speaker is not kept', () => {
    expect(quotes('وقال إنه سيعود.')).toEqual([]);
  });
});

describe('a report nested in the clause of another', () => {
  it('the quotation belongs to the nested report; the outer clause is still its speaker\'s', () => {
    expect(quotes('وقالت الجمعية إن استطلاع الرأي الذي أجرته أظهر أن العمر "لا يعيق وجود حياة سعيدة".')).toEqual([
      { who: 'استطلاع الرأي', text: 'العمر "لا يعيق وجود حياة سعيدة"', kind: 'indirect' },
      { who: 'الجمعية', text: 'استطلاع الرأي الذي أجرته أظهر أن العمر "لا يعيق وجود حياة سعيدة"', kind: 'indirect' },
    ]);
  });

  it('a quotation of a relative clause\'s verb of saying leaves the outer clause to be read', () => {
    const q = quotes('وقالت مصادر روسية إن موسكو تسعى إلى إبرام صفقة، وهو ما يتوافق مع تصريحات الوزير الذي دعا فيها "جميع القوات إلى المغادرة".');
    expect(q.some((x) => x.who === 'مصادر روسية' && x.text.startsWith('موسكو تسعى إلى إبرام صفقة'))).toBe(true);
  });

  it('a quotation right in the clause is still the statement itself', () => {
    expect(quotes('وقال الوزير إن الوضع "صعب جدا في المنطقة".').map((q) => q.who)).toEqual(['الوزير']);
  });
});

describe('an indefinite subject up to the frame\'s preposition', () => {
  it('دعت جمعيات عدة إلى، اشتكى آخرون من', () => {
    expect(quotes('دعت جمعيات عدة إلى تظاهرة أخرى دعما للمساواة مساء الاثنين.')).toEqual([{ who: 'جمعيات عدة', text: 'تظاهرة أخرى دعما للمساواة مساء الاثنين', kind: 'indirect' }]);
    expect(quotes('فيما اشتكى آخرون من قيود على اختلاط الجنسين وارتفاع سعر التذكرة.').map((q) => q.who)).toEqual(['آخرون']);
  });

  it('after a comma, a body known by several words is the subject, not the addressee (ودعت الأمم المتحدة إلى)', () => {
    const q = quotes('وأثار العدد الكبير من الضحايا انتقادات دولية واسعة، خاصة أنهم خرجوا في تظاهرات سلمية، ودعت الأمم المتحدة إلى فتح تحقيق في الأحداث.');
    expect(q).toContainEqual({ who: 'الأمم المتحدة', text: 'فتح تحقيق في الأحداث', kind: 'indirect' });
  });

  it('not a quantified addressee, nor a preposition after a noun', () => {
    expect(quotes('كما دعا جميع الأطراف إلى تجنب المواجهة وممارسة ضبط النفس.').map((q) => q.who)).not.toContain('جميع الأطراف');
    expect(quotes('وعند البحث عبر غوغل عن أسماء المعتدين تظهر تلك الأسماء.')).toEqual([]);
  });
});

describe('a report verb after كان has its subject before it', () => {
  it('the object of أعلن is not taken for its subject', () => {
    const q = quotes('قال الممثل محمد هنيدي إن الموسم ناجح جدا. يذكر أن محمد هنيدي كان قبل أسابيع قد أعلن فتح حساب خاص به على تطبيق سناب شات.');
    expect(q.map((x) => x.who)).not.toContain('فتح حساب خاص');
  });
});

describe('a short quotation right after a verb of saying', () => {
  it('is a statement when it ends there', () => {
    expect(quotes('وسئل المحامي مايكل والدز عن الأمر، فأجاب "أعتقد ذلك".').map((q) => [q.text, q.kind])).toEqual([['أعتقد ذلك', 'direct']]);
  });

  it('a short quoted name after the verb is a source, not a statement', () => {
    expect(quotes('وقالت "فرانس برس" في تقرير لها أمس.')).toEqual([]);
  });
});
