import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// Who said what across clauses: relative clauses, relays, continuing verbs, denials passed on.
const quotes = (t: string) => parseArticle(t).quotes.map((q) => ({ who: q.speaker.ar, text: q.text, kind: q.kind }));
const find = (t: string, words: string) => quotes(t).find((q) => q.text.includes(words));

describe('Arabic quotes: clause structure and discourse', () => {
  it('a clause whose own verb denies is passed on as a denial, not a claim', () => {
    const q = find('وقال محامي المخرج سامي عواد إن موكله ينفي نفيا قاطعا هذه الاتهامات.', 'ينفي');
    expect(q).toMatchObject({ kind: 'denial' });
    // (not when the denial is itself negated)
    expect(find('وقال المحامي سامي عواد إن موكله لم ينف هذه الاتهامات أمام المحكمة.', 'الاتهامات')).toMatchObject({ kind: 'indirect' });
  });

  it('a relative clause of saying has the antecedent as speaker and leaves the discourse alone', () => {
    const t = 'وأعلن الوزير خالد منصور أمس وقف المناورات المشتركة مع الحكومة التي أكدت أنه لم يتم إبلاغها بالقرار مسبقا. وأضاف أن القوات ستعود إلى قواعدها قريبا.';
    expect(find(t, 'إبلاغها')).toMatchObject({ who: 'الحكومة' });
    expect(find(t, 'القوات ستعود')).toMatchObject({ who: 'خالد منصور' });
  });

  it('a quotation in a later statement does not hide the clause before it', () => {
    const t = 'وقال الوزير خالد منصور خلال الحفل إن الحكومة دفعت معظم كلفة المشروع، مشيرا إلى أنه "أكبر مشروع في تاريخ البلاد".';
    expect(find(t, 'الحكومة دفعت')).toMatchObject({ who: 'خالد منصور', kind: 'indirect' });
  });

  it('a definite description of a person of the briefing is that person', () => {
    const t = 'وقال رئيس بلدية عمان خالد منصور إن الطرق ستفتح صباح الغد أمام السيارات. وقالت الوزيرة ريم حداد إن الحكومة ستدعم البلدية. وقال رئيس البلدية المحافظ للصحافيين "لن نسمح بإغلاق أي طريق رئيسي في المدينة بعد اليوم".';
    expect(find(t, 'لن نسمح')).toMatchObject({ who: 'خالد منصور' });
    // (an indefinite one describes someone else)
    expect(find('وقال رئيس بلدية عمان خالد منصور إن الطرق ستفتح صباح الغد. وقال رئيس بلدية سابق إن الخطة لن تنجح أبدا في المدينة.', 'الخطة')).toMatchObject({ who: 'رئيس بلدية سابق' });
  });

  it('words after a colon without quotation marks are the speaker\'s own', () => {
    const t = 'وقال المدرب فؤاد الزين في مقابلة مع مجلة رياضية: الفريق لعب جيدا لكننا نحتاج إلى تحسين الدفاع كثيرا.';
    expect(find(t, 'الفريق لعب')).toMatchObject({ who: 'فؤاد الزين', kind: 'direct' });
  });

  it('نقلت X عن Y: Y spoke, X relayed', () => {
    expect(find('ونقلت وكالة الأنباء عن وزارة الدفاع قولها إنه تم اعتراض أربعة صواريخ فوق المدينة.', 'اعتراض')).toMatchObject({ who: 'وزارة الدفاع' });
  });

  it('a participle goes on from the statement just before it, not from a name inside a quotation', () => {
    const t = 'وقالت الباحثة ريم حداد إن "مزاعم سامي عواد تستدعي تحقيقا شاملا في معاملته"، مضيفة أن "على السلطات ضمان عدم تكرار ذلك أبدا".';
    expect(find(t, 'على السلطات')).toMatchObject({ who: 'ريم حداد' });
  });

  it('بحسب X، فإن … "…": the clause with its quotation is X\'s', () => {
    const t = 'وبحسب الوزير خالد منصور، فإن الأطفال الذين وصلوا من أعمار مختلفة لكن "أصغرهم يبلغ من العمر تسعة أشهر فقط".';
    expect(find(t, 'الأطفال')).toMatchObject({ who: 'خالد منصور' });
  });

  it('a source after the statement: «، كما أعلنت X» and «وذلك بحسب ما أفاد "X"»', () => {
    expect(find('سمحت السلطات في اللحظة الأخيرة لصحافيين أجانب بحضور تدمير الموقع، كما أعلنت وزارة الخارجية الأربعاء.', 'سمحت')).toMatchObject({ who: 'وزارة الخارجية' });
    const t = 'شنت الطائرات مساء السبت غارات على مناطق في الجنوب، وذلك بحسب ما أفاد "المرصد السوري لحقوق الإنسان".';
    expect(find(t, 'شنت')).toMatchObject({ who: 'المرصد السوري لحقوق الإنسان' });
    expect(quotes(t).some((q) => q.text === 'المرصد السوري لحقوق الإنسان')).toBe(false);
  });
});
