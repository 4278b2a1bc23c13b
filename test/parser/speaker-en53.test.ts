/**
 * Round twenty-eight (english53), invented sentences: the English speaker of a title carrying its
 * principal's pronoun before a name (محاميهما X), of a surname opening on و after a known given
 * name, of a kin noun before a name (زوجة X), and of a participle with its own عن/على complement
 * (المدافعون عن حقوق الإنسان، القائمون على غوغل).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { titledNameEnglish } from '../../src/parser/quotes-ar.ts';
import { tokenize } from '../../src/parser/tokens.ts';
import { withComplement } from '../../src/parser/speaker-body.ts';

const complement = (speaker: string, text: string) => {
  const toks = tokenize(text, [{ start: 0, end: text.length, text } as never], 'ar');
  return withComplement(speaker, toks[0]!.sent, toks);
};

describe('a titled name the people list lacks', () => {
  it('a title with its principal pronoun before a name shows the name', () => {
    expect(titledNameEnglish('محاميهما جون سميث')).toBe('John Smith');
    expect(titledNameEnglish('مستشارها جون سميث')).toBe('John Smith');
  });
  it('a surname on و after a known given name is the name, not «and»', () => {
    expect(titledNameEnglish('محاميهما مايكل والدز')).toMatch(/^Michael W/);
  });
  it('a common word with a pronoun after و is no surname', () => {
    expect(titledNameEnglish('مستشارها جون وزوجته')).toBeNull();
  });
});

describe('a kin noun before a name', () => {
  it('is the relative of that person, not a two-word name', () => {
    const b = parseArticle('وقالت زوجة مينغ للصحفيين إن "زوجها بريء من كل التهم الموجهة إليه في هذه القضية".');
    const q = b.quotes.find((x) => x.speaker.ar.includes('مينغ'));
    expect(q?.speaker.en).toMatch(/^the wife of /);
  });
  it('a time phrase before the quotation is no speaker (ويؤكد منذ أشهر أن): the subject before it is', () => {
    const b = parseArticle('وقال الوزير إن الخطة جاهزة. ويؤكد منذ أشهر أن "الحكومة لن تتراجع عن الإصلاحات مهما كانت الضغوط".');
    expect(b.quotes.map((x) => x.speaker.ar)).toEqual(['الوزير', 'الوزير']);
  });
  it('a brand after a body noun of the same table is the brand\'s English name (موقع فيسبوك), not romanised', () => {
    const b = parseArticle('وقال موقع فيسبوك في بيان: "نحن لا نبيع أيا من معلوماتك لأي شخص، ولن نفعل ذلك أبدا".');
    expect(b.quotes.map((x) => x.speaker.en)).toEqual(['the website of Facebook']);
  });
});

describe('a governing participle with its own complement', () => {
  it('عن after المدافعون is theirs', () => {
    expect(complement('المدافعون', 'وقال المدافعون عن حقوق الإنسان إن القانون الجديد جائر')).toMatch(/human rights/);
  });
  it('على after القائمون is theirs', () => {
    expect(complement('القائمون', 'وقال القائمون على غوغل إن الخدمة ستعود قريبا')).toMatch(/Google/);
  });
  it('عن after another speaker belongs to the verb', () => {
    expect(complement('المسؤول', 'وتحدث المسؤول عن الخطة الجديدة قائلا إنها ناجحة')).toBeNull();
  });
});

describe('a described source keeps its qualifiers and reaches its complement over them', () => {
  it('former and current are not dropped from a plain noun', async () => {
    const { translateSource } = await import('../../src/parser/names-adapter.ts');
    expect(translateSource('موظفون سابقون')).toBe('former employees');
    expect(translateSource('مسؤولين سابقين')).toBe('former officials');
  });
  it('an indefinite speaker cut before its adjectives reads the في complement after them', () => {
    expect(complement('موظفين', 'ونقلت الإذاعة عن موظفين حاليين وسابقين في فيسبوك قولهم إن الشركة تغيرت')).toBe('current employees in Facebook');
  });
});
