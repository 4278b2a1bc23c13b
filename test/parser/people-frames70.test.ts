import { afterEach, describe, expect, it } from 'vitest';
import { useTaggerModel } from '../../src/parser/name-tagger.ts';
import { parseArticle } from '../../src/parser/index.ts';
import { knowing } from '../helpers/tagger-model.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const people = (body: string) => parseArticle([HEAD, body].join('\n')).people.map((p) => [p.name.ar, p.role?.ar ?? '']);

// Each case under scores like those a held-out tagger of `cv:people -- --unseen` gave an unseen
// name's words (far below zero): only the frame around the name vouches for it.
describe('names between a title and its verb (issue 11, round fifty-four)', () => {
  afterEach(() => useTaggerModel(null));

  it('reads a surname in ات after a title when a verb of saying sets the name off (المبعوث الأمريكي … قال)', () => {
    useTaggerModel(knowing({ زالتون: -21, روزنبلات: -31 }));
    expect(people('ولكن المبعوث الرئاسي الأمريكي زالتون روزنبلات قال إن على الزعماء الفلسطينيين إبلاغ الجميع.')).toEqual([['زالتون روزنبلات', 'المبعوث الرئاسي الأمريكي']]);
  });

  it('but not a plural noun the title\'s sentence goes on with', () => {
    useTaggerModel(knowing({ زالتون: -21, قيادات: -31 }));
    expect(people('والتقى المبعوث الرئاسي الأمريكي زالتون قيادات الحزب في القاهرة.').map(([n]) => n)).not.toContain('زالتون قيادات');
  });

  it('keeps two words an honorific opens and a word of time closes (الدكتور معجب الزهراني يوم)', () => {
    useTaggerModel(knowing({ معجب: -25, الزهراني: -20 }));
    expect(people('وسيتسلم الجائزة مدير المعهد الدكتور معجب الزهراني يوم الثلاثين من أبريل في احتفال.').map(([n]) => n)).toEqual(['معجب الزهراني']);
  });
});

describe('names after a nationality (issue 11, round fifty-four)', () => {
  afterEach(() => useTaggerModel(null));

  it('reads a first word in ب after a nationality as a name when a second name word follows (الكرواتي بورنا تسوريتش)', () => {
    useTaggerModel(knowing({ بورنا: -15, تسوريتش: -6 }));
    expect(people('وبلغ النهائي بعد فوزه السبت على الكرواتي بورنا تسوريتش في نصف النهائي.').map(([n]) => n)).toEqual(['بورنا تسوريتش']);
  });

  it('and a score after the name closes it (تسوريتش 5-7)', () => {
    useTaggerModel(knowing({ بورنا: -15, تسوريتش: -6 }));
    expect(people('وبلغ النهائي بعد فوزه السبت على الكرواتي بورنا تسوريتش 5-7 و6-4 و6-4.').map(([n]) => n)).toEqual(['بورنا تسوريتش']);
  });

  it('but a preposition and an everyday noun after a nationality are no name (المصري بزيارة رسمية)', () => {
    useTaggerModel(knowing({ بزيارة: -15, رسمية: -6 }));
    expect(people('وقام الوفد المصري بزيارة رسمية إلى العاصمة.')).toEqual([]);
  });

  it('reads the name after a nationality and a definite adjective (المخرج الكندي الشاب كزافييه دولان)', () => {
    useTaggerModel(knowing({ كزافييه: -8, دولان: -15 }));
    expect(people('وفاز الفيلم بالجائزة بالتساوي مع المخرج الكندي الشاب كزافييه دولان في ذلك العام.').map(([n]) => n)).toEqual(['كزافييه دولان']);
  });

  it('but not a noun after a country\'s adjective and a definite noun (الحكومة المصرية الجديدة)', () => {
    useTaggerModel(knowing({ قرار: -8, اليوم: -15 }));
    expect(people('وأصدرت الحكومة المصرية الجديدة قرار رفع الأسعار اليوم.')).toEqual([]);
  });

  it('ends a two-word name after a title at a definite word (لاعب الوسط توما ليمار القادم من موناكو)', () => {
    useTaggerModel(knowing({ توما: -2, ليمار: 1 }));
    expect(people('وغاب عن التشكيلة لاعب الوسط توما ليمار القادم من موناكو بصفقة كبيرة.')).toEqual([['توما ليمار', 'لاعب الوسط']]);
  });

  it('but not a club behind a glued ل (اللاعب السابق لوست هام الإنكليزي)', () => {
    useTaggerModel(knowing({ لوست: -5, هام: -5 }));
    expect(people('وكان اللاعب السابق لوست هام الإنكليزي أحد نجوم البطولة.').map(([n]) => n)).not.toContain('لوست هام');
  });
});

describe('the star as a title (issue 11, round fifty-four)', () => {
  afterEach(() => useTaggerModel(null));

  it('reads «النجم» and «النجمة» with the article before an adjective as a title (النجم السوري …، عمر السومة، …)', () => {
    useTaggerModel(knowing({ عمر: -10, السومة: -13 }));
    expect(people('رد النجم السوري للنادي الأهلي السعودي، عمر السومة، على المشككين في استمراره مع فريقه.')).toEqual([['عمر السومة', 'النجم السوري للنادي الأهلي السعودي']]);
  });

  it('and gives its holder the role (وهاجمت جميلة النجمة الشهيرة، كيم كارداشيان)', () => {
    useTaggerModel(knowing({ كيم: -5, كارداشيان: -10 }));
    expect(people('وهاجمت جميلة النجمة الشهيرة، كيم كارداشيان، لظهورها في إعلان عن حلوى.')).toContainEqual(['كيم كارداشيان', 'النجمة الشهيرة']);
  });
});
