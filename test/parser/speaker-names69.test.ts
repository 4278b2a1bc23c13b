import { afterEach, describe, expect, it } from 'vitest';
import { useTaggerModel } from '../../src/parser/name-tagger.ts';
import { parseArticle } from '../../src/parser/index.ts';
import { knowing } from '../helpers/tagger-model.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const parse = (body: string) => parseArticle([HEAD, body].join('\n'));
const names = (body: string) => parse(body).people.map((p) => p.name.ar);

describe('people the quotation reader vouches for (issue 11, round fifty-three)', () => {
  afterEach(() => useTaggerModel(null));

  it('lists a speaker read after «نقل … عن» that no name rule took, with the title before it', () => {
    // (as a held-out tagger scores them: the unseen family name below zero)
    useTaggerModel(knowing({ مايكل: 38, والدز: -11 }));
    const b = parse('ونقلت وكالة رويترز عن محاميهما مايكل والدز قوله إن "الإجراءات سليمة".');
    const p = b.people.find((x) => x.name.ar === 'مايكل والدز');
    expect(p?.role?.ar).toBe('محاميهما');
    // … and the quotation is that person's
    expect(b.quotes[0]?.speakerId).toBe(p?.id);
  });

  it('lists a speaker the reader read whole as a name (no list knows either word)', () => {
    useTaggerModel(knowing({ غوتفرايد: -5, فالدهوسل: -30 }));
    expect(names('وقالت الأكاديمية إن المرشحين كثر. وقال غوتفرايد فالدهوسل إن "هذا أمر تقتضيه وجهة النظر التي ترعى رفاهية الحيوان".')).toContain('غوتفرايد فالدهوسل');
  });

  it('lists a one-word speaker by the full name the article writes elsewhere (بارزيلاي … نيتا بارزيلاي)', () => {
    useTaggerModel(knowing({ نيتا: -10, بارزيلاي: -20 }));
    const b = parse('وفازت نيتا بارزيلاي في المسابقة الأوروبية للأغنية. وقالت بارزيلاي "أعشق بلادي".');
    expect(b.people.map((p) => p.name.ar)).toEqual(['نيتا بارزيلاي']);
    expect(b.quotes[0]?.speaker.ar).toBe('نيتا بارزيلاي');
  });

  it('takes no body\'s name for a person (a site named so elsewhere in the article)', () => {
    useTaggerModel(knowing({ كود: 5, دوت: -20, أورغ: -20 }));
    const got = names('وبحسب موقع "كود دوت أورغ" الذي يروج لتعليم البرمجة، ثمة أكثر من 520 ألف وظيفة شاغرة. وبحسب "كود دوت أورغ"، يكسب المبرمج نحو 90 ألف دولار سنويا.');
    expect(got.some((n) => n.includes('دوت'))).toBe(false);
  });

  it('takes no nationality or title words after a body for a name (مسؤول عسكري سوري)', () => {
    useTaggerModel(knowing({}));
    const got = names('وقال مسؤول عسكري سوري إن "طيران العدو أطلق عدة صواريخ باتجاه بعض نقاط الجيش".');
    expect(got).toEqual([]);
  });
});
