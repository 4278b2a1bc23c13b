import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { speakerTail } from '../../src/parser/speaker-tail.ts';

// Issue 11: a described speaker is a noun phrase, and the phrase ends where Arabic grammar ends it,
// not at the next comma: what the body said or did after its name is no part of its name.
describe('speakerTail: where a body\'s phrase ends', () => {
  it('cuts at a complementiser and the clause it opens', () => {
    expect(speakerTail('لجنة الانتخابات المركزية بأنها ستحقق')).toBe('لجنة الانتخابات المركزية');
  });
  it('keeps an إن or أن that spells a letter of an acronym', () => {
    expect(speakerTail('شبكة سي أن أن التلفزيونية')).toBe('شبكة سي أن أن التلفزيونية');
    expect(speakerTail('قناة بي إن سبورتس')).toBe('قناة بي إن سبورتس');
  });
  it('cuts at a count or amount after the name, keeps a number that closes a name', () => {
    expect(speakerTail('شركة نينتندو اليابانية 7.23 مليون جهاز')).toBe('شركة نينتندو اليابانية');
    expect(speakerTail('شبكة السويداء 24')).toBe('شبكة السويداء 24');
    expect(speakerTail('نحو 300 شخص')).toBe('نحو 300 شخص');
  });
  it('cuts at an indefinite verbal noun or possessed noun after a definite word (the verb\'s object)', () => {
    expect(speakerTail('وزارة الدفاع الإسرائيلية تشديد الحصار')).toBe('وزارة الدفاع الإسرائيلية');
    expect(speakerTail('صندوق النقد الدولي توقعاته لنمو الاقتصاد')).toBe('صندوق النقد الدولي');
    // (a preposition with its pronoun is the phrase's own: those running it)
    expect(speakerTail('القائمون عليه')).toBe('القائمون عليه');
    // (a name after an indefinite head is the body's: no cut)
    expect(speakerTail('شركة آبل الأمريكية')).toBe('شركة آبل الأمريكية');
  });
  it('cuts at an aside and a circumstantial clause on و', () => {
    expect(speakerTail('الحكومة السورية من جانبها')).toBe('الحكومة السورية');
    expect(speakerTail('المرصد السوري لحقوق الإنسان ومقره بريطانيا')).toBe('المرصد السوري لحقوق الإنسان');
  });
  it('drops a dangling preposition or bound adjective and closes an open bracket', () => {
    expect(speakerTail('الاتحاد الدولي لكرة القدم (فيفا) من')).toBe('الاتحاد الدولي لكرة القدم (فيفا)');
    expect(speakerTail('وكالة الأنباء اليمنية (سبأ) التابعة')).toBe('وكالة الأنباء اليمنية (سبأ)');
    expect(speakerTail('وكالة الفضاء الأمريكية (ناسا')).toBe('وكالة الفضاء الأمريكية (ناسا)');
  });
});

describe('a body\'s phrase under its quotation', () => {
  const speakerOf = (t: string, words: string) => parseArticle(t).quotes.find((q) => q.text.includes(words))?.speaker;
  it('shows the body without the words that ran on, in both languages', () => {
    // (the implicit subject of وقالت goes back to the body, which had run on into its verb's object)
    const t = 'عنوان تجريبي\n\nفقد أعلنت وزارة الدفاع الإسرائيلية تشديد الحصار بعد إغلاق المعبر الأسبوع الماضي أمام إدخال غالبية البضائع، وقالت إن "القرار سيبقى ساريا حتى إشعار آخر".';
    const sp = speakerOf(t, 'القرار سيبقى');
    expect(sp?.ar).toBe('وزارة الدفاع الإسرائيلية');
    expect(sp?.en).toMatch(/Israeli Defence Ministry/);
  });
  it('a body written with its short name in brackets is that name in English, once', () => {
    const t = 'عنوان تجريبي\n\nوقال الاتحاد الدولي لكرة القدم (فيفا) في بيان إن "البطولة ستقام في موعدها المحدد دون أي تأجيل".';
    const sp = speakerOf(t, 'البطولة ستقام');
    expect(sp?.en).toBe('FIFA');
  });
  it('an outlet whose acronym is spelled with أن is read whole, not cut at its second letter', () => {
    const t = 'عنوان تجريبي\n\nوعثر على الطاهي ميتا في غرفة بأحد الفنادق، بحسب شبكة سي أن أن التلفزيونية.\n\nوقالت شبكة سي أن أن إن الحادث وقع أمس في فرنسا.';
    expect(speakerOf(t, 'الطاهي ميتا')?.en).toBe('CNN');
    expect(speakerOf(t, 'الحادث وقع')?.en).toBe('CNN');
  });
});
