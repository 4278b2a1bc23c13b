import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../src/parser/index.ts';
import { fullerBody, ownContinuation, withComplement, withConjunct } from '../../src/parser/speaker-body.ts';

const body = (text: string, speaker: string, sentence: number) => {
  const { toks } = segmentArticle(text);
  return fullerBody(speaker, sentence, toks);
};

describe('fullerBody', () => {
  const text = 'أصدرت القيادة العامة للجيش السوري بيانا حول المعارك في الشمال. وأضافت القيادة العامة أن العمليات مستمرة في المنطقة.';

  it('gives a body named by its head the English of its fuller mention before', () => {
    expect(body(text, 'القيادة العامة', 1)).toMatch(/Syrian army/);
  });

  it('finds the fuller mention behind a clitic and after an indefinite head', () => {
    const t = 'أعلنت شركة آبل عن هاتف جديد. وقالت الشركة إن المبيعات ارتفعت.';
    expect(body(t, 'الشركة', 1)).toBe('Apple');
    const u = 'وقال متحدث باسم وزارة الداخلية التونسية إن التحقيق جار. وأكدت الوزارة أن الموقوفين عشرة.';
    expect(body(u, 'الوزارة', 1)).toMatch(/Tunisian Interior Ministry/);
  });

  it('leaves a head with no fuller mention, a later mention, and an indefinite description alone', () => {
    expect(body('وقالت الوزارة إن التحقيق جار.', 'الوزارة', 0)).toBeNull();
    expect(body('قالت الوزارة إن التحقيق جار. وأعلنت وزارة الداخلية التونسية الخبر.', 'الوزارة', 0)).toBeNull();
    expect(body('قال مسؤول أمريكي كبير إن الأمر جار. وأضاف مسؤول إن الاتفاق قريب.', 'مسؤول', 1)).toBeNull();
  });

  it('does not take the ل-complement of a verbal noun the body is in construct with (تعريف الشركة | للحسابات)', () => {
    expect(body('وانتقد الباحثون تعريف الشركة للحسابات المزيفة. وقالت الشركة إن الأداة جاهزة.', 'الشركة', 1)).toBeNull();
    // (a body's own ل-complement stays: الهيئة العامة للاستثمار)
    expect(body('أعلنت الهيئة العامة للاستثمار خطة جديدة. وقالت الهيئة إن الخطة جاهزة.', 'الهيئة', 1)).toMatch(/investment/i);
  });

  it('does not take a time word as part of the body', () => {
    expect(body('أعلنت الوزارة الخميس أنها أوقفت عشرة. وقالت الوزارة إن التحقيق جار.', 'الوزارة', 1)).toBeNull();
  });

  it('reads a bare «الشركة» as the brand the article writes more than once, not a word spelled like one', () => {
    const t = 'نشرت فيسبوك تحديثا جديدا. وتقول فيسبوك إنها تحارب الأخبار الكاذبة. وقالت الشركة إن الأداة جاهزة.';
    expect(body(t, 'الشركة', 2)).toBe('Facebook');
    // عبر "via" is spelled like Uber: a common word, never a brand
    expect(body('نشر الخبر عبر الإنترنت وعبر الهاتف. وقالت الشركة إن الأداة جاهزة.', 'الشركة', 1)).toBeNull();
    // معدل "rate", twice, is only Modal's fifth spelling: the everyday word, not the brand
    expect(body('وازداد معدل تعليق الحسابات بمعدل الضعف. وقالت الشركة إن الأداة جاهزة.', 'الشركة', 1)).toBeNull();
  });
});

describe('withComplement', () => {
  const comp = (text: string, speaker: string, sentence = 0) => withComplement(speaker, sentence, segmentArticle(text).toks);

  it('reads a described source with the place the text writes after it with في', () => {
    expect(comp('وقالت مصادر في الحديدة إن القصف مستمر منذ الصباح.', 'مصادر')).toBe('sources in Hodeidah');
    expect(comp('وقال مصدر محلي في السويداء إن المفاوضات مستمرة.', 'مصدر محلي')).toBe('a local source in Sweida');
  });

  it('takes no في phrase that says how the source spoke, no verb object, and no bare name', () => {
    expect(comp('وقالت مصادر في تصريح للصحفيين إن القصف مستمر.', 'مصادر')).toBeNull();
    expect(comp('ونفى الجيش الإسرائيلي صحة الشريط المتداول.', 'الجيش الإسرائيلي')).toBeNull();
    expect(comp('وقالت موسكو في بيان إن الأمر مرفوض.', 'موسكو')).toBeNull();
  });
});

describe('ownContinuation', () => {
  const own = (text: string, speaker: string, sentence = 0) => ownContinuation(speaker, sentence, segmentArticle(text).toks);

  it('reads an indefinite speaker with the definite words its own mention goes on with', () => {
    expect(own('وقال خفر السواحل اليوناني إن قاربا غرق قرب الجزيرة.', 'خفر')).toMatch(/Greek coast guard/);
  });

  it('reads a class noun with the name in quotation marks after it', () => {
    expect(own('وقالت منظمة "الأرض الخضراء" إن الغابات تتراجع.', 'منظمة')).toMatch(/organisation/);
  });

  it('takes no time word, no audience, no definite speaker and no name without marks', () => {
    expect(own('وقال مسؤول الخميس إن الاتفاق قريب.', 'مسؤول')).toBeNull();
    expect(own('وقال مسؤول للصحفيين إن الاتفاق قريب.', 'مسؤول')).toBeNull();
    expect(own('وقال المسؤول الأمريكي إن الاتفاق قريب.', 'المسؤول')).toBeNull();
  });
});

describe('withConjunct', () => {
  const conj = (text: string, speaker: string, sentence = 0) => withConjunct(speaker, sentence, segmentArticle(text).toks);

  it('reads a described subject with the one the text coordinates straight after it', () => {
    expect(conj('وتنتقد المعارضة ومنظمات الدفاع عن حقوق الإنسان حملات التطهير هذه.', 'المعارضة')).toMatch(/^the opposition and .*organisations/);
    expect(conj('وقال الجيش والشرطة إن الهجوم أحبط.', 'الجيش')).toBe('the army and the police');
  });

  it('takes no verb, pronoun-suffixed word or name after و, and nothing across punctuation', () => {
    expect(conj('وقالت الشرطة وأضافت أن التحقيق جار.', 'الشرطة')).toBeNull();
    expect(conj('وتقول حماس وغيرها من الجماعات إنها تطالب سلميا.', 'حماس')).toBeNull();
    expect(conj('وقالت الشرطة، والجيش في حالة تأهب، إن التحقيق جار.', 'الشرطة')).toBeNull();
  });
});
