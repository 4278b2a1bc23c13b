/**
 * Issue 11 (people on unseen copy): what a span must look like to be a person, whose role a title
 * is, and when two names with one family name are two people. Small texts written for these tests.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { assemblePeople, type NameCandidate } from '../../src/parser/people.ts';
import { segmentArticle } from '../../src/parser/index.ts';
import { PAIR_SLACK, prepArticleNoun, pronounEnding, ungluedTags } from '../../src/parser/people-ar.ts';
import { useTaggerModel } from '../../src/parser/name-tagger.ts';
import { lightNormAr } from '../../src/text/arabic.ts';
import type { Token } from '../../src/parser/tokens.ts';

const HEAD = 'خبر للتجربة\n\n';
const people = (body: string) => parseArticle(HEAD + body).people.map((p) => [p.name.ar, p.role.ar.split(' (')[0]]);
const names = (body: string) => people(body).map(([n]) => n);

function cand(name: string, role = '', start = 0): NameCandidate {
  const words = name.split(' ');
  return { name, words, given: words.map((_, k) => k === 0), role, roleResolved: '', start, weak: false, bare: false };
}

describe('people: spans that are no one', () => {
  it('a verb after a title opens no name (الرئيس | سيدخل)', () => {
    expect(names('وقال المحلل إن الرئيس سيدخل المزيد من الصلاحيات على الدستور.')).not.toContain('سيدخل');
  });

  it('a word glued to ب after a role is a prepositional phrase (الوزير المكلف بملف)', () => {
    const ps = people('وحين بدأ جوناثان هيل الوزير المكلف بملف "الهجرة" تقديم الخطة، غادر النواب القاعة.');
    expect(ps.map(([n]) => n)).not.toContain('بملف');
  });

  it('a given name after a preposition inside a role is its object (القاضي بوقف … على كامل)', () => {
    expect(names('ورغم القرار القاضي بوقف كل الأعمال القتالية على كامل الأراضي، استمر القصف.').join(' ')).not.toContain('كامل');
  });

  it('a past verb of the form استفعل opens no name (استمر القصف)', () => {
    expect(names('ورغم القرار القاضي بوقف الأعمال القتالية، استمر القصف على المدينة.')).toEqual([]);
  });

  it('a و-word after a verb of saying needs a name after the conjunction (نقل … ومدفع هوزر)', () => {
    expect(names('وشملت الشحنة عربات نقل ومدفع هوزر، وعربة مدرعة.')).toEqual([]);
  });
});

describe('people: roles', () => {
  it('a name after «في حكومة» is the genitive: the title is the name before it', () => {
    const ps = people('وقال نك كليغ، نائب رئيس الوزراء السابق في حكومة ديفيد كاميرون، إن الاتفاق سيئ. وقال كاميرون إنه يعارض ذلك.');
    expect(ps.find(([n]) => n!.endsWith('كاميرون'))?.[1] ?? '').toBe('');
  });
});

describe('assembling people', () => {
  it('keeps two full names with different given names and one family name apart (relatives)', () => {
    const { toks } = segmentArticle(HEAD + 'حصل والدا ميلانيا ترامب، زوجة الرئيس دونالد ترامب، على الجنسية. وقال ترامب إن ميلانيا سعيدة.');
    const ps = assemblePeople([cand('دونالد ترامب', 'الرئيس', 40), cand('ميلانيا ترامب', '', 10)], toks, 'ar');
    expect(ps.map((p) => p.name.ar).sort()).toEqual(['دونالد ترامب', 'ميلانيا ترامب']);
  });

  it('still merges a full name with its short mention and with the same given name', () => {
    const { toks } = segmentArticle(HEAD + 'وقال دونالد ترامب إن ترامب لن يتراجع.');
    const ps = assemblePeople([cand('دونالد ترامب', 'الرئيس', 5), cand('دونالد ترامب', '', 30)], toks, 'ar');
    expect(ps).toHaveLength(1);
  });

  // (the lineage's words are given names, which link no one: the short form had no key in common)
  it('merges «X بن Y» with the same lineage written with its family, and not with a brother', () => {
    const { toks } = segmentArticle(HEAD + 'واستقبل منصور بن زايد الوفد. وقال الشيخ منصور بن زايد آل نهيان إن خليفة بن زايد آل نهيان رحب بالزيارة.');
    const c = (name: string, start: number): NameCandidate => ({ ...cand(name, '', start), given: name.split(' ').map((w) => w !== 'آل' && w !== 'نهيان') });
    const ps = assemblePeople([c('منصور بن زايد', 10), c('منصور بن زايد آل نهيان', 40), c('خليفة بن زايد آل نهيان', 70)], toks, 'ar');
    expect(ps.map((p) => p.name.ar)).toEqual(['منصور بن زايد آل نهيان', 'خليفة بن زايد آل نهيان']);
  });

  it('links a lineage before a family name a brother shares', () => {
    const { toks } = segmentArticle(HEAD + 'خليفة بن زايد آل نهيان. واستقبل ولي العهد محمد بن زايد آل نهيان الوفد، ورحب رئيس الدولة خليفة بن زايد بالزيارة.');
    const c = (name: string, start: number, weak = false): NameCandidate => ({ ...cand(name, '', start), weak, given: name.split(' ').map((w) => w !== 'آل' && w !== 'نهيان') });
    const ps = assemblePeople([c('خليفة بن زايد آل نهيان', 5, true), c('محمد بن زايد آل نهيان', 40), c('خليفة بن زايد', 90)], toks, 'ar');
    expect(ps.map((p) => p.name.ar).sort()).toEqual(['خليفة بن زايد آل نهيان', 'محمد بن زايد آل نهيان']);
  });

  it('reads no name after a role that ends on بن (an institution named after a man)', () => {
    const found = names('وقال وزير شؤون الرئاسة رئيس مؤسسة خليفة بن زايد آل نهيان للأعمال الإنسانية الشيخ منصور بن زايد آل نهيان إن المؤسسة تدعم المشروع.');
    expect(found).not.toContain('زايد آل نهيان');
  });
});

describe('people: names cut short (round attrib24)', () => {
  it('a name compounded with الله keeps its second half (صنع الله، حسب الله)', () => {
    expect(names('وقال رئيس المؤسسة الوطنية للنفط مصطفى عبدالله صنع الله: "لقد طالبنا مرارا بذلك".')).toContain('مصطفى عبدالله صنع الله');
    expect(names('وقال النائب المصري صلاح حسب الله إن البرلمان وافق على القانون.')).toContain('صلاح حسب الله');
  });

  it('آل and the family close a long name (محمد بن خليفة بن أحمد آل خليفة)', () => {
    expect(names('أعلن وزير النفط البحريني محمد بن خليفة بن أحمد آل خليفة، أن البحرين اكتشفت حقلا كبيرا.')).toContain('محمد بن خليفة بن أحمد آل خليفة');
  });

  it('آية الله is a title, not the given name آية', () => {
    const ps = people('دعا المرشد الأعلى الإيراني، آية الله علي خامنئي، إلى إجراءات قانونية "سريعة وعادلة".');
    expect(ps.map(([n]) => n)).not.toContain('آية');
    expect(ps).toContainEqual(['علي خامنئي', 'المرشد الأعلى الإيراني']);
  });
});

describe('people: a name found short of its surname', () => {
  it('takes the next word the tagger is sure of, whatever its shape (نادين | لبكي: ل + consonant)', () => {
    expect(names('وفاز فيلم كفرناحوم للمخرجة اللبنانية نادين لبكي الذي عرض في المهرجان بجائزة لجنة التحكيم.')).toContain('نادين لبكي');
  });
});

describe('people: a surname that closes its phrase (round forty-two)', () => {
  // Held out, the tagger scores a family name it has not met far below zero (غريشة −30, اللبيرق −30)
  // and the tail cut-offs took it off the name; a comma or the sentence's end right after it says
  // the name stops there, so a plain word of no everyday use is its surname.
  it('keeps an unknown surname set off by a comma (الحكم المصري جهاد قرقشة،)', () => {
    expect(names('وجاء الهدف بركلة جزاء أعلنها حكم المباراة، المصري جهاد قرقشة، إثر عرقلة اللاعب.')).toContain('جهاد قرقشة');
  });

  it('keeps one a time word follows (الصحفي ياسر مرتقى السبت)', () => {
    expect(names('واحتج الصحفيون على مقتل الصحفي ياسر مرتقى السبت الماضي متأثرا بجراحه.')).toContain('ياسر مرتقى');
  });

  it('takes a third name word before a comma (الحقوقية سلمى بلحاج حمودة،)', () => {
    expect(names('وتترأس الحقوقية سلمى بلحاج حمودة، لجنة الحريات الفردية.')).toContain('سلمى بلحاج حمودة');
  });

  it('but not an adverb or a verb of purpose there (ترامب | مرارا، غاليسي | ليسجل، سالم | غدا)', () => {
    const all = names('وانتقد الرئيس الأمريكي دونالد ترامب مرارا، الاتفاق. وتقدم الحارس بيدرو غاليسي ليسجل، ثم عاد. ويلعب المهاجمان سمير خليل ومحمود سالم غدا.').join(' | ');
    expect(all).not.toMatch(/مرارا|ليسجل|غدا/);
  });
});

describe('people: an everyday noun in the accusative after a name (round forty-two)', () => {
  it('is the sentence\'s, not a surname (سمير خليل | وإعلانا)', () => {
    expect(names('وعرضت القناة مقطعا من مقابلة مع المخرج سمير خليل وإعلانا لشركة مشروبات.')).toEqual(['سمير خليل']);
  });
});

describe('people: an adverb after a name (round forty-three)', () => {
  // (a title's span reached past the name into the verb's adverb before its complement)
  it('is the verb\'s, not a surname (جون موانغي | مرارا)', () => {
    expect(names('وكرر الرئيس الكيني جون موانغي مرارا أن بلاده لن تتراجع عن موقفها.')).toEqual(['جون موانغي']);
  });
});

describe('people: a family name with the article that no list knows (round ten alfamily25)', () => {
  it('keeps an ال family name in ه that the article writes twice after the same given name (وضاح الطه)', () => {
    // Before: الطه read as a word with a pronoun ending (ه) and, known to no list, not a family
    // name, so the person was cut to وضاح and every quote of his went to the wrong name.
    const ns = names('أما عن مصر، وصف وضاح الطه القرارات الحكومية بالحادة. وقال الخبير وضاح الطه إن الأسعار سترتفع.');
    expect(ns).toContain('وضاح الطه');
    expect(ns).not.toContain('وضاح');
  });
});

describe('people: a family name with the article after a compound given name (round ten alfamily25)', () => {
  it('takes the ال family name after بدر الدين (حسين بدر الدين الحوثي)', () => {
    // Before: the extension took الدين as the compound's second half, then stopped, since الدين is
    // no given name after which an ال family name was allowed.
    expect(names('وكان من بين أوائل المساهمين في الحركة منذ أيام حسين بدر الدين الحوثي.')).toContain('حسين بدر الدين الحوثي');
  });
});

describe('people: transliterated names that read as a conjunction or a future verb (round eleven people26)', () => {
  it('a surname in و that ends the name is the name\'s, not the next of a list (هارفي واينستين)', () => {
    // Before: واينستين read as و + a new name, so the person was cut to هارفي.
    expect(names('واتهمت عشرات النساء المنتج هارفي واينستين بالتحرش.')).toContain('هارفي واينستين');
    expect(names('وأضاف بونتوس ويرنيلوم الهدف الثالث للفريق الروسي في الدقيقة 65.')).toContain('بونتوس ويرنيلوم');
  });

  it('a list\'s و-name that goes on with its own surname is still the next person (كيفن دو بروين وروميلو لوكاكو)', () => {
    const ns = names('وسجل كيفن دو بروين وروميلو لوكاكو هدفين في المباراة.');
    expect(ns).toContain('روميلو لوكاكو');
    expect(ns.join(' ; ')).not.toContain('بروين وروميلو');
  });

  it('a first name in ف or سـ whose rest is no word opens a name the tagger finds (فلوريان جيرليتش، سيرخيو راموس)', () => {
    // Before: فلوريان and سيرخيو read as ف + a word and سـ + a verb, so the tagger's spans were dropped.
    expect(names('وأنقذ نوير تسديدة قريبة المدى من فلوريان جيرليتش بعد نصف ساعة من اللعب.')).toContain('فلوريان جيرليتش');
    expect(people('وفشل المدافع سيرخيو راموس في إبعاد الكرة.')).toContainEqual(['سيرخيو راموس', 'المدافع']);
  });
});

describe('people: an ال family name the names data hold without the article (round eleven people26)', () => {
  it('takes الغنام as a family name (غنام is a name token of several people)', () => {
    expect(names('وسدد مهاجمه كرة قوية بعد تمريرة من زميله سلطان الغنام ليسدد الكرة قوية.')).toContain('سلطان الغنام');
  });
});

describe('people: a surname mention (round eleven people26)', () => {
  it('a name opening on another person\'s family name stops there (كريستين لاغارد … ووصفت لاغارد اختفاء خاشقجي)', () => {
    // Before: the speech verb's name ran on to «لاغارد اختفاء خاشقجي», which took Lagarde's place.
    const ns = names('أرجأت مديرة صندوق النقد الدولي كريستين لاغارد زيارتها إلى المنطقة. ووصفت لاغارد اختفاء خاشقجي بأنها قضية مريعة.');
    expect(ns).toContain('كريستين لاغارد');
    expect(ns.join(' ; ')).not.toContain('خاشقجي');
  });
});

describe('people: names behind a glued preposition, French names in ييه (round eleven glued26)', () => {
  it('a word the tagger takes for a name word behind ل opens the name after the preposition (لماتس هوملز)', () => {
    // Before: لماتس is no name-like word (ل + a consonant), so the tagger's span was dropped.
    expect(names('وسدد اللاعب كرة على الطائر لماتس هوملز فوق المرمى.')).toContain('ماتس هوملز');
  });

  it('a name in ييه is no word with a pronoun ending (لديدييه ديشان، بأوليفييه جيرو)', () => {
    // Before: ديدييه and أوليفييه read as a noun + the pronoun ه.
    expect(names('وجاء الفوز بعد التجربة الناجحة لديدييه ديشان مع المنتخب الفرنسي.')).toContain('ديدييه ديشان');
    // (The sentence «سيلعب بأوليفييه جيرو في الهجوم» checked this end to end until round forty-five,
    // whose retrained tagger scores جيرو there −18, below the pair cut: whether that surname joins is
    // the tagger's call, so the rule is checked on its own.)
    const word = (w: string) => ({ text: w, light: lightNormAr(w) }) as Token;
    for (const w of ['ديدييه', 'غرنييه', 'بوثييه']) expect(pronounEnding(word(w)), w).toBe(false);
    for (const w of ['شهده', 'أعطاها', 'عبره']) expect(pronounEnding(word(w)), w).toBe(true);
  });

  it('a name behind ل is tagged again as written without it (تيريزا ماي)', () => {
    // Before: لتيريزا is no name-like word, so the tagger's span was dropped.
    expect(names('وقدم الرئيس الشكر لتيريزا ماي على جهودها.')).toContain('تيريزا ماي');
  });

  it('re-reads the article without the preposition before a name-shaped word, not before a given name (لصالح)', () => {
    const { toks } = segmentArticle(HEAD + 'وجاء الفوز بعد التجربة الناجحة لديدييه ديشان، وتحدث الوزير عن الدعم لصالح كامل الفريق.');
    const spans = ungluedTags(toks)?.spans ?? [];
    const opening = spans.map((s) => toks[s.from]!.text);
    expect(opening).toContain('لديدييه');
    expect(opening).not.toContain('لصالح');
  });

  it('a preposition\'s object is no name (لمحطة الطاقة)', () => {
    expect(names('وأشاد الرئيس بالتجربة الناجحة لمحطة الطاقة الجديدة في المدينة.')).toEqual([]);
  });
});

describe('people: a name ends before a preposition glued to the article (round forty-five)', () => {
  const word = (w: string) => ({ text: w, light: lightNormAr(w) }) as Token;
  it('reads بال/لل/كال before an everyday noun as the phrase after the name, not a surname in بال', () => {
    for (const w of ['بالفوز', 'وبالفوز', 'للمنتخب', 'كالعادة']) expect(prepArticleNoun(word(w)), w).toBe(true);
    // (Balotelli, Balvi: the rest is no everyday word; a surname the names data know as written,
    // بالقاسم, is kept by the cut itself)
    for (const w of ['بالوتيلي', 'بالفي', 'الفوز']) expect(prepArticleNoun(word(w)), w).toBe(false);
  });

  it('cuts such a word off the end of a name', () => {
    expect(names('وهنأ مكتب الرئاسة أحمد حسن بالفوز.')).toContain('أحمد حسن');
  });
});

describe('people: a tagger span opening on a word that cannot open a name (round seventeen people35)', () => {
  // From even gold p040: the tagger's run took in the و-verb before the name (وأحرز, just below
  // zero); the span was dropped whole and the scorer lost ماريك ياكوش.
  it('the و-verb is left out of the span, the name after it kept (وأحرز | ماريك ياكوش)', () => {
    expect(names('وفي مباراة الذهاب والعودة وأحرز ماريك ياكوش هدفي فيكتوريا في المباراة.')).toContain('ماريك ياكوش');
  });
});

describe('people: a near-miss pair of the tagger (round eighteen people36)', () => {
  // A model that knows two words only: every other word scores −40, so the scores are exactly
  // bias + the word's own weight (the held-out tagger's 10 / −11 of جيانلويجي دوناروما).
  const model = (first: number, second: number) => ({
    threshold: 0,
    weights: { bias: -40, [`w:${lightNormAr('أليساندرو')}`]: 40 + first, [`w:${lightNormAr('شوبف')}`]: 40 + second },
  });
  const text = 'وفي الشوط الثاني سدد أليساندرو شوبف كرة قوية من خارج المنطقة.';
  afterEach(() => useTaggerModel(null));

  it('a pair whose summed score falls just short of a span\'s is a name (10 and −11)', () => {
    useTaggerModel(model(10, -11));
    expect(names(text)).toContain('أليساندرو شوبف');
  });

  it('but not one further short than PAIR_SLACK (3 and −14)', () => {
    expect(3 - 14).toBeLessThan(-PAIR_SLACK);
    useTaggerModel(model(3, -14));
    expect(names(text).join(' ')).not.toContain('شوبف');
  });
});
