/** A speaker is always someone: rules of issue 11, each on sentences of its own. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const quotes = (t: string) => parseArticle(t).quotes.map((q) => ({ who: q.speaker.ar, text: q.text, kind: q.kind, unnamed: q.unnamed, unattributed: !!q.unattributed }));

describe('speakers', () => {
  it('a statement reported as the object of its verb (أعلنت السلطات إصابة …، أعرب X عن …، مشيرا إلى …)', () => {
    expect(quotes('وأعلنت السلطات إصابة شرطي جراء إلقاء قنبلة يدوية الصنع.')).toEqual([
      { who: 'السلطات', text: 'إصابة شرطي جراء إلقاء قنبلة يدوية الصنع', kind: 'indirect', unnamed: true, unattributed: false },
    ]);
    const q = quotes('وأعرب رئيس المجلس الاحتياطي الفيدرالي جيروم باول عن ثقته بالنظرة الاقتصادية القوية، مشيرا إلى تراجع البطالة في الأشهر الأخيرة.');
    expect(q.map((x) => [x.who, x.text])).toEqual([
      // (the verb frame's own preposition is not part of what was said: أعرب عن | ثقته …)
      ['جيروم باول', 'ثقته بالنظرة الاقتصادية القوية'],
      ['جيروم باول', 'إلى تراجع البطالة في الأشهر الأخيرة'],
    ]);
    expect(quotes('ولم يعلن الجيش أي تفاصيل عن العملية العسكرية الأخيرة.')).toEqual([]);
  });

  it('a country or capital acting as a body is the place alone, not its object', () => {
    expect(quotes('ونفت دمشق أن تكون قواتها قد استخدمت أي سلاح كيماوي في المدينة.')[0]).toMatchObject({ who: 'دمشق', kind: 'denial' });
    // … and its denial ends at the next verb of saying, whose own speaker says what follows.
    expect(quotes('من جانبها نفت دمشق أية مسؤولية عن الهجوم، وقالت وكالة الأنباء الرسمية إن تلك الاتهامات ادعاءات لا أساس لها.')).toEqual([
      { who: 'دمشق', text: 'أية مسؤولية عن الهجوم', kind: 'denial', unnamed: true, unattributed: false },
      { who: 'وكالة الأنباء الرسمية', text: 'تلك الاتهامات ادعاءات لا أساس لها', kind: 'indirect', unnamed: true, unattributed: false },
    ]);
  });

  it('«في بيان» and an addressee are not part of the speaker', () => {
    expect(quotes('وقالت الوزارة في بيان إنها ستعلق تسليم الوقود حتى الأحد المقبل.')[0]?.who).toBe('الوزارة');
    expect(quotes('وقال رئيس البلدية الديمقراطي للصحافيين: "هل يعقل أن لا يعرف أحد منا بما يجري هنا؟".')[0]?.who).toBe('رئيس البلدية الديمقراطي');
  });

  it('an organisation keeps its quoted name; a verbal noun behind a preposition ends the phrase', () => {
    expect(quotes('وقالت منظمة "غولوس" غير الحكومية إنها أحصت مئات المخالفات بعد ظهر اليوم.')[0]?.who).toBe('منظمة غولوس');
    expect(quotes('وذكرت عدة تقارير بتعرض المدينة لهجوم كيماوي أن عدد الضحايا كبير جدا.')[0]?.who).toBe('عدة تقارير');
  });

  it('(و)بحسب X، CLAUSE opening a sentence, with or without فإن; تشير/أظهرت … أن report too', () => {
    expect(quotes('ووفقا لقانون الهجرة الأمريكي، يجب على المتقدمين الإقامة خمس سنوات في البلاد.')[0]).toMatchObject({ who: 'قانون الهجرة الأمريكي', kind: 'indirect' });
    expect(quotes('وبحسب رئيس البلدية الديمقراطي فإن هؤلاء القصر من أعمار مختلفة.')[0]?.text).toBe('هؤلاء القصر من أعمار مختلفة');
    expect(quotes('وتشير الإحصاءات إلى أن عدد العاطلين عن العمل ارتفع كثيرا.')[0]?.who).toBe('الإحصاءات');
  });

  it('a statement with its source after it: «…، على ما ذكرت X» / «…، وفقا لـ X»', () => {
    expect(quotes('وأوقفت السلطات زوجة موظف قتل أربعة من زملائه في الجامعة، على ما ذكرت وسائل إعلام محلية الجمعة.')[0]).toMatchObject({
      who: 'وسائل إعلام محلية', text: 'وأوقفت السلطات زوجة موظف قتل أربعة من زملائه في الجامعة', kind: 'indirect',
    });
    expect(quotes('وقتل أربعون عنصرا في الهجوم على القاعدة العسكرية، وفقا لمصادر محلية سورية.')[0]?.who).toBe('مصادر محلية سورية');
  });

  it('نقلت X عن Y: Y speaks even when an apposition after Y ends the subject at عن', () => {
    const q = quotes('ونقلت وكالة الأنباء الفرنسية عن طالب من أصول ريفية يدعى رامز، جاء من الجنوب قوله: "نريد أن نزرع أرضنا في سلام هذا العام".');
    expect(q.map((x) => x.who)).toEqual(['رامز']);
  });

  it('a participle is never the speaker: the subject is the previous one', () => {
    const q = quotes('وقال الوزير خالد منصور إن الخطة جاهزة. وتابع موجها كلامه إلى النواب: "عليكم أن تتحملوا مسؤولياتكم كاملة".');
    expect(q.map((x) => x.who)).toEqual(['خالد منصور', 'خالد منصور']);
  });

  it('a preposition\'s object is not the speaker', () => {
    expect(quotes('وقالت منتقدات لترامب إن الأمر التنفيذي ليس مناسبا على الإطلاق.')[0]).toMatchObject({ who: 'منتقدات', unnamed: true });
  });

  it('أن after بعد/رغم is no clause of speech; إن after من قبل is', () => {
    expect(quotes('كما دعا جميع الأطراف إلى ضبط النفس، خاصة بعد أن أكدت إسرائيل إبقاءها على الأوامر.').map((q) => q.who)).toEqual(['إسرائيل']);
    expect(quotes('وكان الرئيس الأمريكي دونالد ترامب قد قال من قبل إنه لا يصدق حدوث التغير المناخي.')[0]?.who).toBe('دونالد ترامب');
  });

  it('a bare definite title stands for the one person who carries it', () => {
    const q = quotes('وقال محامي العائلة، مايكل وايلدز، إن الإجراءات سليمة. وأكد المحامي أن الاثنين يعيشان في الولايات المتحدة منذ سنوات.');
    expect(q.map((x) => x.who)).toEqual(['مايكل وايلدز', 'مايكل وايلدز']);
  });

  it('a quotation with no cue: the speaker of the sentence\'s earlier quotation, else unattributed', () => {
    const q = quotes('وقال الرئيس الأمريكي السابق باراك أوباما: "أؤمن برؤية نيلسون مانديلا" لمستقبل العالم، "أعتقد أن العالم الذي يحكمه هؤلاء القادة ممكن".');
    expect(q.map((x) => x.who)).toEqual(['باراك أوباما', 'باراك أوباما']);
    const u = quotes('وفي الساحة علقت لافتة كتب عليها "لا مكان للكراهية في هذه المدينة بعد اليوم أبدا".');
    expect(u).toEqual([{ who: 'غير منسوب', text: 'لا مكان للكراهية في هذه المدينة بعد اليوم أبدا', kind: 'direct', unnamed: false, unattributed: true }]);
  });
});
