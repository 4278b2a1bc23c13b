import { afterEach, describe, expect, it } from 'vitest';
import { useTaggerModel } from '../../src/parser/name-tagger.ts';
import { knowing } from '../helpers/tagger-model.ts';
import { parseArticle } from '../../src/parser/index.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const parse = (body: string) => parseArticle([HEAD, body].join('\n'));

describe('people of a list (issue 11, round fifty-two)', () => {
  it('lets a list item whose first word the names data knows take a family name with ال', () => {
    // (نجوى is in no list of given names; the names data holds it)
    const got = parse('وعملت مع كثير من المذيعين، أذكر من السيدات: مديحة المدفعي، وأولغا جويدة، وسهام الكرمي، وعبلة خماش، وسلوى جراح، ونجوى الطامي.').people.map((p) => p.name.ar);
    expect(got).toContain('سلوى جراح');
    expect(got).toContain('نجوى الطامي');
  });

  it('still stops a list item at a word that is no name (an adjective of a thing after the list)', () => {
    const got = parse('وحضر الاجتماع رشاد رمضان، ومنير عبيد، والوفد المرافق لهما.').people.map((p) => p.name.ar);
    expect(got.some((n) => n.includes('الوفد'))).toBe(false);
  });
});

describe('a name after a naming word (issue 11, round fifty-two)', () => {
  it('runs on to a family name with ال that closes it (يدعى ساري داهود الشوبكي)', () => {
    const got = parse('وفي تطور آخر، توفي شاب فلسطيني يدعى ساري داهود الشوبكي (20 عاما)، الثلاثاء، متأثرا بجروح أصيب بها.').people.map((p) => p.name.ar);
    expect(got).toEqual(['ساري داهود الشوبكي']);
  });

  it('does not take a nationality or a time word after the name', () => {
    expect(parse('وأوقفت الشرطة شابا يدعى دانيال كانسو الألماني، الثلاثاء، في المطار.').people.map((p) => p.name.ar)).toEqual(['دانيال كانسو']);
    expect(parse('وأوقفت الشرطة شابا يدعى دانيال كانسو اليوم، في المطار.').people.map((p) => p.name.ar)).toEqual(['دانيال كانسو']);
  });
});

describe('a surname shaped like a future verb (issue 11, round fifty-two)', () => {
  afterEach(() => useTaggerModel(null));

  it('reads it as the surname when punctuation closes it and the article writes it again', () => {
    // (as a held-out tagger scores them: the given name a name word, the surname far below zero)
    useTaggerModel(knowing({ جيف: 10, سيشنز: -12 }));
    const text = 'أقال وزير العدل الأمريكي، جيف سيشنز، مسؤول مكتب التحقيقات. وقد أصدر سيشنز قرار إقالته بعد تحقيق داخلي.';
    expect(parse(text).people.map((p) => p.name.ar)).toContain('جيف سيشنز');
  });

  it('still reads a future verb after a name as the verb when no punctuation closes it', () => {
    useTaggerModel(knowing({ أحمد: 20, حسن: 10, سيغيب: -12 }));
    const got = parse('وأكد المدرب أن أحمد حسن سيغيب عن المباراة. وقال إن الفريق سيغيب عنه لاعبان.').people.map((p) => p.name.ar);
    expect(got.some((n) => n.includes('سيغيب'))).toBe(false);
  });
});

describe('where a name ends (issue 11, round fifty-two)', () => {
  it('ends a name before فور (upon), a word no name goes on over', () => {
    const got = parse('وقد بدأت السلطات التحقيقات مع المصري سيف الدين مصطفى فور ترحيله إلى مصر من قبرص.').people.map((p) => p.name.ar);
    expect(got).toContain('سيف الدين مصطفى');
    expect(got.some((n) => n.includes('فور'))).toBe(false);
  });

  it('counts a compound given name (نور الدين) as one word of the name', () => {
    const got = parse('وقال المدرب نور الدين ولد علي إن الفريق جاهز للمباراة.').people.map((p) => p.name.ar);
    expect(got).toEqual(['نور الدين ولد علي']);
  });
});
