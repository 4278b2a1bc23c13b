import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// The speaker as the article writes it: English briefings carry an Arabic spelling as well.
const quotes = (t: string) => {
  const b = parseArticle(t);
  return b.quotes.map((q) => ({ who: q.speaker[b.lang] || q.speaker.en, text: q.text, kind: q.kind, unnamed: q.unnamed }));
};

describe('Arabic quotes', () => {
  it('وقال X: "..." with every quotation mark style', () => {
    for (const [o, c] of [['"', '"'], ['«', '»'], ['“', '”'], ['“', '"']]) {
      expect(quotes(`وقال الوزير خالد منصور: ${o}سنعلن الخطة الكاملة الأسبوع المقبل${c}.`)).toEqual([
        { who: 'خالد منصور', text: 'سنعلن الخطة الكاملة الأسبوع المقبل', kind: 'direct', unnamed: false },
      ]);
    }
  });

  it('"..."، بحسب X', () => {
    const q = quotes('وقال المحلل سامي عواد إن السوق متقلب. "لا أحد يعرف ما سيحدث غدا"، بحسب عواد.');
    expect(q.at(-1)).toMatchObject({ who: 'سامي عواد', kind: 'direct' });
  });

  it('قال X إن ...: indirect, the clause after إن', () => {
    expect(quotes('وقال رئيس البلدية حسن الجابري إن الطرق ستفتح صباح الغد.')).toEqual([
      { who: 'حسن الجابري', text: 'الطرق ستفتح صباح الغد', kind: 'indirect', unnamed: false },
    ]);
  });

  it('وأضاف / مضيفاً: the previous speaker', () => {
    const q = quotes('وقال المدرب فؤاد الزين: "الفريق لعب جيدا اليوم". وأضاف: "لكننا نحتاج إلى تحسين الدفاع كثيرا".');
    expect(q.map((x) => x.who)).toEqual(['فؤاد الزين', 'فؤاد الزين']);
    const q2 = quotes('وأكدت الوزيرة ريم حداد أن الميزانية جاهزة، مضيفة أن البرلمان سيناقشها الشهر المقبل.');
    expect(q2.map((x) => [x.who, x.text])).toEqual([
      ['ريم حداد', 'الميزانية جاهزة'],
      ['ريم حداد', 'البرلمان سيناقشها الشهر المقبل'],
    ]);
  });

  it('keeps unnamed sources as written', () => {
    expect(quotes('وقال مسؤول أمريكي إن المحادثات مستمرة منذ أيام.')[0]).toMatchObject({ who: 'مسؤول أمريكي', unnamed: true });
    expect(quotes('وقالت وزارة الدفاع الروسية في بيان: "تم إسقاط ثلاث طائرات مسيرة فوق المنطقة".')[0]).toMatchObject({ who: 'وزارة الدفاع الروسية', unnamed: true });
    expect(quotes('وذكرت مصادر مطلعة أن الاتفاق سيوقع قريبا جدا.')[0]).toMatchObject({ who: 'مصادر مطلعة', unnamed: true });
  });

  it('does not take scare quotes or quoted names for quotations', () => {
    expect(quotes('واعتبر الفصيل أن الاتفاق "تهجير" للسكان، بحسب صحيفة "وول ستريت جورنال".').filter((q) => q.kind === 'direct')).toEqual([]);
    expect(quotes('وقال الوزير لمحطة "بي اف ام تي في" إن الوضع هادئ.').map((q) => q.kind)).toEqual(['indirect']);
  });

  it('takes a sentence in quotation marks after an outlet\'s head for its statement, not its name', () => {
    const got = quotes('وأضاف بيان الشبكة "جعله حبه للمغامرات والأصدقاء الجدد والطعام الجيد قاصا فريدا من نوعه".');
    expect(got.map((q) => [q.who, q.kind, q.text.slice(0, 20)])).toEqual([['بيان الشبكة', 'direct', 'جعله حبه للمغامرات و']]);
    // (a short one after the head is still the outlet's name)
    expect(quotes('وقال الوزير لشبكة "سي إن إن" الأمريكية إن الوضع هادئ.').map((q) => q.kind)).toEqual(['indirect']);
  });

  it('takes a word or two that a verb of saying opens and the sentence closes (وختم بالقول "سنفتقدها")', () => {
    const got = quotes('وقال الوزير أحمد سعيد إن الحكومة سعيدة. وختم تغريدته بالقول "سنفتقدها".');
    expect(got.map((q) => [q.who, q.kind, q.text])).toContainEqual(['أحمد سعيد', 'direct', 'سنفتقدها']);
    // (a quoted name the sentence goes on after is still a name)
    expect(quotes('وقال الوزير لصحيفة "الأهرام" إن الوضع هادئ.').map((q) => q.kind)).toEqual(['indirect']);
  });
});

describe('English quotes', () => {
  it('“...,” X said / said X / X said: “...”', () => {
    const t = 'Interior Minister John Harlow spoke on Monday. "We will not back down on this," Harlow said. "The plan is final and it is fair," said Harlow. Harlow told reporters: "There is nothing more to add here."';
    expect(quotes(t).map((q) => [q.who, q.kind])).toEqual([
      ['John Harlow', 'direct'],
      ['John Harlow', 'direct'],
      ['John Harlow', 'direct'],
    ]);
  });

  it('indirect speech and pronoun speakers', () => {
    const t = 'Maria Lopez, a senior analyst at Brightline, said that prices would rise. "It is only the beginning of the cycle," she added.';
    expect(quotes(t)).toEqual([
      { who: 'Maria Lopez', text: 'prices would rise', kind: 'indirect', unnamed: false },
      { who: 'Maria Lopez', text: 'It is only the beginning of the cycle', kind: 'direct', unnamed: false },
    ]);
  });
});
