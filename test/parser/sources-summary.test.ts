import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { shorten } from '../../src/parser/summary.ts';

describe('sources', () => {
  it('finds outlets after صحيفة/وكالة and groups after وفقا لـ', () => {
    const b = parseArticle('وذكرت صحيفة "الشرق الأوسط" أن الاتفاق قريب، بحسب وكالة رويترز. ولم تصل المساعدات، وفقاً لمحللين.');
    const names = b.sources.map((s) => [s.kind, s.name.ar]);
    expect(names).toEqual(expect.arrayContaining([['outlet', 'الشرق الأوسط'], ['agency', 'رويترز'], ['analyst', 'محللين']]));
  });

  it('counts analysts quoted by name as sources', () => {
    const b = parseArticle('وقال الخبير الاقتصادي منير الجندي إن التضخم سيتراجع.');
    expect(b.sources).toEqual([expect.objectContaining({ kind: 'analyst', name: expect.objectContaining({ ar: 'منير الجندي' }) })]);
  });
});

describe('summary', () => {
  const text = [
    'أعلنت الحكومة خطة جديدة لدعم المزارعين المتضررين من الجفاف في المناطق الجنوبية.',
    'وتشمل الخطة قروضا ميسرة للمزارعين وإعفاءات ضريبية لمدة عامين.',
    'وقال وزير الزراعة إن الخطة ستكلف نحو مليار دولار.',
    'وتشمل الخطة قروضا ميسرة للمزارعين وإعفاءات ضريبية لمدة عامين أيضا.',
    'ورحب اتحاد المزارعين بالخطة لكنه طالب بتسريع صرف القروض.',
    'وكان الجفاف قد ضرب البلاد العام الماضي.',
    'والطقس اليوم معتدل.',
    'ويتوقع خبراء أن يتحسن الإنتاج الزراعي العام المقبل إذا هطلت الأمطار.',
  ].join(' ');
  const b = parseArticle(text);

  it('gives 3–5 points in article order, lead first, without near-duplicates', () => {
    const s = b.summary.ar;
    expect(s.length).toBeGreaterThanOrEqual(3);
    expect(s.length).toBeLessThanOrEqual(5);
    expect(s[0]).toContain('أعلنت الحكومة خطة جديدة');
    const order = s.map((p) => text.indexOf(p.replace(/…$/, '')));
    expect(order).toEqual([...order].sort((a, c) => a - c));
    expect(s.filter((p) => p.includes('قروضا ميسرة')).length).toBeLessThanOrEqual(1);
    expect(b.summary.en).toEqual([]);
  });

  it('cuts long points at a clause boundary', () => {
    const long = 'هذه جملة طويلة جدا، '.repeat(20);
    const s = shorten(long);
    expect(s.length).toBeLessThanOrEqual(201);
    expect(s.endsWith('…')).toBe(true);
  });
});

describe('title', () => {
  it('uses a headline first line, else the given title, else the first sentence', () => {
    expect(parseArticle('عنوان الخبر هنا\nنص الخبر الأول. نص ثان.').title.ar).toBe('عنوان الخبر هنا');
    expect(parseArticle('نص الخبر الأول. نص ثان.', { title: 'عنوان معطى' }).title.ar).toBe('عنوان معطى');
    expect(parseArticle('نص الخبر الأول. نص ثان.').title.ar).toBe('نص الخبر الأول.');
    const b = parseArticle('عنوان الخبر هنا\nنص الخبر الأول.');
    expect(b.sentences.map((s) => s.text)).toEqual(['نص الخبر الأول.']);
  });
});
