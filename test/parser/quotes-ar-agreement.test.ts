/**
 * Who said what: gender agreement between a verb of saying and its speaker, denials with a
 * relative clause in their object, and a consecutive ل-clause with its own subject (made-up text).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { sayingGender, titleGender } from '../../src/parser/arabic-words.ts';
import { lightNormAr } from '../../src/text/arabic.ts';

const quotes = (t: string) => parseArticle(t).quotes.map((q) => ({ who: q.speaker.ar, text: q.text, kind: q.kind }));
const find = (t: string, words: string) => quotes(t).find((q) => q.text.includes(words));
const g = (w: string) => sayingGender(lightNormAr(w));

describe('the gender a verb of saying or a title marks', () => {
  it('feminine and masculine verbs and participles; plurals say nothing', () => {
    expect(['قالت', 'وأضافت', 'تقول', 'مضيفة', 'تابعت', 'نفت'].map(g)).toEqual(['f', 'f', 'f', 'f', 'f', 'f']);
    expect(['قال', 'وأضاف', 'يقول', 'مضيفا', 'تابع', 'تحدث', 'دعا'].map(g)).toEqual(['m', 'm', 'm', 'm', 'm', 'm', 'm']);
    expect(['قالوا', 'قالا', 'قالتا', 'بيت'].map(g)).toEqual([null, null, null, null]);
  });

  it('a verb whose root ends in ت is masculine: its feminine adds another (لفت / لفتت)', () => {
    expect(['لفت', 'ولفت', 'لفتت'].map(g)).toEqual(['m', 'm', 'f']);
  });

  it('titles with both forms mark gender; a head with one form does not', () => {
    expect(['الوزيرة', 'والمتحدثة', 'الوزير'].map((w) => titleGender(lightNormAr(w)))).toEqual(['f', 'f', 'm']);
  });
});

describe('a feminine report is not given to a man', () => {
  const text = 'أكدت ابنة الطبيب المتقاعد، كريم حداد، سلمى، إنها لن تغادر البلاد قبل انتهاء التحقيق. ' +
    'وقالت سلمى حداد إنها تشكر الأطباء على رعايتهم لها ولوالدها، لكنها أكدت أن التعافي سيستغرق وقتا طويلا. ' +
    'وأشارت حداد إلى أن الشرطة لم تبلغها بأي تفاصيل جديدة حتى الآن.';

  it('the apposition that names her after her father', () => {
    expect(find(text, 'لن تغادر')?.who).toBe('سلمى حداد');
  });

  it('a verb with no stated subject and a surname the family shares', () => {
    expect(find(text, 'التعافي')?.who).toBe('سلمى حداد');
    expect(find(text, 'الشرطة لم تبلغها')?.who).toBe('سلمى حداد');
  });

  it('a masculine verb keeps the man', () => {
    expect(find('وقال الطبيب المتقاعد كريم حداد إن ابنته سلمى تتعافى ببطء في المستشفى.', 'تتعافى')?.who).toBe('كريم حداد');
  });
});

describe('a denial whose object carries the accusation', () => {
  it('the denier is the subject before the verb, not the accuser inside the relative clause', () => {
    const q = find('وكان الوزير سامي نعيم قد أنكر الاتهامات التي وجهتها إليه الصحفية ليلى مراد بأنه تلقى رشوة من شركة المقاولات.', 'رشوة');
    expect(q).toMatchObject({ who: 'سامي نعيم', kind: 'denial' });
    expect(q?.text.startsWith('الاتهامات التي')).toBe(true);
  });

  it('the subject after the verb, its manner excluded', () => {
    const q = find('ونفى الوزير سامي نعيم، بشدة، المزاعم التي نشرتها الصحفية ليلى مراد، مدعية أنه تلقى رشوة من شركة المقاولات.', 'رشوة');
    expect(q).toMatchObject({ who: 'سامي نعيم', kind: 'denial' });
  });

  it('a plain نفى أن is unchanged', () => {
    expect(quotes('ونفى الوزير سامي نعيم أن يكون قد تلقى أي رشوة من الشركة.')).toEqual([
      { who: 'سامي نعيم', text: 'يكون قد تلقى أي رشوة من الشركة', kind: 'denial' },
    ]);
  });
});

describe('a consecutive ل-clause with its own subject is another statement', () => {
  it('لتنفي X … ends the accusation before it and is X\'s denial', () => {
    const q = quotes('واتهمت باريس دمشق بقصف المستشفيات في المدينة الشمالية، لتنفي سوريا هذه الاتهامات وتطالب بتحقيق دولي مستقل.');
    // (وتطالب بتحقيق … is Syria's demand, a statement of its own through the verb frames.)
    expect(q.map((x) => [x.who, x.kind])).toEqual([['باريس', 'indirect'], ['سوريا', 'denial'], ['سوريا', 'indirect']]);
    expect(q[0]!.text).not.toContain('تنفي');
    expect(q[1]!.text).not.toContain('تطالب');
  });

  it('ل + verb without a subject of its own (a purpose) opens nothing', () => {
    const q = quotes('وعقد الوزير سامي نعيم مؤتمرا صحفيا، ليعلن عن خطة جديدة لدعم المزارعين في الجنوب.');
    expect(q.some((x) => x.kind === 'denial')).toBe(false);
  });
});

describe('a description or a pointer is the person it stands for', () => {
  it('a definite description the article writes beside one name', () => {
    const t = 'أعلن العقيد سالم راشد المتحدث باسم الجيش الوطني في البلاد عن تقدم القوات. وكشف المتحدث باسم الجيش أن أكثر من عشرين مقاتلا قتلوا في المعارك الأخيرة.';
    expect(find(t, 'عشرين مقاتلا')?.who).toBe('سالم راشد');
  });

  it('a title whose role is written with the comma of an apposition', () => {
    const t = 'وقالت ليلى عمران، النائبة، رئيسة لجنة الصحة في البرلمان، إن المستشفيات تحتاج إلى دعم عاجل. وأكدت النائبة أن الحكومة تأخرت كثيرا في تقديم المساعدات.';
    expect(find(t, 'الحكومة تأخرت')?.who).toBe('ليلى عمران');
  });

  it('a continuing participle or «his words» is no speaker', () => {
    const q = quotes('لكن سارة نعيم (28 عاما) وهي مديرة تسويق علقت قائلة "متأكدة أن الشرطة قالت هذه العبارات بحسن نية".');
    expect(q.map((x) => x.who)).not.toContain('قائلة');
    expect(q[0]?.who).toBe('سارة نعيم');
  });
});

describe('attribution fillers are not the source', () => {
  it('ما نشرته / لما ذكرته and a time word before the source', () => {
    expect(quotes('وسترفع الحكومة الرسوم على الواردات شهرا إضافيا، بحسب ما نشرته الاثنين صحيفة الأخبار اليومية.')[0]?.who).toBe('صحيفة الأخبار اليومية');
    expect(quotes('وستلبي السوق الجديدة حاجة المستوردين الصغار، وفقا لما ذكرته وكالة الأنباء المحلية.')[0]?.who).toBe('وكالة الأنباء المحلية');
  });

  it('a feminine time adjective (الماضية) after the verb is no subject', () => {
    expect(quotes('وكان الجيش قد أعلن مساء الجمعة الماضية أنه مستعد لضمان انسحاب المقاتلين.')[0]?.who).toBe('الجيش');
  });
});
