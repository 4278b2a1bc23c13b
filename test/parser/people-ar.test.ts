import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { resolveCounterpart } from '../../src/parser/people-ar.ts';

const people = (t: string) => parseArticle(t).people.map((p) => [p.name.ar, p.role.ar.split(' (')[0]]);

describe('Arabic people', () => {
  it('keeps the family name after آل, even past a lexicon form (محمد بن زايد آل نهيان)', () => {
    expect(people('وأكد الشيخ محمد بن زايد آل نهيان عمق العلاقات بين البلدين.').map((p) => p[0])).toEqual(['محمد بن زايد آل نهيان']);
    expect(people('واستقبل الوزير سعود بن عبد الله آل ثاني الوفد.').map((p) => p[0])).toEqual(['سعود بن عبد الله آل ثاني']);
  });

  it('an imperfect or future verb ends a name (أماليا تعمل، محمد صلاح سينتقل)', () => {
    expect(people('وكانت زوجته أماليا تعمل في مصنع للنسيج قبل الهجرة.').map((p) => p[0])).not.toContain('أماليا تعمل');
    expect(people('وأكد الوكيل أن لاعب ليفربول محمد صلاح سينتقل إلى الفريق الجديد.').map((p) => p[0])).not.toContain('محمد صلاح سينتقل');
  });

  it('a lone word after a title shaped like a verb or common noun names no one (الرئيس طلب، اللاعب غضبه)', () => {
    expect(people('وقال إن الرئيس طلب "ولاءه" خلال التحقيق. وقال إن الرئيس طلب ذلك مرتين.')).toEqual([]);
    expect(people('وبرر اللاعب غضبه في تصريحات بعد المباراة. وكان غضبه واضحا.')).toEqual([]);
    expect(people('وأطلق الرئيس الصيني مبادرة "الحزام والطريق" في عام 2013. وتشمل المبادرة دولا كثيرة.')).toEqual([]);
    // A word a list knows as a name is still the name (الرئيس ماكرون).
    expect(people('وقال الرئيس ماكرون، في مؤتمر صحفي، إن الوضع صعب.').map((p) => p[0])).toEqual(['ماكرون']);
  });

  it('a last word shaped like no name is cut off (قوله، بفيلمه، ينتظران)', () => {
    expect(people('ونقلت الصحيفة عن رئيس الموساد يوسي كوهين قوله إن الوضع خطير.').map((p) => p[0])).toContain('يوسي كوهين');
    expect(people('وشارك المخرج الإيطالي ماتيو غارون بفيلمه الجديد في المهرجان.').map((p) => p[0])).toContain('ماتيو غارون');
  });

  it('a last word with the article that is no known family name is cut off (بن يدر | الهدف)', () => {
    expect(people('وأحرز المهاجم الفرنسي وسام بن يدر الهدف الثاني للفريق.').map((p) => p[0])).toEqual(['وسام بن يدر']);
    expect(people('وقال الناشط الإعلامي محمد إبراهيم الموجود في المدينة إن القصف مستمر.').map((p) => p[0])).toEqual(['محمد إبراهيم']);
  });

  it('reads الإعلامي and الكابتن as titles', () => {
    expect(people('وصوت الإعلامي هاني دانيال لصالح اللاعب.')).toEqual([['هاني دانيال', 'الإعلامي']]);
    expect(people('وصوت الكابتن عصام الحضري لصالح اللاعب.')).toEqual([['عصام الحضري', 'الكابتن']]);
  });

  it('indefinite accusatives after a role and a comma are the object (…، جدلا كبيرا)', () => {
    const ps = people('أثار إعلان الرئيس التونسي دعمه لمشروع القانون، جدلا كبيرا في البلاد.');
    expect(ps.map((p) => p[0])).not.toContain('جدلا كبيرا');
  });

  it('a relative clause ends a role; what follows it names no one', () => {
    const ps = people('وأكد ولي عهد أبوظبي عمق العلاقات التي تجمع البلدين الشقيقين.');
    expect(ps.map((p) => p[0])).not.toContain('تجمع البلدين');
  });

  it('reads TITLE، NAME and TITLE NAME', () => {
    expect(people('التقى الرئيس الروسي، فلاديمير بوتين، بالوفد أمس.')).toEqual([['فلاديمير بوتين', 'الرئيس الروسي']]);
    expect(people('ودعا وزير الخارجية المصري سامح عمران إلى التهدئة.')).toEqual([['سامح عمران', 'وزير الخارجية المصري']]);
  });

  it('reads NAME، ROLE after a speech verb, even for names no list holds', () => {
    expect(people('وقال زوراب كفاراتسخيليا، الباحث في معهد الدراسات الشرقية: "الوضع معقد جدا هذه المرة".')).toEqual([
      ['زوراب كفاراتسخيليا', 'الباحث في معهد الدراسات الشرقية'],
    ]);
  });

  it('takes the name after a long role (backward from the punctuation)', () => {
    expect(people('وقال وكيل الأمين العام لإدارة عمليات حفظ السلام جان بيار لاكروا، إن الوضع هادئ.')).toEqual([
      ['جان بيار لاكروا', 'وكيل الأمين العام لإدارة عمليات حفظ السلام'],
    ]);
  });

  it('keeps ال family names after a given name but stops before the next phrase', () => {
    expect(people('لإبقاء الرئيس السوري بشار الأسد في السلطة.')).toEqual([['بشار الأسد', 'الرئيس السوري']]);
    expect(people('دعوات الرئيس الأمريكي دونالد ترامب لتغيير النظام.')).toEqual([['دونالد ترامب', 'الرئيس الأمريكي']]);
  });

  it('resolves a counterpart role by swapping the demonym', () => {
    expect(resolveCounterpart('الرئيس الروسي', 'نظيره الإيراني')).toBe('الرئيس الإيراني');
    const b = parseArticle('التقى الرئيس الروسي، فلاديمير بوتين، نظيره الإيراني، مسعود بزشكيان، في موسكو.');
    expect(b.people[1]!.role.ar).toBe('نظيره الإيراني (الرئيس الإيراني)');
  });

  it('links short mentions with clitics and counts them', () => {
    const b = parseArticle('قال الوزير سمير الحداد إن الوضع صعب. وأكد الحداد ذلك. ثم التقى رئيس الحكومة بالحداد، وقدم للحداد خطة.');
    expect(b.people).toHaveLength(1);
    expect(b.people[0]!.mentions).toBe(4);
    expect(b.people[0]!.sentenceIds).toEqual([0, 1, 2]);
    expect(b.people[0]!.id).toMatch(/^p-/);
  });

  it('does not take ordinary words, places or institutions for names', () => {
    expect(people('قدم زعيم الكرملين تقييماً جامداً للضربات الأمريكية.')).toEqual([]);
    expect(people('وقالت إسرائيل إن الهجوم فشل. وأكدت قوة حفظ السلام في جنوب لبنان بذلها جهودا.')).toEqual([]);
    expect(people('وقال مسؤول أمريكي إن المحادثات مستمرة.')).toEqual([]);
    expect(people('وذكرت صحيفة محلية أن الاجتماع انتهى.')).toEqual([]);
  });

  it('gives stable ids for the same text', () => {
    const t = 'وقال المحلل نبيل شحادة: "لا جديد في هذا الاتفاق على الإطلاق".';
    expect(parseArticle(t).people[0]!.id).toBe(parseArticle(t).people[0]!.id);
  });
});
