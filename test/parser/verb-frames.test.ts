/**
 * Verb frames (VERB_FRAMES in src/parser/cues-ar.ts): verbs of saying whose content is a complement,
 * not a clause after إن/أن. Each frame on a short made-up sentence: what is reported, by whom, and as
 * what kind; a denial stays a denial, and a verb outside its frame reports nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { verbFrame } from '../../src/parser/arabic-words.ts';
import { lightNormAr } from '../../src/text/arabic.ts';

const quotes = (t: string) => parseArticle(t).quotes.map((q) => ({ who: q.speaker.ar, text: q.text, kind: q.kind }));
const one = (t: string) => {
  const q = quotes(t);
  expect(q).toHaveLength(1);
  return q[0]!;
};

describe('verb frames', () => {
  it('finds a frame behind و and an object pronoun, not a participle with one', () => {
    const frame = (w: string) => verbFrame({ light: lightNormAr(w) } as never);
    expect(frame('وحث')?.markers.has('على')).toBe(true);
    expect(frame('اتهمه')?.markers.has('ب')).toBe(true);
    expect(frame('ودعوه')?.markers.has('الى')).toBe(true);
    expect(frame('ويطالبون')?.agrees).toBe(true);
    expect(frame('مطالبا')?.participle).toBe(true);
    expect(frame('كتاب')).toBeNull();
  });

  it('أعرب/عبر X عن …', () => {
    expect(one('وأعرب وزير الخارجية سامي الحداد عن قلقه إزاء تصاعد العنف في المنطقة.')).toEqual({ who: 'سامي الحداد', text: 'قلقه إزاء تصاعد العنف في المنطقة', kind: 'indirect' });
    expect(one('وأعربت الجامعة عن قلقها إزاء سلامته بما في ذلك قدرته على أن يستقل المواصلات العامة.').text).toMatch(/^قلقها إزاء سلامته/);
  });

  it('أعرب X عن … بعد أن …: a conjunction of time is no complementiser of speech', () => {
    expect(one('أعرب رئيس البلدية سامر خليل عن صدمته بعد أن علم بنقل المهاجرين إلى المدينة.').text).toMatch(/^صدمته/);
  });

  it('دعا/حث/ناشد X Y إلى/على …: the addressee and what they are asked', () => {
    expect(one('ودعا رئيس الوزراء خالد منصور الأطراف كافة إلى ضبط النفس ووقف القتال فورا.').text).toBe('الأطراف كافة إلى ضبط النفس ووقف القتال فورا');
    expect(one('وحث الأمين العام للأمم المتحدة الحكومة على فتح المعابر أمام المساعدات.').text).toBe('الحكومة على فتح المعابر أمام المساعدات');
    expect(one('وناشد أهالي المفقودين المنظمات الدولية التدخل للكشف عن مصير أبنائهم.')).toEqual({ who: 'أهالي المفقودين', text: 'المنظمات الدولية التدخل للكشف عن مصير أبنائهم', kind: 'indirect' });
    expect(one('ودعا كل من الأمم المتحدة والاتحاد الأوروبي إلى تحقيق مستقل في مقتل المحتجين.').text).toBe('تحقيق مستقل في مقتل المحتجين');
  });

  it('طالب بـ، أشاد بـ، حذر من: the content follows the preposition, which is not said', () => {
    expect(one('وطالب المحتجون بالإفراج عن جميع المعتقلين دون شروط.')).toEqual({ who: 'المحتجون', text: 'بالإفراج عن جميع المعتقلين دون شروط', kind: 'indirect' });
    expect(one('وأشاد الرئيس بالجهود التي بذلتها فرق الإنقاذ خلال الفيضانات.').text).toBe('بالجهود التي بذلتها فرق الإنقاذ خلال الفيضانات');
    expect(one('وحذر البنك المركزي من ارتفاع معدلات التضخم خلال العام المقبل.')).toEqual({ who: 'البنك المركزي', text: 'ارتفاع معدلات التضخم خلال العام المقبل', kind: 'indirect' });
  });

  it('وصف/اتهم/قدّر X بـ …: the subject ends where a second definite noun starts the object', () => {
    expect(one('ووصفت وزارة الداخلية الحادثة بالعمل الجبان الذي لن يمر دون عقاب.')).toEqual({ who: 'وزارة الداخلية', text: 'الحادثة بالعمل الجبان الذي لن يمر دون عقاب', kind: 'indirect' });
    expect(one('وقدرت الشرطة أعداد المشاركين في المسيرة بعشرين ألف شخص.')).toEqual({ who: 'الشرطة', text: 'أعداد المشاركين في المسيرة بعشرين ألف شخص', kind: 'indirect' });
    expect(one('واتهمت الحكومة المعارضة بتدبير أعمال العنف في العاصمة.').text).toBe('المعارضة بتدبير أعمال العنف في العاصمة');
  });

  it('حمّل X المسؤولية: only with المسؤولية; حمل alone is carrying', () => {
    expect(one('وحملت وزارة الخارجية الحكومة السابقة المسؤولية عن انهيار الاقتصاد.')).toEqual({ who: 'وزارة الخارجية', text: 'الحكومة السابقة المسؤولية عن انهيار الاقتصاد', kind: 'indirect' });
    expect(quotes('وكانت الحكومة قد حملت حقائب الوزراء إلى القاعة الكبرى قبل الاجتماع.')).toEqual([]);
  });

  it('a subject with a quoted name ends at its closing mark; وحدات heads a body', () => {
    expect(one('أعلنت شركة "نوفا" عن خطتها لتصنيع سيارة "سريعة" كهربائية في الصين.').text).toBe('خطتها لتصنيع سيارة "سريعة" كهربائية في الصين');
    expect(one('وأعلنت وحدات حماية الشعب، الثلاثاء، سحب آخر قواتها من المدينة.').text).toBe('سحب آخر قواتها من المدينة');
  });

  it('plural and dual verbs and participles carry their subject: the content follows them', () => {
    expect(one('وأعرب الرئيسان عن ارتياحهما لنتائج المحادثات التي جرت في العاصمة.').text).toMatch(/^ارتياحهما/);
    const q = quotes('وقال الوزير إن الاتفاق سيوقع قريبا، مطالبا الدول المانحة بالوفاء بتعهداتها.');
    expect(q.map((x) => [x.who, x.text])).toEqual([['الوزير', 'الاتفاق سيوقع قريبا'], ['الوزير', 'الدول المانحة بالوفاء بتعهداتها']]);
  });

  it('نفى/أنكر + a noun is a denial, even of one word; نفى فيه skips the medium; لم ينفِ reports nothing', () => {
    expect(one('ونفت الشركة هذه المعلومات جملة وتفصيلا.')).toEqual({ who: 'الشركة', text: 'هذه المعلومات جملة وتفصيلا', kind: 'denial' });
    expect(one('ونفى الوزير الاتهامات.')).toEqual({ who: 'الوزير', text: 'الاتهامات', kind: 'denial' });
    expect(one('وأصدرت الوزارة بيانا نفت فيه الاتهامات الموجهة إليها بشأن الصفقة.')).toMatchObject({ text: 'الاتهامات الموجهة إليها بشأن الصفقة', kind: 'denial' });
    expect(quotes('ولم ينف الوزير هذه المعلومات حتى الآن.')).toEqual([]);
  });

  it('رفض + a claim (مزاعم، اتهامات) denies it; رفض + anything else declines and reports nothing', () => {
    expect(one('ورفض المتحدث باسم الجيش مزاعم المعارضة بشأن استهداف المدنيين.')).toEqual({ who: 'المتحدث باسم الجيش', text: 'مزاعم المعارضة بشأن استهداف المدنيين', kind: 'denial' });
    expect(quotes('ورفض المتحدث باسم الجيش الدعوة إلى الحوار مع المعارضة في الوقت الحالي.')).toEqual([]);
  });

  it('a denial after a condemnation is its own statement, never inside the other (never a claim)', () => {
    const q = quotes('وأدان السفير السوري استخدام الأسلحة الكيماوية ورفض ما وصفها بالمزاعم الكاذبة ضد حكومته.');
    expect(q.find((x) => x.text.startsWith('ما وصفها'))?.kind).toBe('denial');
    expect(q.filter((x) => x.kind !== 'denial').some((x) => x.text.includes('وصفها'))).toBe(false);
  });

  it('استبعد أن … rules out: a denial', () => {
    expect(one('واستبعد المسؤولون أن يتم تأجيل الانتخابات إلى العام المقبل.')).toEqual({ who: 'المسؤولون', text: 'يتم تأجيل الانتخابات إلى العام المقبل', kind: 'denial' });
  });
});

describe('verbs of saying added with the frames', () => {
  it('بيّن/خلص إلى/أصر على + أن: the clause after the complementiser', () => {
    expect(one('وبينت المغنية سارة خليل أنها تحضر لأغنية جديدة ستصدر قريبا.').text).toMatch(/تحضر لأغنية جديدة/);
    expect(one('وخلص الباحثون في دراستهم إلى أن معظم الراقصين يمكنهم الميل إلى الأمام.').text).toBe('معظم الراقصين يمكنهم الميل إلى الأمام');
    expect(one('وأصر الوزير على أن روسيا ستواصل دعم الجيش في جهوده.').text).toBe('روسيا ستواصل دعم الجيش في جهوده');
  });
});
