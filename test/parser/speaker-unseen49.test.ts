/**
 * Round twenty-five (speakers49), invented sentences: a complementiser with any attached pronoun
 * (قال X إنهما …), and a given name written with the article after a definite title (Maghreb copy:
 * الرئيس التونسي الباجي قائد السبسي), read as the person who speaks.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const quotes = (t: string) => parseArticle(t).quotes.map((q) => ({ who: q.speaker.ar, text: q.text }));
const names = (t: string) => parseArticle(t).people.map((p) => p.name.ar);

describe('complementisers with every attached pronoun', () => {
  it('قال X إنهما / أكد X أنكم opens the statement as إنه does', () => {
    expect(quotes('وقال محاميه جون سميث إنهما التزما بشرط الخمسة أعوام.')).toEqual([{ who: 'جون سميث', text: 'إنهما التزما بشرط الخمسة أعوام' }]);
    expect(quotes('وأكد المدرب جون سميث للاعبين أنكم قادرون على الفوز باللقب.')[0]?.who).toBe('جون سميث');
  });

  it('not آني, a name the light form writes as أني', () => {
    expect(names('وكانت الصورة من التقاط الصحفية آني ليبوفيتز. وقالت ليبوفيتز إن "العمل كان ممتعا".')).toContain('آني ليبوفيتز');
  });
});

describe('a given name with the article after a definite title', () => {
  it('الرئيس التونسي الباجي قائد السبسي, whose last word the article writes again alone', () => {
    const t = 'وقال الرئيس التونسي الباجي قائد السبسي إن البلاد تمر بأزمة خانقة. وأضاف السبسي أن الحل قريب جدا.';
    expect(names(t)).toEqual(['الباجي قائد السبسي']);
    expect(quotes(t).map((q) => q.who)).toEqual(['الباجي قائد السبسي', 'الباجي قائد السبسي']);
  });

  it('not an everyday adjective (اللاعب الشاب ماهر عصام), nor a name written once', () => {
    expect(names('وقال اللاعب الشاب ماهر عصام إن الفريق جاهز للمباراة. وأضاف عصام أن الفوز قريب جدا.')).toEqual(['ماهر عصام']);
    expect(names('وقال الأمين العام للحزب إن البلاد تمر بأزمة خانقة.')).toEqual([]);
  });
});

describe('no clause and no addressee in the speaker', () => {
  it('a verb joined by و after reported content, with no comma, goes on with the speaker (ورأى أن)', () => {
    const qs = quotes('وقال الوزير أحمد كمال إن الحكومة ستدرس الملف ورأى أن الحل يكمن في الحوار بين الأطراف.');
    expect(qs.map((q) => q.who)).toEqual(['أحمد كمال', 'أحمد كمال']);
  });

  it('a plural people after a singular body is the one asked (طالب البيت الأبيض الفلسطينيين)', () => {
    expect(quotes('وطالب البيت الأبيض الفلسطينيين بعدم مقاطعة المؤتمر المقبل في واشنطن.')[0]?.who).toBe('البيت الأبيض');
    expect(quotes('وطالبت وزارة الخارجية الأمريكية الإسرائيليين بوقف البناء في المستوطنات فورا.')[0]?.who).toBe('وزارة الخارجية الأمريكية');
    // (a plural genitive takes its plural adjective: جمعية الصحفيين الفلسطينيين is one body)
    expect(quotes('وقالت جمعية الصحفيين الفلسطينيين إن الحل قريب جدا.')[0]?.who).toBe('جمعية الصحفيين الفلسطينيين');
  });
});
