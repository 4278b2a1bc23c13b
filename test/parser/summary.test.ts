/**
 * The summariser's rules, each on sentences written for the test: clean clause cuts, news-first
 * selection, redundancy by meaning, and no furniture in points.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { clauseHead, MAX_POINT_WORDS } from '../../src/parser/summary-clause.ts';
import { sentenceInfos } from '../../src/parser/summary-features.ts';
import { overlap, summarise, summaryWeights } from '../../src/parser/summary.ts';

const words = (s: string) => s.trim().split(/\s+/).length;
const pad = (n: number) => Array.from({ length: n }, (_, i) => `كلمة${i + 1}`).join(' ');

describe('clean clause cuts', () => {
  it('keeps a sentence of at most 35 words whole', () => {
    const s = 'افتتح وزير النقل الطريق الجديد بين المدينتين صباح اليوم.';
    expect(clauseHead(s, 'ar')).toBe(s);
  });

  it('cuts a long sentence before a clause opener and ends it with a full stop, not "…"', () => {
    const s = `أعلنت وزارة الصحة ارتفاع عدد الإصابات بالحمى في المحافظات الجنوبية خلال الأسبوع الماضي إلى مستوى قياسي، مشيرة إلى أن ${pad(30)}.`;
    const h = clauseHead(s, 'ar')!;
    expect(h).toBe('أعلنت وزارة الصحة ارتفاع عدد الإصابات بالحمى في المحافظات الجنوبية خلال الأسبوع الماضي إلى مستوى قياسي.');
    expect(h.endsWith('…')).toBe(false);
  });

  it('never cuts inside a quotation, even where a later boundary would keep more', () => {
    const s = `أعلنت البلدية إغلاق السوق القديمة في وسط المدينة أمام السيارات، فيما قال رئيسها "${pad(18)}، ${pad(20)}" أمس.`;
    expect(clauseHead(s, 'ar')).toBe('أعلنت البلدية إغلاق السوق القديمة في وسط المدينة أمام السيارات.');
  });

  it('never cuts on either side of an apposition (a name or a day between commas)', () => {
    const s = `تباحث الرئيس المصري، عبد الفتاح السيسي، مع ولي عهد أبوظبي في القاهرة، الثلاثاء، سبل تعزيز التعاون الاقتصادي بين البلدين في مجالات الطاقة والنقل والموانئ، حيث ${pad(20)}.`;
    const h = clauseHead(s, 'ar')!;
    expect(h).not.toBe('تباحث الرئيس المصري.');
    expect(h).not.toBe('تباحث الرئيس المصري، عبد الفتاح السيسي.');
    expect(h).toContain('سبل تعزيز التعاون');
  });

  it('never leaves a speech verb without what was said', () => {
    const s = `وقال المتحدث باسم الحكومة، في بيان نشرته وكالة الأنباء الرسمية مساء الأحد، ${pad(30)}.`;
    const h = clauseHead(s, 'ar');
    expect(h === null || /إن|أن|:/.test(h)).toBe(true);
  });

  it('never cuts after a fronted adverbial alone: the head keeps the main clause', () => {
    const s = `وبعد انتهاء اجتماع استمر ست ساعات في مقر الوزارة بالعاصمة، أعلن وزير المالية خفض الضرائب على الشركات الصغيرة، ${pad(25)}.`;
    const h = clauseHead(s, 'ar', 25)!;
    expect(h).toContain('أعلن وزير المالية');
    const en = `After a six-hour meeting at the ministry in the capital, the finance minister announced lower taxes for small firms, ${'which would '.repeat(12)}help.`;
    expect(clauseHead(en, 'en', 25)).toBe('After a six-hour meeting at the ministry in the capital, the finance minister announced lower taxes for small firms.');
  });

  it('reads a short stretch opened by a conjunction as a clause, not an apposition', () => {
    const s = `وانتقد رئيس الوزراء قرار المحكمة العليا بشأن قانون الانتخابات الجديد، ووصفه بأنه خاطئ، وقال إن الحكومة ستطعن فيه ${pad(20)}.`;
    expect(clauseHead(s, 'ar', 25)).toBe('وانتقد رئيس الوزراء قرار المحكمة العليا بشأن قانون الانتخابات الجديد، ووصفه بأنه خاطئ.');
  });

  it('returns null when there is no clean boundary at all', () => {
    expect(clauseHead(`"${pad(50)}"`, 'ar')).toBeNull();
  });

  it('cuts English at a clause boundary too', () => {
    const s = `The central bank raised its main interest rate by half a point on Thursday to fight inflation, which ${'has risen sharply '.repeat(8)}this year.`;
    expect(clauseHead(s, 'en')).toBe('The central bank raised its main interest rate by half a point on Thursday to fight inflation.');
  });
});

const ARTICLE = [
  'البرلمان يقر قانون الموازنة الجديدة',
  'أقر البرلمان، الأربعاء، قانون الموازنة العامة للعام المقبل بأغلبية 120 صوتا، بعد جلسة نقاش استمرت ثماني ساعات.',
  'وتبلغ قيمة الموازنة 40 مليار دولار، بزيادة عشرة في المئة عن موازنة العام الحالي.',
  'ووافق البرلمان على الموازنة بأغلبية 120 صوتا بعد نقاش طويل استمر ثماني ساعات يوم الأربعاء.',
  'وانتقدت المعارضة القانون، وقالت إنه يثقل كاهل الفقراء بضرائب جديدة.',
  'ويذكر أن البرلمان كان قد رفض مشروع موازنة مماثلا قبل عامين.',
  'ومن المقرر أن يوقع الرئيس القانون الأسبوع المقبل ليدخل حيز التنفيذ في يناير.',
].join('\n');

describe('news-first selection', () => {
  const b = parseArticle(ARTICLE);
  const points = b.summary.ar;

  it('leads with the lead sentence, in article order, each point at most 35 words', () => {
    expect(points[0]).toContain('أقر البرلمان');
    const order = points.map((p) => b.sentences.findIndex((s) => s.text.startsWith(p.replace(/\.$/, ''))));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    for (const p of points) expect(words(p)).toBeLessThanOrEqual(MAX_POINT_WORDS);
  });

  it('does not tell the same fact twice in other words (shared numbers and content)', () => {
    expect(points.filter((p) => p.includes('120')).length).toBe(1);
  });

  it('gives at most 5 points, none ending in "…"', () => {
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(5);
    for (const p of points) expect(p.endsWith('…')).toBe(false);
  });

  it('measures redundancy by meaning: a retold fact overlaps more than a new one', () => {
    const infos = sentenceInfos({ lang: 'ar', title: b.title.ar, sentences: b.sentences, text: ARTICLE, people: b.people });
    expect(overlap(infos[0]!, infos[2]!)).toBeGreaterThanOrEqual(summaryWeights().redundancy);
    expect(overlap(infos[0]!, infos[3]!)).toBeLessThan(summaryWeights().redundancy);
  });

  it('reads background cues and next-step cues as features', () => {
    const infos = sentenceInfos({ lang: 'ar', title: b.title.ar, sentences: b.sentences, text: ARTICLE, people: b.people });
    const f = (i: number, name: string) => infos[i]!.features[summaryWeights().features.indexOf(name)];
    expect(f(4, 'background')).toBe(1);
    expect(f(5, 'next')).toBe(1);
    expect(f(0, 'background')).toBe(0);
  });

  it('never puts a dateline or a teaser line in a point', () => {
    const withFurniture = ARTICLE.replace('أقر البرلمان،', 'بيروت، لبنان (CNN) -- أقر البرلمان،').replace('\nويذكر', '\nاقرأ أيضا: الحكومة تستقيل\nويذكر');
    const s = parseArticle(withFurniture).summary.ar.join(' ');
    expect(s).not.toMatch(/CNN|اقرأ/);
  });

  it('summarises from its input alone (no sentences, no points)', () => {
    expect(summarise({ lang: 'ar', title: '', sentences: [], text: '', people: [] })).toEqual([]);
  });
});
