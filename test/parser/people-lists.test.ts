/**
 * Issue 11 (people with no cue): the next people of a list after a person found, a nationality
 * before a name, and a preposition glued to a name's first word. Small texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, segmentArticle } from '../../src/parser/index.ts';
import { namePrefix } from '../../src/parser/people-ar.ts';

const HEAD = 'خبر للتجربة\n\n';
const people = (body: string) => parseArticle(HEAD + body).people.map((p) => [p.name.ar, p.role.ar.split(' (')[0]]);
const names = (body: string) => people(body).map(([n]) => n);
const tok = (word: string) => segmentArticle(HEAD + word).toks.at(-1)!;

describe('people: lists', () => {
  it('a name joined by و after a person is the next person of the list', () => {
    expect(names('وتغلبت على سالي هوكينز ومارغو روبي وسرشا رونان في هذه الفئة.')).toEqual(['سالي هوكينز', 'مارغو روبي', 'سرشا رونان']);
  });

  it('two words shaped like the name before them, with no known word, still join the list (وروسلان بوشيروف)', () => {
    expect(names('ونقلت الوكالة عن المقاتلين ألكسندر بيتروف وروسلان بوشيروف أنهما بريئان.')).toContain('روسلان بوشيروف');
  });

  it('a comma before the conjunction keeps the list going (ماتام، وسونكبو، ومينكومبا), not into a title (، ووزير …)', () => {
    const ns = names('وأعلنت البعثة اختفاء الرياضيين ألكسندر بيتروف، وروسلان بوشيروف، وأنطون شيبيغا. وقالت إنهم غادروا القرية الأولمبية.');
    expect(ns).toEqual(expect.arrayContaining(['ألكسندر بيتروف', 'روسلان بوشيروف', 'أنطون شيبيغا']));
    expect(names('والتقى الرئيس ألكسندر بيتروف، ووزير الخارجية في القصر.').join('|')).not.toContain('وزير');
  });

  it('a name joined by أو is a person too', () => {
    expect(names('وشارك نيكولا ساركوزي أو فرانسوا هولاند في الحفل.')).toEqual(['نيكولا ساركوزي', 'فرانسوا هولاند']);
  });

  it('a parenthesis after a name (a film, an age) is passed over to the next person', () => {
    expect(names('وتغلب على تيموثي شالاميه (كال مي باي) ودانييل داي لويس (فانتوم ثريد) وجيمس فرانكو (غيت آوت) في الفئة.')).toEqual(expect.arrayContaining(['دانييل داي لويس', 'جيمس فرانكو']));
  });

  it('the next و-name of a list is the next person, not the surname of a one-word one (وبيونسيه | وماري بلايج)', () => {
    const ns = names('ألهمت مغنيات شهيرات بينهن أليشا كيز وبيونسيه وماري بلايج وأيمي واينهاوس.');
    expect(ns).toEqual(expect.arrayContaining(['ماري بلايج', 'أيمي واينهاوس']));
    expect(ns.join('|')).not.toContain('وماري');
  });

  it('one-word names joined by و to a person of the list are people of it, not bare mentions (ودانيلو وفرناندينيو)', () => {
    const ns = names('وسيواجه البرازيلي غابرييل جيسوس ودانيلو وفرناندينيو في ربع النهائي أمام بلجيكا.');
    expect(ns).toEqual(expect.arrayContaining(['غابرييل جيسوس', 'دانيلو', 'فرناندينيو']));
  });

  it('the list member right before a و-name is a person too, with a word no name has before it (إنجلترا كايل ووكر وفابيان ديلف)', () => {
    const ns = names('وسيلعب في صفوف إنجلترا كايل ووكر وفابيان ديلف ورحيم سترلينغ أمام السويد.');
    expect(ns).toEqual(expect.arrayContaining(['كايل ووكر', 'فابيان ديلف', 'رحيم سترلينغ']));
    expect(ns.join('|')).not.toContain('إنجلترا');
  });

  it('a list that a plural noun opens is of things, and is not followed (شركات ديل وسيسكو وجونيبر نتوركس)', () => {
    expect(names('وأعلنت شركات ديل وسيسكو وجونيبر نتوركس وهيوليت باكارد أن الرسوم ستزيد.')).not.toContain('جونيبر نتوركس');
  });

  it('a و-word that is a noun after a person joins no one (وزوجته)', () => {
    expect(names('ووصل أحمد منصور وزوجته إلى المطار.')).not.toContain('زوجته');
  });
});

describe('people: a nationality before a name', () => {
  it('a definite nisba opens a name and is its role', () => {
    expect(people('بفضل هدفين لمهاجمه الفرنسي وسام بن يدر، ليعود الفريق إلى الصدارة.')).toContainEqual(['وسام بن يدر', 'مهاجمه الفرنسي']); // (the possessive title too: roles-ar.ts)
  });

  it('a first name in ا after a nisba opens a name of two words (الفرنسية إيفا هوسون), not a lone accusative', () => {
    expect(names('وتنافس إلى جانب الفرنسية إيفا هوسون على الجائزة.')).toContain('إيفا هوسون');
    expect(names('وقال إن الجيش الأمريكي حاليا في المنطقة.')).toEqual([]);
  });

  it('a nisba after a definite noun is its adjective, not a role (الحكومة المصرية قرار)', () => {
    expect(names('وأعلنت الحكومة المصرية قرار رفع الأسعار.')).toEqual([]);
  });
});

describe('people: a calling before a name', () => {
  it('a definite calling, construct-only heads included, opens a name with an ال family name (الحارس داود الفرحان)', () => {
    expect(people('ووجدت الحارس داود الفرحان في طريقها.')).toContainEqual(['داود الفرحان', 'الحارس']);
    expect(people('وأنقذ النجم ماهر العطار الموقف.')).toContainEqual(['ماهر العطار', 'النجم']);
  });

  it('a construct-only head with the article before a common phrase names no one (الحارس الذي أبعدها)', () => {
    expect(names('إلا أنها وجدت الحارس الذي أبعدها بصعوبة.')).toEqual([]);
  });
});

describe('people: a given name written with the article', () => {
  it('opens a name the tagger finds (الحسن طاهر)', () => {
    expect(names('وفي الحديدة استقبل الأهالي الحسن طاهر بعد عودته من الخارج.')).toContain('الحسن طاهر');
  });
});

describe('people: a preposition glued to a name', () => {
  it('the preposition is no part of the name (بمحمد، لنيكلاس، كإدوارد)', () => {
    expect(namePrefix(tok('بمحمد'))).toBe(1);
    expect(namePrefix(tok('ولمحمد'))).toBe(2);
  });

  it('a name that starts with the letter as written keeps it (لطفي، بشرى)', () => {
    expect(namePrefix(tok('لطفي'))).toBe(0);
    expect(namePrefix(tok('بشرى'))).toBe(0);
  });

  it('a noun whose rest is a gazetteer token only is left alone (بينغ is not ب + ينغ)', () => {
    expect(namePrefix(tok('بينغ'))).toBe(0);
  });
});
