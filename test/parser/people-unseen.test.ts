import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const names = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).people.map((p) => p.name.ar);

describe('people the rules reach through general cues (issue 11, unseen copy)', () => {
  it('reads a given name compounded with الله as part of the name', () => {
    const got = names(['وطالبت أنقرة واشنطن مرارا بتسليم فتح الله غولن، الذي تتهمه بتدبير المحاولة الانقلابية عام 2016.']);
    expect(got).toContain('فتح الله غولن');
  });

  it('takes a single lexicon name right after a definite title, whatever follows it', () => {
    expect(names(['وقرر الرئيس ترامب عدم التمديد لها ولاية ثانية في المنصب.'])).toContain('ترامب');
    expect(names(['بيد أن البابا فرانسيس استدعى الأربعاء الأساقفة إلى اجتماع في روما.'])).toContain('فرانسيس');
  });

  it('keeps one word after a naming word as a person', () => {
    expect(names(['ونقلت الوكالة عن طالب من أصول تركية يدعى كانسو، جاء من سويسرا، قوله إن الزيارة مهمة.'])).toContain('كانسو');
  });

  it('takes a transliteration shaped like a conjunction or future prefix before a verb when the gazetteer holds it as a name (ستانيسلاس فافرينكا)', () => {
    expect(names(['وفاز نوفاك ديوكوفيتش على ستانيسلاس فافرينكا وللمرة الثامنة.'])).toContain('ستانيسلاس فافرينكا');
  });

  it('keeps a surname that reads as ب glued to a noun in ة when that noun is nowhere in the article (كريم بنزيمة)', () => {
    expect(names(['وفضل المدرب زين الدين زيدان عدم إشراك مواطنه كريم بنزيمة شارك في الشوط الثاني.'])).toContain('كريم بنزيمة');
    expect(names(['وقال أحمد بزيارة إلى القاهرة إن الوضع صعب.']).some((n) => n.includes('بزيارة'))).toBe(false);
  });

  it('never opens a name on a verb with a pronoun ending before الله', () => {
    expect(names(['وقال إن الشيخ رعاه الله رجل الاستثناء والمستقبل في المنطقة كلها.']).some((n) => n.includes('رعاه'))).toBe(false);
  });
});

describe('roles of people named in lists', () => {
  const people = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).people;
  it('gives a definite nisba right before a name as its role, without the conjunction', () => {
    // Real copy (ANT ant-pool 203): a festival's directors listed by nationality.
    const text = readFileSync(join(import.meta.dirname, '../fixtures/corpus/ant-pool/203.txt'), 'utf8');
    const ps = parseArticle(text).people;
    const role = (n: string) => ps.find((p) => p.name.ar === n)?.role.ar;
    expect(role('سارة عبيدي')).toBe('التونسية');
    expect(role('جان شمعون')).toBe('اللبناني');
    // … and a nisba opening the tagger's span (والجزائري محمود زموري) is the role, not the name.
    expect(role('محمود زموري')).toBe('الجزائري');
  });

  it('never takes the family name in ال of the person before as a role', () => {
    const ps = people(['واستضاف المهرجان العديد من الفنانين العرب من بينهم مارسيل خليفة وصابر الرباعي ووليد توفيق في دوراته السابقة.']);
    expect(ps.find((p) => p.name.ar === 'وليد توفيق')?.role.ar ?? '').not.toBe('الرباعي');
  });
});
