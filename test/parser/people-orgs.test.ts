import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { segmentArticle } from '../../src/parser/index.ts';
import { thingNames } from '../../src/parser/people-ar.ts';

const HEAD = 'عنوان الخبر';
const names = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).people.map((p) => p.name.ar);
const things = (text: string) => [...thingNames(segmentArticle(text).toks).keys()];

describe('bodies and things named in the article are no people (issue 11)', () => {
  it('reads the name after a company, agency or crossing head as the body\'s first word', () => {
    expect(things('استحوذت شركة آبل على المشروع.')).toEqual(['ابل']);
    // (a quoted name, every word of it: a person's name read inside it may open on a later word)
    expect(things('وفق ما أوردت وكالة "أسوشيتد برس" اليوم.')).toEqual(['اسوشيتد', 'برس']);
    // (… but not past its closing mark: the name after it is no thing's)
    expect(things('بدور في مسلسل "المكان الجيد" إلى جانب تيد دانسون وكرستين بيل.')).toEqual([]);
    expect(things('وأطلقت شركة المحاسبة العملاقة برايس ووترهاوس برنامجا.')).toEqual(['برايس']);
    // Never a given name (جامعة محمد الخامس), nor past article words when a title governs the head.
    expect(things('ودرس في جامعة محمد الخامس بالرباط.')).toEqual([]);
    expect(things('وقال أمين عام منظمة التحرير الفلسطينية صائب عريقات في بيان إن القرار خطير.')).toEqual([]);
  });

  it('drops a person the body\'s name would otherwise make at its other mentions', () => {
    expect(names(['استحوذت شركة آبل على المشروع عام 2010.', 'ولم تشأ آبل أن تجعل المساعد يبدو كالبشر، وقالت آبل إن المشروع ناجح.'])).not.toContain('آبل');
    expect(names(['وأطلقت شركة المحاسبة العملاقة برايس ووترهاوس برنامجا للعمل.', 'وقال متحدث إن برايس ووترهاوس ستوظف المزيد، وإن برايس ووترهاوس راضية.'])).not.toContain('برايس ووترهاوس');
    // A head noun opening a span is no name's first word (معسكر هامفريز).
    expect(names(['ولم يتم نقل أول وحدة إلى معسكر هامفريز، الذي يحمل اسم طيار.', 'ويضم معسكر هامفريز 513 مبنى.'])).toEqual([]);
  });

  it('keeps a person whose surname follows a team head elsewhere (فريق كلوب is his team)', () => {
    expect(names(['خسر المدرب الألماني يورغن كلوب المباراة النهائية السابعة.', 'وأكمل فريق كلوب السابق موسمه.'])).toContain('يورغن كلوب');
  });
});

describe('a role noun in construct closes a name (issue 11)', () => {
  it('keeps the ال family name before an indefinite title (خالد البطش | رئيس الهيئة)', () => {
    expect(names(['وصرح خالد البطش رئيس الهيئة الوطنية لمسيرات العودة بأن المسيرات مستمرة.'])).toContain('خالد البطش');
    expect(names(['وقال ناصر المطوع رئيس مجلس الأعمال إن الاتفاق مهم.'])).toContain('ناصر المطوع');
  });
});

describe('a transliterated name shaped like a future verb (issue 11)', () => {
  it('keeps a word in سي/ست the tagger scores as a name word inside the name (هورست سيهوفر، جيف سيشنز)', () => {
    expect(names(['ويقوم وزير الداخلية هورست سيهوفر، الذي اعتبر أن الإسلام لا ينتمي لألمانيا، بزيارة.'])).toContain('هورست سيهوفر');
    expect(names(['وقال وزير العدل الأمريكي، جيف سيشنز، إن التحقيق مستمر.'])).toContain('جيف سيشنز');
    // A future verb after a name still ends it.
    expect(names(['وأكد الوكيل أن لاعب ليفربول محمد صلاح سينتقل إلى الفريق الجديد.'])).not.toContain('محمد صلاح سينتقل');
  });
});

describe('what ends a name (issue 11)', () => {
  it('a verb of purpose or a verbal noun behind a preposition closes it (فهد الأنصاري | ليسدد، سعيد الربيعي | بتسجيل)', () => {
    expect(names(['وتلقى الكرة من زميله الكويتي فهد الأنصاري ليسدد الكرة خارج المرمى.'])).toContain('فهد الأنصاري');
    expect(names(['ونجح مدافع الفيصلي سعيد الربيعي بتسجيل هدف التعادل.'])).toContain('سعيد الربيعي');
  });

  it('an indefinite nationality is no surname (قال قاض بريطاني)', () => {
    expect(names(['وقال قاض بريطاني، إن منفذ الاعتداء سيسجن.'])).not.toContain('قاض بريطاني');
  });
});

describe('a common word after a name (issue 11)', () => {
  it('cuts a last word of common shape the tagger is sure is no name word (نيابة، واضحا، جلسات)', () => {
    const got = names(['وصرح القاضي أنطوني كينيدي نيابة عن الغالبية بأن القرار نهائي.', 'وبدا تأثير المدرب بيب غوارديولا واضحا في جميع المباريات.']);
    expect(got).toContain('أنطوني كينيدي');
    expect(got).toContain('بيب غوارديولا');
  });
});
