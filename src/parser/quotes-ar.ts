/**
 * Quotations in Arabic copy and who said them:
 *   وقال X: "..."  /  وقال X، ROLE: "..."      (speech verb before the quotation)
 *   "..."، بحسب X  /  وفق X  /  قال X          (attribution after it)
 *   قال X إن ...                                 (indirect: the clause after إن/أن)
 *   وأضاف: "..." / مضيفاً أن ... / وتابع        (the previous speaker)
 * Unnamed sources (مسؤول أمريكي، مصادر مطلعة، وزارة الدفاع في بيان) are kept as written.
 * Scare quotes of one to three words ("تهجير") are terms, not quotations.
 */
import type { Bi, Person, Quote } from '../briefing/types.ts';
import { joinNames } from '../briefing/speakers.ts';
import type { VerbFrame } from './cues-ar.ts';
import { quoteSpans, wordCount } from '../text/quotes.ts';
import { stripDiacritics } from '../text/normalize.ts';
import { speakerTail, splitOverlap } from './speaker-tail.ts';
import { forEachSentenceTokens, lightIndexOf, tokenAtOrAfter, tokenize, type SentenceSpan, type Token } from './tokens.ts';
import { ACCORDING_TO, ALOUD_VERBS, AUDIENCE_NOUNS, NAMING_WORDS, BODY_HEADS, BODY_NOUNS, BREAKERS as BREAKERS_AR, OUTLET_HEADS, CLAUSE_OPENERS, FREE_PREPOSITIONS, LEADER_HEADS, RELATION_HEADS, ROLE_HEADS, SEATS_OF_POWER, SUBJECT_ADVERBS, SUBJECT_PREPOSITIONS, UNNAMED_HEADS, WEEKDAYS } from './cues-ar.ts';
import { isCounterpart, sayingGender, titleGender, type Gender, isBeliefVerb, isClaimHead, isComplementiser, isContinuation, isDenialVerb, verbFrame, isReportVerb, isRefusalVerb, isGiven, isOutletHead, isPlaceOrOrg, isSpeechVerb, isTimeLight, isTimeWord, isUnnamedHead, isBareAccusativeUnnamedHead, accusativeParticiple, hasArticle, isStop, KIN_SPEAKERS, lexiconNameWord, nameLike, PARTICLES, RELATIVES, roleHead, SPELLED_LETTER } from './arabic-words.ts';
import { nameSpan, verbShaped } from './people-ar.ts';
import { agentShape } from './role-shape.ts';
import { isKnownNameToken, isNameTokenAtAll } from './name-evidence.ts';
import { lightNormAr } from '../text/arabic.ts';
import { normaliseAr } from '../text/normalize.ts';
import { memo } from '../text/memo.ts';
import { PersonIndex } from './person-index.ts';
import { brandName, brandSpellingRank, englishName, isDemonym, isKnownPlace, knownOrg, orgFirstWords, translateRole, translateSource } from './names-adapter.ts';
import { knownBodyAt, knownBodyEndingAt } from './known-body.ts';
import { bestCandidate, bestSpeaker, candidateFeatures, rankCollector, speakerRankerModel, type CandidateType, type DescriptionLink, type Mention, type QuoteContext, type SpeakerCandidate, type VerbClass } from './speaker-ranker.ts';
import { lowerBound } from '../text/sorted.ts';
import { isEverydayWord } from './everyday-words.ts';

export const MIN_QUOTE_WORDS = 4;

/**
 * Punctuation that ends a run of words in the gap after a token: the Arabic and Latin comma,
 * colon, semicolon and full stop close a clause, brackets open or close an aside, and the
 * quotation marks ("«»“”) open or close a quotation. A name, title or verb phrase never spans
 * one of these, so a walk over neighbouring words stops at them.
 */
const GAP_BREAK = /[،,:;.()"«»“”]/;
/** A verb of judging carrying its object as a pronoun (اعتبره، تعتبرها، وصفته، تصفه). */
const JUDGING_PRONOUN = /^[وف]?(اعتبر|اعتبرت|يعتبر|تعتبر|يعتبرون|وصف|وصفت|يصف|تصف|يصفون)(ه|ها|هم|هما)$/;
/**
 * A verb of relaying, نقل in its tenses with an object pronoun or none (نقلت، ونقلتها، ينقل، تنقل):
 * its subject carries another's words (نقلت صحيفة الأهرام تصريح الوزير الذي قال، نقلت قناة X عن
 * السيدة قولها), so the outlet in its subject place is seldom the one speaking.
 */
const RELAY_VERB = /^[وف]?(نقل|نقلت|ينقل|تنقل|نقلوا|ينقلون)(ه|ها|هم|هما)?$/;
const CUT_PREPS = new Set(['عن', 'على', 'الى', 'إلى', 'مع', 'خلال', 'امام', 'أمام', 'لدى', 'بعد', 'قبل', 'عقب', 'منذ', 'ان', 'أن', 'إن']);

/**
 * A complementiser as written, with its conjunction, ب and pronoun (أن، وإنه، بأنهم): the hamza
 * tells أن from the name آن, which the light form folds into it. Read on text without diacritics.
 */
const WRITTEN_COMPLEMENTISER = /^[وف]?ب?[أإ]ن(ه|ها|هم|هما|هن|ني|نا|كم)?$/;

/** The English of a word of kinship (زوجة، والد، وشقيق …), with or without its conjunction. */
function kinWordOf(light: string): string | undefined {
  return KIN_SPEAKERS.get(light.replace(/^[وف](?=[^ا])/, '')) ?? KIN_SPEAKERS.get(light);
}
/** How many words the first clause needs before a coordinated complementiser opens a second statement. */
const COORDINATED_AFTER = 6;
/** Words before «وأن/وإن» that make it a reason or a concession: خاصة وأن، علما وأن، حتى وإن، لا سيما وأن. */
const CONCESSIVE = /^(خاصه|خاصة|علما|حتى|سيما|لاسيما|بخاصه|بخاصة|طالما|ولو)$/;

/** A quotation-marked name rather than a statement: a few words after صحيفة/قناة, or made of initials (بي اف ام تي في). */
function looksLikeName(inner: string, before: Token | undefined): boolean {
  const words = inner.trim().split(/\s+/);
  // (an outlet's name is a few words, صحيفة "وول ستريت جورنال"; a sentence after the outlet's
  // head is its statement: وأضاف بيان الشبكة "جعله حبه للمغامرات …")
  if (before && isOutletHead(before) && words.length <= OUTLET_NAME_WORDS) return true;
  // (an English title written in Arabic letters, its function words with it: "روك أند رول هال أوف
  // فايم"، "ذي شايب أوف ووتر": a name of a hall, a film, a song; nobody's words)
  if (words.length <= 8 && (words.some((w) => TRANSLITERATED_FUNCTION_WORDS.has(w)) || /^[ذ][اي]$/.test(words[0]!))) return true;
  return words.length <= 6 && words.filter((w) => w.length > 2).length <= 1;
}
/** English "and" and "of" as Arabic copy spells them inside a transliterated title (أند، أوف). */
const TRANSLITERATED_FUNCTION_WORDS = new Set(['أند', 'آند', 'اند', 'أوف', 'اوف']);
/** The most words of a quotation-marked outlet name (ذا بلايرز تريبيون، نيويورك تايمز). */
const OUTLET_NAME_WORDS = 5;
const MAX_SUBJECT_TOKENS = 25;

/** Words before أن/إن that make it a conjunction of time, manner or concession (بعد أن، رغم أن، إلا أن، دون أن), not a clause of speech. */
const NOT_SPEECH_BEFORE_COMPLEMENTISER = new Set(['بعد', 'قبل', 'منذ', 'رغم', 'برغم', 'بالرغم', 'حين', 'لو', 'الا', 'غير', 'بيد', 'مع', 'كما', 'ريثما', 'دون', 'بدون']);

/** After وفقا/طبقا the source carries the preposition ل (لقانون الهجرة، للوزارة): the source is without it. */
function withoutLam(sp: Speaker | null): Speaker | null {
  if (!sp || !sp.unnamed || !/^ل/.test(sp.speaker.ar)) return sp;
  const ar = sp.speaker.ar.startsWith('لل') ? 'ا' + sp.speaker.ar.slice(1) : sp.speaker.ar.slice(1);
  return { ...sp, speaker: { ar, en: translateRole(ar) } };
}

/** Past auxiliaries between a subject and its verb (وكان الجيش الروسي قد أعلن). */
const VERB_AUXILIARIES = new Set(['قد', 'كان', 'كانت', 'وكان', 'وكانت', 'فقد', 'وقد', 'لقد', 'ايضا', 'بدوره', 'بدورها', 'بدورهم', 'من', 'جهته', 'جهتها', 'جانبه', 'جانبها']);
/** Words after which a clause (and so a subject placed before its verb) starts. */
/** إن and its sisters that open a main clause, whose subject is accusative (لكن، إن، فإن، غير أن). */
const INNA_SISTERS = /^[وف]?(لكن|ان|إن|أن)$/;
/** Words that open a subordinate clause of time or reason before its own verb (عندما أعربت …). */
const SUBORDINATORS = /^[وف]?(عندما|حينما|بعدما|لما|حين|بينما|فيما|اذ|إذ|كلما|طالما)$/;
const CLAUSE_START = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'لكن', 'ولكن', 'بينما', 'فيما', 'حين', 'حيث', 'اذ', 'إذ', 'كما', 'غير', 'بيد', 'ان', 'أن', 'إن', 'بأن', 'وأن', 'وان', 'فان', 'فإن', 'و', 'ثم', 'بل', 'لكنه']);

/** Definite adjectives that continue a subject: nisba (الأمريكية، الإسرائيليون) and the أفعل of colours and degrees (الأبيض، الأعلى). */
const DEFINITE_ADJECTIVE = /^ال(.{2,}(ي|ى|ية|يون|يين|يان|يتان)|ا[^ا]{3}|ا[^ا]{2}ى)$/;
/** Other adjectives common in the names of bodies and titles (الأمين العام، المحكمة العليا، الجيش الحر). */
const SUBJECT_ADJECTIVES = new Set(['العام', 'العامة', 'العليا', 'الاول', 'الاولى', 'السابق', 'السابقة', 'الحالي', 'الجديد', 'الجديدة', 'الحر', 'الكبير', 'الكبرى', 'المتحدة', 'المستقلة', 'المستقل', 'المنتهية', 'المكلف', 'المكلفة', 'المساعد', 'المساعدة', 'التنفيذي', 'الاعلى']);

/** Past verbs of the frames that are as often nouns (طلب = request, وعد = promise, وصف = description). */
const NOUN_LIKE_VERBS = new Set(['طلب', 'وعد', 'وصف', 'حمل', 'قدر', 'كشف', 'نصح', 'عبر']);

/** An object pronoun on a verb (تتهمه، تتهمها، تتهمهم، تتهمهما): the verb carries its object. */
const OBJECT_PRONOUN_END = /(ه|ها|هم|هما)$/;

/** A quantifier opening a verb's addressee (دعا جميع الأطراف إلى …): the people addressed, not the subject. */
const QUANTIFIERS = /^(جميع|كافة|كل)$/;
/** An unnamed source's head that names people, not a body (شهود، مسؤولين; not وزارة): read without its article. */
const groupHead = (bare: string): boolean => UNNAMED_HEADS.has(bare) && !BODY_NOUNS.has(bare);
/** Nouns of quantity that take a group with من (العديد من الخبراء، كثير من المواطنين، بعض من …). */
const PARTITIVE = /^(العديد|واحد|عديد|كثير|الكثير|بعض|معظم|غالبيه|غالبية|اغلب|عدد|الاف|مئات|عشرات)$/;
/** Words that open a name which the person index does not hold on their own (person-index.ts SKIP). */
const NAME_PARTICLES = /^(بن|ابن|ابو|عبد)$/;

/** Adverbs of manner and degree written with بـ, never the content of a verb's بـ frame (يشكك بشدة بـ…). */
const MANNER = new Set(['بشده', 'بشدة', 'بقوه', 'بقوة', 'بوضوح', 'بالفعل', 'بدوره', 'بدورها', 'بدورهم', 'بشكل', 'بصراحه', 'بصراحة', 'بحزم', 'بدقه', 'بدقة', 'بسرعه', 'بسرعة', 'بالتاكيد', 'بالكامل', 'بالضروره', 'بالضرورة', 'بالمقابل', 'بالتالي']);

/** Words between an attribution cue and its source (على حد تعبير X، وفق ما ذكرت X، بحسب تقدير X). */
// (بحسب ما أشار إليه X: the pronoun after the verb points back at the statement)
const ATTRIBUTION_FILLERS = new Set(['ما', 'حد', 'قول', 'تعبير', 'تقدير', 'تصريح', 'تصريحات', 'لما', 'به', 'بها', 'اليه', 'اليها', 'عنه', 'عنها']);
/** Verbs of appearing in a text (بحسب ما ورد في القائمة، وفق ما جاء في البيان): the source is what follows في. */
const APPEARED_VERBS = new Set(['ورد', 'وردت', 'جاء', 'جاءت'].map(lightNormAr));

/** Token j is a filler between a cue of attribution and its source: ما، تعبير …, or ورد/جاء and their في. */
function attributionFiller(toks: readonly Token[], j: number): boolean {
  const l = toks[j]!.light;
  return ATTRIBUTION_FILLERS.has(l) || (APPEARED_VERBS.has(l) && /^[وف]?(ما|لما|حسبما|وفقما|بحسبما)$/.test(toks[j - 1]?.light ?? '')) || (l === 'في' && j > 0 && APPEARED_VERBS.has(toks[j - 1]!.light));
}

/** A preposition carrying a pronoun (له، لها، إليه): the one addressed, which may stand between a verb and its subject. */
/** Verbs of calling on someone (finite, singular): the word after them may be the addressee. */
const CALL_VERBS = /^(دعا|دعت|يدعو|تدعو|حث|حثت|يحث|تحث|حض|حضت|يحض|تحض|طالب|طالبت|يطالب|تطالب|ناشد|ناشدت|يناشد|تناشد|نصح|نصحت|ينصح|تنصح)$/;
/** A verb of calling, with or without a glued و/ف (no verb of the list itself begins with either). */
const isCallVerb = (t: Token): boolean => CALL_VERBS.test(t.light) || CALL_VERBS.test(t.light.replace(/^[وف]/, ''));
// (and what the saying is in, by a pronoun: اليوم الذي قال فيه وزير الداخلية …; not عنه: «نقلت عنه
// وكالة رويترز» names the relaying agency, not the speaker)
const PRONOUN_ADDRESSEE = new Set(['له', 'لها', 'لهم', 'لهما', 'لي', 'لنا', 'اليه', 'اليها', 'اليهم', 'عليه', 'عليها', 'عليهم', 'فيه', 'فيها']);

/** A medium a verb of saying spoke by, after في (ونفت الشركة في بيان | …): afterTimePhrase skips it. */
const MEDIUM_AFTER_VERB = /^(بيان|تصريح|تصريحات|تغريده|تغريدة|مقابله|مقابلة|رساله|رسالة|خطاب|مؤتمر)$/;
/** The occasion a verb of saying spoke at, after أثناء/خلال/في (وتساءل ماسك أثناء اللقاء | عن …): skipped too. */
const OCCASION_AFTER_VERB = /^ال(لقاء|مقابله|مقابلة|اجتماع|مؤتمر|حوار|جلسه|جلسة|زياره|زيارة|قمه|قمة|ندوه|ندوة|برنامج)$/;

/** The words that attribute a statement to its source after it (بحسب، حسبما، وفقا …). */
const ATTRIBUTING = 'بحسب|حسب|حسبما|وفقا|وفق|طبقا';
/**
 * The day the news went on, closing a sentence after a comma (…، وفق ما أفاد مصدر قضائي، السبت): the
 * weekdays' light forms, each alef read with any hamza seat, as the raw text writes them.
 */
const CLOSING_DAY = `(?:[،,]\\s*(?:يوم\\s+)?(?:${[...WEEKDAYS.keys(), 'اليوم', 'امس'].map((w) => w.replace(/ا/g, '[اأإآ]')).join('|')})(?:\\s+\\S+)?\\s*)?`;
/** An attribution closing a statement after a comma (…، بحسب التلفزيون الرسمي؛ …، وفقا لتعبيرها؛ …، حسبما قال في حوار). */
const TRAILING_ATTRIBUTION = new RegExp(`\\s*[،,]\\s*(?:و)?(?:${ATTRIBUTING})\\s[^،,.؛;"«»“”]*${CLOSING_DAY}\\.?$`);

/**
 * What follows a quotation that names who said it (…"، بحسب مسؤول في الأمم المتحدة؛ …"، قال X؛
 * …"، هكذا قال X): a short quotation opening its sentence so attributed is speech, not a phrase
 * named or stressed (mid-sentence, «أطلقت الحكومة حملة "الوطن أولا"، بحسب …» names a campaign).
 */
const ATTRIBUTED_AFTER = new RegExp(`^\\s*[،,]\\s*(?:(?:و|ف)?(?:${ATTRIBUTING})|(?:و|ف)?(?:قال|قالت|يقول|تقول|أضاف|أضافت|اضاف|اضافت|تابع|تابعت|أكد|أكدت|اكد|اكدت)\\s|هكذا\\s)`);

/** A light word without a clitic and the article (بالوزارة، الوزارة -> وزارة), for matching role words. */
const withoutArticle = (w: string) => w.replace(/^[وفبلك]?ال/, '');

/** Tokens either side of a quotation's cue where the ranker looks for candidate speakers. */
const RANK_WINDOW = 60;
/** How far back (tokens) the ranker looks for the person an unstated subject refers to. */
const ANTE_REACH = 200;
/**
 * Bare nouns that describe a person already named (الرجل، السيدة، الأخير، الشاب، اللاعب): as a
 * speaker they refer back, unlike a title that names an office (المتحدث، الوزير).
 */
const GENERIC_PERSON = new Set(['رجل', 'امراه', 'امراة', 'سيده', 'سيدة', 'سيد', 'اخير', 'اخيره', 'اخيرة', 'شاب', 'شابه', 'شابة', 'فتاه', 'فتاة', 'فتى', 'طفل', 'طفله', 'طفلة', 'لاعب', 'لاعبه', 'لاعبة', 'نجم', 'نجمه', 'نجمة', 'فنان', 'فنانه', 'فنانة', 'مدرب', 'ممثل', 'ممثله', 'ممثلة', 'مغني', 'مغنيه', 'مغنية', 'كاتب', 'كاتبه', 'كاتبة']);
/** Endings of a possessive pronoun on a noun (مدربهم، محاميها). */
const POSSESSIVE_END = /(ه|ها|هم|هما|هن)$/;
/**
 * A word that describes one person (a singular noun of a person, with the article or a possessive
 * pronoun): a bare noun of GENERIC_PERSON (الرجل، الشاب، مدربهم) or an agent noun of the craft
 * templates فعّال and فعيل (الخباز، الظهير) or فاعل (الحارس), not a plural or dual, not a title that
 * names an office (roleHead: الوزير, read by the title rules), not an unnamed source's head.
 */
function personNoun(light: string): boolean {
  const w = light.replace(/^[وف](?=ال)/, '');
  const def = /^ال/.test(w);
  const base = def ? w.slice(2) : POSSESSIVE_END.test(w) && w.length > 5 ? w.replace(POSSESSIVE_END, '').replace(/ت$/, 'ة') : '';
  if (!base || base.length < 3) return false;
  if (GENERIC_PERSON.has(base)) return true;
  if (/(ون|ين|ات|ان)$/.test(base) || /[ةيى]$/.test(base)) return false;
  const t = { text: w, light: w } as Token;
  if (roleHead(t) || isUnnamedHead(t) || isUnnamedHead({ text: base, light: base } as Token) || isPlaceOrOrg(t) || isTimeWord(t)) return false;
  const shape = agentShape(base);
  return shape === 'fa33al' || shape === 'fa3iil' || shape === 'fa3il';
}
/**
 * A described source that is a dual of persons (المقاتلان البريطانيان، الرئيسان، الرجلان): two
 * people spoke together, and the article has named them. The head in the dual with the article,
 * its singular a title, a noun of a person, a relative adjective (الإرهابيان) or an agent in م
 * (المقاتلان); not a word that only ends like a dual (البيان، البرلمان، اليابان).
 */
function dualOfPersons(ar: string): boolean {
  const w = lightNormAr(ar.split(' ')[0] ?? '').replace(/^[وف](?=ال)/, '');
  const m = /^ال(.{3,})ان$/.exec(w);
  if (!m) return false;
  const one = m[1]!;
  // (personNoun reads the bare person nouns, الرجلان، and the craft shapes; titles it leaves to roleHead)
  return !!roleHead({ text: one, light: one } as Token) || personNoun(`ال${one}`) || (/ي$/.test(one) && one.length >= 4) || (/^م/.test(one) && one.length >= 4);
}
/**
 * A described source that is a group of people (بعض مستخدميه، المعارضون، نشطاء، خبراء): a quantity
 * word or a human plural in ون/ين as its first word, no person and no place.
 */
function humanPlural(sp: Speaker): boolean {
  if (sp.speakerId || sp.speakerIds?.length || !sp.unnamed) return false;
  const first = lightNormAr(sp.speaker.ar.split(' ')[0] ?? '').replace(/^[وف](?=.{4})/, '');
  if (/^(بعض|عدد|كثير|معظم|غالبيه|غالبية|اغلب)$/.test(first)) return true;
  return /^.{3,}(ون|ين)$/.test(first) && !isPlaceOrOrg({ text: first, light: first } as Token);
}
/**
 * A phrase whose head can speak: a title or person noun, a source's or body's head, an outlet, a
 * place or organisation standing for its people, a group of people. Not a thing or an abstract
 * noun (الثقة، القلق، الأسعار) a clause's subject may be.
 */
function canSpeak(ar: string): boolean {
  const w = (ar.split(' ')[0] ?? '').replace(/^[وف](?=ال)/, '');
  const t = { text: w, light: lightNormAr(w) } as Token;
  return !!roleHead(t) || isUnnamedHead(t) || isOutletHead(t) || isPlaceOrOrg(t) || personNoun(t.light) || BODY_NOUNS.has(t.light.replace(/^ال/, '')) || !!groupWord(t) || /^ال.{2,}(يون|يين)$/.test(t.light);
}
/** Nouns of kinship and company (زوجة، ابنة، شقيق): «زوجة X، Y» may name X, not her. */
const KIN = new Set(['زوج', 'زوجة', 'زوجه', 'ابن', 'ابنة', 'ابنه', 'نجل', 'نجلة', 'شقيق', 'شقيقة', 'شقيقه', 'اخ', 'اخت', 'والد', 'والدة', 'والده', 'اب', 'ام', 'ارملة', 'خطيب', 'خطيبة', 'صديق', 'صديقة', 'حفيد', 'حفيدة', 'صهر', 'عم', 'عمة', 'خال', 'خالة', 'حبيب', 'حبيبة']);
/** The gender a person noun marks: feminine in ة (before a pronoun ت), else masculine. */
function personNounGender(light: string): Gender {
  const w = light.replace(/^[وف](?=ال)/, '').replace(/^ال/, '').replace(POSSESSIVE_END, '');
  return /[ةت]$/.test(w) || /^(امراه|امراة)$/.test(w) ? 'f' : 'm';
}
/** A detached object pronoun (إياه، إياها، إياهم): the verb or participle before it has its object. */
const IYYA = /^ايا(ه|ها|هم|هما|هن)$/;
/** The same pronoun as written at a statement's start, with the complementiser after it (إياها بأنها، إياه أنه). */
const LEADING_IYYA = /^[إا]يا(?:ه|ها|هم|هما|هن)\s+(?:ب?[أا]ن(?:ه|ها|هم|هما|هن)?\s+)?(?=\S)/;
/** Described sources offered to the ranker per quotation (the nearest ones). */
const MAX_SOURCES = 4;
/** Negation and tense particles that may stand between a clause's opening and its verb (ولم تعلق إسرائيل). */
const NEGATIONS = new Set(['لم', 'لن', 'لا', 'ما', 'ولم', 'ولن', 'ولا', 'فلم', 'قد', 'وقد', 'فقد', 'لقد']);
/** A noun phrase's grammatical gender by its head: -ة or a plural in -ات is feminine (السلطات قالت، الوزارة أكدت); null otherwise. */
function nounGender(ar: string): Gender | null {
  const h = lightNormAr(ar.split(' ')[0] ?? '').replace(/^[وف](?=ال)/, '');
  if (h.length >= 3 && /ة$/.test(h)) return 'f';
  if (/^ال.{2,}ات$/.test(h)) return 'f';
  return null;
}

/**
 * Crowds and quantities that speak as a group (البعض يرى، فغادر العشرات … مرددين، العديد من
 * الخبراء، نحو 300 شخص): quantifier words and collective nouns of people. A definite plural of
 * persons (النواب، المتظاهرون، المحللين) is read by its shape (groupHead).
 */
const GROUP_WORDS = new Set(['البعض', 'العشرات', 'المئات', 'الالاف', 'العديد', 'كثيرون', 'الكثيرون', 'الكثير', 'عشرات', 'مئات', 'الاف', 'معظم', 'غالبية', 'اغلب', 'اغلبية', 'الجماهير', 'الناس', 'المعارضة', 'الجمهور', 'الحضور', 'المشاركون', 'المشاركين'].map((w) => lightNormAr(w)));
/** Quantifiers that take their people after من (العديد من الخبراء، عشرات من السكان). */
const GROUP_OF = new Set(['العديد', 'عشرات', 'مئات', 'الاف', 'العشرات', 'المئات', 'الالاف', 'الكثير', 'معظم', 'غالبية', 'اغلب', 'اغلبية'].map((w) => lightNormAr(w)));
/** The group word under a glued و/ف, or null. */
function groupWord(t: Token): string | null {
  return groupLight(t.light);
}

/**
 * groupWord of a light form: the word itself, then without a leading و/ف. (Works on the string
 * alone, so the speaker ranker's per-candidate check copies no token to ask.)
 */
function groupLight(w: string): string | null {
  return groupForm(w) ?? groupForm(w.replace(WA_FA, ''));
}

// (constants, not literals: a regex literal is a new RegExp object per evaluation, and groupWord is
// asked of many tokens and every speaker candidate)
const WA_FA = /^[وف]/;
const BA_LAM = /[بل]/; // (rank: a person's mention behind ب or ل, tested per mention)
// (rank's, appositionName's and jointSubject's patterns, tested per token of the window or per
// quotation: a regex literal there is a new RegExp each time it is evaluated)
const BA_LAM_KAF = /^[بلك]/;
const BA_LAM_KAF_AL = /^[بلك]ال/;
const BA_LAM_OPEN = /^[بل]/;
const GROUP_GAP = /[،,:"«»“”.]/;
const DIGITS_ONLY = /^[0-9\u0660-\u0669]+$/;
const CLAUSE_GAP = /[،,;(]/;
const CLITIC_OPEN = /^[وفبلك]/;
const COMMA_GAP = /[،,]/;
const HARD_GAP = /[:;.()"«»“”]/;
const FEMININE_END = /(ة|ات)$/;
/** Punctuation that parts a sentence's opening verb, its subject's titles and the name (GAP_BREAK without the full stop, which an abbreviation inside a sentence carries). */
const SUBJECT_GAP = /[،,:;"«»“”()]/;
/** A past verb's feminine form, a conjunction glued on or not (فازت، وأحرزت): three letters or more before the ت. */
const FEMININE_PAST = /^[وف]?[\u0621-\u064A]{3,5}ت$/;
const DEFINITE_WORD = /^ال[\u0621-\u064A]{3,}$/;
const LAM_OPEN = /^ل/;
const QUOTE_OPEN = /["«“]/;
const WAW_OPEN = /^و/;
const DEFINITE_PLURAL = /^ال.{3,}(ون|ين)$/;
const RELATIVE_PLURAL = /^ال(ذين|لذين|لتين|اثنين)$/;
function groupForm(x: string): string | null {
  if (GROUP_WORDS.has(x)) return x;
  // a definite masculine plural of persons (المتظاهرون، النواب read by the heads' list), not the relative الذين
  if (DEFINITE_PLURAL.test(x) && !RELATIVE_PLURAL.test(x) && !isTimeLight(x)) return x;
  return null;
}

/** Nouns of the means of speaking (بيان، تقرير، تعبيره): what was said through, never who said it. */
const MEDIUM = /^[وف]?(ال)?(بيان|تقرير|تصريح|تعبير|حديث|مقابل|كلم|رسال|خطاب|مؤتمر|تغريد)/;
/**
 * indirect's per-token patterns, as constants: a regex literal makes a new RegExp object each time it
 * is evaluated, and that loop visits every token of every sentence. Verbs of going on in speech
 * (وزاد أن …); جاء and the في of «جاء في البيان أن …».
 */
const LI_VERB = /^ل[يت]/; // (withConsecutiveVerbs: ل before an imperfect, tested at every token)
const GOING_ON = /^[وف]?(زاد|زادت|اكمل|اكملت|استدرك|استدركت|بين)$/;
const CAME = /^[وف]?جاء$/;
const CAME_IN = /^(في|فيه|فيها)$/;
/** The veil of «كشف النقاب/الستار/اللثام عن» (revealed): the idiom's noun, neither subject nor statement. */
const VEIL = /^(النقاب|الستار|اللثام)$/;
/** رأى/يرى (light forms): a verb of seeing, a verb of saying only as «be of the view that». */
const SEEING = /^[وف]?(راى|رات|راوا|رايا|راتا|يرى|ترى|يرون|يريان|تريان)$/;
/** The words a report written with a verbal noun opens on (periphrastic): قام، نسب، (على) التأكيد. */
/** «by saying» (وعلق على القرار بالقول / بقوله "…"): the verbal noun of saying that opens a quotation. */
const SAYING_NOUN = /^[وف]?(بالقول|بقوله|بقولها|بقولهم|بقولهما)$/;
const PERIPHRASTIC_WORD = /^([وف]?(قام|قامت|نسب|نسبت)|التاكيد|التشديد|بالقول|القول)$/;
/** Figures and studies, sources that may name their owner (أرقام لشركة X، دراسة أعدتها جامعة X). */
const DATA_SOURCE = /^[وف]?(ال)?(ارقام|احصاءات|احصائيات|دراس[هة]|استطلاع)/;

/** Words that join a title's parts (المتحدثة باسم وزيرة خارجية الاتحاد). */
const ROLE_LINKS = new Set(['باسم', 'لشؤون', 'في', 'ل', 'و']);

/**
 * A title's head for matching a description to a person's titles: either gender, المتحدث and الناطق
 * one, and a relation's head without its possessive pronoun (محاميه تييري مارنبير is the one «محامي
 * المخرج» names; زوجته the one «الزوجة» names).
 */
const sameHead = (bare: string): string => {
  const own = RELATION_HEADS.has(bare) ? bare.replace(/(هما|هم|ها|ه)$/, '').replace(/ت$/, 'ة') : bare;
  const h = own.replace(/ة$/, '');
  return h === 'ناطق' ? 'متحدث' : h;
};
/** A definite nationality or organisation adjective (الإيراني، الأمريكية، الأوروبي). */
const NISBA = /^[وف]?ال[\u0621-\u064A]{2,}(ي|ية)$/;
/** A word without a clitic و/ف or ل before the article and without the article (والوزارة → وزارة). */
const bareWord = (light: string): string => light.replace(/^[وفبل]?(ال|لل)/, '').replace(/^[وف](?=ال)/, '');

/** The two strings differ by at most one letter added, dropped or changed. */
function editDistance1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const [x, y] = a.length >= b.length ? [a, b] : [b, a];
  return x.slice(i + 1) === y.slice(x.length === y.length ? i + 1 : i);
}

/** A body's noun with the article (القوات، الدار، الجامعة; light form): the body itself speaks. */
const definiteBodyNoun = (light: string): boolean => light.startsWith('ال') && BODY_NOUNS.has(light.slice(2));

/** The kind of word a speaker phrase opens on (see SpeakerCandidate.head); memoised, as it is asked for every candidate of every quotation. */
const headClass = memo((ar: string): SpeakerCandidate['head'] => {
  const w = ar.split(' ')[0] ?? '';
  const t = { text: w, light: lightNormAr(w) } as Token;
  if (roleHead(t)) return 'role';
  // (a survey, a study or figures speak as an unnamed source does: لكن استطلاعا للرأي كشف أن)
  if (isUnnamedHead(t) || DATA_SOURCE.test(t.light)) return 'unnamed';
  if (isOutletHead(t)) return 'outlet';
  if (isPlaceOrOrg(t) || knownOrg(normaliseAr(ar))) return 'place';
  if (isGiven(t) || isKnownNameToken(t.light)) return 'name';
  return 'other';
});

/** The shape of a phrase's first word, for the ranker (see SpeakerCandidate.shape). */
function phraseShape(ar: string): SpeakerCandidate['shape'] {
  const w = lightNormAr(ar.split(' ')[0] ?? '');
  if (/^[وف]?(بال|لل|كال)/.test(w)) return 'prep';
  if (/^[وف]?ال/.test(w)) return 'def';
  if (/.{2,}(ه|ها|هم|هما|هن)$/.test(w)) return 'pron';
  if (/^[وف]?[يت].{3,}$/.test(w)) return 'verb';
  return 'bare';
}

/**
 * A subject's first word shaped like no agent (see ArabicQuoteReader.subject): a preposition glued on
 * (بالقول، في17; ل only where no وفقا/طبقا names a source by it), a preposition or adverb of time
 * alone or with a pronoun (منذ | أشهر، بعدها، خلالها), or و/ف and an imperfect verb (ويعرف). A
 * possessed noun (مكتبه، عائلتها، أحدهم) is an agent, so pronoun suffixes alone say nothing.
 */
function notAnAgent(t: Token, lamSource: boolean): boolean {
  const w = t.light;
  if (/^[وف]?بال[\u0621-\u064A]{3,}$/.test(w) || (!lamSource && /^[وف]?لل[\u0621-\u064A]{3,}$/.test(w))) return true;
  if (/^(في|من|على|عن|الى)\d/.test(w)) return true;
  if (/^(بعد|قبل|خلال|عقب|اثناء|حول|منذ)(ه|ها|هم|هما|هن)?$/.test(w)) return true;
  return /^[وف][يت][\u0621-\u064A]{3,}$/.test(w);
}

/**
 * A one-word speaker that is no one: a verb, with its و and an object pronoun too (تلخص، ويقدم،
 * يجمعنا), or an everyday word behind a glued preposition (بجوار، لأحكام), that names no known body,
 * source, place, brand or person-name token. Issue 11: a speaker is always someone, and an
 * unattributed statement beats a wrong one.
 */
export function sayerless(ar: string): boolean {
  const text = ar.trim();
  if (!text || /\s/.test(text) || !/^[\u0621-\u064A\u064B-\u0652]+$/.test(text)) return false;
  // (a letter alone, بـ"…" cut from its quotation, is a preposition: never who spoke)
  if (text.replace(/[\u0640\u064B-\u0652]/g, '').length < 2) return true;
  if (translateSource(text) || brandName(text) || isKnownPlace(text) || knownOrg(normaliseAr(text)) || isDemonym(text)) return false;
  const t = tokenize(text, [{ start: 0, end: text.length, text } as SentenceSpan], 'ar')[0];
  if (!t) return false;
  // (a complementiser, بأنهم، أنه: the start of what was said, never who said it)
  if (isComplementiser(t) || WRITTEN_COMPLEMENTISER.test(stripDiacritics(text))) return true;
  const bare = t.light.replace(/^[وف]?ال/, '');
  if (isKnownNameToken(t.light) || isKnownNameToken(bare) || isGiven(t) || lexiconNameWord(t) || roleHead(t) || isUnnamedHead(t) || isOutletHead(t) || isPlaceOrOrg(t)) return false;
  // (… with its و/ف and an object pronoun too: ويقدم، يجمعنا)
  const core = t.light.replace(/^[وف](?=[يتسن])/, '').replace(/(?<=^[يتن]\S{3})(نا|ها|هم|هما|كم|ه)$/, '');
  if (verbShaped(t) || (core !== t.light && !isKnownNameToken(core) && verbShaped({ ...t, text: core, light: core, norm: core }))) return true;
  // (A common noun alone, نتائج، التفاصيل, stays: it is often the head of a longer speaker cut short,
  // تصريح | الشرطة، قصر | كينسينغتون, and dropping such nouns cost six right speakers on the dev gold.)
  // (a hamza seat written after the letter, لأحكام، بإشراف, is a preposition on its word; an alef
  // without one opens a word of its own: لاعب، باريس)
  return (/^[لب][^ا]/.test(t.light) || /^[لب][أإ]/.test(stripDiacritics(text))) && isEverydayWord(t.light.slice(1).replace(/^ال/, ''));
}

/** A name the Arabic writes in Latin letters (BMW, Experian): its own English. */
const LATIN_NAME = /^[A-Za-z][A-Za-z0-9 .&'-]*$/;

/**
 * The English of a speaker the readers found no English for: a described source's or body's words
 * (الشرطة -> the police, مصادر مطلعة -> informed sources), a bare name's romanisation.
 */
function speakerEnglish(sp: Speaker): string {
  // a speaker the Arabic writes in Latin letters (BMW) is its own English
  if (LATIN_NAME.test(sp.speaker.ar.trim())) return sp.speaker.ar.trim();
  if (!sp.unnamed) return bareEnglish(sp.speaker.ar);
  // no known head: a person's name (بالفي، كيت جونز) or a brand (فيسبوك) is spelled; anything else
  // stays without English rather than romanised (القائمون). A described source spelled like a
  // person's name is one (بالفي is Ballve, not the brand Valve).
  return translateSource(sp.speaker.ar) || (personLike(sp.speaker.ar) ? englishName(sp.speaker.ar).en : brandName(sp.speaker.ar) ?? '');
}

/**
 * The English of a described speaker that is a person's title followed by a name the people finder
 * did not hold (مدير المركز العميد الركن أمين العقيلي، مفوضة التجارة سيسليا مالستروم، مسؤول مكتب
 * العلاقات العامة في قوات سوريا الديمقراطية ريدور خليل): the name, as a person speaker's English is
 * (Amin al-Aghily), not the title's words with the name dropped or read as a place (… Hebron).
 * The phrase opens on a person's title and ends on two name-like words, the first without
 * the article (a given name), the pair no place or body the lexicon knows. Null otherwise.
 */
export const titledNameEnglish = memo((ar: string): string | null => {
  const words = ar.trim().split(/\s+/);
  if (words.length < 3) return null;
  const toks = tokenize(ar, [{ start: 0, end: ar.length, text: ar } as SentenceSpan], 'ar');
  if (toks.length !== words.length) return null;
  const first = toks[0]!;
  // (the head may carry its principal's pronoun: محاميهما، مستشارها X is their lawyer, their adviser X)
  if (!roleHead(first) && !ownedTitle(first)) return null;
  const [g, f] = toks.slice(-2) as [Token, Token];
  // (a word the source tables translate is no name unless the gazetteer knows it as one: خليل, not إعلام)
  const word = (t: Token) => !isStop(t) && (!translateSource(t.text) || isKnownNameToken(t.light));
  const given = word(g) && !/^[وفبلك]?ال/.test(g.light) && (nameLike(g) || isNameTokenAtAll(g.light));
  if (!given || !word(f) || roleHead(f) || !(nameLike(f, true) || isNameTokenAtAll(f.light) || surnameOnWaw(g, f))) return null;
  // (the word before the name is no preposition or باسم: رئيس مجلس إدارة شركة نستله is no name)
  const before = toks[toks.length - 3]!;
  if (FREE_PREPOSITIONS.has(before.light) || before.light === 'باسم') return null;
  const tail = `${g.text} ${f.text}`;
  if (isKnownPlace(tail) || knownOrg(tail) || brandName(tail)) return null;
  return englishName(tail).en || null;
});

/**
 * A described speaker the Arabic makes definite (القرار، المشرفون، بيان الشبكة، نص القرار) is read
 * with "the" in English ("the resolution", "the network statement", "the President"): the English
 * a description gets from the tables has no article of its own, and "— resolution" under a
 * quotation reads as a headline. Not a name in capitals (Interpol, Facebook), a phrase that opens
 * on a determiner or pronoun already (his critics, some, one official), nor an indefinite head.
 */
function definiteEnglish(ar: string, en: string): string {
  // (nor a name romanised with its article: al-Samah)
  if (!en || DETERMINED.test(en) || /^(al|el)-\S+$/.test(en)) return en;
  const words = ar.trim().split(/\s+/).map((w) => lightNormAr(w).replace(/^[وف](?=ال)/, ''));
  // (a title in capitals is read so too, "the President", "the Foreign Minister"; any other English
  // in capitals is a name, Interpol, Facebook)
  if (!/^[a-z]/.test(en) && !(/^[A-Z]/.test(en) && roleHead({ text: words[0]!, light: words[0]! } as Token))) return en;
  // (the first word with the article, or a bare noun in construct with a definite one: بيان الشبكة)
  const definite = /^ال/.test(words[0]!) || (words.length >= 2 && /^ال/.test(words[1]!) && !/^[بلك]/.test(words[0]!) && !/(ه|ها|هم|هما)$/.test(words[0]!));
  return definite ? `the ${en}` : en;
}
const DETERMINED = /^(the|an?|this|that|these|those|his|her|its|their|our|my|your|one|some|several|many|most|all|both|each|two|three|four|five|dozens|hundreds|thousands|a number|no|other|another|about|nearly|around|over|more|fewer|few)\b/;

/**
 * A kin noun before a name (زوجة مينغ، شقيق محمد علي): the relative of that person ("the wife of
 * Meng"), not a name of two words romanised whole (Zouja Ming). One to three words after the kin
 * noun, none of them a word the source tables translate (زوجة الرئيس is kinSpeaker's, with its title).
 */
const kinEnglish = memo((ar: string): string | null => {
  const words = ar.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return null;
  const kin = kinWordOf(lightNormAr(words[0]!));
  if (!kin) return null;
  const rest = words.slice(1);
  if (rest.some((w) => /^[وفبلك]?ال/.test(lightNormAr(w)) || translateSource(w))) return null;
  // (a brand the Arabic spells by sound, موقع فيسبوك, by its English name: bareEnglish)
  const en = bareEnglish(rest.join(' '));
  return en ? `${kin} ${en}` : null;
});

/**
 * A body written with its short name in brackets (وكالة الفضاء الأمريكية (ناسا)، الاتحاد الدولي لكرة
 * القدم (فيفا)) is that name in English: NASA, not "the US agency", and FIFA once, not the long
 * name's English and the acronym's side by side ("FIFA FIFA").
 */
function bracketedName(ar: string): string | null {
  const inner = /\(([^()]+)\)$/.exec(ar.trim())?.[1]?.trim();
  if (!inner) return null;
  if (LATIN_NAME.test(inner)) return inner;
  // (a brand only by a spelling of four letters or more: سبأ is Yemen's agency, not the brand SEPA)
  return knownOrg(normaliseAr(inner))?.en ?? (inner.replace(/[^\u0621-\u064A]/g, '').length >= 4 ? brandName(inner) : null);
}

/** A title carrying its principal's pronoun (محاميهما، مستشارها، مدربهم): the title without it is a role head. */
function ownedTitle(t: Token): boolean {
  const m = /^(.{3,}?)(هما|هم|هن|ها|ه)$/.exec(t.light);
  if (!m) return false;
  const bare = m[1]!;
  const w = tokenize(bare, [{ start: 0, end: bare.length, text: bare } as SentenceSpan], 'ar');
  return w.length === 1 && !!roleHead(w[0]!);
}

/**
 * A surname opening on و after a given name the gazetteer knows (مايكل والدز): read as a conjunction
 * it would end the name, but a given name is not left alone before «and»; not a common word with its
 * pronoun (مايكل وزوجته) nor one the tables translate.
 */
function surnameOnWaw(g: Token, f: Token): boolean {
  return isNameTokenAtAll(g.light) && /^و[\u0621-\u064A]{3,}$/.test(f.light) && !/(ه|ها|هم|هما|هن|ي)$/.test(f.light) && !translateSource(f.text.slice(1));
}

/**
 * One to three words, each a token of some person's name in the gazetteer (بالفي، كيت جونز), or two
 * or three that open on one and go on with words shaped like a name's (ليسا ابيغنانيسي).
 */
function personLike(ar: string): boolean {
  const words = ar.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 3) return false;
  if (words.every((w) => isNameTokenAtAll(lightNormAr(w)))) return true;
  // (… or two or three words that open on a name token and are all shaped like a name's, no
  // everyday word among them: ليسا ابيغنانيسي, a surname no list holds, had no English at all)
  const toks = words.map((w) => ({ text: w, light: lightNormAr(w) }) as Token);
  const first = toks[0]!;
  return words.length >= 2 && first.light.length >= 3 && !hasArticle(first) && isNameTokenAtAll(first.light) && toks.slice(1).every((t) => nameLike(t) && !verbShaped(t) && !isEverydayWord(t.light));
}

/**
 * The English of a speaker read as a bare name: a phrase that opens on a known noun or body
 * (مراسلون, فريق, صحف) is those words in English (reporters, the team, newspapers), not their
 * romanisation (Meraslon); a name the lexicon does not know as a word is a brand's English name
 * when it spells one (فيسبوك -> Facebook, not Vespock), else romanised.
 */
function bareEnglish(ar: string): string {
  const source = translateSource(ar);
  if (source) return source;
  const e = englishName(ar);
  return (e.origin === 'romanised' && brandName(ar)) || e.en;
}

/** An honorific title with a pronoun ending, «his/her excellency» (سيادته، سموه، فخامته، معاليها، جلالته). */
const HONORIFIC_PRONOUN = /^[وف]?(سمو|سيادت|فخامت|معالي|جلالت|سعادت|سماحت|حضرت|نيافت|غبطت|قداست|دولت)(ه|ها)$/;

/**
 * A body's own name (a brand the names model spells first so, a place or body the lexicon knows)
 * closes the construct it ends, as a proper noun does: a word after it with no article («شبكة
 * فيسبوك خاصية وضع علامة حمراء»: the network tested a feature) starts the verb's object, not more
 * of the body's name; unless the two words, or three, are one name the lists know (صحيفة نيويورك
 * تايمز) or the next word is a name of its own (تومسون رويترز).
 */
function closesConstruct(toks: readonly Token[], e: number): boolean {
  const t = toks[e]!, nx = toks[e + 1];
  if (!nx || hasArticle(nx) || isUnnamedHead(t) || !(brandSpellingRank(t.text) === 0 || isPlaceOrOrg(t))) return false;
  if (brandName(nx.text) || isPlaceOrOrg(nx) || isKnownNameToken(nx.light)) return false;
  const two = `${t.text} ${nx.text}`, three = toks[e + 2] ? `${two} ${toks[e + 2]!.text}` : '';
  return ![two, three].some((p) => p && (knownOrg(normaliseAr(p)) || isKnownPlace(p) || brandName(p)));
}

/** The speaker of a quotation no cue attributes: shown as such, never guessed. */
export const UNATTRIBUTED: Speaker = { speaker: { ar: 'غير منسوب', en: 'unattributed' }, speakerId: null, unnamed: false };
/** Quotations this long are statements even without a speech verb (shorter ones are often titles or terms). */
const MIN_UNATTRIBUTED_WORDS = 6;

export interface Speaker {
  speaker: Bi;
  speakerId: string | null;
  unnamed: boolean;
  /** Persons who said it together (قال X وY إن), in the order written; `speakerId` is then null. */
  speakerIds?: string[];
}

/** Persons who said it together, shown as `ar` (as written) and their English names joined. */
function jointSpeaker(ar: string, ps: readonly Person[]): Speaker {
  return { speaker: { ar, en: joinNames(ps.map((p) => p.name.en), 'en') }, speakerId: null, unnamed: false, speakerIds: ps.map((p) => p.id) };
}

function fromPerson(p: Person): Speaker {
  return { speaker: { ar: p.name.ar, en: p.name.en }, speakerId: p.id, unnamed: false };
}

/** Two readings of a name are one speaker: the same person, or one name the start of the other (سيرينا / سيرينا وليامز). */
function sameSpeaker(a: Speaker, b: Speaker): boolean {
  if (a.speakerId || b.speakerId) return a.speakerId === b.speakerId;
  const x = normaliseAr(a.speaker.ar);
  const y = normaliseAr(b.speaker.ar);
  return x === y || x.startsWith(y + ' ') || y.startsWith(x + ' ');
}

/** A speaker's matching form (normaliseAr), memoised: the ranker keys every candidate of every quotation by it. */
const speakerKey = memo(normaliseAr);

/** The verbs of «ما يسمى بـ»، «ما يعرف بـ» (so-called, known as), which hedge a name without being one. */
const SO_CALLED: ReadonlySet<string> = new Set([...[...NAMING_WORDS].filter((w) => /^[يت]/.test(w)), ...['يعرف', 'تعرف'].map(lightNormAr)]);

/**
 * Where the name after «ما يسمى (بـ)» starts when the phrase at `from` opens on it (وجاء في بيان
 * أصدره ما يسمى بـ "مركز اعلام الغوطة"): the body so called speaks, not «ما يسمى». `from` otherwise.
 */
function soCalledEnd(toks: readonly Token[], from: number, to: number): number {
  if (from + 2 > to || toks[from]!.light !== 'ما' || !SO_CALLED.has(toks[from + 1]!.light) || GAP_BREAK.test(toks[from]!.gap)) return from;
  const k = from + 2;
  return toks[k]!.light === 'ب' && k + 1 <= to ? k + 1 : k;
}

function cleanSpeakerText(s: string): string {
  return stripDiacritics(s).replace(/["«»“”]/g, '').replace(/^[\s،,:]+|[\s،,:]+$/g, '').replace(/\s+/g, ' ');
}

/** Index of the last entry of the ascending list `xs` below `k`, -1 when none is. */
const lastBelow = (xs: readonly number[], k: number): number => lowerBound(xs, k) - 1;

/** Each token's word (as given) and the tokens where each word stands. */
function wordIndex(bares: string[]): { bares: string[]; at: Map<string, number[]> } {
  const at = new Map<string, number[]>();
  bares.forEach((w, j) => {
    const list = at.get(w);
    if (list) list.push(j);
    else at.set(w, [j]);
  });
  return { bares, at };
}

/** A speaker candidate's type, as the ranker's features read it. */
function candidateType(sp: Speaker): CandidateType {
  return sp === UNATTRIBUTED ? 'unattributed' : sp.speakerId ? 'person' : !sp.unnamed ? 'named' : /\s/.test(sp.speaker.ar) ? 'described' : 'body';
}

/** A time noun with its adjective at token k, within a subject ending at `to` (العام الماضي، الأسبوع المقبل). */
function timeNounAt(toks: readonly Token[], k: number, to: number): boolean {
  return k + 1 <= to && /^ال(عام|اسبوع|شهر|يوم|سنه|سنة|اثنين|ثلاثاء|اربعاء|خميس|جمعة|جمعه|سبت|احد)$/.test(toks[k]!.light) && /^ال(ماضي|مقبل|فائت|اخير|حالي|جاري)[هة]?$/.test(toks[k + 1]!.light);
}

const PUNCT_BETWEEN = /[،,:"«»“”]/;
/** clauseVerbShape's answers by their code in its per-token cache. */
const VERB_SHAPE_CODES: ReadonlyArray<Gender | 'u' | null> = [null, 'f', 'm', 'u'];

/** The phrase that introduces a mention at k (not reading before lo): بحسب X، وفقا لـX، نقلا عن X ('according'), عن X ('an'). */
function mentionVia(toks: readonly Token[], k: number, lo: number): Mention['via'] {
  const p1 = k > lo ? toks[k - 1]!.light : undefined;
  const p2 = k - 1 > lo ? toks[k - 2]!.light : undefined;
  if (accordingWord(p1) || (accordingWord(p2) && (p1 === 'عن' || p1 === 'ل'))) return 'according';
  return p1 === 'عن' ? 'an' : null;
}

/**
 * A complementiser carrying its clause's subject as a pronoun (أنها تخص …، إنهما التزما): it stays in
 * the quoted text. (Not إنه/أنه: as often the empty pronoun of the fact, «قال إنه سيزور».)
 */
function carriesSubject(light: string): boolean {
  return /^[اإأ]ن(ها|هم|هما|هن|نا|ني|كم)$/.test(light);
}

/** The key a speaker candidate is gathered under in rank. */
function candidateKey(sp: Speaker): string {
  return sp.speakerId ?? (sp === UNATTRIBUTED ? '∅' : speakerKey(sp.speaker.ar));
}

/** بحسب، وفقا، نقلا … (with و or not): the word that introduces a mention as 'according'. */
function accordingWord(w: string | undefined): boolean {
  return !!w && (ACCORDING_TO.has(w) || ACCORDING_TO.has(w.replace(/^و/, '')));
}

/**
 * Whether mention x stands for its candidate better than y: outside the quotation first, then
 * the nearer sentence, then the nearer token. (Rank's helpers that need none of its locals live
 * here: under tsx every closure made costs a defineProperty of its name, per quotation.)
 */
function nearerMention(x: Mention, y: Mention | null): boolean {
  return nearerPlace(x.inQuote, x.sentBack, x.dist, y);
}

/** nearerMention for a mention not yet made, by the three marks it compares (rank makes the rest only for the nearer). */
function nearerPlace(inQuote: boolean, sentBack: number, dist: number, y: Pick<Mention, 'inQuote' | 'sentBack' | 'dist'> | null): boolean {
  return !y || (y.inQuote && !inQuote) || (inQuote === y.inQuote && (sentBack < y.sentBack || (sentBack === y.sentBack && Math.abs(dist) < Math.abs(y.dist))));
}

/** rank's add without flags (one object, not an empty one per call). */
const NO_FLAGS: { rule?: boolean; last?: boolean; recent?: number } = Object.freeze({});

/**
 * The speaker a chosen candidate gives the quote (also what the speaker trainer's label judges):
 * one of the persons of a joint subject stands for all of them (X وY as written), and the joint
 * phrase read another way (`jointIds`, by candidate key) keeps its persons. Module level, like
 * nearerMention: rank runs per quotation.
 */
function shownSpeaker(sp: Speaker, joint: { sp: Speaker; ids: ReadonlySet<string> } | null, jointIds: ReadonlyMap<string, string[]>): Speaker {
  if (joint && sp.speakerId && joint.ids.has(sp.speakerId)) return joint.sp;
  const ids = !sp.speakerId && !sp.speakerIds ? jointIds.get(candidateKey(sp)) : undefined;
  return ids ? { ...sp, speakerIds: ids } : sp;
}

export class ArabicQuoteReader {
  private readonly index: PersonIndex;
  private last: Speaker | null = null;
  /** the paragraph of the last speaker's quotation */
  private lastPara = -1;
  /** The statements of the sentence being read so far: the token of their cue and their speaker. */
  private said: Array<{ at: number; sp: Speaker }> = [];
  /** Where the statements already read in this sentence stand (character offsets, end exclusive). */
  private saidSpans: Array<[number, number]> = [];
  /** Where unquoted speech after a colon starts in the sentence being read (Infinity: none). */
  private speechFrom = Infinity;
  /** The last speaker before the sentence being read. */
  private lastOfPrevious: Speaker | null = null;
  /** Character ranges of the quotations of the sentence being read. */
  private quoted: Array<[number, number]> = [];
  private seq = 0;

  private readonly toks: readonly Token[];

  constructor(private readonly text: string, toks: readonly Token[], private readonly people: readonly Person[]) {
    this.index = new PersonIndex(people, toks);
    this.toks = this.withConsecutiveVerbs(toks);
  }

  /**
   * «اتهمت لندن موسكو …، لتنفي روسيا هذه الاتهامات»: ل before a present verb of saying or denial with
   * its own subject right after it (a person, a place or body, a definite source) is a new
   * statement of that subject («and then Russia denied»), not a word of the previous one. Such a
   * token is read as the bare verb, so it ends the clause before it and reports its own. Only with
   * an explicit subject: ل + verb alone is also a purpose (ليعلن = in order to announce), and a
   * broader trigger turned a denial into a claim before.
   */
  private withConsecutiveVerbs(toks: readonly Token[]): readonly Token[] {
    let out: Token[] | null = null;
    toks.forEach((t, k) => {
      if (!LI_VERB.test(t.light)) return;
      const verb = { ...t, light: t.light.slice(1) };
      if (!(isSpeechVerb(verb) || isDenialVerb(verb)) || isContinuation(verb)) return;
      const nx = toks[k + 1];
      if (!nx || nx.sent !== t.sent || /[،,:"«»“”.]/.test(t.gap)) return;
      // (…، ليبين أنه ليس هناك ما يستدعي الخوف: ل + a verb of saying right before its complementiser says
      // that clause, purpose or not; the subject is the sentence's. Not a denial: see above.)
      if (isComplementiser(nx) && isSpeechVerb(verb) && !isDenialVerb(verb) && /[،,]/.test(toks[k - 1]?.gap ?? '')) { (out ??= [...toks])[k] = verb; return; }
      const p = this.index.at(nx);
      const own = p ? !/[بلك]/.test(this.index.prefixAt(nx)) : (isPlaceOrOrg(nx) && !BA_LAM_KAF.test(nx.light)) || (isUnnamedHead(nx) && hasArticle(nx) && !BA_LAM_KAF.test(nx.light));
      if (!own) return;
      (out ??= [...toks])[k] = verb;
    });
    return out ?? toks;
  }

  /**
   * Speaker named by tokens [from, to] (the subject after a speech verb, or after بحسب).
   * Null when the phrase names nobody and is not a source either.
   */
  /**
   * The speaker of a verb with no stated subject (وقال إن …): a leader named by the seat of
   * government (قدّم زعيم الكرملين …، وقال إن …), else the nearest person named earlier in the
   * sentence who is not the object of a preposition (التقى بوتين بكبير الدبلوماسيين، عباس عراقجي:
   * Araghchi is met, Putin speaks), else the previous speaker.
   */
  private implicit(verb: number): Speaker | null {
    const rel = this.antecedent(verb);
    if (rel) return rel;
    const toks = this.toks;
    const sent = toks[verb]?.sent;
    // A participle or وأضاف going on from a statement already reported in this sentence (قالت X إن
    // "…"، مضيفة "…"): its speaker, whoever else the statement named.
    if (isContinuation(toks[verb]!)) {
      // (a statement reported before the clause the participle closes opened is another's: ويؤكد
      // مؤيدو الاتفاق أنه …، لكن ترامب يعتبره ضعيفا قائلا …)
      const own = this.participleSubject(verb);
      const near = this.saidBefore(verb);
      const nearAt = this.said.reduce((m, x) => (x.at < verb ? Math.max(m, x.at) : m), -1);
      // (… and only a subject that can speak: «ولكن فقدان الثقة … هو ما أثر» inside what was said
      // is no one)
      const ownSpeaks = !!own && (!!own.sp.speakerId || !!own.sp.speakerIds?.length || canSpeak(own.sp.speaker.ar));
      if (near && !(own && ownSpeaks && own.clause > nearAt)) return near;
      if (own) return own.sp;
    }
    // A participle with its object pronoun after it (وهاجمت جميلة … كيم كارداشيان …، واصفة إياها بأنها …):
    // the pronoun is the one described, so the participle's subject is its clause's, however near
    // another person of the same gender stands.
    if (IYYA.test(toks[verb + 1]?.light ?? '') && toks[verb + 1]!.sent === sent) {
      const own = this.participleSubject(verb, true);
      if (own && (!!own.sp.speakerId || !!own.sp.speakerIds?.length || canSpeak(own.sp.speaker.ar))) return own.sp;
    }
    const hal = this.halClauseSubject(verb);
    if (hal) return hal;
    const before = this.subjectBefore(verb);
    if (before) return before;
    let lo = verb;
    while (lo - 1 >= 0 && lo - 1 >= verb - 60 && toks[lo - 1]!.sent === sent) lo--;
    for (let k = verb - 1; k >= lo; k--) {
      const leader = this.seatLeader(k, lo);
      if (leader) return fromPerson(leader);
    }
    let object: Person | null = null;
    const plural = /^[وف]?[^وف].{1,5}(وا|ون)$/.test(toks[verb]!.light);
    // (لكنها أكدت: a feminine verb's unstated subject is no man of the sentence)
    const vg = sayingGender(toks[verb]!.light);
    for (let k = verb - 1; k >= lo; k--) {
      // Names inside quoted words are talked about, not talking.
      if (this.inQuotation(k)) continue;
      const p = this.agreeing(toks[k]!, vg);
      // An unnamed subject before the verb (غير أن مسؤولاً في الشركة، طلب عدم الكشف عن هويته، قال إن …).
      // Only where a main clause starts (sentence start, لكن، غير أن): after a plain أن/إن the noun
      // is inside reported content (وتقر حماس بأن بعض القتلى …، ولكنها أضافت).
      const opener = k === lo || CLAUSE_OPENERS.has(toks[k - 1]!.light) || (isComplementiser(toks[k - 1]!) && k - 2 >= lo && CLAUSE_OPENERS.has(toks[k - 2]!.light));
      // The subject slot of an earlier verb of saying or of كان, definite or not (كما أشارت الخارجية
      // الأمريكية إلى …، وقالت …؛ وكانت الخارجية … قد حملت …، وقالت …).
      // (not a relative clause's: الذي أعلن الروس أن …)
      const slot = k > lo && (/^[وف]?(كان|كانت)$/.test(toks[k - 1]!.light) || isSpeechVerb(toks[k - 1]!) || isReportVerb(toks[k - 1]!)) && !/[،,:"«»“”]/.test(toks[k - 1]!.gap)
        && !(k - 2 >= lo && RELATIVES.has(toks[k - 2]!.light)) && !this.notYetSaid(k - 1) && !this.objectOfDescribing(k, verb)
        // (a participle describes the subject of its sentence's opening verb: وخفض صندوق النقد …، قائلا إن)
        || (k === lo + 1 && isContinuation(toks[verb]!) && /^[وف][^ا]{2,5}$/.test(toks[lo]!.light) && !hasArticle(toks[lo]!) && !this.index.at(toks[lo]!) && !isUnnamedHead(toks[lo]!) && !/[،,:"«»“”]/.test(toks[lo]!.gap));
      const tk = toks[k]!;
      // A body's slot after any verb opening an earlier clause of the sentence, not only a verb of
      // saying (ولم تعلق إسرائيل على التقارير، لكنها قالت؛ وانضمت صحيفة X إلى …، وأوضحت): a person
      // anywhere in the sentence already goes on as the unstated subject (below), a body did only
      // after a verb of saying, and the last speaker took its place. The earlier verb's gender
      // mark must not clash with the verb of saying's. The verb read by its shape must open the
      // sentence or a clause (after a negation: ولم تعلق): at the sentence's start, after a clause
      // opener (لكن، كما), or a و-verb after a comma; mid-phrase a و-word is as often a noun (وعن
      // الفارق بين … وحرب الجيش) and a word after a bare comma a noun in apposition (باول واتسون،
      // موزع موقع "إنفوورز"، قال). Not a verb of relaying's (ونقلتها وكالة فارس، حيث قال: the outlet
      // carries another's words), nor inside a reported clause.
      // (the verb's test, verbOpensClause, only where a body could take the slot: this loop runs for every word)
      if (!p && !slot && (isUnnamedHead(tk) || isPlaceOrOrg(tk)) && this.verbOpensClause(k, lo) && !MEDIUM.test(tk.light) && !this.objectOfDescribing(k, verb) && !this.afterComplementiser(k, lo)) {
        const g = this.clauseVerbBefore(k, lo, verb);
        if (g && (g === 'u' || !vg || g === vg)) {
          // (the phrase as the subject slots read it: صحيفة "فايننشال تايمز" whole, not صحيفة)
          const e = this.subjectEnd(k, verb - 1);
          const sp = e >= k ? this.subject(k, e, false) : null;
          if (sp && sp !== UNATTRIBUTED && !sp.speakerId) return sp;
        }
      }
      // (a plural verb's subject is the bare plural in an earlier verb's slot, no one person: فيما
      // اشتكى آخرون من …، وقالوا إن …)
      if (!p && slot && plural && /^[^وف].{2,}(ون|ين)$/.test(tk.light) && !hasArticle(tk)) {
        const sp = this.subject(k, k, false);
        if (sp) return sp;
      }
      if (!p && ((isUnnamedHead(tk) && !hasArticle(tk) && opener) || (slot && (isUnnamedHead(tk) || isPlaceOrOrg(tk) || /^ال/.test(tk.light)) && !MEDIUM.test(tk.light)))) {
        // In a verb's slot the object may follow the subject unmarked (ووصفت الداخلية الحادثة …): the
        // subject runs on only over definite relative adjectives (الخارجية الأمريكية).
        let e = verb - 1;
        if (slot && !opener && hasArticle(tk)) {
          e = k;
          // (… and over the rest of a place or body the lists name: الولايات المتحدة، الأمم المتحدة)
          while (e + 1 < verb && !/[،,:"«»“”]/.test(toks[e]!.gap) && (/^ال.{2,}(ي|يه|ية|يون|يين)$/.test(toks[e + 1]!.light) || this.namesPlaceOrBody(k, e + 1))) e++;
        }
        const sp = this.subject(k, e, false);
        if (sp) return sp;
      }
      if (!p) continue;
      if (this.ofOtherGender(p, vg)) continue;
      let first = k;
      while (first - 1 >= lo && (this.index.at(toks[first - 1]!) === p || PARTICLES.has(toks[first - 1]!.light)) && !/[،,]/.test(toks[first - 1]!.gap)) first--;
      // (nor behind a title a preposition governs: تحدث X إلى القاضي راندي موس …، مضيفا)
      // (… nor in a relative clause describing a noun: «انتقاد الاتفاق الذي أبرمه سلفه باراك أوباما …
      // واصفا إياه» is Trump's, the clause's subject before it)
      if (!this.prepositional(first, lo) && !this.behindPreposition(first, lo) && !this.conjunctOfObject(first, lo) && !this.inRelativeClause(first, lo, -1)) return fromPerson(p);
      object ??= p;
      k = first;
    }
    // (a verb in the singular whose subject is unstated goes on with no group of people: «بعض
    // مستخدميه قالوا …» three sentences back is not who «وقالت» is; a stated plural subject may
    // follow a singular verb, قال مسؤولون, an unstated one agrees in full)
    const last = this.lastBefore(verb);
    const goesOn = last && !(vg && humanPlural(last));
    return (goesOn ? last : null) ?? (object ? fromPerson(object) : this.unnamedBefore(verb, lo)) ?? this.topicBefore(lo, vg);
  }

  /** Tokens from..to, as written, are a place or a body the lists name (الولايات المتحدة، الأمم المتحدة). */
  private namesPlaceOrBody(from: number, to: number): boolean {
    const w = normaliseAr(this.text.slice(this.toks[from]!.start, this.toks[to]!.end)).replace(/^[وف](?=ال)/, '');
    return isKnownPlace(w) || !!knownOrg(w);
  }

  /**
   * A participle of saying (قائلا، مؤكدة، مشيرا) describes the subject of the clause it closes, not
   * the nearest person, who is often that verb's object (ونعت وزارة الثقافة، في بيان، ريم بنا،
   * مؤكدة …): the clause opens at the sentence's start or after لكن، كما، فيما … and its verb
   * either opens it with the subject after it, or follows the subject (لكن ترامب يعتبر الاتفاق
   * ضعيفا قائلا …). The verb's gender, where it shows, must be the participle's.
   */
  private participleSubject(verb: number, rootWaw = false): { sp: Speaker; clause: number } | null {
    const toks = this.toks;
    const t = toks[verb]!;
    // (a و that opens the word is a conjunction, unless the word is known to be a participle whose
    // root begins with it: واصفة إياها)
    if (!/[اة]$/.test(t.light) || (/^[وف]/.test(t.light) && !rootWaw)) return null;
    const sent = t.sent;
    let j = verb - 1;
    while (j - 1 >= 0 && toks[j - 1]!.sent === sent && verb - j < 60 && !(CLAUSE_OPENERS.has(toks[j - 1]!.light) && !this.inQuotation(j - 1))) j--;
    if (j < 0 || toks[j]!.sent !== sent || this.inQuotation(j) || j >= verb - 1) return null;
    const vg = sayingGender(t.light);
    const g = this.clauseVerbBefore(j + 1, j, -1);
    if (g) {
      if (vg && g !== 'u' && g !== vg) return null;
      const sp = this.clauseSubject(j, verb - 1);
      return sp ? { sp, clause: j } : null;
    }
    for (let v = j + 1; v < verb && v - j <= 8; v++) {
      if (/[،,:"«»“”]/.test(toks[v - 1]!.gap)) return null;
      // (an imperfect of any length: يعتبر، يواصل)
      const w = toks[v]!;
      if (!verbShaped(w) && !(/^[يت][^اوي][^ا].{1,3}$/.test(w.light) && !isGiven(w) && !isKnownNameToken(w.light) && !this.index.at(w))) continue;
      const sp = this.subjectBefore(v);
      return sp && sp !== UNATTRIBUTED ? { sp, clause: j } : null;
    }
    return null;
  }

  /**
   * A verb joined by و to a clause that opens on an accusative participle after a comma (قال تشاكا
   * "…"، منتقدا تصريحات ميشر ووصفها بأنها …): the participle describes the sentence's speaker, and
   * the verb joined to it goes on with the same subject. A name inside the participle's object is
   * what the speaker talks about, not who speaks. Only after a statement this sentence already
   * reported.
   */
  private halClauseSubject(verb: number): Speaker | null {
    const toks = this.toks;
    const t = toks[verb]!;
    if (!/^[وف]/.test(t.light)) return null;
    const sent = t.sent;
    let st = verb - 1;
    while (st - 1 >= 0 && verb - st < 10 && toks[st - 1]!.sent === sent && !/[،,:"«»“”.؛;]/.test(toks[st - 1]!.gap)) st--;
    if (st < 1 || st >= verb || toks[st - 1]!.sent !== sent || !/[،,]/.test(toks[st - 1]!.gap)) return null;
    const opener = toks[st]!;
    if (/^[وف]/.test(opener.light) || !accusativeParticiple(opener) || this.index.at(opener)) return null;
    // (the participle read is the masculine accusative, منتقدا: its feminine, منتقدة, is as often a noun)
    if (sayingGender(t.light) === 'f') return null;
    const said = this.saidBefore(st);
    return said && said !== UNATTRIBUTED ? said : null;
  }

  /**
   * With no one in the sentence and no one who spoke before, the unstated subject of a verb of saying
   * is the person the narration is about: the nearest person named in the three sentences before,
   * not behind a preposition, not inside quoted words, agreeing with the verb's gender (…، ليتولى
   * بذلك جوزيبي كونتي مهامه … وصرح للصحافة "…").
   */
  private topicBefore(lo: number, vg: Gender | null): Speaker | null {
    const toks = this.toks;
    const personAt = this.personAtTokens();
    const sent = toks[lo]?.sent ?? 0;
    for (let k = lo - 1; k >= 0 && toks[k]!.sent >= sent - 3; k--) {
      const p = personAt[k];
      if (!p || /[بلك]/.test(this.index.prefixAt(toks[k]!)) || (k > 0 && FREE_PREPOSITIONS.has(toks[k - 1]!.light)) || this.inQuotationAt(toks[k]!.start)) continue;
      if (this.ofOtherGender(p, vg)) continue;
      return fromPerson(p);
    }
    return null;
  }

  /**
   * The speaker of the statement of this sentence nearest before token `verb` (quotations are read
   * before the clauses between them, so the last one emitted may stand after the verb).
   */
  private saidBefore(verb: number): Speaker | null {
    let near: { at: number; sp: Speaker } | null = null;
    for (const x of this.said) if (x.at < verb && (!near || x.at > near.at)) near = x;
    return near?.sp ?? null;
  }

  /** The discourse's speaker at token `verb`: the nearest statement before it in this sentence, else the last before the sentence. */
  private lastBefore(verb: number): Speaker | null {
    return this.saidBefore(verb) ?? this.lastOfPrevious;
  }

  /**
   * The noun at k is the object of a verb that describes or accuses (وصف الضربات بأنها …، اتهم أوبك
   * برفع …): a ب phrase follows it within five words, before any comma.
   */
  private objectOfDescribing(k: number, verb: number): boolean {
    const toks = this.toks;
    // (five words: وصف الحوادث المتكررة ضد الأقباط بالطائفية)
    for (let j = k + 1; j <= k + 5 && j < verb; j++) {
      if (/^ب/.test(toks[j]!.light) && !this.index.at(toks[j]!)) return true;
      if (/[،,:"«»“”]/.test(toks[j]!.gap)) return false;
    }
    return false;
  }

  /**
   * A subject written before its verb (وكانت السعودية أعلنت …، وكان الجيش الروسي قد أعلن …، لكن
   * المستشارة الألمانية، أنغيلا ميركل، ألحت …): the phrase right before the verb (past auxiliaries
   * قد/كان), back to the start of its clause, when it opens with a person, a body or a described
   * source and is no preposition's object.
   */
  private subjectBefore(verb: number): Speaker | null {
    const toks = this.toks;
    let k = verb - 1;
    const sent = toks[verb]!.sent;
    while (k >= 0 && toks[k]!.sent === sent && VERB_AUXILIARIES.has(toks[k]!.light) && !/[،,:"«»“”]/.test(toks[k]!.gap)) k--;
    // (the quotation marks of a short quoted name are part of the subject: ولكن جماعة "فيلق الرحمن" تنفي)
    const gap = (j: number) => (this.inShortQuotation(j) || this.inShortQuotation(j + 1) ? toks[j]!.gap.replace(/["«»“”]/g, '') : toks[j]!.gap);
    if (k < 0 || toks[k]!.sent !== sent || /[:"«»“”.]/.test(gap(k))) return null;
    let st = k;
    // (a topic set by أما before a verb of saying on ف is its subject: أما شرطة لاس فيغاس فقالت إن …;
    // before any other verb it is what the clause is about, أما قطاع الخدمات فسيكون …)
    const topicVerb = /^ف/.test(toks[verb]!.light) && isSpeechVerb(toks[verb]!);
    const opens = (w: string) => CLAUSE_START.has(w) || (topicVerb && /^و?(أما|اما)$/.test(w));
    // (a conjunction inside a short quoted name opens no clause: وكانت "دار ضاد للنشر و التوزيع" أعلنت)
    while (st - 1 >= 0 && k - st < 8 && toks[st - 1]!.sent === sent && !(opens(toks[st - 1]!.light) && !(this.inShortQuotation(st - 1) && this.inShortQuotation(st))) && !/[،,:"«»“”]/.test(gap(st - 1))) st--;
    // NAME، ROLE، verb / ROLE، NAME، verb: the apposition before the comma is the same subject.
    const boundary = st - 1 >= 0 && toks[st - 1]!.sent === sent ? toks[st - 1]! : null;
    if (boundary && !opens(boundary.light) && !/[،,]/.test(boundary.gap)) return null;
    const first = toks[st]!;
    if (FREE_PREPOSITIONS.has(first.light) || SUBJECT_PREPOSITIONS.has(first.light) || isComplementiser(first)) return null;
    const p = this.index.at(first);
    if (p && /[بلك]/.test(this.index.prefixAt(first))) return null;
    // (a people named by its relative adjective in the plural is a body too: لكن الإسرائيليين يقولون)
    // (and a crowd or quantity of people, alone or with its adjectives: لكن البعض يرى، المحللون يقولون)
    // (not inside what another verb of saying reports: قال X إن المسؤولين اعتبروا الأمر "…" is X's)
    const reported = () => {
      if (!boundary || !isComplementiser(boundary)) return false;
      for (let j = st - 2; j >= 0 && toks[j]!.sent === sent; j--) if (isSpeechVerb(toks[j]!)) return true;
      return false;
    };
    // A verb joined by و after a comma (قال X إن الشركة ستبدأ …، ويرى أن …) goes on with the main
    // clause: what stands before the comma ends the content another verb of saying reports, and a
    // phrase holding a finite verb of its own is a clause, no subject.
    // (… and without the comma: قال الوزير إن الحكومة ستدرس الملف ورأى أن … — the clause is no subject)
    const joined = /^[وف]/.test(toks[verb]!.light) && (/[،,]/.test(toks[k]!.gap) || reported());
    // (a verb inside a subject without the comma and و is often a naming or relative one: سيدة تدعى X، كانت قد …)
    if (joined && (reported() || toks.slice(st + 1, k + 1).some((t) => verbShaped(t) && !this.index.at(t)))) return null;
    const people = /^ال.{2,}(يون|يين)$/.test(first.light) || (!!groupWord(first) && k - st <= 2 && !reported());
    // (a title in construct after كان: وكان وزير الكهرباء أعلن …)
    const titled = roleHead(first)?.definite || (!!roleHead(first) && k > st && !!boundary && /^[وف]?(كان|كانت)$/.test(boundary.light));
    // (an outlet too: لكن المجلة الفنية الشهيرة، قالت إن …)
    // (the subject of لكن/إن is accusative, its tanween seldom written: لكن استطلاعا للرأي كشف أن …)
    const accusative = !!boundary && INNA_SISTERS.test(boundary.light) && isBareAccusativeUnnamedHead(first);
    // (a body's noun opening a short quoted name: "دار ضاد للنشر و التوزيع" أعلنت)
    const quotedBody = BODY_NOUNS.has(first.light) && this.inShortQuotation(st);
    // (… or a place or body of several words the lists know, وكانت الولايات المتحدة قد دعت)
    if (!p && !this.index.inRange(toks, st, k) && !(isUnnamedHead(first) || quotedBody || accusative || isPlaceOrOrg(first) || (isOutletHead(first) && hasArticle(first)) || titled || people || (k > st && this.namesPlaceOrBody(st, k)))) return null;
    if (!p && BA_LAM_KAF.test(first.light) && !isUnnamedHead(first)) return null;
    // (the quoted name whole, as written: the phrase readers stop at its first word)
    if (quotedBody && !p) {
      const ar = cleanSpeakerText(toks.slice(st, k + 1).map((t) => t.text).join(' '));
      if (ar) return { speaker: { ar, en: translateSource(ar) || englishName(ar).en }, speakerId: null, unnamed: true };
    }
    // Only verbs with no subject of their own after them reach here; a noun between is the object.
    return this.subject(st, k, false);
  }

  /**
   * With no speaker yet, an institution named earlier in the sentence is the subject (بيان نشرته
   * وكالة الأنباء القطرية حيث نفت فيه …): the nearest unnamed head not behind a preposition.
   */
  private unnamedBefore(verb: number, lo: number): Speaker | null {
    const toks = this.toks;
    for (let k = verb - 1; k >= lo; k--) {
      const t = toks[k]!;
      if (!isUnnamedHead(t) || /^(بيان|البيان|تقرير|التقرير)$/.test(t.light) || /^[بل]/.test(t.light) && !hasArticle(t)) continue;
      if (k > lo && FREE_PREPOSITIONS.has(toks[k - 1]!.light)) continue;
      const end = this.phraseEnd(k, verb - 1);
      const ar = cleanSpeakerText(this.text.slice(t.start, toks[end]!.end)).replace(/^[وف](?=ال)/, '');
      return ar ? { speaker: { ar, en: translateRole(ar) }, speakerId: null, unnamed: true } : null;
    }
    return null;
  }

  /** A role head before a seat of government at token k (زعيم الكرملين): the leader in the briefing. */
  private seatLeader(k: number, lo: number): Person | null {
    const toks = this.toks;
    for (const seat of SEATS_OF_POWER) {
      const start = k - seat.words.length + 1;
      if (start - 1 < lo) continue;
      if (!seat.words.every((w, j) => toks[start + j]!.light === w)) continue;
      const head = toks[start - 1]!;
      if (!roleHead(head) && !LEADER_HEADS.has(head.light)) continue;
      const leaders = this.people.filter((p) => seat.country.test(p.role.en));
      return leaders.find((p) => /\b(President|Prime Minister|leader|King)\b/i.test(p.role.en)) ?? leaders[0] ?? null;
    }
    return null;
  }

  /**
   * The name starting at token `first` is the object of a preposition: a clitic preposition on the
   * name (لبوتين) or on the head of the phrase it is in apposition to (بكبير الدبلوماسيين، عباس
   * عراقجي), or a free-standing preposition just before either.
   */
  private prepositional(first: number, lo: number): boolean {
    const toks = this.toks;
    const clitic = (t: Token) => BA_LAM_KAF.test(t.light) && !this.index.at(t) && (roleHead(t)?.prefix ?? '').length > 0;
    if (/[بلك]/.test(this.index.prefixAt(toks[first]!))) return true;
    const before = first - 1 >= lo ? toks[first - 1] : undefined;
    if (!before) return false;
    if (FREE_PREPOSITIONS.has(before.light)) return true;
    if (!/[،,]/.test(before.gap)) return clitic(before);
    // Apposition: the phrase between the previous comma and the name.
    let h = first - 1;
    while (h - 1 >= lo && first - h < 6 && !/[،,]/.test(toks[h - 1]!.gap)) h--;
    // The head of that phrase is its first role word (وزير in «مع وزير الخارجية المصري»).
    while (h < first - 1 && !roleHead(toks[h]!)) h++;
    return clitic(toks[h]!) || (h - 1 >= lo && FREE_PREPOSITIONS.has(toks[h - 1]!.light));
  }

  /** Token k names a person of the briefing, not behind a clitic preposition. */
  private personRightAt(k: number): boolean {
    const t = this.toks[k];
    return !!t && !!this.index.at(t) && !/[بلك]/.test(this.index.prefixAt(t));
  }

  /** After قال له, token k opens a subject: a person's name, a title or an unnamed source's head. */
  private subjectAfterAddressee(k: number): boolean {
    const t = this.toks[k];
    return !!t && t.sent === this.toks[k - 1]!.sent && !/[،,:"«»“”]/.test(this.toks[k - 1]!.gap) && (this.personRightAt(k) || (!!roleHead(t) && !roleHead(t)!.prefix) || isUnnamedHead(t));
  }

  /**
   * An outlet spoken to between the verb and its subject (وقال لـ"رويترز" مسؤول أمني إن …، وقال
   * لوكالة فرانس برس مصدر دبلوماسي …، وصرح لرويترز مسؤول): the outlet's last token when one opens at
   * token k behind ل (written apart or attached) and a subject opens right after it, else -1. The
   * outlet is one the lexicon knows as a news outlet or agency, or an outlet's head word (وكالة،
   * صحيفة، قناة …) with one name after it; only quotation marks may stand between it and the subject.
   */
  private outletAddresseeEnd(k: number, to: number): number {
    const toks = this.toks;
    const t = toks[k];
    if (!t || k >= to) return -1;
    let end = -1;
    if (t.light === 'ل') {
      if (/[،,:;.]/.test(t.gap)) return -1;
      end = this.outletAt(k + 1, to);
      if (end < 0 && k + 2 <= to && isOutletHead(toks[k + 1]!) && !/^ل/.test(toks[k + 1]!.light)) { const o = this.outletAt(k + 2, to); end = o >= 0 ? o : k + 2; }
    } else if (/^ل[^ل]/.test(t.light) && this.addressee(t)) {
      end = this.outletAt(k, to);
      if (end < 0 && isOutletHead(t) && k + 1 <= to) { const o = this.outletAt(k + 1, to); end = o >= 0 ? o : k + 1; }
    }
    if (end < 0 || end + 1 > to) return -1;
    for (let j = k; j < end; j++) if (/[،,:;.]/.test(toks[j]!.gap)) return -1;
    const next = toks[end + 1]!;
    if (next.sent !== t.sent || /[،,:;.]/.test(toks[end]!.gap)) return -1;
    return this.personRightAt(end + 1) || (!!roleHead(next) && !roleHead(next)!.prefix) || isUnnamedHead(next) ? end : -1;
  }

  /**
   * The name at token k stands behind titles that a preposition governs (تحدث إلى القاضي راندي موس،
   * مقابلة مع الزميل فريد زكريا، لرئيس الوزراء X): it is addressed or spoken of, not the one speaking.
   */
  private behindPreposition(k: number, lo: number): boolean {
    const toks = this.toks;
    let h = k - 1;
    for (let n = 0; n < 4 && h >= lo; n++, h--) {
      const t = toks[h]!;
      if (GAP_BREAK.test(t.gap) || t.sent !== toks[k]!.sent) return false;
      if (FREE_PREPOSITIONS.has(t.light)) return true;
      const head = roleHead(t);
      if (head && /[بلك]/.test(head.prefix) && !this.index.at(t)) return true;
      // (a noun with its pronoun right after the preposition stands between too: إلى مواطنه
      // رافايل فاران، مع زميله …; after a preposition a word in ـه is no verb with its object)
      if (!head && !hasArticle(t) && POSSESSIVE_END.test(t.light) && t.light.length > 4 && !this.index.at(t) && h - 1 >= lo && !GAP_BREAK.test(toks[h - 1]!.gap) && FREE_PREPOSITIONS.has(toks[h - 1]!.light)) return true;
      if (!head && !hasArticle(t)) return false;
    }
    return false;
  }

  /**
   * The name at token `first` is joined by و to another person's name right before it that is a
   * preposition's object (في تلميح إلى مواطنه رافايل فاران وإيسكو، شدد …): the second of the pair
   * is an object too, not the unstated subject. Lists of more than two are followed back.
   */
  private conjunctOfObject(first: number, lo: number): boolean {
    const toks = this.toks;
    const personAt = this.personAtTokens();
    let f = first;
    for (let n = 0; n < 6; n++) {
      if (!/^و/.test(toks[f]!.light) || f - 1 < lo || GAP_BREAK.test(toks[f - 1]!.gap)) return false;
      const q = personAt[f - 1];
      if (!q || q === personAt[f]) return false;
      let g = f - 1;
      while (g - 1 >= lo && personAt[g - 1] === q && !GAP_BREAK.test(toks[g - 1]!.gap)) g--;
      if (this.prepositional(g, lo) || this.behindPreposition(g, lo)) return true;
      f = g;
    }
    return false;
  }

  /**
   * The name at token k is the possessor of a title in construct (محامية إيفانز، زوجة مينغ، طلب
   * الرئيس): someone's lawyer or wife speaks, not the person named.
   */
  private possessorAt(k: number, lo: number): boolean {
    const toks = this.toks;
    if (k <= lo) return false;
    const prev = toks[k - 1]!;
    if (GAP_BREAK.test(prev.gap) || prev.sent !== toks[k]!.sent || this.index.at(prev) || hasArticle(prev)) return false;
    // (a relation with its pronoun, محاميه بيتر كريستيانسين، زوجته ميلانيا, is definite: the name
    // after it is the relation's holder in apposition, not a possessor)
    const rh = roleHead(prev);
    return (!!rh && !rh.definite) || isUnnamedHead(prev);
  }

  /**
   * The name at k stands in a relative clause a few words on from its pronoun, no comma between
   * (الاتفاق الذي أبرمه سلفه باراك أوباما): it describes a noun, it is not the one speaking.
   */
  private inRelativeClause(k: number, lo: number, anchor: number): boolean {
    const toks = this.toks;
    for (let j = k - 1; j >= Math.max(lo, k - 4) && j !== anchor; j--) {
      if (toks[j]!.sent !== toks[k]!.sent || GAP_BREAK.test(toks[j]!.gap)) return false;
      if (RELATIVES.has(toks[j]!.light)) return true;
    }
    return false;
  }

  /**
   * The name at k follows a comma after a title in construct with another name (محامي واينستين، بن
   * برافمان): it names the title's holder, who speaks for the possessor.
   */
  private holderAfterPossessor(k: number, lo: number): boolean {
    const toks = this.toks;
    let j = k - 1;
    if (j <= lo || !/[،,]/.test(toks[j]!.gap) || toks[j]!.sent !== toks[k]!.sent || !this.index.at(toks[j]!)) return false;
    while (j - 1 > lo && this.index.at(toks[j - 1]!) && !GAP_BREAK.test(toks[j - 1]!.gap)) j--;
    return this.possessorAt(j, lo);
  }

  /**
   * The name that closes the subject phrase at token s with a comma, when the people list lacks it:
   * after the title's words with no punctuation between (مستشار الأمم المتحدة للشؤون الإنسانية إيان
   * إيغلاند،), two or three name words; or set off by commas (عملاق شبكات التواصل، فيسبوك،), one to
   * three name words or a body the lexicon knows. What follows the closing comma must go on with
   * the statement: a complementiser, an addressee with ل, or the quotation itself.
   */
  private appositionName(s: number, b: number, qa: number, qb: number): { k: number; sp: Speaker } | null {
    const toks = this.toks;
    const personAt = this.personAtTokens();
    if (personAt[s] || isSpeechVerb(toks[s]!) || isComplementiser(toks[s]!)) return null;
    const inQ = (k: number) => k >= qa && k <= qb;
    const stop = (t: Token) => isComplementiser(t) || isSpeechVerb(t) || isReportVerb(t) || isTimeWord(t) || isStop(t) || CUT_PREPS.has(t.light) || FREE_PREPOSITIONS.has(t.light);
    const word = (k: number) => {
      const t = toks[k]!;
      return !personAt[k] && !inQ(k) && !stop(t) && !roleHead(t) && !isUnnamedHead(t) && !isPlaceOrOrg(t) && !SUBJECT_ADVERBS.has(t.light) && !DEFINITE_ADJECTIVE.test(t.light)
        && !FEMININE_END.test(t.light) && (nameLike(t, true) || DEFINITE_WORD.test(t.light));
    };
    const goesOn = (c: number) => {
      const nx = toks[c + 1];
      return !!nx && nx.sent === toks[c]!.sent && (c + 1 === qa || isComplementiser(nx) || LAM_OPEN.test(nx.light) && !hasArticle(nx) || QUOTE_OPEN.test(toks[c]!.gap));
    };
    for (let k = s + 1; k <= b && k <= s + 8; k++) {
      const prev = toks[k - 1]!;
      if (HARD_GAP.test(prev.gap) || inQ(k) || personAt[k]) return null;
      const comma = COMMA_GAP.test(prev.gap);
      const t = toks[k]!;
      if (stop(t)) return null;
      // (a body set off by commas: فيسبوك)
      if (comma && COMMA_GAP.test(t.gap) && goesOn(k) && !CLITIC_OPEN.test(t.light) && (knownOrg(normaliseAr(t.text)) || brandName(t.text))) {
        const ar = cleanSpeakerText(t.text);
        return ar ? { k, sp: { speaker: { ar, en: translateSource(ar) || brandName(ar) || ar }, speakerId: null, unnamed: true } } : null;
      }
      if (!word(k) || (!comma && hasArticle(t))) {
        if (comma) return null;
        continue;
      }
      let c = k;
      while (c < b && c - k < 2 && !GAP_BREAK.test(toks[c]!.gap) && word(c + 1)) c++;
      if (!COMMA_GAP.test(toks[c]!.gap) || !goesOn(c) || (!comma && c === k)) {
        if (comma) return null;
        continue;
      }
      const ar = cleanSpeakerText(this.text.slice(t.start, toks[c]!.end));
      return ar ? { k, sp: { speaker: { ar, en: englishName(ar).en }, speakerId: null, unnamed: false } } : null;
    }
    return null;
  }

  /** Set while reading a phrase as written (standIn): no title, description or apposition turns it into a person. */
  private literal = false;
  /**
   * The phrase at token k as written, when the rules read it as a person it describes or names
   * (أعلنت الأمم المتحدة → her envoy named elsewhere, الوزارة → its minister): a body or place
   * heads it (not a title: الوزير is the minister), so the annotators may keep the body itself.
   * Offered beside the person (feature `standin`); null when it reads as a person anyway.
   */
  private standIn(k: number, b: number): Speaker | null {
    const tk = this.toks[k]!;
    if (roleHead(tk) || !(isPlaceOrOrg(tk) || hasArticle(tk)) || BA_LAM_KAF.test(tk.light)) return null;
    const e = this.sourceEnds.get(k);
    if (e === undefined || e < k) return null;
    this.literal = true;
    try {
      const sp = this.subject(k, e, false);
      if (!sp || sp.speakerId || sp === UNATTRIBUTED || !sp.unnamed) return null;
      // (a body, place or outlet; not a description of a person: النجمة الأميركية، أحد المحامين)
      const h = headClass(sp.speaker.ar);
      const w0 = lightNormAr(sp.speaker.ar.split(' ')[0] ?? '');
      return h === 'place' || h === 'outlet' || (h === 'unnamed' && /^ال/.test(w0)) || definiteBodyNoun(w0) ? sp : null;
    } finally {
      this.literal = false;
    }
  }

  private subject(from: number, to: number, allowContinue: boolean, lamSource = false): Speaker | null {
    const toks = this.toks;
    const verb = from - 1;
    const relayed = verb >= 0 ? this.relayedFrom(verb, from, to) : null;
    if (relayed) return relayed;
    // (وقال مساء الجمعة الماضية X: a time phrase, adjective and all, is not the subject)
    // (العام الماضي، الأسبوع المقبل, آنذاك: a time noun with its adjective, or a time adverb)
    // (timeNounAt is a module function, not a closure made per call: subject runs for every verb of
    // saying and every candidate, and under tsx, which keeps function names, each closure costs a
    // defineProperty besides its allocation)
    while (from <= to && (SUBJECT_ADVERBS.has(toks[from]!.light) || isTimeWord(toks[from]!) || /^(انذاك|حينذاك|حينها|وقتها|وقتذاك|يومها|اوائل|اواخر|منتصف|مطلع)$/.test(toks[from]!.light) || timeNounAt(toks, from, to) || (from > verb + 1 && /^ال(ماضي|مقبل|فائت|اخير)[هة]?$/.test(toks[from]!.light) && (isTimeWord(toks[from - 1]!) || timeNounAt(toks, from - 1, to))))) from++;
    // (قال له غوارديولا، قالت لها الوزيرة: a preposition with a pronoun addressee before the subject)
    if (from < to && PRONOUN_ADDRESSEE.has(toks[from]!.light) && this.subjectAfterAddressee(from + 1)) from++;
    // (وقال لـ"رويترز" مسؤول أمني: an outlet spoken to before the subject)
    else if (!lamSource && this.outletAddresseeEnd(from, to) >= 0) from = this.outletAddresseeEnd(from, to) + 1;
    // (في وقت قال فيه العلماء البريطانيون بأنهم …، بيان قالت فيه الوزارة إن …: the pronoun is the
    // time or the medium the verb's relative clause refers back to; the subject follows it)
    else if (from < to && /^(فيه|فيها)$/.test(toks[from]!.light) && !/[،,:"«“]/.test(toks[from]!.gap) && (this.subjectAfterAddressee(from + 1) || /^ال/.test(toks[from + 1]!.light))) from++;
    // (حسب أحدث البيانات الصادرة عن …، آخر تقرير لـ…: the superlative before a medium or figures says
    // which of them, the medium's issuer speaks)
    if (from < to && /^(احدث|اخر)$/.test(toks[from]!.light) && (MEDIUM.test(toks[from + 1]!.light) || DATA_SOURCE.test(toks[from + 1]!.light))) from++;
    from = soCalledEnd(toks, from, to);
    if (to < from) return allowContinue ? this.implicit(verb) : null;
    // (روسيا أكدت على لسان وزير خارجيتها سيرغي لافروف أن …: "by the tongue of" the one who spoke
    // for the subject; he is the speaker)
    if (from + 2 <= to && toks[from]!.light === 'على' && toks[from + 1]!.light === 'لسان' && !GAP_BREAK.test(toks[from]!.gap)) {
      const mouth = this.subject(from + 2, to, false);
      if (mouth) return mouth;
    }
    // (في أعقاب تصريح لرئيس السلطة القضائية قال فيه إن …: the pronoun alone is the statement before
    // the verb, and its owner speaks)
    if (from === to && verb >= 0 && /^(فيه|فيها)$/.test(toks[from]!.light) && !this.literal) {
      const owned = this.relativeMediumOwner(verb);
      if (owned) return owned;
    }
    const first = toks[from]!;
    // A relative ما behind a preposition (بما وصفها، لما قاله), an object pronoun (إياه) or a question
    // word (أوضح لماذا أن …، شرح كيف) is nobody.
    if (/^[وف]?(بما|لما|مما|ما|لماذا|ماذا|كيف|متى|اين|هل)$/.test(first.light) || IYYA.test(first.light.replace(/^[وف]/, ''))) return allowContinue ? this.implicit(verb) : null;
    // Not a subject: a preposition, a complementiser, an addressee, or a participle in the
    // accusative (قال موجها كلامه …، مشيراً) which describes the unstated subject.
    // (After وفقا/طبقا the ل names the source, not an addressee: وفقا للوزارة.)
    if (SUBJECT_PREPOSITIONS.has(first.light) || isComplementiser(first) || (!lamSource && this.addressee(first)) || accusativeParticiple(first)) return allowContinue ? this.implicit(verb) : null;
    // Nor a continuing participle (علقت قائلة "…"), the speaker's own words by a pronoun (وتابعت
    // حديثها: "…"، وفقا لقوله، حسب تعبيره) or an honorific with a pronoun (قال سيادته، وأكد سموه،
    // وأشارت معاليها): they point back at whoever is speaking, as an unstated subject does.
    if ((isContinuation(first) && /[اة]$/.test(first.light)) || ((MEDIUM.test(first.light.replace(/^[لب]/, '')) || /^[لب]?قول/.test(first.light)) && /[^ا](ه|ها|هم|هما)$/.test(first.light) && to - from <= 3) || HONORIFIC_PRONOUN.test(first.light)) {
      return allowContinue ? this.implicit(verb) : verb >= 0 ? this.lastBefore(verb) : null;
    }
    // (زوجة مينغ، شقيق الضحية سامي X: a relative of the person named speaks, not the person)
    const kin = this.literal ? null : this.kinSpeaker(from, to);
    if (kin) return kin;
    // (one who speaks for another, وقال المتحدث باسم الرئيس التركي رجب طيب أردوغان، إبراهيم قالن:
    // the principal is named inside the description, the speaker is set off after it)
    const forOther = !this.literal && toks[from + 1]?.light === 'باسم' ? this.apposedAfterDescription(from) : null;
    if (forOther) return fromPerson(forOther);
    const p = this.personIn(from, to);
    if (p) return fromPerson(p);
    // (a description set off by a comma and the person it describes: كما قال مدربهم، الإسباني X،)
    const apposed = this.literal ? null : this.apposedAfterDescription(from);
    if (apposed) return fromPerson(apposed);
    // (قال عملاق شبكات التواصل الاجتماعي، فيسبوك، إنه …: so is a body set off after its description)
    const body = this.literal ? null : this.apposedBody(from, to);
    if (body) return body;
    const end = this.phraseEnd(from, to);
    // A statement, report or figures standing for whoever issued them (بيان لوزارة الاقتصاد، البيان
    // الصادر عن مجموعة …، تقرير حديث نشره "معهد واشنطن"، أرقام لشركة X): the issuer speaks.
    const medium = lamSource ? first.light.replace(/^لل/, 'ال').replace(/^ل/, '') : first.light;
    if ((MEDIUM.test(medium) || DATA_SOURCE.test(medium)) && !/[^ا](ه|ها|هم|هما)$/.test(first.light)) {
      const owner = this.mediumOwner(from, to);
      if (owner) return this.issuedBy(owner, from, end, lamSource);
    }
    // «وأضاف البيان»، «ولفت البيان إلى»: the statement already mentioned speaks for whoever issued it,
    // the discourse's speaker (a report or study, التقرير، الدراسة, is a source of its own).
    // (so does «البيان الصادر» behind وفقا لـ/بحسب: its adjectives name no issuer)
    if (/^[وف]?(البيان|البلاغ)$/.test(medium) && verb >= 0 && (end === from ? isSpeechVerb(toks[verb]!) || isReportVerb(toks[verb]!) || lamSource : toks.slice(from + 1, end + 1).every((t) => /^ال(صادر|اخير|رسمي|مشترك)[هة]?$/.test(t.light)))) {
      // (the body that issued it a few sentences before is offered beside the discourse's speaker,
      // the ranker weighs the two: `stmtback`)
      const back = this.statementIssuer(from);
      const issuer = this.lastBefore(verb) ?? back;
      if (issuer) {
        const sp = this.issuedBy(issuer, from, end, lamSource);
        if (back && back !== issuer) this.issuerBack.set(sp, back);
        return sp;
      }
    }
    let ar = cleanSpeakerText(this.text.slice(first.start, toks[end]!.end));
    // Drop a conjunction glued to the phrase (والوزارة، ومسؤول), never a letter of the word (وزير).
    const rest = first.light.slice(1);
    // (nor the و of a word of kinship, والد هنومة: the father, not «الد»; nor of the number واحد,
    // written with a bare alif where «وأحد» would carry its hamza: واحد من 4 أشخاص, not «احد»)
    if (/^[وف]/.test(first.light) && !isGiven(first) && !KIN_SPEAKERS.has(first.light) && !/^واحد/.test(stripDiacritics(first.text)) && (rest.startsWith('ال') || ((UNNAMED_HEADS.has(rest) || ROLE_HEADS.has(rest)) && !UNNAMED_HEADS.has(first.light) && !ROLE_HEADS.has(first.light)))) ar = ar.slice(1);
    if (!ar) return null;
    // A role already given to a named person (الناطقة باسم وزارة الخارجية) is that person, and so is
    // a bare definite title (المحامي، الوزير) when one person of the briefing carries it.
    const literal = this.literal;
    const byRole = literal ? null : this.byRole(ar) ?? (end === from ? this.byTitle(first) ?? this.byPossessedTitle(first) : this.byDescription(from, end)) ?? this.byApposition(from, end);
    if (byRole) return fromPerson(byRole);
    // «المصدر»، «الوزارة»، «الشركة» alone point back at the source that spoke before under that head
    // (مصدر مطلع، وزارة الخارجية الأمريكية، شركة آبل).
    if (end === from && hasArticle(first) && isUnnamedHead({ ...first, light: first.light.replace(/^[وف]?ال/, '') })) {
      const back = this.sourceNamed(first) ?? this.namedEarlier(first.light.replace(/^[وف]?ال/, ''), from);
      if (back) return back;
    }
    // A title with the name after it (المفوضة الأوروبية للتجارة سيسيليا مالستروم), or a description
    // the article writes before one name elsewhere (النجمة الأميركية → نجمة التنس الأميركية سيرينا وليامز).
    // (a definite noun no table holds as a title describes a person too, with a word of its own: النجمة الأميركية)
    // (not a body the lists name, الأمم المتحدة: it is no one's description, though a name follows it
    // elsewhere, «وأضافت الأمم المتحدة في بيان أن دي ميستورا …»)
    const described = roleHead(first) || (hasArticle(first) && end > from && !isUnnamedHead(first) && !isPlaceOrOrg(first) && !MEDIUM.test(first.light) && !knownOrg(normaliseAr(ar)));
    const titled = described && !literal ? (roleHead(first) ? this.nameAfterTitle(from, to) : null) ?? this.nameOfDescription(from, end) : null;
    if (titled) return titled;
    // A title or description the article wrote before a person's name (الفنان المصري after الفنان
    // محمد هنيدي، الكاردينال after الكاردينال جورج بيل), or that person's name in another spelling
    // (أبوزيد، دينس): the latest person it fits.
    if (end - from <= 3 && !literal) {
      const referred = this.personReferredTo(ar, from);
      if (referred) return fromPerson(referred);
    }
    // A bare name the people list does not hold (ووصف وايلدز …) is still a named speaker.
    const named = end >= from && nameLike(first) && !roleHead(first) && !isUnnamedHead(first) && !isPlaceOrOrg(first);
    // A phrase that cannot act, opening on no title, source head, outlet, place or name (بالقول،
    // في17، بعدها، ويعرف: see notAnAgent): the statement goes back to the subject before the verb or
    // whoever is speaking, else to no one; an unattributed quotation beats a wrong speaker.
    if (!named && notAnAgent(first, lamSource) && headClass(ar) === 'other') return (verb >= 0 ? this.implicit(verb) : null) ?? UNATTRIBUTED;
    // A description of one person that names no office (الرجل، الخباز التونسي الأصل، الظهير الأيمن
    // البارع، مدربهم) refers to a person of the briefing: the one named last before it, or, at the
    // article's opening with no one before, the one the lead names next.
    if (!named && !literal && end - from <= 3) {
      const back = this.personDescribed(from, end, to);
      if (back) return fromPerson(back);
    }
    // (وقالت سيرينا …: the one fuller name the article gives that word, سيرينا وليامز)
    if (named && end === from) ar = this.fullerName(first.light) ?? ar;
    return { speaker: { ar, en: named ? bareEnglish(ar) : translateRole(ar) }, speakerId: null, unnamed: !named };
  }

  /**
   * نقلت X عن Y (قوله) …: the agency X relays, Y is who spoke (ونقلت "رويترز" عن محامين أن …، ونقلت
   * العربية عن وزارة الدفاع قولها …، ونقل عن مسؤول …). The phrase after عن, up to قوله or a comma.
   */
  private relayedFrom(verb: number, from: number, to: number): Speaker | null {
    const toks = this.toks;
    if (!/^[وف]?[يت]?نقل(ت|وا)?$/.test(toks[verb]!.light)) return null;
    let k = from;
    while (k <= to && k - from <= 8 && toks[k]!.light !== 'عن') k++;
    if (k > to || k - from > 8) return null;
    // The subject's end may stop at عن itself (نقلت الوكالة عن طالب …، يدعى كانسو): the source after
    // it then runs on to the sentence's next comma, colon or quotation mark, or to قوله.
    const last = k === to && this.cur && this.cur.b > to && toks[to + 1]!.sent === toks[to]!.sent ? this.cur.b : to;
    if (k + 1 > last) return null;
    let e = k + 1;
    while (e < last && !/[،,:"«»“”]/.test(toks[e]!.gap) && !/^(قول|تاكيد|تصريح)/.test(toks[e + 1]!.light)) e++;
    return this.subject(k + 1, e, false);
  }

  /**
   * «KIN X» (وقالت زوجة مينغ، وكشف شقيق الضحية سامي X): a noun of kinship in construct with a person
   * or a description of one is that relative, a described source (زوجة مينغ, "the wife of Meng"),
   * never the person it names: her words are not her husband's. Also a person of the briefing whose
   * name the people finder opened on the kinship noun (زوجة مينغ as one name). The phrase runs to the
   * first comma, colon or the end of the person's name.
   */
  private kinSpeaker(from: number, to: number): Speaker | null {
    const toks = this.toks;
    const first = toks[from]!;
    const w = first.light.replace(/^[وف](?=[^ا])/, '');
    const kinWord = kinWordOf(first.light);
    if (!kinWord || from + 1 > toks.length - 1 || toks[from + 1]!.sent !== first.sent || GAP_BREAK.test(first.gap)) return null;
    const personAt = this.personAtTokens();
    const sent = first.sent;
    const own = personAt[from];
    const stop = (k: number) => GAP_BREAK.test(toks[k]!.gap);
    // (the relative's principal: right after, or behind one or two definite titles, the name then
    // right after them or set off by a comma)
    let e = from;
    let p: Person | null = own ?? null;
    if (!own) {
      let j = from + 1;
      while (j <= from + 3 && j < toks.length && toks[j]!.sent === sent && !personAt[j] && (roleHead(toks[j]!)?.definite || DEFINITE_ADJECTIVE.test(toks[j]!.light) || personNoun(toks[j]!.light))) {
        e = j;
        j++;
        if (stop(e)) break;
      }
      if (j < toks.length && toks[j]!.sent === sent && personAt[j] && (e === from || !/[:;.()"«»“”]/.test(toks[e]!.gap))) {
        p = personAt[j]!;
        if (/[بلك]/.test(this.index.prefixAt(toks[j]!))) return null;
        if (!stop(e) || e === from) {
          e = j;
          while (e + 1 < toks.length && personAt[e + 1] === p && !stop(e)) e++;
        }
      }
      if (e === from) return null;
      // (ابنة العميل …، سيرغي سكريبال، يوليا: the relative's own name follows the principal's)
      for (let k = e + 1; k < toks.length && k <= e + 8 && toks[k]!.sent === sent && !/[:;.()"«»“”]/.test(toks[k - 1]!.gap); k++) {
        // (… the speaker herself: read on, the subject's first person would be the principal)
        if (personAt[k] && personAt[k] !== p && /[،,]/.test(toks[k - 1]!.gap)) return p && personAt[k + 1] === personAt[k] ? fromPerson(personAt[k]!) : null;
      }
    } else {
      while (e + 1 < toks.length && personAt[e + 1] === own && !stop(e)) e++;
      if (e === from) return null;
    }
    const ar = cleanSpeakerText(this.text.slice(first.start, toks[e]!.end)).replace(/^[وف](?=[^ا])/, (m) => (KIN_SPEAKERS.has(w) && w !== first.light ? '' : m));
    if (!ar) return null;
    void to;
    const rest = ar.split(' ').slice(1).join(' ');
    // (a brand the Arabic spells by sound, موقع فيسبوك, by its English name: bareEnglish)
    let restEn = p && !own ? p.name.en : bareEnglish(rest);
    // (a definite description keeps its article: أقارب المغنية الأمريكية, the relatives of the US singer)
    const head = rest.split(' ')[0] ?? '';
    const headLight = lightNormAr(head);
    if (restEn && !(p && !own) && /^ال/.test(headLight) && (roleHead({ text: head, light: headLight } as Token) || personNoun(headLight)) && !/^(the|an?) /i.test(restEn)) restEn = `the ${restEn}`;
    return { speaker: { ar, en: restEn ? `${kinWord} ${restEn}` : '' }, speakerId: null, unnamed: true };
  }

  /** Token `from` opens the subject slot right after a verb of saying, reporting, belief or denial (وقال الرجل، يرى الخباز). */
  private subjectSlot(from: number): boolean {
    const v = this.toks[from - 1];
    return !!v && v.sent === this.toks[from]!.sent && !GAP_BREAK.test(v.gap) && (isSpeechVerb(v) || isReportVerb(v) || isBeliefVerb(v) || isContinuation(v) || isDenialVerb(v));
  }

  /**
   * «DESCRIPTION، [ADJ] NAME،»: a subject that opens on a description of a person (a title, a definite
   * noun, a title with its principal's pronoun: مدربهم، المتحدث باسم الوزارة) set off by a comma, and
   * right after it, behind at most two definite adjectives or titles (الإسباني، اللاعب), a person of
   * the briefing whose name is closed by a comma, a colon, a complementiser or the quotation: that
   * person is the one described. Not a body or a means of speaking, not a name governed by a
   * preposition, not of the other gender than the verb of saying.
   */
  private apposedAfterDescription(from: number): Person | null {
    const toks = this.toks;
    const first = toks[from]!;
    const w = first.light.replace(/^[وف](?=ال)/, '');
    if (!this.subjectSlot(from) || MEDIUM.test(w) || DATA_SOURCE.test(w) || isPlaceOrOrg(first) || isOutletHead(first) || BA_LAM_KAF.test(w)) return null;
    const head = roleHead(first);
    if (!(head || personNoun(first.light)) || KIN.has(bareWord(w).replace(POSSESSIVE_END, '')) || /^ال.{3,}(ان|ون|ين|ات)$/.test(w)) return null;
    // (a title in construct with another person noun, ابنة العميل …، X: the name may be the genitive's)
    const second = toks[from + 1];
    if (!hasArticle(first) && !POSSESSIVE_END.test(w) && second && second.sent === first.sent && (roleHead(second) || personNoun(second.light))) return null;
    const personAt = this.personAtTokens();
    const sent = first.sent;
    // (the description's comma: within its first five words, no person before it; but one who
    // speaks for another, المتحدث باسم الرئيس التركي رجب طيب أردوغان، إبراهيم قالن، names the
    // principal inside the description, in a title of its own: ten words)
    const forOther = second?.light === 'باسم';
    let k = from;
    while (k < toks.length - 1 && k - from < (forOther ? 10 : 5) && !/[،,]/.test(toks[k]!.gap)) {
      if (/[:;.()"«»“”]/.test(toks[k]!.gap) || (personAt[k] && !forOther) || isComplementiser(toks[k]!) || isSpeechVerb(toks[k]!) || toks[k + 1]!.sent !== sent) return null;
      k++;
    }
    if (!/[،,]/.test(toks[k]!.gap) || (personAt[k] && !forOther) || k + 1 >= toks.length) return null;
    let j = k + 1;
    for (let n = 0; n < 2 && j < toks.length && !personAt[j]; n++, j++) {
      const t = toks[j]!;
      if (t.sent !== sent || GAP_BREAK.test(t.gap) || !(DEFINITE_ADJECTIVE.test(t.light) || (roleHead(t)?.definite ?? false))) return null;
    }
    const t = toks[j];
    const p = t && t.sent === sent ? personAt[j] : null;
    if (!p || /[بلك]/.test(this.index.prefixAt(t!)) || this.inQuotation(j) || (j > 0 && personAt[j - 1] === p)) return null;
    let e = j;
    while (e + 1 < toks.length && personAt[e + 1] === p && !GAP_BREAK.test(toks[e]!.gap)) e++;
    const next = toks[e + 1];
    const closed = /[،,:"«»“”]/.test(toks[e]!.gap) || !next || next.sent !== sent || isComplementiser(next);
    if (!closed) return null;
    const vg = from > 0 ? sayingGender(toks[from - 1]!.light) : null;
    if (this.ofOtherGender(p, vg)) return null;
    return p;
  }

  /**
   * A body named after its description and a comma, closing the subject (عملاق شبكات التواصل
   * الاجتماعي، فيسبوك، | إنه; الشركة العملاقة، غوغل،): the name the lists know as a body, a brand
   * or an organisation speaks. The description is a few words with no person in them.
   */
  private apposedBody(from: number, to: number): Speaker | null {
    const toks = this.toks;
    // (وكالة الأنباء الحكومية السورية، سانا: a body's head in construct names the body itself, which
    // its acronym after it only repeats)
    const head = toks[from]!.light;
    if (BODY_NOUNS.has(head) || (/^[وف]/.test(head) && BODY_NOUNS.has(head.slice(1)))) return null;
    let k = from;
    while (k < to && k - from < 5 && !GAP_BREAK.test(toks[k]!.gap)) {
      if (this.index.at(toks[k]!) || isComplementiser(toks[k]!) || isSpeechVerb(toks[k]!)) return null;
      k++;
    }
    if (k >= to || !/^\s*[،,]\s*$/.test(toks[k]!.gap) || this.index.at(toks[k]!)) return null;
    const j = k + 1;
    if (to - j > 3 || toks.slice(j, to).some((t) => GAP_BREAK.test(t.gap))) return null;
    const name = cleanSpeakerText(this.text.slice(toks[j]!.start, toks[to]!.end));
    if (!name || this.index.at(toks[j]!)) return null;
    const known = knownOrg(normaliseAr(name)) || brandName(name) || (j === to && isPlaceOrOrg(toks[j]!) && !isKnownPlace(name));
    return known ? this.namedSource(j, to) : null;
  }

  /**
   * The person a subject that describes one person refers to (see personNoun: الرجل، الخباز التونسي
   * الأصل، الظهير الأيمن البارع، مدربهم), when it names no office a person of the briefing holds: the
   * person named last before it in its paragraph or the three sentences before (not behind a
   * preposition, not the possessor of a title, not inside quoted words), agreeing in gender with the
   * verb of saying and the description; with no one before it in the article's first two sentences
   * (a lead that describes before it names: يرى الرجل الذي طور … أن …. وقال إيلون ماسك إن …), the
   * first such person named after it in the next sentence.
   */
  private personDescribed(from: number, end: number, to: number): Person | null {
    const toks = this.toks;
    const first = toks[from]!;
    if (!this.subjectSlot(from) || !personNoun(first.light) || isUnnamedHead(first) || isPlaceOrOrg(first) || isOutletHead(first)) return null;
    // (the description's other words: singular adjectives, not a second noun in construct with a body)
    for (let k = from + 1; k <= end; k++) if (!hasArticle(toks[k]!) || isPlaceOrOrg(toks[k]!) || /^[وف]?ال.{2,}(ون|ين|ات|ان)$/.test(toks[k]!.light)) return null;
    // (a noun read by its shape alone, not a bare noun of a person, needs an adjective of its own:
    // الخباز التونسي، not النقاد, الفريق, a broken plural or a team)
    const bare0 = first.light.replace(/^[وف](?=ال)/, '').replace(/^ال/, '');
    if (!GENERIC_PERSON.has(bare0) && !GENERIC_PERSON.has(bare0.replace(POSSESSIVE_END, '')) && end === from) return null;
    const vg = from > 0 ? sayingGender(toks[from - 1]!.light) : null;
    const dg = personNounGender(first.light);
    const g = vg ?? dg;
    if (vg && dg && vg !== dg) return null;
    const personAt = this.personAtTokens();
    const ok = (k: number): Person | null => {
      const p = personAt[k];
      if (!p) return null;
      if (/[بلك]/.test(this.index.prefixAt(toks[k]!)) || (k > 0 && FREE_PREPOSITIONS.has(toks[k - 1]!.light))) return null;
      if (this.possessorAt(k, 0) || this.inQuotationAt(toks[k]!.start)) return null;
      if (this.ofOtherGender(p, g)) return null;
      return p;
    };
    const sent = first.sent;
    const para = first.para;
    for (let k = from - 1; k >= 0 && toks[k]!.sent >= sent - 3 && (toks[k]!.para === para || toks[k]!.sent >= sent - 1); k--) {
      if (!personAt[k]) continue;
      let f = k;
      while (f - 1 >= 0 && personAt[f - 1] === personAt[k]) f--;
      k = f;
      const p = ok(f);
      if (p) return p;
    }
    // (cataphora at the lead: no person anywhere before, the next sentence names one)
    if (sent - (toks[0]?.sent ?? 0) > 2) return null;
    for (let k = 0; k < from; k++) if (personAt[k]) return null;
    for (let k = Math.max(to, end) + 1; k < toks.length && toks[k]!.sent <= sent + 1; k++) {
      if (!personAt[k] || (k > 0 && personAt[k - 1] === personAt[k])) continue;
      if (toks[k]!.sent === sent && this.inQuotation(k)) continue;
      return ok(k);
    }
    return null;
  }

  /**
   * The person a subject phrase names: the first in its first comma-free stretch who is not the
   * object of a preposition (قال مسؤول أمريكي لبومبيو); after a title in construct (مبعوث الرئيس
   * ترمب، جيسون غرينبلات) the possessor comes first, so the last person named is the speaker.
   */
  private personIn(from: number, to: number): Person | null {
    const toks = this.toks;
    const found: Person[] = [];
    // The gender the verb before the phrase marks (قالت، أكدت): a woman is not spoken for by a man.
    const vg = from > 0 ? sayingGender(toks[from - 1]!.light) : null;
    let stop = Infinity;
    let prevObject = false;
    // (the phrase opens on a source's, a body's or a place's word: what a relative clause after it says is about it)
    const sourceHead = isUnnamedHead(toks[from]!) || isPlaceOrOrg(toks[from]!) || isOutletHead(toks[from]!);
    for (let k = from; k <= to; k++) {
      const t = toks[k]!;
      // (a relative clause after a source's head that names no one describes the head: «واعتبرت
      // النيابة العامة في ميونخ التي اتهمت … روبرت ستادلر … أن» is the prosecution's, the man is its
      // object; not a clause that names, «سيدة تدعى X»)
      if (k > from && !found.length && RELATIVES.has(t.light) && !NAMING_WORDS.has(toks[k + 1]?.light ?? '') && sourceHead) break;
      // (a word inside a name goes with it: سيرغي سكريبال is one mention, whatever the verb)
      const p = k > from && this.index.at(toks[k - 1]!) === this.index.at(t) && !/[،,]/.test(toks[k - 1]!.gap) ? this.index.at(t) : this.agreeing(t, vg);
      // (… or behind a title a preposition governs, judged where the name opens: قائد مؤيد للرئيس
      // السوري بشار الأسد is no Assad)
      const inName = k > from && !!p && this.index.at(toks[k - 1]!) === p && !/[،,]/.test(toks[k - 1]!.gap);
      const object: boolean = inName ? prevObject : /[بل]/.test(this.index.prefixAt(t)) || (k > from && FREE_PREPOSITIONS.has(toks[k - 1]!.light)) || (k > from && !!p && this.behindPreposition(k, from));
      prevObject = object;
      if (p && !object && !found.includes(p)) found.push(p);
      if (found.length && /[،,:]/.test(t.gap)) {
        // (a title in construct with its holder's principal, then the holder's name set off by
        // commas: قال محامي واينستين، بن برافمان، للصحفيين … is the lawyer, not Weinstein)
        const appos = found.length === 1 && k + 1 <= to && k <= from + 3 && /[،,]/.test(t.gap) ? this.apposedHolder(from, k, to, found[0]!) : null;
        if (appos) return appos;
        stop = Math.min(stop, found.length);
        // (ابنة العميل …، سيرغي سكريبال، يوليا، أكدت: the first comma-free stretch names her father;
        // with the verb feminine and he masculine, the apposition goes on to her)
        if (!this.ofOtherGender(found[0]!, vg)) break;
      }
    }
    if (found.length && this.ofOtherGender(found[0]!, vg)) {
      const other = found.find((p) => this.genderOf(p) === vg);
      if (other) return other;
    }
    found.splice(stop);
    const head = roleHead(toks[from]!);
    if (found.length >= 2 && head && !head.definite) return found[found.length - 1]!;
    // (an indefinite title in construct with the one person named, محامي رونالدو، مستشار ترامب: the
    // title's holder speaks, who is not that person; the description is read on as a phrase)
    if (found.length === 1 && from + 1 <= to && !GAP_BREAK.test(toks[from]!.gap) && this.principalAfterTitle(from) === found[0]) return null;
    return found[0] ?? null;
  }

  /**
   * The person the title at `from` is in construct with, when the title is indefinite (محامي رونالدو):
   * named right after it, with no clitic, by a later word of their name (someone named before). Not a
   * name the finder read whole from this very phrase, first word on (محامي خليل أحمد حسين, where it
   * may have joined the principal and the holder into one person): who that is, the phrase says.
   */
  private principalAfterTitle(from: number): Person | null {
    const t = this.toks[from + 1];
    if (roleHead(this.toks[from]!)?.definite !== false || !t || t.sent !== this.toks[from]!.sent || this.index.prefixAt(t)) return null;
    const p = this.familyMember(t);
    if (!p) return null;
    const firstWord = normaliseAr(p.name.ar).split(' ')[0];
    return firstWord === t.norm ? null : p;
  }

  /**
   * The name in apposition to «TITLE PRINCIPAL،» (محامي واينستين، بن برافمان،): the phrase opens on an
   * indefinite title whose construct partner is the principal (ending at k), and a name of another
   * person follows the comma, closed by a comma or the phrase's end.
   */
  private apposedHolder(from: number, k: number, to: number, principal: Person): Person | null {
    const toks = this.toks;
    const head = roleHead(toks[from]!);
    if (!head || head.definite || this.index.at(toks[from + 1]!) !== principal) return null;
    // (a name opening on a particle the person index does not hold, بن برافمان، is found by its next word)
    const n = k + 2 <= to && NAME_PARTICLES.test(toks[k + 1]!.light) && !GAP_BREAK.test(toks[k + 1]!.gap) ? k + 2 : k + 1;
    const q = this.index.at(toks[n]!);
    if (!q || q === principal || /[بل]/.test(this.index.prefixAt(toks[n]!))) return null;
    const e = this.nameEnd(n, q, to);
    return e === to || /[،,]/.test(toks[e]!.gap) ? q : null;
  }

  /**
   * The person token t names, agreeing with gender g where it can: a word shared by a family
   * (وأشارت سكريبال) is the one member whose gender the article marks as g when the first is the other.
   */
  private agreeing(t: Token, g: Gender | null): Person | null {
    const p = this.familyMember(t);
    if (!p || !this.ofOtherGender(p, g)) return p;
    return this.index.allAt(t).find((x) => this.genderOf(x) === g) ?? p;
  }

  /**
   * The person token t names, read with the word before it when a family shares the word: in
   * «يوسي كوهين» beside «إيلي كوهين» the surname after يوسي is يوسي كوهين's, not the first Cohen's.
   */
  private familyMember(t: Token): Person | null {
    const p = this.index.at(t);
    if (!p || t.i < 1) return p;
    const prev = this.toks[t.i - 1];
    if (!prev || prev.sent !== t.sent || GAP_BREAK.test(prev.gap)) return p;
    const q = this.index.at(prev);
    if (!q || q === p) return p;
    return this.index.allAt(t).includes(q) ? q : p;
  }

  /** The article marks the person with the other gender than g (a verb's or a title's); false when either is unmarked. */
  private ofOtherGender(p: Person, g: Gender | null): boolean {
    return !!g && this.genderOf(p) === (g === 'f' ? 'm' : 'f');
  }

  /** Each person's gender as the article marks it (null: unmarked or both), read once. */
  private genders: Map<string, Gender | null> | null = null;

  /**
   * A person's gender from the article's own words: a feminine or masculine title in the role
   * (الرئيسة / الرئيس) or right before a mention (المستشارة أنغيلا ميركل), and the verbs of saying
   * that take a mention as their subject (قالت يوليا، وقال ترامب). Only mentions by a word no other
   * person of the briefing shares count (سكريبال names father and daughter). Majority of the marks.
   */
  genderOf(p: Person): Gender | null {
    if (!this.genders) {
      const votes = new Map<string, { f: number; m: number }>();
      const vote = (q: Person, g: Gender | null, n = 1) => {
        if (!g) return;
        const v = votes.get(q.id) ?? { f: 0, m: 0 };
        v[g] += n;
        votes.set(q.id, v);
      };
      for (const q of this.people) {
        const head = q.role.ar.split(/\s+/)[0];
        if (head) vote(q, titleGender(lightNormAr(stripDiacritics(head).replace(/[^\u0621-\u064A]/g, ''))), 2);
      }
      const toks = this.toks;
      const personAt = this.personAtTokens();
      toks.forEach((t, k) => {
        const q = personAt[k];
        if (!q || k === 0 || this.index.allAt(t).length > 1 || this.index.prefixAt(t)) return;
        const prev = toks[k - 1]!;
        if (prev.sent !== t.sent || /[،,:;"«»“”.()]/.test(prev.gap) || personAt[k - 1] === q) return;
        // (a sentence opening with a past verb in ت before the name, وفازت فرانسيس ماكدورماند: the
        // verb agrees with its subject, whatever the verb)
        const opening = k === 1 || toks[k - 2]!.sent !== prev.sent;
        vote(q, sayingGender(prev.light) ?? titleGender(prev.light) ?? (opening && FEMININE_PAST.test(prev.light) && !hasArticle(prev) && !roleHead(prev) && !isPlaceOrOrg(prev) && !isStop(prev) ? 'f' : null));
      });
      this.genders = new Map(this.people.map((q) => {
        const v = votes.get(q.id);
        return [q.id, !v || v.f === v.m ? null : v.f > v.m ? 'f' : 'm'];
      }));
    }
    return this.genders.get(p.id) ?? null;
  }

  /**
   * Last token of an unnamed subject phrase starting at `from`: a place or organisation acting as a
   * body is itself (ونفت دمشق أية مسؤولية), a bare name is its name span, anything else runs to a
   * comma, a time word or a preposition — not into «في بيان», an addressee (للصحفيين) or a verbal
   * noun behind a preposition (بتعرض) — at most ten words; an organisation's quoted name
   * (منظمة "غولوس") is part of it.
   */
  private phraseEnd(from: number, to: number): number {
    const end = this.phraseEndRead(from, to);
    // A body the lists know by a name of several words is read whole at least (قالت هيومن رايتس
    // ووتش إن …: not the name word هيومن alone); what the phrase holds beyond it stays.
    const body = end < to ? knownBodyAt(this.toks, from) : null;
    if (!body || !body.includes(' ')) return end;
    return Math.max(end, Math.min(to, from + body.split(' ').length - 1));
  }

  /** phraseEnd as the words themselves read, before a known body's name is made whole. */
  private phraseEndRead(from: number, to: number): number {
    const toks = this.toks;
    const first = toks[from]!;
    // A name the writer put in quotation marks (قالت "كابيتال اكونومكس" إن …) is whole up to its
    // closing mark, four words at most.
    const before = toks[from - 1];
    if (before && before.sent === first.sent && (/[«“]\s*$/.test(before.gap) || /\s"$/.test(before.gap))) {
      for (let q = from; q <= to && q - from < 4; q++) {
        if (/^["»”]/.test(toks[q]!.gap)) { if (q > from) return q; break; }
        if (/[،,:.«“]/.test(toks[q]!.gap)) break;
      }
    }
    if (isPlaceOrOrg(first) && !isUnnamedHead(first)) {
      const two = from + 1 <= to && !/[،,:"«»“”]/.test(first.gap) && isKnownPlace(normaliseAr(`${first.text} ${toks[from + 1]!.text}`).replace(/^[وف](?=ال)/, ''));
      return two ? from + 1 : from;
    }
    // (كثير من المواطنين: a quantity of a group, not the given name كثير)
    const named = PARTITIVE.test(first.light) && toks[from + 1]?.light === 'من' ? -1 : this.namedEnd(from, to);
    if (named >= 0) return named;
    let end = from;
    while (end < to && end - from < 9) {
      const gap = toks[end]!.gap;
      if (/^\s*["«“]\s*$/.test(gap) && isUnnamedHead(toks[end]!)) {
        // منظمة "غولوس": up to the closing mark, a name of at most four words.
        let q = end + 1;
        while (q < to && q - end <= 4 && !/["»”]/.test(toks[q]!.gap)) q++;
        if (q - end <= 4 && /["»”]/.test(toks[q]!.gap)) end = q;
        break;
      }
      if (/[،,:"«»“”]/.test(gap)) break;
      const nx = toks[end + 1]!;
      // (إن/أن spelling a letter of an outlet's acronym is no complementiser: شبكة سي أن أن)
      if (isTimeWord(nx) || SUBJECT_ADVERBS.has(nx.light) || (CUT_PREPS.has(nx.light) && !(nx.light === 'ان' && this.acronymLetter(end + 1))) || RELATIVES.has(nx.light)) break;
      // (مدير الشركة | هذا الأسبوع: a demonstrative with a time noun is when, not who)
      if (this.demonstrativeTime(end + 1)) break;
      // (وطالبت وزارة الخارجية الأمريكية | الإسرائيليين بوقف …: a plural people after a singular head
      // and its words agrees with none of them; it is the one asked, the verb's object)
      if (end > from && /^ال.{3,}(يين|يون)$/.test(nx.light) && hasArticle(toks[end]!) && !/(ين|ون|ات)$/.test(first.light) && !/(ين|ون|ات)$/.test(toks[end]!.light) && isDemonym(nx.light)) break;
      // «مسؤول في وزارة الخارجية» names the source; «الوزارة في بيان» only says how it spoke.
      const after = toks[end + 2];
      if (nx.light === 'في' && !(after && end + 2 <= to && isUnnamedHead(after) && !/^(بيان|تصريح|مؤتمر|حديث|مقابل)/.test(after.light))) break;
      // (… المصدر | بالقول: a verbal noun of saying behind ب ends the phrase too; so does the
      // condition of anonymity, المسؤول | شريطة عدم الكشف عن هويته، مسؤول | طالبا عدم …)
      if ((this.addressee(nx) && !this.bodyComplement(from, end, nx)) || (/^[بل]ت/.test(nx.light) && nx.light.length >= 5) || /^[بل]ال(قول|تاكيد|اشار|اعلان)/.test(nx.light) || /^(شريطة|بشرط|شرط)$/.test(nx.light) || accusativeParticiple(nx) || this.speakingParticiple(end + 1)) break;
      // (شبكة فيسبوك | خاصية وضع …: see closesConstruct)
      if (end > from && !roleHead(first) && closesConstruct(toks, end)) break;
      end++;
    }
    return end;
  }

  /**
   * A feminine participle of saying with its complement (بحسب ما أفادت به قناة العربية | مشيرة إلى
   * …، مضيفة أن): how the subject went on speaking, not a word of its name. Without the complement
   * the word may be an adjective (مصادر مؤكدة، جهة معتبرة), and before إن the complement is the verb
   * of saying's (وقالت مصادر مؤكدة إن …); the masculine's accusative alef is accusativeParticiple's.
   */
  private speakingParticiple(k: number): boolean {
    const t = this.toks[k];
    const nx = this.toks[k + 1];
    return !!t && !!nx && nx.sent === t.sent && /ة$/.test(t.light) && isContinuation(t) && (/^ب?أن/.test(nx.text) || /^(الى|إلى|على)$/.test(nx.light));
  }

  /**
   * The لل-word after a body's head and its definite words is the body's complement, not the one
   * spoken to (المنظمة الدولية للهجرة، المجلس الأعلى للقضاء، المفوضية السامية للأمم المتحدة): the
   * phrase from..end opens on a body's head (منظمة، مجلس، هيئة …) and goes on only over definite
   * words, and the word behind لل is no outlet or audience (للصحفيين، للصحيفة، للتلفزيون). A وكالة
   * takes للأنباء as its complement (وكالة الإمارات للأنباء).
   */
  private bodyComplement(from: number, end: number, nx: Token): boolean {
    const toks = this.toks;
    if (!/^لل./.test(nx.light)) return false;
    const head = toks[from]!.light.replace(/^[وف]/, '').replace(/^ال/, '');
    if (!BODY_HEADS.has(head)) return false;
    for (let k = from + 1; k <= end; k++) if (!/^ال/.test(toks[k]!.light)) return false;
    const object = 'ال' + nx.light.slice(2);
    if (AUDIENCE_NOUNS.has(object)) return false;
    if (OUTLET_HEADS.has(object) || OUTLET_HEADS.has(object.slice(2))) return head === 'وكالة' && object === 'الانباء';
    return true;
  }

  /** Token k opens a demonstrative with a time noun (هذا الأسبوع، هذه الأيام): when, not who. */
  private demonstrativeTime(k: number): boolean {
    const toks = this.toks;
    const t = toks[k];
    const n = toks[k + 1];
    return !!t && !!n && n.sent === t.sent && /^(هذا|هذه)$/.test(t.light) && /^ال(اسبوع|عام|شهر|يوم|صباح|مساء|سنه|سنة|فتره|فترة|ايام|اسابيع|اشهر|مرة|مره)$/.test(n.light);
  }

  /** Last token of a bare name opening at `from` (at most `to`), or -1 when no name opens there. */
  private namedEnd(from: number, to: number): number {
    const toks = this.toks;
    const first = toks[from]!;
    if (!(nameLike(first) && !roleHead(first) && !isUnnamedHead(first) && !hasArticle(first))) return -1;
    let e = nameSpan(toks, from, false, true);
    // A name the briefing does not hold runs on only over known name words (وايلدز، not «وايلدز نظام»).
    while (e > from && !isKnownNameToken(toks[e]!.light) && !isGiven(toks[e]!) && !PARTICLES.has(toks[e - 1]!.light)) e--;
    // A word no names data holds, in construct with a definite noun that is no name of its own, is a
    // noun phrase (قال خفر السواحل التركي إن …), not a one-word name: the phrase reader takes it. (Not
    // behind a preposition's letter: بجوار الفيديو، لنص القرار; nor before a time or a nationality:
    // وايلدز الأسبوع الماضي، وايلدز الأمريكي.)
    const nx = toks[from + 1];
    if (e === from && nx && from + 1 <= to && nx.sent === first.sent && !/^[بلك]/.test(first.light) && !/[،,:"«»“”]/.test(first.gap) && hasArticle(nx) && !isKnownNameToken(first.light) && !isGiven(first) && !isKnownNameToken(nx.light) && !this.index.at(nx)
      && !isTimeWord(nx) && !timeNounAt(toks, from + 1, to + 1) && !isDemonym(nx.light)) return -1;
    return e >= from && e <= to ? this.closedNameEnd(from, e, to) : -1;
  }

  /**
   * A name the people list lacks, read on past words the lexicon does not know when what follows
   * shows the name is over: ناصر المطوع رئيس …، مارسيلو بالفي، …، خالد البطش "…". One or two more
   * words, each a name word or a family name with ال (no title, body, place, verb or time word), and
   * then a comma, colon or quotation mark, a title, a complementiser or the end of the subject.
   * «ووصف وايلدز نظام الهجرة المعتد …» runs on into the object, so it stays «وايلدز».
   */
  private closedNameEnd(from: number, e: number, to: number): number {
    const toks = this.toks;
    // (a word a comma closes may be any word of three letters or more: مارسيلو بالفي، …)
    // (no indefinite accusative either: ألكسندر ميشر | سؤالا)
    const ok = (t: Token, punct: boolean) => !(/[^ا]ا$/.test(t.light) && !isKnownNameToken(t.light) && !isGiven(t)) && (nameLike(t, true) || (/^ال[\u0621-\u064A]{3,}$/.test(t.light) && !/(ة|ات)$/.test(t.light)) || (punct && /^[\u0621-\u064A]{3,}$/.test(t.light) && !/(ة|ات)$/.test(t.light)))
      && !roleHead(t) && !isUnnamedHead(t) && !isPlaceOrOrg(t) && !isStop(t) && !isTimeWord(t) && !SUBJECT_ADVERBS.has(t.light)
      && !isSpeechVerb(t) && !isReportVerb(t) && !verbFrame(t) && !isComplementiser(t) && !CUT_PREPS.has(t.light) && !FREE_PREPOSITIONS.has(t.light)
      && !this.index.at(t) && !/^[بل]ت/.test(t.light) && !DEFINITE_ADJECTIVE.test(t.light) && !SUBJECT_ADJECTIVES.has(t.light);
    const closed = (c: number) => {
      if (/[،,:"«»“”]/.test(toks[c]!.gap) || c === to) return true;
      const nx = toks[c + 1];
      return !!nx && nx.sent === toks[c]!.sent && (!!roleHead(nx) || isComplementiser(nx) || isSpeechVerb(nx) || isTimeWord(nx) || this.demonstrativeTime(c + 1));
    };
    // (only after a given or known name word: «وتعرضت سيرينا،» is a verb and its subject)
    const head = toks[from]!;
    if (closed(e) || !(isGiven(head) || isKnownNameToken(head.light))) return e;
    for (let c = e + 1; c <= Math.min(to, e + 2); c++) {
      if (/[،,:"«»“”.]/.test(toks[c - 1]!.gap) || !ok(toks[c]!, /[،,:"«»“”]/.test(toks[c]!.gap))) break;
      if (closed(c)) return c;
    }
    return e;
  }

  private fuller: Map<string, string | null> | null = null;
  /**
   * The fuller name the article writes elsewhere for a bare name word the people list lacks (سيرينا
   * → سيرينا وليامز, مالمستروم → سيسيليا مالمستروم): names of two words or more read as subjects
   * are, by their first and last words; null when the article gives the word two different names.
   */
  private fullerName(light: string): string | null {
    if (!this.fuller) {
      const map = new Map<string, string | null>();
      const toks = this.toks;
      for (let k = 0; k < toks.length; k++) {
        const t = toks[k]!;
        if (this.index.at(t) || !(isGiven(t) || isKnownNameToken(t.light)) || !nameLike(t) || roleHead(t) || isUnnamedHead(t) || isPlaceOrOrg(t) || hasArticle(t) || this.inQuotationAt(t.start)) continue;
        let to = k;
        while (to + 1 < toks.length && to - k < 4 && toks[to + 1]!.sent === t.sent) to++;
        const e = this.namedEnd(k, to);
        if (e <= k) continue;
        const ar = cleanSpeakerText(this.text.slice(t.start, toks[e]!.end));
        for (const w of [t.light, toks[e]!.light]) {
          const had = map.get(w);
          map.set(w, had === undefined || had === ar ? ar : null);
        }
        k = e;
      }
      this.fuller = map;
    }
    return this.fuller.get(light) ?? null;
  }

  /** People by the head of their role (محامي، وزير), built once. */
  private byHead: Map<string, Person[]> | null = null;

  /** The one person whose role opens with this definite title (المحامي → «محامي ميلانيا ترامب»). */
  private byTitle(t: Token): Person | null {
    const h = roleHead(t);
    if (!h || !h.definite) return null;
    if (!this.byHead) {
      this.byHead = new Map();
      for (const p of this.people) {
        // (the role's first word without the comma of an apposition: «النائبة، رئيسة لجنة …»)
        const head = p.role.ar ? roleHead({ ...t, light: roleTitleWord(p.role.ar) })?.head : undefined;
        const office = head ? officeOf(head) : undefined;
        if (office) this.byHead.set(office, [...(this.byHead.get(office) ?? []), p]);
      }
    }
    const withIt = this.byHead.get(officeOf(h.head)) ?? [];
    return withIt.length === 1 ? withIt[0]! : null;
  }


  /**
   * A title with its principal's pronoun (محاميه، مدربهم، محاميتها): the one person of the briefing
   * whose role opens on that title, in the same gender (محامي واينستين for محاميه, not محامية إيفانز).
   */
  private byPossessedTitle(t: Token): Person | null {
    const title = pronounTitle(t.light.replace(/^[وف]/, ''));
    if (!title) return null;
    const withIt = this.people.filter((p) => p.role.ar && roleTitleWord(p.role.ar) === title);
    return withIt.length === 1 ? withIt[0]! : null;
  }

  /**
   * Who was spoken to, right after the verb (وقال للصحفيين، قال لبي بي سي): ل with the article,
   * or ل before a known organisation. Not the speaker.
   */
  private addressee(t: Token): boolean {
    // (لـ"رويترز"، لـ رويترز: the ل written apart from the name it governs)
    if (t.light === 'ل') return true;
    if (this.index.at(t) && !this.index.prefixAt(t)) return false;
    if (/^لل./.test(t.light) && t.light.length > 4) return true;
    return t.light.startsWith('ل') && !!orgFirstWords()?.has(normaliseAr(t.text).slice(1));
  }

  /**
   * A definite description of a person of the briefing (الرئيس التركي for «الرئيس» Erdoğan, الوزير
   * التركي for «وزير المالية … التركي», رئيس البلدية الديمقراطي for «رئيس بلدية نيويورك»): people
   * whose role has the same head, not one whose role names another office in construct (رئيس
   * وزراء …); the one whose role shares most of the description's other words, when it is the only
   * one. Indefinite phrases (وزير سابق) describe someone else.
   */
  private byDescription(from: number, end: number): Person | null {
    const toks = this.toks;
    const h = roleHead(toks[from]!);
    if (!h || end <= from || end - from > 4) return null;
    const rest = toks.slice(from + 1, end + 1).map((t) => withoutArticle(t.light));
    // (محامي اللاعب البرتغالي, and محامي رونالدو: a title in construct with a person of the briefing)
    if (!h.definite && !hasArticle(toks[from + 1]!) && !(this.index.at(toks[from + 1]!) && !this.index.prefixAt(toks[from + 1]!))) return null;
    let best: Person | null = null;
    let top = -1;
    let tie = false;
    const office = officeOf(h.head);
    for (const { p, words, head } of this.roleWordsOfPeople()) {
      if (!words.length || !head || officeOf(head) !== office) continue;
      // (رئيس وزراء كوسوفو is no «الرئيس …» unless the description says وزراء too)
      const second = words[1];
      if (second && !second.startsWith('ال') && !/^(وال|باسم)/.test(second) && !rest.includes(withoutArticle(second))) continue;
      const roleWords = new Set(words.slice(1).map(withoutArticle));
      // (nor one whose office names another portfolio or nationality: وزير المالية الهولندي is not
      // «وزير الداخلية الألماني» Seehofer, whom the same head «وزير» would otherwise give it)
      if (this.describesOther(toks.slice(from + 1, end + 1), words.slice(1), roleWords)) continue;
      const score = rest.filter((w) => roleWords.has(w)).length;
      if (score > top) { best = p; top = score; tie = false; } else if (score === top) tie = true;
    }
    return best && !tie ? best : null;
  }

  /**
   * A description's words (after its head) name another office than a role's (after its head):
   * the words in construct right after the heads are definite nouns neither of which the other
   * writes (المالية against الداخلية), or a nationality differs (الهولندي against الألماني).
   */
  private describesOther(desc: readonly Token[], role: readonly string[], roleBare: ReadonlySet<string>): boolean {
    const d0 = desc[0], r0 = role[0];
    const descBare = desc.map((t) => withoutArticle(t.light));
    // (a portfolio in other words is still the same when either writes the other's: رئيس الاحتياطي
    // الفدرالي for «رئيس المجلس الاحتياطي الفيدرالي»)
    if (d0 && r0 && hasArticle(d0) && /^ال/.test(r0) && !isDemonym(d0.light) && !isDemonym(r0) && !roleBare.has(withoutArticle(d0.light)) && !descBare.includes(withoutArticle(r0))) return true;
    const descNat = desc.filter((t) => hasArticle(t) && isDemonym(t.light)).map((t) => withoutArticle(t.light));
    const roleNat = role.filter((w) => /^ال/.test(w) && isDemonym(w)).map(withoutArticle);
    return descNat.length > 0 && roleNat.length > 0 && !descNat.some((w) => roleBare.has(w)) && !roleNat.some((w) => descNat.includes(w));
  }

  /** Each person's role as light words and the head of its first word (byDescription), read once. */
  private roleWords: Array<{ p: Person; words: string[]; head: string | undefined }> | null = null;
  private roleWordsOfPeople(): Array<{ p: Person; words: string[]; head: string | undefined }> {
    return (this.roleWords ??= this.people.map((p) => {
      const words = p.role.ar ? stripDiacritics(p.role.ar.replace(/\s*\(.*$/, '')).split(/\s+/).filter(Boolean).map((w) => lightNormAr(w)) : [];
      // (a title with its principal's pronoun holds the title's office: محاميه is a محامي)
      const head = words.length ? roleHead({ light: roleTitleWord(words[0]!) } as Token)?.head : undefined;
      return { p, words, head: head && (pronounTitle(head) ?? head) };
    }));
  }

  /**
   * A definite description that the article writes beside one person's name elsewhere (صادق الدويد
   * المتحدث باسم المقاومة الوطنية … وكشف المتحدث باسم المقاومة أن …; المتحدث باسم الكرملين، ديمتري
   * بيسكوف): that person, when the roles the people finder kept miss it. The description's first
   * words (two or three, opening on a definite title) must stand right after a mention of the person
   * or right before one (across a comma), and beside no one else.
   */
  private byApposition(from: number, end: number): Person | null {
    const toks = this.toks;
    const h = roleHead(toks[from]!);
    if (!h || !h.definite || end <= from) return null;
    const { bares, at } = this.appositionIndex();
    const key = bares.slice(from, Math.min(end, from + 2) + 1);
    const found = new Set<Person>();
    const personAt = this.personAtTokens();
    // (only where the first word stands: a scan of the whole article per subject was quadratic)
    for (const j of at.get(key[0]!)!) {
      if (j + key.length > toks.length) break;
      if (j === from || !key.every((w, i) => bares[j + i] === w && (i === 0 || !/[،,:.;"«»“”]/.test(toks[j + i - 1]!.gap)))) continue;
      const prev = j > 0 && toks[j - 1]!.sent === toks[j]!.sent && !/[:.;"«»“”]/.test(toks[j - 1]!.gap) ? personAt[j - 1] : null;
      if (prev && !/[بلك]/.test(this.index.prefixAt(toks[j - 1]!))) found.add(prev);
      // (… المتحدث باسم الكرملين، ديمتري بيسكوف: the name after the description, across its comma)
      for (let k = j + key.length; k < toks.length && k <= j + key.length + 5 && toks[k]!.sent === toks[j]!.sent; k++) {
        const p = personAt[k];
        if (p) {
          if (/[،,]/.test(toks[k - 1]!.gap) && !/[بلك]/.test(this.index.prefixAt(toks[k]!))) found.add(p);
          break;
        }
        if (/[:.;"«»“”]/.test(toks[k - 1]!.gap) || (k > j + key.length && /[،,]/.test(toks[k - 1]!.gap))) break;
      }
    }
    return found.size === 1 ? [...found][0]! : null;
  }

  /**
   * A name after the title at `from` (المفوضة الأوروبية للتجارة | سيسيليا مالستروم): within six
   * words, no punctuation, preposition or verb between, a person of the briefing or a name of two words or more opening on
   * a given or known name word.
   */
  private nameAfterTitle(from: number, to: number): Speaker | null {
    const toks = this.toks;
    for (let k = from + 1; k <= to && k <= from + 6; k++) {
      if (GAP_BREAK.test(toks[k - 1]!.gap) || isComplementiser(toks[k]!) || isSpeechVerb(toks[k]!) || CUT_PREPS.has(toks[k]!.light) || FREE_PREPOSITIONS.has(toks[k]!.light)) return null;
      // (a title a preposition governs takes the name after it: قائد مؤيد | للرئيس السوري بشار الأسد)
      if (/[بل]/.test(roleHead(toks[k]!)?.prefix ?? '') && !this.index.at(toks[k]!)) return null;
      // (وقال وزير الخارجية لوكالة فرانس برس إن: a name right after an outlet's head, or one the
      // lexicon knows as an outlet or agency, names the outlet spoken to, not the title's holder;
      // the title's own name may still follow it: المدير العام لوكالة فرانس برس فابريس فريس)
      const outlet = this.outletAt(k, to);
      if (outlet >= k || isOutletHead(toks[k - 1]!)) {
        k = Math.max(k, outlet);
        continue;
      }
      // (an indefinite title's name right after it is its genitive, محامي رونالدو, not its holder;
      // the holder's own name may follow: محامي رونالدو بيتر كريستيانسين)
      const owner = k === from + 1 && /^\s+$/.test(toks[from]!.gap) ? this.principalAfterTitle(from) : null;
      if (owner) {
        while (k + 1 <= to && this.familyMember(toks[k + 1]!) === owner && !GAP_BREAK.test(toks[k]!.gap)) k++;
        continue;
      }
      const sp = this.nameAt(k, to);
      if (sp) return sp;
    }
    return null;
  }

  /** Last token of a news outlet or agency the lexicon knows opening at token k (فرانس برس، بي بي سي), else -1. */
  private outletAt(k: number, to: number): number {
    const toks = this.toks;
    for (let n = Math.min(4, to - k + 1); n >= 1; n--) {
      const words = toks.slice(k, k + n);
      if (words.slice(0, -1).some((w) => GAP_BREAK.test(w.gap))) continue;
      const o = knownOrg(normaliseAr(words.map((w) => w.text).join(' ')).replace(/^ل(?!ل)/, ''));
      if (o && (o.kind === 'outlet' || o.kind === 'agency')) return k + n - 1;
    }
    return -1;
  }

  /** The person or the name of two words or more that opens at token k (not behind a preposition), or null. */
  private nameAt(k: number, to: number): Speaker | null {
    const t = this.toks[k]!;
    const p = this.index.at(t);
    if (p) return /[بلك]/.test(this.index.prefixAt(t)) ? null : fromPerson(p);
    if (!(isGiven(t) || isKnownNameToken(t.light))) return null;
    const e = this.namedEnd(k, to);
    if (e <= k) return null;
    const ar = cleanSpeakerText(this.text.slice(t.start, this.toks[e]!.end));
    return ar ? { speaker: { ar, en: englishName(ar).en }, speakerId: null, unnamed: false } : null;
  }

  /**
   * A description (النجمة الأميركية، المدرب الفرنسي) that the article writes, head and other words,
   * right before one name elsewhere (كشفت نجمة التنس الأميركية سيرينا وليامز، مدرب نادي ريال مدريد
   * الفرنسي زين الدين زيدان): that name. The head's word must recur with the article or without it,
   * the description's other words between it and the name (at most six words, no punctuation); null
   * when no name or two different names fit.
   */
  private nameOfDescription(from: number, end: number): Speaker | null {
    const toks = this.toks;
    if (end - from > 3) return null;
    const { bares, at } = this.descriptionIndex();
    const key = bares[from]!;
    const rest = bares.slice(from + 1, end + 1);
    // The names this description is written before, read once per description: a run-on text that
    // repeats one description thousands of times stays linear. Only the subject's own mention is
    // left out per call, and it can only be one of the cached ones.
    const cacheKey = `${key}\u0000${rest.join(' ')}`;
    let classes = this.descMatches.get(cacheKey);
    if (!classes) {
      classes = [];
      // (only the tokens whose word is the head's: a scan of the whole article per subject was quadratic)
      for (const j of at.get(key)!) {
        if (this.inQuotationAt(toks[j]!.start)) continue;
        const between: string[] = [];
        for (let k = j + 1; k < toks.length && k <= j + 7 && toks[k]!.sent === toks[j]!.sent; k++) {
          if (GAP_BREAK.test(toks[k - 1]!.gap)) break;
          const sp = !rest.every((w) => between.includes(w)) ? null : this.describedNameAt(k);
          if (sp) {
            const c = classes.find((x) => sameSpeaker(x.names[0]!.sp, sp));
            if (c) c.names.push({ j, sp });
            else classes.push({ names: [{ j, sp }] });
            break;
          }
          if (this.index.at(toks[k]!)) break;
          between.push(bares[k]!);
        }
      }
      // (longest first, the earliest of equals: the name a description stands for)
      for (const c of classes) c.names = c.names.map((n, i) => ({ n, i })).sort((a, b) => b.n.sp.speaker.ar.length - a.n.sp.speaker.ar.length || a.i - b.i).map((x) => x.n);
      this.descMatches.set(cacheKey, classes);
    }
    // Two different people written after the description (the subject's own mention left out): none.
    const outside = (j: number) => j < from || j > end;
    const left = classes.filter((c) => c.names.some((n) => outside(n.j)));
    if (left.length !== 1) return null;
    const found = left[0]!.names.find((n) => outside(n.j))!.sp;
    return found?.speaker.en ? found : null;
  }

  /** The names each description (head word and the words after it) is written before, with where. */
  private descMatches = new Map<string, Array<{ names: Array<{ j: number; sp: Speaker }> }>>();

  /** Each token's word without conjunction and article, and the tokens of each such word, built once. */
  private descIndex: { bares: string[]; at: Map<string, number[]> } | null = null;
  private descriptionIndex(): { bares: string[]; at: Map<string, number[]> } {
    return (this.descIndex ??= wordIndex(this.toks.map((t) => t.light.replace(/^[وف](?=ال)/, '').replace(/^ال/, ''))));
  }

  /** Each token's word without a conjunction before ال, and the tokens of each such word (byApposition), built once. */
  private appIndex: { bares: string[]; at: Map<string, number[]> } | null = null;
  private appositionIndex(): { bares: string[]; at: Map<string, number[]> } {
    return (this.appIndex ??= wordIndex(this.toks.map((t) => t.light.replace(/^[وف](?=ال)/, ''))));
  }

  /** The name that opens at token k after a description (nameOfDescription), read once per token. */
  private describedNames = new Map<number, Speaker | null>();
  private describedNameAt(k: number): Speaker | null {
    let sp = this.describedNames.get(k);
    if (sp === undefined) {
      const toks = this.toks;
      let last = k;
      while (last + 1 < toks.length && last - k < 4 && toks[last + 1]!.sent === toks[k]!.sent) last++;
      const tk = toks[k]!;
      // (a name word this reader cannot take in full still names someone: ديدييه ديشان)
      sp = this.nameAt(k, last)
        ?? (nameLike(tk) && !hasArticle(tk) && !roleHead(tk) && !isUnnamedHead(tk) && !isPlaceOrOrg(tk) && !isTimeWord(tk) ? { speaker: { ar: cleanSpeakerText(tk.text), en: '' }, speakerId: null, unnamed: false } : null);
      this.describedNames.set(k, sp);
    }
    return sp;
  }

  /** People by the first two words of their role (roles of two words or more), built once. */
  private rolesByStart: Map<string, Array<{ role: string; p: Person }>> | null = null;

  private byRole(phrase: string): Person | null {
    const n = officeWords(normaliseAr(phrase));
    const words = n.split(' ');
    if (words.length < 2) return null;
    if (!this.rolesByStart) {
      this.rolesByStart = new Map();
      for (const p of this.people) {
        const role = officeWords(normaliseAr(p.role.ar.replace(/\s*\(.*$/, '')));
        const rw = role.split(' ');
        if (rw.length < 2) continue;
        const key = `${rw[0]} ${rw[1]}`;
        this.rolesByStart.set(key, [...(this.rolesByStart.get(key) ?? []), { role, p }]);
      }
    }
    for (const { role, p } of this.rolesByStart.get(`${words[0]} ${words[1]}`) ?? []) if (n.startsWith(role) || role.startsWith(n)) return p;
    return null;
  }


  /**
   * How the clause after the verb at v (complementiser at c) is reported: a denial after نفى/أنكر
   * (and رفض أن يكون), unless the verb is negated (لم ينفِ = did not deny); else indirect.
   */
  private kindOf(v: number, c: number): Quote['kind'] {
    const toks = this.toks;
    const t = toks[v]!;
    const prev = v > 0 ? toks[v - 1] : undefined;
    if (prev && prev.sent === t.sent && /^[وف]?(لم|لا|لن|ما)$/.test(prev.light)) return 'indirect';
    if (isDenialVerb(t)) return 'denial';
    // (استبعد أن: ruling out is denying; a frame with required words, رفض, decides in objectReport)
    const frame = verbFrame(t);
    if (frame?.kind === 'denial' && !frame.required) return 'denial';
    if (isRefusalVerb(t) && /^[تي]كون/.test(toks[c + 1]?.light ?? '')) return 'denial';
    return this.deniesInClause(c) ? 'denial' : 'indirect';
  }

  /**
   * The reported clause is itself a denial (قال محاميه إن بيسون ينفي نفيا قاطعا …): its verb, within
   * its first four words and before any comma, is a verb of denial not negated. The speaker passes
   * the denial on; showing it as a claim would say the opposite.
   */
  private deniesInClause(c: number): boolean {
    const toks = this.toks;
    const sent = toks[c]?.sent;
    for (let k = c + 1; k <= c + 4 && k < toks.length && toks[k]!.sent === sent; k++) {
      const t = toks[k]!;
      if (isComplementiser(t) || /^[وف]?(لم|لا|لن|ما|ليس)$/.test(t.light)) return false;
      if (isDenialVerb(t)) return true;
      if (/[،,:"«»“”]/.test(t.gap)) return false;
    }
    return false;
  }

  /** The sentence being read: its span and first and last tokens (for the speaker ranker). */
  private cur: { s: SentenceSpan; a: number; b: number } | null = null;

  /** Each person's name in matching form, split into words once (apposedPerson). */
  private matchingNames: string[][] | null = null;

  /**
   * The person a phrase read as a body or description names in apposition: a found person's full
   * name right after a definite word (حفيد مؤسس جماعة الإخوان الإرهابية طارق رمضان الموقوف،
   * المكلفة بالإعلام في البيت الأبيض سارة ساندرز). The definite word closes a title or its
   * adjective, so the name is its holder; after an indefinite head in construct (محامي طارق رمضان،
   * حكومة بنيامين نتنياهو) the name is the possessor and the phrase someone else. (A phrase
   * opening on the name is no apposition, and a joint subject «X وY» names two.)
   */
  private apposedPerson(ar: string): Person | null {
    const words = normaliseAr(ar).split(' ');
    if (words.length < 3) return null;
    let found: Person | null = null;
    // (split once: a run-on paste gives thousands of quotations a body)
    this.matchingNames ??= this.people.map((p) => normaliseAr(p.name.ar).split(' '));
    for (let i = 0; i < this.people.length; i++) {
      const p = this.people[i]!;
      const name = this.matchingNames[i]!;
      if (name.length < 2) continue;
      for (let k = 1; k + name.length <= words.length; k++) {
        if (!name.every((w, j) => words[k + j] === w)) continue;
        if (!/^ال/.test(words[k - 1]!)) continue;
        if (found && found !== p) return null;
        found = p;
      }
    }
    return found;
  }

  /**
   * `cue`: the token of the verb or attribution that reports the statement, -1 when none does.
   * `embedded`: said in a relative clause (مع سيول التي أكدت أن …), an aside that does not change
   * who the discourse is about, so a later وأضاف still goes back to the main clause's speaker.
   */
  private emit(out: Quote[], text: string, sp: Speaker, kind: Quote['kind'], sentenceId: number, cue = -1, embedded = false): void {
    // (a participle's object pronoun and its complementiser are no part of what was said: «واصفة
    // إياها بأنها كانت "غير مسؤولة"» says «كانت "غير مسؤولة"»)
    // (… nor the attribution that closes it: «الوضع "خطير جدا"، وفقا لوكالة رويترز» says the first part)
    // (not a source that opens the next clause, «…، بحسب السبسي نفسه فإنه …»)
    const t = text.trim().replace(/^[\s،,:]+/, '').replace(/[\s،,]+$/, '').replace(LEADING_IYYA, '').replace(TRAILING_ATTRIBUTION, (m) => (/\s[فو]?[إا]ن(ه|ها|هم)?\s/.test(`${m} `) ? m : ''));
    if (!t) return;
    // (قال X إن "…": a clause quoted whole from its first word to its last is the speaker's own words;
    // the gold calls it direct 63 times to 15 on the studied half)
    if (kind === 'indirect' && /^["«“]/.test(t) && /["»”]\.?$/.test(t) && !/["«“»”]/.test(t.slice(1).replace(/["»”]\.?$/, ''))) kind = 'direct';
    const q: Quote = { id: `q${++this.seq}`, text: t, textEn: '', speaker: sp.speaker, speakerId: sp.speakerId, unnamed: sp.unnamed, kind, sentenceId };
    let chosen = this.asBody(this.rank(q, sp, cue));
    if (chosen !== UNATTRIBUTED && !chosen.speakerId && !chosen.speakerIds?.length && sayerless(chosen.speaker.ar)) chosen = UNATTRIBUTED;
    if (chosen !== UNATTRIBUTED && chosen.unnamed && !chosen.speakerId && !chosen.speakerIds?.length && dualOfPersons(chosen.speaker.ar)) chosen = this.pairNamed(cue) ?? chosen;
    // (a body's phrase that ran on into what it said or did ends where its noun phrase does; its
    // English is then made from the words kept)
    if (chosen !== UNATTRIBUTED && !chosen.speakerId && !chosen.speakerIds?.length) {
      const ar = speakerTail(chosen.speaker.ar);
      if (ar !== chosen.speaker.ar) chosen = { ...chosen, speaker: { ar, en: '' } };
      const named = this.apposedPerson(chosen.speaker.ar);
      if (named) chosen = fromPerson(named);
    }
    // (where the text stands in its sentence, found once: the discourse below needs it too, and a
    // run-on paste's one sentence holds thousands of quotations)
    const at = this.cur ? this.text.indexOf(t, this.cur.s.start) : -1;
    const split = chosen === UNATTRIBUTED || kind === 'direct' ? null : splitOverlap(q.text, chosen.speaker.ar, !!chosen.speakerId || !!chosen.speakerIds?.length || !chosen.unnamed, this.wordBefore(at));
    if (split) {
      q.text = split.text;
      if (split.speakerAr !== chosen.speaker.ar) chosen = { ...chosen, speaker: { ar: split.speakerAr, en: '' } };
    }
    q.speaker = chosen.speaker.en || chosen === UNATTRIBUTED || chosen.speakerId ? chosen.speaker : { ar: chosen.speaker.ar, en: speakerEnglish(chosen) };
    // a described source read as a role shows the source's English (a government spokesman, not
    // "government spokesperson"): the same words, with the article and the Arabic's gender
    if (chosen.unnamed && !chosen.speakerId && chosen !== UNATTRIBUTED && q.speaker.en && q.speaker.en === translateRole(q.speaker.ar)) {
      q.speaker = { ar: q.speaker.ar, en: translateSource(q.speaker.ar) || q.speaker.en };
    }
    if (!chosen.speakerId && chosen !== UNATTRIBUTED) {
      const named = titledNameEnglish(q.speaker.ar) ?? kinEnglish(q.speaker.ar) ?? bracketedName(q.speaker.ar);
      if (named) q.speaker = { ar: q.speaker.ar, en: named };
      else if (!chosen.speakerIds?.length) q.speaker = { ar: q.speaker.ar, en: definiteEnglish(q.speaker.ar, q.speaker.en) };
    }
    q.speakerId = chosen.speakerId;
    if (!chosen.speakerId && chosen.speakerIds?.length) q.speakerIds = [...chosen.speakerIds];
    q.unnamed = chosen.unnamed;
    if (chosen === UNATTRIBUTED) q.unattributed = true;
    out.push(q);
    // An unattributed quotation is no one to continue from (وأضاف still means the last speaker).
    // (a report inside unquoted speech after a colon belongs to that speech, not to the discourse)
    if (cue >= 0 && this.toks[cue]!.start > this.speechFrom) embedded = true;
    // (… and so does a report whose verb stands inside a statement already read: «واعتبر فرحات أن
    // السخرية من الأديان ووصف الأنبياء بألفاظ … لا يقع …» is فرحات's, and the discourse goes on
    // with him, not with whoever the nested verb seemed to have as its subject)
    if (cue >= 0 && this.saidSpans.some(([s0, e0]) => this.toks[cue]!.start >= s0 && this.toks[cue]!.start < e0)) embedded = true;
    if (at >= 0) this.saidSpans.push([at, at + t.length]);
    if (chosen !== UNATTRIBUTED) this.spoken.add(chosen.speakerId ?? speakerKey(chosen.speaker.ar));
    if (chosen !== UNATTRIBUTED && !chosen.speakerId) this.sourcesSaid.push(chosen);
    if (chosen !== UNATTRIBUTED) {
      const key = chosen.speakerId ?? speakerKey(chosen.speaker.ar);
      this.sourcesAndPeopleSaid.delete(key);
      this.sourcesAndPeopleSaid.set(key, chosen);
    }
    if (chosen !== UNATTRIBUTED && !embedded) {
      this.last = chosen;
      this.lastPara = this.cur ? this.toks[this.cur.a]!.para : -1;
      this.said.push({ at: cue >= 0 ? cue : this.cur ? tokenAtOrAfter(this.toks, Math.max(at, this.cur.s.start)) : 0, sp: chosen });
    }
  }

  /**
   * The two persons a dual description names (المقاتلان البريطانيان، الرئيسان): the pair written
   * right after it in apposition (تعهد الرئيسان، الأمريكي دونالد ترامب والفرنسي إيمانويل ماكرون،),
   * else the last pair joined by و before (نقلت الوكالة عن ألكسندر كوتيه والشافعي الشيخ … قالا
   * المقاتلان البريطانيان). Two different persons, at most two title words between them, each of
   * the second's on و; not inside quoted words. Null when no pair is written.
   */
  private pairNamed(cue: number): Speaker | null {
    const toks = this.toks;
    const personAt = this.personAtTokens();
    if (cue < 0) return null;
    const sent = toks[cue]!.sent;
    // (a pair whose first person's last token is k)
    const pairFrom = (k: number): [Person, Person] | null => {
      const p1 = personAt[k];
      if (!p1 || this.inQuotationAt(toks[k]!.start)) return null;
      // (a title word: with the article, a title, or a counterpart's word, ونظيره; the first on و)
      const titleWord = (j: number) => {
        const light = j === k + 1 ? toks[j]!.light.slice(1) : toks[j]!.light;
        const t = { ...toks[j]!, text: light, light } as Token;
        return hasArticle(t) || !!roleHead(t) || isCounterpart(t);
      };
      let j = k + 1;
      while (j < toks.length && j - k <= 3 && !personAt[j] && WAW_OPEN.test(toks[j]!.light) === (j === k + 1) && !GAP_BREAK.test(toks[j - 1]!.gap) && titleWord(j)) j++;
      if (j >= toks.length || GAP_BREAK.test(toks[j - 1]!.gap) || toks[j]!.sent !== toks[k]!.sent) return null;
      const p2 = personAt[j];
      // (the second person's name on و when nothing stands between: وإيمانويل)
      if (!p2 || p2 === p1 || (j === k + 1 && !WAW_OPEN.test(toks[j]!.light))) return null;
      return [p1, p2];
    };
    const build = ([p1, p2]: [Person, Person]): Speaker => jointSpeaker(`${p1.name.ar} و${p2.name.ar}`, [p1, p2]);
    for (let k = cue + 1; k < toks.length && k - cue <= 14 && toks[k]!.sent === sent; k++) {
      if (personAt[k] && personAt[k + 1] !== personAt[k]) { const pair = pairFrom(k); if (pair) return build(pair); }
    }
    for (let k = cue - 1; k >= 0 && cue - k <= ANTE_REACH && toks[k]!.sent >= sent - 3; k--) {
      if (personAt[k] && personAt[k + 1] !== personAt[k]) { const pair = pairFrom(k); if (pair) return build(pair); }
    }
    return null;
  }

  /** The word before the quotation's text, found at `at` in its sentence ('' when it was not found). */
  private wordBefore(at: number): string {
    if (!this.cur || at < 0) return '';
    return /(\S+)\s*$/.exec(this.text.slice(Math.max(this.cur.s.start, at - 24), at))?.[1] ?? '';
  }

  private bodies = new Map<string, boolean>();
  /**
   * A "person" the people finder built from a body's name (شركة آبل → آبل، وكالة دوغان → دوغان,
   * أسوشيتد برس) speaks as that body: no role, and the lexicon knows the name as an organisation or
   * most of its mentions stand right after a body's head word (شركة، وكالة، جامعة، موقع).
   */
  private asBody(sp: Speaker): Speaker {
    const id = sp.speakerId;
    if (!id) return sp;
    let body = this.bodies.get(id);
    if (body === undefined) {
      const p = this.personById(id);
      body = false;
      if (p && !p.role.ar) {
        if (knownOrg(normaliseAr(p.name.ar))) body = true;
        else {
          const personAt = this.personAtTokens();
          let n = 0;
          let headed = 0;
          personAt.forEach((x, k) => {
            if (x !== p || (k > 0 && personAt[k - 1] === p)) return;
            n++;
            if (this.index.prefixAt(this.toks[k]!)) return;
            // (the head word may have definite words between: وكالة الأنباء دوغان)
            for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
              const prev = this.toks[j]!;
              if (prev.sent !== this.toks[k]!.sent || GAP_BREAK.test(prev.gap)) break;
              if ((isUnnamedHead(prev) || isOutletHead(prev)) && !roleHead(prev)) { headed++; break; }
              if (!hasArticle(prev)) break;
            }
          });
          body = headed > 0 && 2 * headed >= n;
        }
      }
      this.bodies.set(id, body);
    }
    return body ? { speaker: sp.speaker, speakerId: null, unnamed: true } : sp;
  }

  /** The statement phrase (بيان للحكومة الإسرائيلية، البيان) each issuer the rules read from one stands for. */
  private mediumOf = new WeakMap<Speaker, Speaker>();
  /** The issuer of the statement «البيان» refers back to (statementIssuer), where the rules chose another. */
  private issuerBack = new WeakMap<Speaker, Speaker>();
  /**
   * The issuer a statement, report or figures phrase (from..end) was read for, marked with the phrase
   * itself: annotators keep either (بيان لوزارة الاقتصاد → the ministry; بيان للحكومة الإسرائيلية, البيان
   * → the statement), so the ranker is offered both and weighs them.
   */
  private issuedBy(issuer: Speaker, from: number, end: number, lamSource: boolean): Speaker {
    const toks = this.toks;
    let ar = cleanSpeakerText(this.text.slice(toks[from]!.start, toks[end]!.end));
    const first = toks[from]!.light;
    if (lamSource && /^ل/.test(first)) ar = first.startsWith('لل') ? 'ا' + ar.slice(1) : ar.slice(1);
    else if (/^[وف]/.test(first) && /^[وف](ال)?(بيان|تقرير|بلاغ|احصا|ارقام|دراس|استطلاع)/.test(first)) ar = ar.slice(1);
    if (!ar) return issuer;
    const marked: Speaker = { ...issuer };
    this.mediumOf.set(marked, { speaker: { ar, en: translateRole(ar) }, speakerId: null, unnamed: true });
    return marked;
  }

  /**
   * Everyone who has spoken so far, each once under its key, the latest last (a Map: re-setting a
   * key after deleting it moves it to the end, where a filtered copy of the list was made per quotation).
   */
  private sourcesAndPeopleSaid = new Map<string, Speaker>();

  /**
   * The person of the briefing under an id (ids are unique), by a map built once: the ranker
   * looks a person up for every candidate of every quotation.
   */
  private byId: Map<string, Person> | null = null;
  private personById(id: string): Person | undefined {
    if (!this.byId) {
      this.byId = new Map();
      for (const p of this.people) if (!this.byId.has(p.id)) this.byId.set(p.id, p);
    }
    return this.byId.get(id);
  }
  /** The unnamed sources that have spoken so far, latest last. */
  private sourcesSaid: Speaker[] = [];

  /**
   * The owner of a statement right before a verb whose relative pronoun refers back to it («تصريح
   * لرئيس السلطة القضائية قال فيه»، «بيان للوزارة أكدت فيه»): the medium within six words before the
   * verb, no punctuation between, and its owner after ل (a title the briefing gives one person is
   * that person); with no ل-owner, the one a verb of issuing names (mediumOwner) or the subject of
   * the medium's clause (issuerOfClause).
   */
  private relativeMediumOwner(verb: number): Speaker | null {
    const toks = this.toks;
    for (let m = verb - 1; m >= 0 && verb - m <= 6 && toks[m]!.sent === toks[verb]!.sent && !GAP_BREAK.test(toks[m]!.gap); m--) {
      const w = toks[m]!.light;
      // (بيان نشرته وكالة الأنباء القطرية حيث نفت فيه …: a clause of its own after حيث, read by its own rules)
      if (w === 'حيث' || CLAUSE_OPENERS.has(w)) return null;
      if (!MEDIUM.test(w) && !(/^ب/.test(w) && MEDIUM.test(w.slice(1)))) continue;
      const next = toks[m + 1]!;
      // (نشرت السفارة الروسية عدة تغريدات بموقع تويتر تقول فيها إنها …: with no owner after it, the
      // medium is the one the clause's subject issued, as statementIssuer reads «البيان»)
      if (m + 1 >= verb || !/^ل/.test(next.light)) return this.mediumOwner(m, verb - 1) ?? this.issuerOfClause(m, true);
      const p = this.index.at(next);
      if (p && this.index.prefixAt(next) === 'ل') return fromPerson(p);
      const bare = next.light.replace(/^لل/, 'ال').replace(/^ل(?!ل)/, '');
      const title = roleHead({ text: bare, light: bare } as Token);
      if (title) {
        const ar = cleanSpeakerText(this.text.slice(next.start, toks[verb - 1]!.end)).replace(/^لل/, 'ال').replace(/^ل/, '');
        const holder = this.byRole(ar) ?? (title.definite ? this.byTitle({ text: bare, light: bare } as Token) : null);
        if (holder) return fromPerson(holder);
      }
      return this.mediumOwner(m, verb - 1);
    }
    return null;
  }

  /**
   * The issuer a medium phrase opening at `from` names within its first words: a body or person
   * behind ل (بيان لوزارة الاقتصاد، بيان للصندوق), behind عن after صادر (البيان الصادر عن مجموعة …),
   * or after a verb of issuing with the medium as its object (تقرير حديث نشره "معهد واشنطن"، بيان
   * أصدرته الوزارة). A bare definite head (للصندوق) is the body the article named under it before.
   */
  private mediumOwner(from: number, to: number): Speaker | null {
    const toks = this.toks;
    for (let k = from + 1; k <= Math.min(to, from + 4); k++) {
      const prev = toks[k - 1]!;
      const t = toks[k]!;
      if (t.sent !== prev.sent || /[،,:.;]/.test(prev.gap)) return null;
      let at = -1;
      const bare = t.light.replace(/^لل/, 'ال').replace(/^ل(?!ل)/, '');
      if (/^ل/.test(t.light) && bare.length >= 3 && k <= from + 2) {
        const bt = { light: bare, text: bare } as Token;
        const stem = bare.replace(/^ال/, '');
        if (isUnnamedHead(bt) || isUnnamedHead({ light: stem, text: stem } as Token) || isPlaceOrOrg(bt) || (this.index.at(t) && this.index.prefixAt(t) === 'ل')) at = k;
      } else if (t.light === 'عن' && /^ال?صادر[هة]?$/.test(prev.light)) at = k + 1;
      else if (/^(نشر|اصدر|بث|اعد|وزع)(ه|ته|ها|تها)$/.test(t.light)) at = k + 1;
      if (at < 0) continue;
      at = soCalledEnd(toks, at, to);
      if (at > to) return null;
      const e = this.phraseEnd(at, to);
      const p = this.personIn(at, e) ?? (at === k ? this.index.at(t) : null);
      if (p) return fromPerson(p);
      let ar = cleanSpeakerText(this.text.slice(toks[at]!.start, toks[e]!.end));
      if (at === k) ar = ar.startsWith('لل') ? 'ا' + ar.slice(1) : ar.slice(1);
      const head = lightNormAr(ar.split(' ')[0] ?? '').replace(/^ال/, '');
      if (!ar || (headClass(ar) === 'other' && !isUnnamedHead({ text: head, light: head } as Token))) return null;
      // (للصندوق: the fund the article named before, صندوق الاستثمارات العامة)
      if (!ar.includes(' ') && /^ال/.test(lightNormAr(ar))) {
        const back = this.sourceNamed({ light: lightNormAr(ar) } as Token) ?? this.namedEarlier(head, from);
        if (back) return back;
      }
      return { speaker: { ar, en: translateRole(ar) }, speakerId: null, unnamed: true };
    }
    return null;
  }

  /**
   * Who issued the statement «البيان» at `from` refers back to: the nearest statement mentioned
   * without the article in the six sentences before (في بيان، بيانا، ببيان), by its owner phrase
   * (بيان لوزارة …، بيانا أصدرته …) or else the subject of the verb opening its clause (ونقلت وزارة
   * الدفاع في بيان عن ليبرمان …: the ministry, not Lieberman whom it quoted). Null when none.
   */
  private statementIssuer(from: number): Speaker | null {
    const toks = this.toks;
    const sent = toks[from]!.sent;
    for (let m = from - 1; m >= 0 && toks[m]!.sent >= sent - 6; m--) {
      if (!/^[وف]?ب?بيان[اي]?$/.test(toks[m]!.light) || this.inQuotation(m)) continue;
      const s = toks[m]!.sent;
      let last = m;
      while (last + 1 < toks.length && toks[last + 1]!.sent === s) last++;
      const owner = this.mediumOwner(m, last);
      if (owner) return owner;
      return this.issuerOfClause(m, false);
    }
    return null;
  }

  /**
   * The subject of the verb opening the clause that holds the medium at m (نشرت السفارة … تغريدات):
   * who issued it; null when none. `atComma`: the clause also opens after a comma (…، نشرت …).
   */
  private issuerOfClause(m: number, atComma: boolean): Speaker | null {
    const toks = this.toks;
    const s = toks[m]!.sent;
    const stop = atComma ? /[.:"«»“”،,]/ : /[.:"«»“”]/;
    let j = m - 1;
    while (j - 1 >= 0 && toks[j - 1]!.sent === s && m - j < 40 && !CLAUSE_OPENERS.has(toks[j - 1]!.light) && !stop.test(toks[j - 1]!.gap)) j--;
    if (j < 0 || toks[j]!.sent !== s || j >= m - 1 || !this.clauseVerbBefore(j + 1, j, -1)) return null;
    return this.clauseSubject(j, m - 1);
  }

  /** The subject opening the clause after j, up to `end` at most (its verb read first); null when it names no one. */
  private clauseSubject(j: number, end: number): Speaker | null {
    const e = this.subjectEnd(j + 1, end);
    const sp = e > j ? this.subject(j + 1, e, false) : null;
    return sp && sp !== UNATTRIBUTED ? sp : null;
  }

  /**
   * A body the article named before token `before` under the head `head` (شركة for «الشركة»): the
   * nearest earlier phrase opening on the head without ال that goes on to a name (شركة المحاسبة
   * العملاقة برايس ووترهاوس) or a quoted name, not a mere description (شركة محاسبة عملاقة).
   */
  private namedEarlier(head: string, before: number): Speaker | null {
    const toks = this.toks;
    const at = this.headPositions(head);
    for (let i = lastBelow(at, before); i >= 0; i--) {
      const k = at[i]!;
      let to = k;
      while (to + 1 < toks.length && toks[to + 1]!.sent === toks[k]!.sent && to - k < 10) to++;
      const e = this.phraseEnd(k, to);
      if (e === k) continue;
      let named = /["«“]/.test(toks[k]!.gap);
      for (let j = k + 1; j <= e && !named; j++) named = !hasArticle(toks[j]!) && (nameLike(toks[j]!) || isPlaceOrOrg(toks[j]!)) && !isUnnamedHead(toks[j]!);
      if (!named) continue;
      let ar = cleanSpeakerText(this.text.slice(toks[k]!.start, toks[e]!.end));
      if (toks[k]!.light !== head) ar = ar.slice(1);
      return { speaker: { ar, en: translateRole(ar) }, speakerId: null, unnamed: true };
    }
    return null;
  }

  /**
   * The tokens namedEarlier may open a phrase at under each head it was asked about: the head's
   * own word or the head behind a glued و/ف (فشركة under شركة), ascending. Found by one pass over
   * the article per head (a handful per article) where namedEarlier scanned every token back to
   * the article's start at each definite head, quadratic on a long article (2.6 % of a
   * 100k-character parse).
   */
  private headAt = new Map<string, number[]>();
  private headPositions(head: string): number[] {
    let at = this.headAt.get(head);
    if (!at) {
      at = [];
      // (the tokens of the three light forms, from the article's index of its light forms
      // (tokens.ts lightIndexOf, the list the lightCounts read): a scan of every token per head
      // sliced each و/ف word)
      const { id, first, next } = lightIndexOf(this.toks);
      for (const form of [head, 'و' + head, 'ف' + head]) {
        const j = id.get(form);
        if (j !== undefined) for (let k = first[j]!; k >= 0; k = next[k]!) at.push(k);
      }
      at.sort((x, y) => x - y);
      this.headAt.set(head, at);
    }
    return at;
  }

  /** The latest source that spoke whose phrase opens on the head of the definite word t, without ال (المصدر → مصدر مطلع). */
  private sourceNamed(t: Token): Speaker | null {
    const head = t.light.replace(/^[وف]?ال/, '');
    for (let i = this.sourcesSaid.length - 1; i >= 0; i--) {
      const sp = this.sourcesSaid[i]!;
      const words = speakerKey(sp.speaker.ar).split(' ');
      if (words.length >= 2 && lightNormAr(words[0]!) === head) return sp;
    }
    return null;
  }

  /** Who has spoken so far in the article (its quotations' speakers, by the ranker's key). */
  private spoken = new Set<string>();

  /** Mentions of each person in the article, counted once. */
  private mentionCounts: Map<string, number> | null = null;

  // Read once per paragraph, not once per quote: a long paragraph of many quotes would be quadratic.
  private topics = new Map<number, string | null>();
  /** The person paragraph of token `a` names most often (twice at least, alone at the top), if any. */
  private paragraphTopic(a: number): string | null {
    const toks = this.toks;
    const para = toks[a]!.para;
    const known = this.topics.get(para);
    if (known !== undefined) return known;
    const personAt = this.personAtTokens();
    const inPara = new Map<string, number>();
    let p0 = a;
    while (p0 > 0 && toks[p0 - 1]!.para === para) p0--;
    for (let k = p0; k < toks.length && toks[k]!.para === para; k++) {
      const p = personAt[k];
      if (p && (k === p0 || personAt[k - 1] !== p)) inPara.set(p.id, (inPara.get(p.id) ?? 0) + 1);
    }
    const ranked = [...inPara].sort((x, y) => y[1] - x[1]);
    const topic = ranked[0] && ranked[0][1] >= 2 && (!ranked[1] || ranked[1][1] < ranked[0][1]) ? ranked[0][0] : null;
    this.topics.set(para, topic);
    return topic;
  }

  /**
   * The speaker the learned ranker prefers among the candidates in scope (see speaker-ranker.ts);
   * the rules' choice `rule` when no model is shipped.
   */
  private rank(q: Quote, rule: Speaker, cue: number): Speaker {
    const model = speakerRankerModel();
    const collect = rankCollector();
    if ((!model && !collect) || !this.cur) return rule;
    const { s, a, b } = this.cur;
    const toks = this.toks;
    const at = this.text.indexOf(q.text, s.start);
    const qs = at >= 0 && at < s.end ? at : s.start;
    const qe = qs + q.text.length;
    let qa = a;
    while (qa < b && toks[qa]!.start < qs) qa++;
    let qb = qa;
    while (qb < b && toks[qb + 1]!.end <= qe) qb++;
    const anchor = cue >= 0 ? cue : qa;
    // Scope: this sentence and the one before, at most WINDOW tokens either side of the cue (a
    // run-on sentence of hundreds of clauses must not make each quotation scan all of it).
    let lo = a;
    while (lo > 0 && toks[lo - 1]!.sent >= toks[a]!.sent - 1 && anchor - lo < RANK_WINDOW) lo--;
    if (anchor - lo > RANK_WINDOW) lo = anchor - RANK_WINDOW;
    const hi = Math.min(b, Math.max(qb, anchor) + RANK_WINDOW);
    const personAt = this.personAtTokens();
    let subjSlot = -1;
    if (cue >= 0) {
      subjSlot = cue + 1;
      while (subjSlot <= b && (SUBJECT_ADVERBS.has(toks[subjSlot]!.light) || (PRONOUN_ADDRESSEE.has(toks[subjSlot]!.light) && this.subjectAfterAddressee(subjSlot + 1)))) subjSlot++;
      const outlet = this.outletAddresseeEnd(subjSlot, b);
      if (outlet >= 0) subjSlot = outlet + 1;
    }
    // (the helpers a mention reads, clausesBetween, punctBetween and mentionVia, are a method and
    // module functions rather than closures made per quotation: under tsx each closure costs a
    // defineProperty of its name besides its allocation)
    // (whether a mention at k stands inside the quotation: one of the marks nearerPlace compares,
    // read before a mention is made, since rank makes one only for a nearer mention)
    const inQuoteAt = (k: number): boolean => k >= qa && k <= qb && cue !== qa;
    const mention = (k: number, object: boolean): Mention => ({
      via: mentionVia(toks, k, lo),
      dist: k - anchor,
      sentBack: toks[a]!.sent - toks[k]!.sent,
      subjectSlot: k === subjSlot,
      object: object || (k > lo && FREE_PREPOSITIONS.has(toks[k - 1]!.light)) || this.behindPreposition(k, lo),
      possessor: this.possessorAt(k, lo),
      relative: this.inRelativeClause(k, lo, anchor),
      holder: this.holderAfterPossessor(k, lo),
      inQuote: inQuoteAt(k),
      punctBetween: this.punctBetween(k, anchor),
      clauses: this.clausesBetween(k, anchor),
      clauseStart: k === lo || toks[k - 1]!.sent !== toks[k]!.sent || CLAUSE_OPENERS.has(toks[k - 1]!.light),
    });
    const cands = new Map<string, { sp: Speaker; c: SpeakerCandidate }>();
    // (the persons behind a joint phrase offered under its key, whichever reading of it came first)
    const jointIds = new Map<string, string[]>();
    const add = (who: Speaker, m: Mention | null, flags: { rule?: boolean; last?: boolean; recent?: number } = NO_FLAGS) => {
      // (each candidate as it would be shown: a body the people finder took for a person is the body)
      const sp = this.asBody(who);
      const key = candidateKey(sp);
      if (sp.speakerIds?.length && !sp.speakerId && !jointIds.has(key)) jointIds.set(key, sp.speakerIds);
      let e = cands.get(key);
      if (!e) {
        const person = sp.speakerId ? this.personById(sp.speakerId) : undefined;
        // (the name's words split once for both features: this runs for every new candidate of every quotation)
        const words = sp.speaker.ar.split(' ');
        e = { sp, c: { type: candidateType(sp), rule: false, last: false, mention: null, mentions: person ? this.countOf(person) : 0, hasRole: !!person?.role.ar, medium: MEDIUM.test(lightNormAr(words[0]!)), words: words.length } };
        cands.set(key, e);
      }
      if (flags.rule) e.c.rule = true;
      if (flags.last) e.c.last = true;
      if (flags.recent) e.c.recent = flags.recent;
    if (this.spoken.has(key)) e.c.spoke = true;
      // The nearest mention outside the quotation stands for the candidate.
      if (m && nearerMention(m, e.c.mention)) e.c.mention = m;
      return e;
    };
    add(rule, null, { rule: true });
    const ruleShown = this.asBody(rule);
    // (the statement phrase the rules read an issuer from: بيان للحكومة الإسرائيلية beside the government)
    const issued = this.mediumOf.get(rule);
    if (issued) add(issued, null);
    const back = this.issuerBack.get(rule);
    if (back) add(back, null);
    if (this.last) add(this.last, null, { last: true });
    // (the article's earlier speakers: a quotation may go back to one the window no longer holds)
    [...this.sourcesAndPeopleSaid.values()].slice(-3).reverse().forEach((sp, i) => add(sp, null, { recent: i + 1 }));
    const heads: number[] = [];
    const nearest = new Map<{ sp: Speaker; c: SpeakerCandidate }, { inQuote: boolean; sentBack: number; dist: number; at: number; tk: Token }>();
    for (let k = lo; k <= hi; k++) {
      const tk = toks[k]!;
      const p = personAt[k];
      // (a name of several words is mentioned where it opens: its preposition or title stands there)
      // (…, from the particle that opens it when the index skips that word: بن برافمان، أبو مازن)
      if (p) {
        if (k === lo || personAt[k - 1] !== p) {
          const at = k > lo && !personAt[k - 1] && NAME_PARTICLES.test(toks[k - 1]!.light) && !GAP_BREAK.test(toks[k - 1]!.gap) && toks[k - 1]!.sent === tk.sent ? k - 1 : k;
          // (its marks read once, for the nearest place, after the scan: most mentions in the window
          // repeat a person met again nearer, and a mention is a dozen marks)
          const e = add(fromPerson(p), null);
          const inQuote = inQuoteAt(at), sentBack = toks[a]!.sent - toks[at]!.sent, dist = at - anchor;
          const best = nearest.get(e);
          if (!best || nearerPlace(inQuote, sentBack, dist, best)) nearest.set(e, { inQuote, sentBack, dist, at, tk });
        }
        continue;
      }
      // (… and a word of kinship before the person it relates to, زوجة مينغ: the relative speaks)
      if (k >= a && !(k >= qa && k <= qb) && (this.sourceHeadAt(k) || this.kinAt(k))) heads.push(k);
    }
    for (const [e, n] of nearest) if (nearerPlace(n.inQuote, n.sentBack, n.dist, e.c.mention)) e.c.mention = mention(n.at, BA_LAM.test(this.index.prefixAt(n.tk)));
    // Described sources and bodies of this sentence, outside the quotation: the four nearest the cue.
    heads.sort((x, y) => Math.abs(x - anchor) - Math.abs(y - anchor) || x - y);
    const relKeys = new Set<string>();
    // (bodies and places the rules read as a person they stand for, offered as written too)
    const standIns = new Set<string>();
    const offerStandIn = (sp: Speaker | null, k: number, object: boolean) => {
      const lit = sp && sp !== UNATTRIBUTED && (sp.speakerId || !sp.unnamed) ? this.standIn(k, b) : null;
      if (lit) { add(lit, mention(k, object)); standIns.add(candidateKey(this.asBody(lit))); }
    };
    let sources = 0;
    for (const k of heads) {
      if (sources >= MAX_SOURCES) break;
      const sp = this.sourceHeadAt(k) ? this.sourceAt(k, b, qa) : this.kinSpeaker(k, b);
      if (!sp) continue;
      sources++;
      const tk = toks[k]!;
      const obj = BA_LAM_OPEN.test(tk.light) && !isUnnamedHead(tk) && (roleHead(tk)?.prefix ?? '').length > 0;
      add(sp, mention(k, obj));
      offerStandIn(sp, k, obj);
    }
    // Subjects by position, whatever their head: the definite phrase in the verb of saying's subject
    // slot and right after a verb opening an earlier clause of the sentence (أعلنت الأمم المتحدة …
    // أن، واستخدمت الجامعات الثلاث … وتوصلت، احتج النواب … واشتكوا). The head tables know only some
    // bodies and sources; the place says more than the word. The model weighs them (subj, vsubj, head).
    const slots: number[] = [];
    if (subjSlot >= 0 && subjSlot <= b) slots.push(subjSlot);
    // (within the window only: a run-on sentence of hundreds of clauses must not make each quotation scan all of it)
    for (let k = Math.max(a, lo) + 1; k < anchor && k <= b; k++) if (this.clauseVerbBefore(k, a, cue)) slots.push(k);
    for (const k of slots) {
      const tk = toks[k]!;
      // (nor inside another quotation: a clause of quoted words has no speaker's slot, «… وغير المبرر
      // للولايات المتحدة" بفرض …» offered المبرر; a short quoted name is a name)
      if ((k >= qa && k <= qb) || personAt[k] || !hasArticle(tk) || BA_LAM_KAF.test(tk.light) || isTimeWord(tk) || this.sourceHeadAt(k) || MEDIUM.test(tk.light)) continue;
      if (this.inQuotationAt(tk.start) && !this.inShortQuotation(k)) continue;
      const sp = this.sourceAt(k, b, qa);
      if (sp && sp !== UNATTRIBUTED) add(sp, mention(k, false));
      offerStandIn(sp, k, false);
    }
    // A bare name in a subject's place that the people list lacks (وينفي غولن … ويقول إن، إلا أن
    // السبسي أوضح أن، توجه إنجه إلى … مطالبا): right after the verb of saying or a verb opening an
    // earlier clause, or right before the verb of saying after a complementiser or a clause opener.
    // Offered as written (feature `bare`); the slots above take definite phrases only.
    const bareKeys = new Set<string>();
    const preVerb = cue - 1 >= a && VERB_AUXILIARIES.has(toks[cue - 1]!.light) ? cue - 2 : cue - 1;
    const bareSlots = [...slots];
    if (cue >= 0 && preVerb >= a && !GAP_BREAK.test(toks[preVerb]!.gap) && (preVerb === a || CLAUSE_GAP.test(toks[preVerb - 1]!.gap) || CLAUSE_START.has(toks[preVerb - 1]!.light) || CLAUSE_OPENERS.has(toks[preVerb - 1]!.light) || isComplementiser(toks[preVerb - 1]!))) bareSlots.push(preVerb);
    for (const k of bareSlots) {
      const ar = this.bareNameAt(k, b, qa, qb);
      if (!ar) continue;
      const sp: Speaker = { speaker: { ar, en: englishName(ar).en }, speakerId: null, unnamed: false };
      const key = candidateKey(this.asBody(sp));
      if (cands.has(key)) continue;
      add(sp, mention(k, false));
      bareKeys.add(key);
    }
    // A name in apposition to the verb's subject that the people finder lacks (قال مستشار الأمم
    // المتحدة للشؤون الإنسانية إيان إيغلاند، إن؛ قال عملاق شبكات التواصل الاجتماعي، فيسبوك، إنه):
    // offered as written (feature `appos`).
    const appos = subjSlot >= 0 && subjSlot <= b ? this.appositionName(subjSlot, b, qa, qb) : null;
    if (appos) add(appos.sp, mention(appos.k, false));
    const apposKey = appos ? candidateKey(this.asBody(appos.sp)) : null;
    // Joint speakers (وكان ترامب وماكرون قد عبرا، قال X وY إن): two or more persons joined by و in
    // the verb of saying's subject place, right after it or ending right before it at a clause's
    // opening. Offered as written, the persons' English joined (feature `joint`); each person alone
    // stays a candidate and the model weighs them.
    const joint = cue >= 0 ? this.jointSubject(personAt, subjSlot, preVerb, a, b, qa, qb) : null;
    if (joint) add(joint.sp, mention(joint.k, false));
    const jointKey = joint ? candidateKey(this.asBody(joint.sp)) : null;
    // The antecedent of a relative pronoun right before the verb of saying (سيول التي أكدت أنه،
    // تصريح الملا الذي قال إن، كارين ماك دوغال، التي تؤكد): the verb's subject. The phrase ending
    // right before the pronoun is offered and marked (feature `relsubj`).
    let relEnd = -1;
    if (cue >= 2 && RELATIVES.has(toks[cue - 1]!.light.replace(/^و(?=ال)/, '')) && toks[cue - 1]!.sent === toks[cue]!.sent && !HARD_GAP.test(toks[cue - 2]!.gap + toks[cue - 1]!.gap)) {
      relEnd = cue - 2;
      const p = personAt[relEnd];
      if (p) add(fromPerson(p), null);
      else {
        for (let j = relEnd; j >= Math.max(lo, relEnd - 4); j--) {
          if (j < relEnd && GAP_BREAK.test(toks[j]!.gap)) break;
          const tj = toks[j]!;
          if (personAt[j] || (j >= qa && j <= qb) || !(hasArticle(tj) || this.sourceHeadAt(j)) || BA_LAM_KAF.test(tj.light) || isTimeWord(tj)) continue;
          const sp = this.sourceAt(j, b, qa);
          // (not a phrase on no title, source, body or name: الأمر الذي، التغيير الذي)
          if (sp && sp !== UNATTRIBUTED && this.sourceEnds.get(j) === relEnd && (sp.speakerId || headClass(sp.speaker.ar) !== 'other')) { add(sp, mention(j, false)); relKeys.add(candidateKey(this.asBody(sp))); break; }
        }
        // (a body the lists know by a name of several words, «هيومن رايتس ووتش» التي ذكرت: the
        // whole name, not its last word as a bare one)
        const body = !relKeys.size && relEnd >= lo && !(relEnd >= qa && relEnd <= qb) ? knownBodyEndingAt(toks, relEnd) : null;
        const named = body && body.from < relEnd && body.from >= lo ? this.namedSource(body.from, relEnd) : null;
        if (named) {
          add(named, mention(body!.from, false));
          relKeys.add(candidateKey(this.asBody(named)));
        }
        // (a bare name the people list lacks: سيول التي أكدت)
        const tr = toks[relEnd]!;
        const ar = !relKeys.size && relEnd >= lo && !(relEnd >= qa && relEnd <= qb) && !CLITIC_OPEN.test(tr.light) && !hasArticle(tr) && nameLike(tr) && !roleHead(tr) && !isUnnamedHead(tr) && !isStop(tr) ? cleanSpeakerText(tr.text) : '';
        if (ar) {
          const sp: Speaker = { speaker: { ar, en: translateSource(ar) || englishName(ar).en }, speakerId: null, unnamed: false };
          add(sp, mention(relEnd, false));
          relKeys.add(candidateKey(this.asBody(sp)));
        }
      }
    }
    // Crowds and quantities in this sentence, outside the quotation and no preposition's object
    // (البعض يرى أن، وتنتقد المعارضة … وتعتبر، فغادر العشرات … مرددين): the two nearest the cue,
    // offered beside the described sources (feature `group`).
    const groups: { k: number; adjacent: boolean; sp: Speaker }[] = [];
    // (made once, not per token: a closure made per token costs an allocation, and under tsx, which
    // keeps function names, a defineProperty each)
    const num = (j: number) => j <= b && DIGITS_ONLY.test(toks[j]!.light);
    for (let k = Math.max(a, lo); k <= hi; k++) {
      if (k >= qa && k <= qb) continue;
      if (personAt[k]) continue;
      const w = this.groupOpenerAt(k);
      if (w === null) continue;
      const tk = toks[k]!;
      let to = k;
      if (w) {
        if (GROUP_OF.has(w) && k + 2 <= b && toks[k + 1]!.light === 'من' && !(k + 2 >= qa && k + 2 <= qb) && !GROUP_GAP.test(tk.gap + toks[k + 1]!.gap)) to = k + 2;
      } else if (num(k + 1) && k + 2 <= b && !(k + 2 >= qa && k + 2 <= qb)) {
        to = k + 2;
      } else continue;
      while (to + 1 <= b && to - k < 4 && !(to + 1 >= qa && to + 1 <= qb) && !GROUP_GAP.test(toks[to]!.gap) && DEFINITE_ADJECTIVE.test(toks[to + 1]!.light) && !isTimeWord(toks[to + 1]!)) to++;
      if (k > lo && (FREE_PREPOSITIONS.has(toks[k - 1]!.light) || this.behindPreposition(k, lo) || this.possessorAt(k, lo))) continue;
      const words = toks.slice(k, to + 1).map((t) => t.text);
      words[0] = words[0]!.replace(/^[وف](?=ال|عشرات|مئات|آلاف|الاف|كثير|معظم|غالبي|أغلب|اغلب|نحو)/, '');
      const ar = cleanSpeakerText(words.join(' '));
      if (!ar) continue;
      // (the verb of saying's own subject: right after it, or right before it with قد between)
      const adjacent = cue >= 0 && (k === subjSlot || to + 1 === cue || (to + 2 === cue && VERB_AUXILIARIES.has(toks[to + 1]!.light)));
      groups.push({ k, adjacent, sp: { speaker: { ar, en: translateSource(ar) }, speakerId: null, unnamed: true } });
    }
    groups.sort((x, y) => Math.abs(x.k - anchor) - Math.abs(y.k - anchor) || x.k - y.k);
    const groupKeys = new Set<string>();
    const groupSubj = new Set<string>();
    for (const g of groups.slice(0, 2)) {
      add(g.sp, mention(g.k, false));
      groupKeys.add(candidateKey(this.asBody(g.sp)));
      if (g.adjacent) groupSubj.add(candidateKey(this.asBody(g.sp)));
    }
    // Persons the window may not hold: the referent of an unstated or pronoun subject a few
    // sentences back, the person a title or description of the rules' choice refers to (الوزير for
    // the minister named paragraphs before), and the person the article is about. Offered with
    // what marks them; the model weighs them.
    const vg = cue >= 0 ? sayingGender(toks[cue]!.light) : null;
    const ante = this.antecedentPerson(anchor, qa, qb, vg);
    if (ante) add(fromPerson(ante), null);
    // (only where the rules went back to the discourse, to the last speaker or to no one: the
    // paragraph's subject is for an unstated one, وقالت، وأضاف, not a rival to a subject the
    // sentence writes, «استطلاعا للرأي كشف» or «قال محامي X، Y،»)
    let ruleOwn = false;
    for (const e of cands.values()) if (e.c.rule && !e.c.last && e.sp !== UNATTRIBUTED) ruleOwn = true;
    const tsubj = ruleOwn ? null : this.sentenceSubjectBefore(anchor, qa, qb, vg);
    if (tsubj) add(fromPerson(tsubj), null);
    const ruleType0 = candidateType(ruleShown);
    const referred = ruleType0 === 'described' || ruleType0 === 'body' || ruleType0 === 'named' ? this.personReferredTo(ruleShown.speaker.ar, anchor) : null;
    if (referred) add(fromPerson(referred), null);
    // A description in the rules' place (الوزير الإيراني، المتحدثة، لاعب برشلونة السابق) and the
    // persons named before whose titles share its head: the latest two offered, each marked with what
    // agrees (nationality, gender, distance; feature `dref`), so the model, not a rule, links them.
    const links = this.descriptionLinks(ruleShown.speaker.ar, ruleType0, anchor);
    for (const l of links.slice(0, 2)) add(fromPerson(l.p), null);
    const hero = this.protagonist();
    if (hero) add(fromPerson(hero), null);
    add(UNATTRIBUTED, null);
    const list = [...cands.values()];
    // (each candidate's key and the issuer's and statement's read once, not once per mark)
    const issuedKey = issued ? candidateKey(issued) : null;
    const backKey = back ? candidateKey(this.asBody(back)) : null;
    for (const e of list) {
      const key = candidateKey(e.sp);
      if (ante && e.sp.speakerId === ante.id) e.c.ante = true;
      if (tsubj && e.sp.speakerId === tsubj.id) e.c.tsubj = true;
      if (hero && e.sp.speakerId === hero.id) e.c.protagonist = true;
      if (issuedKey !== null && key === issuedKey) e.c.issued = true;
      if (backKey !== null && key === backKey) e.c.stmtBack = true;
      if (groupKeys.has(key) || (!e.sp.speakerId && e.sp !== UNATTRIBUTED && groupLight(lightNormAr(e.sp.speaker.ar.split(' ')[0] ?? '')))) e.c.group = true;
      if (groupSubj.has(key)) e.c.groupSubj = true;
      if (standIns.has(key)) e.c.standin = true;
      if (apposKey && key === apposKey) e.c.appos = true;
      if (bareKeys.has(key)) e.c.bare = true;
      if (jointKey && key === jointKey) e.c.joint = true;
      if (e.sp.speakerId) { const l = links.find((x) => x.p.id === e.sp.speakerId); if (l) e.c.dref = l.link; }
      if (relEnd >= 0 && (relKeys.has(key) || (e.sp.speakerId && personAt[relEnd]?.id === e.sp.speakerId))) e.c.relsubj = true;
    }
    // Agreement with the verb of saying (قالت، مضيفة): a person's gender as the article marks it, a
    // description's by its title word.
    if (vg) {
      for (const e of list) {
        const person = e.sp.speakerId ? this.personById(e.sp.speakerId) : undefined;
        const g = person ? this.genderOf(person) : e.c.type === 'described' ? titleGender(lightNormAr(e.sp.speaker.ar.split(' ')[0] ?? '')) : null;
        e.c.gender = g ? (g === vg ? 'agree' : 'clash') : null;
      }
    }
    // What each phrase opens on (a title, an unnamed source's head, an outlet, a place or body, a
    // name): a phrase on none of these (آنذاك، تقديرات، الاتهامات) is seldom a speaker.
    for (const e of list) if (e.c.type === 'described' || e.c.type === 'body' || e.c.type === 'named') e.c.head = headClass(e.sp.speaker.ar);
    // (… and one the rules did not choose, on no such head, that no table can even put into
    // English (قد تعود الأمور إلى الوراء …، "…": الأمور) is no one: not offered, however near it
    // stands)
    for (let i = list.length - 1; i > 0; i--) {
      const e = list[i]!;
      // (its English as the quotation would show it: a candidate's is often read only then)
      if (!e.c.rule && e.c.head === 'other' && !e.sp.speakerId && !e.sp.speakerIds?.length && !(e.sp.speaker.en || speakerEnglish(e.sp))) list.splice(i, 1);
    }
    // A rules' choice that is a title or a bare name (الفنان المصري، المتحدثة، أبوزيد) may refer to
    // one of the persons in scope: the article writes that title before the person's name, or the
    // name is the person's in another spelling. Likewise a bare definite head (الشركة) and the body
    // whose name opens on it (شركة فيسبوك).
    const ruleType = candidateType(ruleShown);
    if (ruleType !== 'person' && ruleType !== 'unattributed') {
      for (const e of list) if (!e.c.rule && this.refersTo(ruleShown.speaker.ar, e.sp, e.c.type)) e.c.coref = true;
    }
    // The paragraph's topic: the person it names most often (twice at least, alone at the top), the
    // one an unstated or pronoun subject (وأكدت أنها …) most often is.
    const topic = this.paragraphTopic(a);
    for (const e of list) if (topic && e.sp.speakerId === topic) e.c.topic = true;
    const persons = list.filter((e) => e.c.type === 'person').length;
    for (const e of list) if (e.c.type !== 'person' && e.c.type !== 'unattributed') e.c.shape = phraseShape(e.sp.speaker.ar);
    // Discourse: the subject of an earlier clause's verb in this sentence (وأكدت السلطات … وأوضحت),
    // a mention inside another verb's reported clause, a body's grammatical gender, and whether the
    // last speaker spoke in this paragraph.
    const samePara = this.lastPara === toks[a]!.para;
    for (const e of list) {
      const m = e.c.mention;
      if (e.c.last) e.c.lastPara = samePara;
      if (m && m.dist < 0 && m.sentBack === 0 && !m.object && !m.inQuote) {
        const k = anchor + m.dist;
        const vgk = this.clauseVerbBefore(k, a, cue);
        if (vgk) e.c.vsubj = vgk === 'u' || !vg ? 'open' : vgk === vg ? 'agree' : 'clash';
        e.c.compl = this.afterComplementiser(k, a);
      }
      // (the subject of a verb of relaying, before the cue or after it: the outlet that carries
      // another's words, نقلت قناة X عن السيدة قولها إنها)
      if (m && m.sentBack === 0 && !m.inQuote) {
        const k = anchor + m.dist;
        if (k > a && RELAY_VERB.test(toks[k - 1]!.light) && !GAP_BREAK.test(toks[k - 1]!.gap)) e.c.relay = true;
      }
      if (vg && !e.c.gender && (e.c.type === 'described' || e.c.type === 'body')) {
        const g = nounGender(e.sp.speaker.ar);
        e.c.bodyGender = g ? (g === vg ? 'agree' : 'clash') : null;
      }
    }
    // (no subject after the verb of saying and one earlier clause's subject that may go on: that one)
    if (!list.some((e) => e.c.mention?.subjectSlot)) {
      const going = list.filter((e) => e.c.vsubj && e.c.vsubj !== 'clash');
      if (going.length === 1) going[0]!.c.vonly = true;
    }
    const ruleHead0 = lightNormAr(ruleShown.speaker.ar.split(' ')[0] ?? '');
    const ruleDesc = (ruleType0 === 'described' || ruleType0 === 'body') && /^[وف]?ال/.test(ruleHead0) && !MEDIUM.test(ruleHead0) && (headClass(ruleShown.speaker.ar) === 'role' || headClass(ruleShown.speaker.ar) === 'other');
    const ruleWords = ruleShown.speaker.ar.split(' ');
    const ruleGeneric = (ruleType0 === 'described' || ruleType0 === 'body') && ruleWords.length <= 3 && GENERIC_PERSON.has(bareWord(lightNormAr(ruleWords[0]!)));
    const t = toks[cue >= 0 ? cue : qa]!;
    const verb: VerbClass = cue < 0 ? 'none' : isContinuation(t) ? 'continuation' : isDenialVerb(t) ? 'denial' : ACCORDING_TO.has(t.light) || ACCORDING_TO.has(t.light.replace(/^و/, '')) || t.light === 'على' ? 'according' : isSpeechVerb(t) ? 'speech' : isReportVerb(t) ? 'report' : 'none';
    // (a plural verb of saying, past or present: وقالوا، أكدوا، يقولون، تؤكدان)
    const plural = verb !== 'none' && /^[وف]?[\u0621-\u064A]{2,6}(وا|ون|ان)$/.test(t.light) && (isSpeechVerb(t) || isReportVerb(t) || isDenialVerb(t) || isContinuation(t));
    const ctx = (c: SpeakerCandidate): QuoteContext => ({
      verb, kind: q.kind as QuoteContext['kind'], ruleType: candidateType(ruleShown), opensSentence: cue < 0 && qa <= a + 1, crowd: Math.max(0, persons - (c.type === 'person' ? 1 : 0)), ruleMedium: list[0]!.c.medium, ruleGeneric, ruleDesc, plural,
    });
    // (parsing scores each candidate as its features are described, no name built; only training
    // collects the names)
    if (!collect) return shownSpeaker(list[model ? bestSpeaker(list.map((e) => e.c), ctx, model) : 0]!.sp, joint, jointIds);
    const feats = list.map((e) => candidateFeatures(e.c, ctx(e.c)));
    const pick = model ? bestCandidate(feats, model.weights, model.margin ?? 0) : 0;
    const chosen = list[pick]!.sp;
    collect(q, list.map((e, i) => { const f = shownSpeaker(e.sp, joint, jointIds); return { speaker: f.speaker, speakerId: f.speakerId, speakerIds: f.speakerIds, feats: feats[i]! }; }), pick);
    return shownSpeaker(chosen, joint, jointIds);
  }

  /** Clause boundaries between two tokens: a comma, colon or sentence end after a token, or a complementiser (clauseMark). */
  private clausesBetween(i: number, j: number): number {
    const from = Math.min(i, j), to = Math.max(i, j);
    if (to <= from) return 0;
    const c = this.markCounts();
    // (a token with both marks counts once: the end mark's count, plus complementisers without one after `from`)
    return c.ends[to]! - c.ends[from]! + (c.compOnly[to]! - c.compOnly[from + 1]!);
  }

  /** A comma, colon or quotation mark after some token from min(i, j) up to max(i, j), that one excluded. */
  private punctBetween(i: number, j: number): boolean {
    const c = this.markCounts();
    return c.punct[Math.max(i, j)]! - c.punct[Math.min(i, j)]! > 0;
  }

  private counts: { ends: Int32Array; compOnly: Int32Array; punct: Int32Array } | null = null;
  /**
   * Running counts of the marks clausesBetween and punctBetween ask about, built once per article:
   * entry k counts the tokens before k. Every mention of every quotation asks for its distance in
   * clauses to the cue; counted token by token, a quote-dense article spent a quarter of its parse
   * re-reading the same gaps.
   */
  private markCounts(): { ends: Int32Array; compOnly: Int32Array; punct: Int32Array } {
    if (this.counts) return this.counts;
    const n = this.toks.length;
    const ends = new Int32Array(n + 1), compOnly = new Int32Array(n + 1), punct = new Int32Array(n + 1);
    for (let k = 0; k < n; k++) {
      const m = this.clauseMark(k);
      ends[k + 1] = ends[k]! + (m & 1);
      compOnly[k + 1] = compOnly[k]! + ((m & 1) === 0 && (m & 2) !== 0 ? 1 : 0);
      punct[k + 1] = punct[k]! + (PUNCT_BETWEEN.test(this.toks[k]!.gap) ? 1 : 0);
    }
    return (this.counts = { ends, compOnly, punct });
  }

  /**
   * A word opening on ب/ل/ك that is a name's, not a preposition glued to one (بوزداق، لافروف، كوهين
   * against بزيد، لزيد): the lists know it whole, or the article writes it again and never the rest
   * alone. Unseen names open on these letters as often as on any other.
   */
  private nameOpensOnClitic(t: Token): boolean {
    if (hasArticle(t) || BA_LAM_KAF_AL.test(t.light) || t.light.length < 4) return false;
    if (isKnownNameToken(t.light) || lexiconNameWord(t) || isGiven(t)) return true;
    return this.lightCount(t.light) >= 2 && this.lightCount(t.light.slice(1)) === 0;
  }

  /** How often a light form stands in the article (tokens.ts lightIndexOf, shared with the people finder). */
  private lightCount(light: string): number {
    const { id, count } = lightIndexOf(this.toks);
    const k = id.get(light);
    return k === undefined ? 0 : count[k]!;
  }

  /**
   * The name written at token k when the people list holds none there (غولن، السبسي، إنجه): one to
   * three name-like words up to a punctuation mark, none a title, description, place, body, time
   * word, stop word or preposition's object; the first a name's word the gazetteer or lexicon knows
   * or (`own`: the verb of saying's own subject place) one written again in the article; a definite
   * word only when the lexicon knows it as a name's (السبسي, not الوزير). '' otherwise.
   */
  private bareNameAt(k: number, b: number, qa: number, qb: number): string {
    const toks = this.toks;
    // (the first word a name's by the gazetteer or lexicon, or written again elsewhere in the
    // article: يتعلق، نظام are name-shaped too; speakers51 let every slot take the second test,
    // not only the verb of saying's own subject place: وينفي غولن … ويقول إن)
    if (k > b || !this.bareNameWord(k, qa, qb)) return '';
    const t0 = toks[k]!;
    const known = isKnownNameToken(t0.light) || lexiconNameWord(t0) || isGiven(t0);
    if (verbShaped(t0) || !(known || (!hasArticle(t0) && this.lightCount(t0.light) >= 2))) return '';
    let to = k;
    while (to + 1 <= b && to - k < 2 && !GAP_BREAK.test(toks[to]!.gap) && this.bareNameWord(to + 1, qa, qb)) to++;
    const words = toks.slice(k, to + 1).map((t) => t.text);
    const ar = cleanSpeakerText(words.join(' '));
    return ar && !isKnownPlace(ar) && !knownOrg(ar) ? ar : '';
  }

  /**
   * A word bareNameAt may take (a method, not a closure made per call: under tsx each closure costs
   * a defineProperty of its name): outside the people list and the quotation qa..qb, no preposition's
   * object, stop word, time word, title, unnamed head, place, body or outlet; a definite word only
   * when the lists know it as a name's, else name-shaped.
   */
  private bareNameWord(j: number, qa: number, qb: number): boolean {
    const t = this.toks[j]!;
    // (nor a word of kinship, زوجة مينغ: the relative of whoever follows, no name of its own)
    if (this.personAtTokens()[j] || (j >= qa && j <= qb) || (BA_LAM_KAF.test(t.light) && !this.nameOpensOnClitic(t)) || isStop(t) || isTimeWord(t) || roleHead(t) || isUnnamedHead(t) || isPlaceOrOrg(t) || MEDIUM.test(t.light) || KIN_SPEAKERS.has(t.light)) return false;
    return hasArticle(t) ? isKnownNameToken(t.light) || lexiconNameWord(t) : nameLike(t);
  }

  /**
   * Whether token k stands right after a verb that opens a clause of its sentence (at the sentence's
   * start, after a comma, a conjunction or a clause opener: وأكدت السلطات، نشرت السفارة، ولم تعلق
   * إسرائيل): that verb's gender mark ('f' for ت, 'm', 'u' for a plural), else null. The verb is
   * read by its written shape alone: no article, no -ة, no preposition, particle, name or title.
   */
  private clauseVerbBefore(k: number, a: number, cue: number): Gender | 'u' | null {
    const v = k - 1;
    if (v < a || v === cue) return null;
    if (v > a && !this.opensClause(v)) return null;
    return this.clauseVerbShape(v);
  }

  private clauseOpens: Int8Array | null = null;
  /**
   * Whether token v (v > 0) may open a clause after the word before it: a comma, colon or bracket
   * between them, a clause-opening word or negation before it, or its own و/ف. Read once per token,
   * as clauseVerbShape: every quotation asks it of every token before its cue in the window.
   */
  private opensClause(v: number): boolean {
    const o = (this.clauseOpens ??= new Int8Array(this.toks.length).fill(-1));
    if (o[v]! < 0) {
      const t = this.toks[v]!, prev = this.toks[v - 1]!;
      o[v] = /[،,:;(]/.test(prev.gap) || CLAUSE_START.has(prev.light) || CLAUSE_OPENERS.has(prev.light) || NEGATIONS.has(prev.light) || /^[وف]/.test(t.light) ? 1 : 0;
    }
    return o[v] === 1;
  }

  private verbShapes: Int8Array | null = null;
  /**
   * The gender mark of token v read as a verb opening a clause by its shape alone (clauseVerbBefore
   * asks whether it opens one), else null. Read once per token: every quotation asks it of every
   * token of its window, and a quote-dense article asked each token dozens of times.
   */
  private clauseVerbShape(v: number): Gender | 'u' | null {
    const shapes = (this.verbShapes ??= new Int8Array(this.toks.length).fill(-1));
    if (shapes[v]! < 0) shapes[v] = VERB_SHAPE_CODES.indexOf(this.readVerbShape(this.toks[v]!, v));
    return VERB_SHAPE_CODES[shapes[v]!] ?? null;
  }

  private readVerbShape(t: Token, v: number): Gender | 'u' | null {
    if (GAP_BREAK.test(t.gap)) return null;
    const w = /^[وف]/.test(t.light) && t.light.length > 3 ? t.light.slice(1) : t.light;
    if (!/^[\u0621-\u064A]{3,7}$/.test(w) || /^ال/.test(w) || /[ةه]$/.test(w) || /[\u064B]/.test(t.text)) return null;
    if (hasArticle(t) || isStop(t) || PARTICLES.has(w) || FREE_PREPOSITIONS.has(w) || isComplementiser(t) || isTimeWord(t) || roleHead(t) || isUnnamedHead(t) || isPlaceOrOrg(t)) return null;
    if (SUBJECT_ADVERBS.has(t.light) || CLAUSE_START.has(t.light) || RELATIVES.has(w) || this.personAtTokens()[v] || isGiven(t) || isKnownNameToken(t.light)) return null;
    if (/(وا|ون|تا)$/.test(w)) return 'u';
    if (w.endsWith('ت') || (w.startsWith('ت') && w.length >= 4)) return 'f';
    return 'm';
  }

  /** Whether a complementiser (أن، إن، بأن) stands before token k in its sentence, within 30 tokens: k is inside a reported clause. */
  /**
   * Whether the word before token k is a verb opening its clause (a لا/لم before it aside): at the
   * window's start `lo`, after a clause word or opener, or glued و/ف after a comma. Not a verb of
   * relaying (ونقلتها وكالة فارس: the outlet carries another's words).
   */
  private verbOpensClause(k: number, lo: number): boolean {
    const toks = this.toks;
    const v0 = k - 1 >= lo ? toks[k - 1]! : null;
    let s0 = k - 1;
    if (s0 - 1 >= lo && NEGATIONS.has(toks[s0 - 1]!.light)) s0--;
    return !!v0 && !RELAY_VERB.test(v0.light) && (s0 === lo || CLAUSE_START.has(toks[s0 - 1]!.light) || CLAUSE_OPENERS.has(toks[s0 - 1]!.light) || (/^[وف]/.test(v0.light) && /[،,]/.test(toks[s0 - 1]!.gap)));
  }

  private afterComplementiser(k: number, a: number): boolean {
    for (let j = k - 1; j >= Math.max(a, k - 30); j--) if ((this.clauseMark(j) & 2) !== 0) return true;
    return false;
  }

  /**
   * The nearest person named before token `anchor` (outside the quotation qa..qb), up to three
   * sentences back and ANTE_REACH tokens: not behind a preposition, not the possessor of a title,
   * not inside quoted words, not of the other gender than the verb of saying. What an unstated or
   * pronoun subject, or a bare description (الرجل، الأخير), most often refers back to.
   */
  private antecedentPerson(anchor: number, qa: number, qb: number, vg: Gender | null): Person | null {
    const toks = this.toks;
    const personAt = this.personAtTokens();
    const sent = toks[anchor]!.sent;
    for (let k = anchor - 1; k >= 0 && anchor - k <= ANTE_REACH && toks[k]!.sent >= sent - 3; k--) {
      const p = personAt[k];
      if (!p || (k >= qa && k <= qb)) continue;
      // (a name of several words: judged where it opens)
      let first = k;
      while (first - 1 >= 0 && personAt[first - 1] === p) first--;
      k = first;
      if (/[بلك]/.test(this.index.prefixAt(toks[first]!)) || (first > 0 && FREE_PREPOSITIONS.has(toks[first - 1]!.light))) continue;
      if (this.possessorAt(first, 0) || this.inQuotationAt(toks[first]!.start)) continue;
      if (this.ofOtherGender(p, vg)) continue;
      return p;
    }
    return null;
  }

  /**
   * The nearest person before token `anchor` (outside the quotation qa..qb) who is the subject a
   * sentence opens with, up to six sentences back: the name first (ماكدورماند قالت), or after the
   * sentence's opening verb, titles between (وفازت فرانسيس ماكدورماند …، وقال وزير الخارجية X).
   * A paragraph's feminine verbs go on with its first subject over the names they pass as objects
   * (وفازت X … وقد تغلبت على Y وZ … وقالت), which the nearest-person antecedent takes instead.
   * Not inside quoted words, not of the other gender than the verb of saying.
   */
  private sentenceSubjectBefore(anchor: number, qa: number, qb: number, vg: Gender | null): Person | null {
    const toks = this.toks;
    const personAt = this.personAtTokens();
    const sent = toks[anchor]!.sent;
    for (let k = anchor - 1; k >= 0 && anchor - k <= 2 * ANTE_REACH && toks[k]!.sent >= sent - 6; k--) {
      const p = personAt[k];
      if (!p || (k >= qa && k <= qb)) continue;
      let first = k;
      while (first - 1 >= 0 && personAt[first - 1] === p) first--;
      k = first;
      if (!this.subjectMentionAt(first)) continue;
      if (this.ofOtherGender(p, vg)) continue;
      return p;
    }
    return null;
  }

  /**
   * Whether the person's mention opening at `first` is its sentence's subject (a bare mention, not
   * quoted, its titles opening the sentence or following a verb that does). Memoised per mention:
   * every quotation of a run-on passage asks it of the same mentions (sentenceSubjectBefore).
   */
  private subjectMentions = new Map<number, boolean>();
  private subjectMentionAt(first: number): boolean {
    const known = this.subjectMentions.get(first);
    if (known !== undefined) return known;
    const toks = this.toks;
    const personAt = this.personAtTokens();
    const opensSentence = (j: number) => j === 0 || toks[j - 1]!.sent !== toks[j]!.sent;
    let subject = false;
    if (!this.index.prefixAt(toks[first]!) && !this.inQuotationAt(toks[first]!.start)) {
      // (titles between the verb and the name: وزير الخارجية الروسي)
      let j = first - 1;
      while (j >= 0 && first - j <= 5 && toks[j]!.sent === toks[first]!.sent && !SUBJECT_GAP.test(toks[j]!.gap) && (roleHead(toks[j]!) || hasArticle(toks[j]!) || ROLE_LINKS.has(toks[j]!.light))) j--;
      subject = opensSentence(j + 1) || (opensSentence(j) && !SUBJECT_GAP.test(toks[j]!.gap) && !hasArticle(toks[j]!) && !roleHead(toks[j]!) && !isStop(toks[j]!)
        && !FREE_PREPOSITIONS.has(toks[j]!.light) && !isPlaceOrOrg(toks[j]!) && !isUnnamedHead(toks[j]!) && !isTimeWord(toks[j]!) && !personAt[j]);
    }
    this.subjectMentions.set(first, subject);
    return subject;
  }

  private hero: Person | null | undefined;
  /** The person the article names most often, three times at least and alone at the top; read once. */
  private protagonist(): Person | null {
    if (this.hero === undefined) {
      const ranked = this.people.map((p) => ({ p, n: this.countOf(p) })).sort((x, y) => y.n - x.n);
      this.hero = ranked[0] && ranked[0].n >= 3 && (!ranked[1] || ranked[1].n < ranked[0].n) ? ranked[0].p : null;
    }
    return this.hero;
  }

  /**
   * Per person, the titles the article writes right before its name (الفنان محمد هنيدي، المتحدث باسم
   * الكرملين ديمتري بيسكوف) and its role's first word: `heads`, the titles' heads and words of office;
   * `words`, all their words; `at`, the token of each mention. Bare words (no ال, no clitic و/ف).
   */
  private titles: Map<string, { heads: Set<string>; words: Set<string>; at: number[] }> | null = null;
  private titlesOf(id: string) {
    if (!this.titles) {
      const map = new Map<string, { heads: Set<string>; words: Set<string>; at: number[] }>();
      const personAt = this.personAtTokens();
      const toks = this.toks;
      personAt.forEach((p, k) => {
        if (!p || (k > 0 && personAt[k - 1] === p)) return;
        let e = map.get(p.id);
        if (!e) {
          e = { heads: new Set(), words: new Set(), at: [] };
          const office = p.role.ar.split(' ');
          if (office[0]) e.heads.add(bareWord(lightNormAr(office[0])));
          for (const w of office) e.words.add(bareWord(lightNormAr(w)));
          map.set(p.id, e);
        }
        e.at.push(k);
        // (the title's words of office, and its head: the first word of the run before the name)
        let head: Token | null = null;
        for (let h = k - 1, n = 0; h >= 0 && n < 6 && toks[h]!.sent === toks[k]!.sent; h--, n++) {
          const t = toks[h]!;
          if (/[:;.()"«»“”]/.test(t.gap) || (/[،,]/.test(t.gap) && h !== k - 1) || personAt[h]) break;
          // (a title in construct right before the name, محامي رونالدو، زوجة ترامب, is another's:
          // the name is its possessor)
          if (h === k - 1 && this.possessorAt(k, 0)) break;
          if (roleHead(t)) { e.heads.add(bareWord(t.light)); head = t; }
          else if (hasArticle(t)) head = t;
          else if (!ROLE_LINKS.has(t.light)) break;
          e.words.add(bareWord(t.light));
        }
        if (head && !MEDIUM.test(head.light)) e.heads.add(bareWord(head.light));
      });
      this.titles = map;
    }
    return this.titles.get(id);
  }

  /**
   * Whether the phrase `ar` refers to person p: the same name in another spelling (أبوزيد / أحمد أبو
   * زيد، دينس / دينيس ألين), or a title (or description) the article writes before p's name, its
   * other words adjectives or words of that title (الفنان المصري → الفنان محمد هنيدي).
   */
  private refersToPerson(ar: string, p: Person): boolean {
    // (asked for every person at every subject: answered once per phrase and person)
    let byPhrase = this.refersMemo.get(p.id);
    if (!byPhrase) this.refersMemo.set(p.id, (byPhrase = new Map()));
    let r = byPhrase.get(ar);
    if (r === undefined) byPhrase.set(ar, (r = this.refersToPersonNow(ar, p)));
    return r;
  }

  private refersMemo = new Map<string, Map<string, boolean>>();

  /**
   * What refersToPerson reads from the phrase alone (its light words, whether it may be a name's
   * other spelling, whether it is a title), read once per phrase: the phrase is compared with every person.
   */
  private phrases = new Map<string, { words: string[]; first: string; joined: string; spelling: boolean; title: boolean }>();
  private phraseOf(ar: string) {
    let ph = this.phrases.get(ar);
    if (!ph) {
      const words = ar.split(' ').map((w) => lightNormAr(w));
      const first = bareWord(words[0] ?? '');
      const joined = words.join('');
      // (a name's spelling: no article)
      const spelling = words.length <= 2 && joined.length >= 3 && !/^[وف]?ال/.test(words[0]!);
      // (a title or a description, not a body, an outlet, a place or a means of speaking)
      const hc = first ? headClass(ar) : null;
      const title = hc === 'role' || (hc === 'other' && hasArticle({ text: ar.split(' ')[0]!, light: words[0]! } as Token) && !MEDIUM.test(words[0]!));
      this.phrases.set(ar, (ph = { words, first, joined, spelling, title }));
    }
    return ph;
  }

  /** A person's name as light words, read once per person. */
  private nameWords = new Map<string, string[]>();
  private refersToPersonNow(ar: string, p: Person): boolean {
    const { words, first, joined, spelling, title } = this.phraseOf(ar);
    if (!first) return false;
    let nameWords = this.nameWords.get(p.id);
    if (!nameWords) this.nameWords.set(p.id, (nameWords = p.name.ar.split(' ').map((w) => lightNormAr(w))));
    // (a letter changed only after the first two, آخرون ≠ آرون)
    if (spelling) {
      for (let i = 0; i < nameWords.length; i++) {
        for (let j = i; j < nameWords.length; j++) {
          const part = nameWords.slice(i, j + 1).join('');
          if (part === joined || (joined.length >= 4 && part.length >= 4 && part.slice(0, 2) === joined.slice(0, 2) && editDistance1(part, joined))) return true;
        }
      }
    }
    const t = this.titlesOf(p.id);
    if (!title || !t?.heads.has(first)) return false;
    return words.slice(1).every((w) => ROLE_LINKS.has(w) || DEFINITE_ADJECTIVE.test(w) || t.words.has(bareWord(w)));
  }

  /**
   * The person a title or another spelling (see refersToPerson) names, from the mentions before
   * token k: the latest one it fits. Null when none does.
   */
  private personReferredTo(ar: string, k: number): Person | null {
    // (as a scan of the people in order, each one's last mention before k found by bisection in its
    // ascending list rather than by a scan back from its last, and whether the phrase fits each
    // person kept per phrase in an array by the person's place in the list: on a long article of
    // many people, many mentions and many subjects the scans and the nested look-ups were 4-5 %
    // of a parse. refersToPerson is still asked exactly where it was, in the same order.)
    const lists = (this.mentionLists ??= this.people.map((p) => this.titlesOf(p.id)?.at));
    let fits = this.referredBy.get(ar);
    if (!fits) this.referredBy.set(ar, (fits = new Uint8Array(this.people.length)));
    let best: Person | null = null;
    let at = -1;
    for (let i = 0; i < lists.length; i++) {
      const mentions = lists[i];
      if (!mentions) continue;
      const j = lastBelow(mentions, k);
      if (j < 0 || mentions[j]! <= at) continue;
      const p = this.people[i]!;
      // (0: not asked yet, 1: no, 2: yes)
      if (fits[i] === 0) fits[i] = this.refersToPerson(ar, p) ? 2 : 1;
      if (fits[i] !== 2) continue;
      best = p;
      at = mentions[j]!;
    }
    return best;
  }

  /** Each person's mentions (titlesOf's), by the person's place in the people list. */
  private mentionLists: (readonly number[] | undefined)[] | null = null;
  /** Whether a phrase refers to each person (see personReferredTo), per phrase. */
  private referredBy = new Map<string, Uint8Array>();

  /**
   * The persons named before token k whose titles (the article's title before the name, the role's
   * first word: titlesOf) share the head of the description `ar` the rules chose (المتحدث and الناطق
   * one head, either gender), latest first; each with whether its nationality or organisation
   * adjectives (الإيراني، الأمريكية) are among the person's title words, whether the genders agree,
   * how many sentences back it was last named and whether all its words fit (refersToPerson).
   * Empty unless the choice is a title or a definite description, not a means of speaking.
   */
  private descriptionLinks(ar: string, type: CandidateType, k: number): { p: Person; link: DescriptionLink }[] {
    if (type !== 'described' && type !== 'body') return [];
    const words = ar.split(' ').map((w) => lightNormAr(w));
    const w0 = words[0] ?? '';
    const hc = headClass(ar);
    if (!w0 || MEDIUM.test(w0) || !(hc === 'role' || (hc === 'other' && /^[وف]?ال/.test(w0)))) return [];
    // (An indefinite description, no word with the article and nothing after its head but common
    // nouns and indefinite adjectives, «وقال رئيس بلدية سابق», «قاض بريطاني», introduces someone
    // new, not the person named before: «رئيس البلدية»، «لاعب برشلونة السابق» may refer back.)
    if (words.length > 1 && words.every((w) => !/^[وفبل]?ال/.test(w)) && words.slice(1).every((w) => isEverydayWord(w) || /(ي|ية)$/.test(w))) return [];
    const head = sameHead(bareWord(w0));
    const nats = words.slice(1).filter((w) => NISBA.test(w)).map((w) => bareWord(w).replace(/ة$/, ''));
    const g = titleGender(w0);
    const out: { p: Person; link: DescriptionLink; at: number }[] = [];
    for (const p of this.people) {
      const t = this.titlesOf(p.id);
      if (!t) continue;
      let m = -1;
      for (let j = t.at.length - 1; j >= 0; j--) if (t.at[j]! < k) { m = t.at[j]!; break; }
      if (m < 0 || ![...t.heads].some((h) => sameHead(h) === head)) continue;
      const own = new Set([...t.words].map((w) => w.replace(/ة$/, '')));
      const pg = this.genderOf(p);
      out.push({
        p, at: m,
        link: {
          latest: false,
          nat: nats.length ? (nats.every((w) => own.has(w)) ? 'agree' : 'clash') : null,
          gender: g && pg ? (g === pg ? 'agree' : 'clash') : null,
          back: this.toks[k]!.sent - this.toks[m]!.sent,
          full: this.refersToPerson(ar, p),
        },
      });
    }
    out.sort((x, y) => y.at - x.at);
    if (out[0]) out[0].link.latest = true;
    return out;
  }

  /** Whether the phrase `ar` (a title, a description or a bare name) may refer to candidate `sp`. */
  private refersTo(ar: string, sp: Speaker, type: CandidateType): boolean {
    if (type === 'person' && sp.speakerId) {
      const person = this.personById(sp.speakerId);
      return !!person && this.refersToPerson(ar, person);
    }
    const words = ar.split(' ').map((w) => lightNormAr(w));
    if ((type === 'body' || type === 'described') && words.length === 1 && /^[وف]?ال/.test(words[0]!)) {
      const other = sp.speaker.ar.split(' ');
      return other.length >= 2 && bareWord(lightNormAr(other[0]!)) === bareWord(words[0]!);
    }
    return false;
  }

  /** Described sources by their first token (neighbouring quotations share them). */
  private sources = new Map<number, Speaker | null>();
  private sourceEnds = new Map<number, number>();
  private sourceAt(k: number, b: number, qa: number): Speaker | null {
    let e = this.sourceEnds.get(k);
    if (e === undefined) this.sourceEnds.set(k, (e = this.subjectEnd(k, b)));
    if (e < 0 || (e >= qa && k < qa)) return null;
    if (!this.sources.has(k)) this.sources.set(k, this.subject(k, e, false));
    return this.sources.get(k)!;
  }

  private sourceHeads: Int8Array | null = null;
  /** Token k may open a described source or body (مسؤول، الوزارة، دمشق، الوزير), not a means of speaking. */
  private sourceHeadAt(k: number): boolean {
    const heads = (this.sourceHeads ??= new Int8Array(this.toks.length).fill(-1));
    if (heads[k] === -1) {
      const t = this.toks[k]!;
      heads[k] = (isUnnamedHead(t) || isPlaceOrOrg(t) || (roleHead(t)?.definite ?? false)) && !/^(بيان|البيان|تقرير|التقرير)$/.test(t.light) ? 1 : 0;
    }
    return heads[k] === 1;
  }

  private kinHeads: Int8Array | null = null;
  /** Token k is a word of kinship (زوجة، والد، محامو …), read once per token like sourceHeadAt. */
  private kinAt(k: number): boolean {
    const kin = (this.kinHeads ??= new Int8Array(this.toks.length).fill(-1));
    if (kin[k] === -1) kin[k] = kinWordOf(this.toks[k]!.light) ? 1 : 0;
    return kin[k] === 1;
  }

  private clauseMarks: Int8Array | null = null;
  /** What ends a clause at token k, read once per token of the article (every candidate of every
   * quotation counts them: on quote-dense text recomputing them tripled the parse): bit 1 a comma,
   * colon or sentence end after it, bit 2 a complementiser. */
  private clauseMark(k: number): number {
    const marks = (this.clauseMarks ??= new Int8Array(this.toks.length).fill(-1));
    let m = marks[k]!;
    if (m < 0) {
      const t = this.toks[k]!;
      m = (/[،,:;.؟?!]/.test(t.gap) ? 1 : 0) | (isComplementiser(t) ? 2 : 0);
      marks[k] = m;
    }
    return m;
  }

  private personAt: (Person | null)[] | null = null;
  /**
   * Persons joined by و in a subject's place (قال X وY إن from `subj`; X وY قد عبرا ending at
   * `pre`, opening a clause): the phrase as written and its first token, or null. Two persons at
   * least, each a different person, no punctuation between them, none inside the quotation.
   */
  private jointSubject(personAt: readonly (Person | null)[], subj: number, pre: number, a: number, b: number, qa: number, qb: number): { sp: Speaker; k: number; ids: Set<string> } | null {
    // (no joint phrase without a person at the subject slot or before the cue: the common case,
    // left before the helpers below are made)
    if (!(subj >= a && subj <= b && personAt[subj]) && !(pre >= a && pre <= b && personAt[pre])) return null;
    const toks = this.toks;
    const inQ = (k: number) => k >= qa && k <= qb;
    const runEnd = (k: number) => { let e = k; while (e + 1 <= b && personAt[e + 1] === personAt[k] && !inQ(e + 1)) e++; return e; };
    const runStart = (k: number) => { let s = k; while (s - 1 >= a && personAt[s - 1] === personAt[k] && !inQ(s - 1)) s--; return s; };
    const joins = (left: number, right: number) => !GAP_BREAK.test(toks[left]!.gap) && WAW_OPEN.test(toks[right]!.light) && !!personAt[right] && personAt[right] !== personAt[left];
    const build = (s: number, e: number, ps: Person[]): { sp: Speaker; k: number; ids: Set<string> } | null => {
      if (ps.length < 2 || new Set(ps.map((p) => p.id)).size < ps.length) return null;
      let ar = cleanSpeakerText(this.text.slice(toks[s]!.start, toks[e]!.end));
      if (/^[وف]/.test(ar) && !/^[وف]/.test(ps[0]!.name.ar)) ar = ar.slice(1);
      if (!ar) return null;
      return { sp: jointSpeaker(ar, ps), k: s, ids: new Set(ps.map((p) => p.id)) };
    };
    // The next conjunct may carry its own title (الفالح ووزير الطاقة الإماراتي سهيل المزروعي رجحا):
    // و on the title's first word, title words up to the person, nothing set off between.
    // (a word of such a title: a role head, a definite word or a title's link, no person, nothing set off after it)
    const titleWord = (m: number) => !inQ(m) && !personAt[m] && !GAP_BREAK.test(toks[m]!.gap) && (!!roleHead(toks[m]!) || hasArticle(toks[m]!) || ROLE_LINKS.has(toks[m]!.light));
    const titledJoin = (left: number, right: number): number => {
      if (GAP_BREAK.test(toks[left]!.gap) || !WAW_OPEN.test(toks[right]!.light) || !roleHead(toks[right]!)) return -1;
      let m = right;
      while (m <= b && m - right < 6 && titleWord(m)) m++;
      return m > right && m <= b && !inQ(m) && personAt[m] && personAt[m] !== personAt[left] && runStart(m) === m ? m : -1;
    };
    if (subj >= a && subj <= b && personAt[subj] && !inQ(subj) && runStart(subj) === subj) {
      const ps = [personAt[subj]!];
      let e = runEnd(subj);
      for (;;) {
        if (e + 1 > b || inQ(e + 1)) break;
        const m = joins(e, e + 1) ? e + 1 : titledJoin(e, e + 1);
        if (m < 0) break;
        ps.push(personAt[m]!);
        e = runEnd(m);
      }
      const j = build(subj, e, ps);
      if (j) return j;
    }
    if (pre >= a && pre <= b && personAt[pre] && !inQ(pre) && runEnd(pre) === pre) {
      const ps = [personAt[pre]!];
      let s = runStart(pre);
      for (;;) {
        if (s - 1 < a || inQ(s - 1)) break;
        if (personAt[s - 1] && joins(s - 1, s)) { ps.unshift(personAt[s - 1]!); s = runStart(s - 1); continue; }
        // (… and back over the conjunct's own title to the person before its و)
        let h = s - 1;
        while (h > a && s - h < 6 && !WAW_OPEN.test(toks[h]!.light) && titleWord(h)) h--;
        if (h <= a || !personAt[h - 1] || inQ(h - 1) || titledJoin(h - 1, h) !== s) break;
        ps.unshift(personAt[h - 1]!);
        s = runStart(h - 1);
      }
      const opens = s === a || CLAUSE_GAP.test(toks[s - 1]!.gap) || CLAUSE_START.has(toks[s - 1]!.light) || CLAUSE_OPENERS.has(toks[s - 1]!.light) || isComplementiser(toks[s - 1]!);
      if (opens) return build(s, pre, ps);
    }
    return null;
  }

  /**
   * Per token: the group word it opens (groupWord), '' for نحو (a quantity when a number follows),
   * null for neither or for a word behind ب، ل، ك. A property of the word alone, read once per
   * article: rank asks it of every token of every quotation's window, and a run-on sentence of
   * thousands of clauses puts a hundred tokens in each window.
   */
  private groupOpeners: (string | null)[] | null = null;

  private groupOpenerAt(k: number): string | null {
    this.groupOpeners ??= this.toks.map((t) => (BA_LAM_KAF.test(t.light) ? null : groupWord(t) ?? (t.light.replace(WA_FA, '') === 'نحو' ? '' : null)));
    return this.groupOpeners[k]!;
  }

  /** The person each token names, read once for the article. */
  private personAtTokens(): (Person | null)[] {
    return (this.personAt ??= this.toks.map((t) => this.familyMember(t)));
  }

  private countOf(p: Person): number {
    if (!this.mentionCounts) {
      this.mentionCounts = new Map();
      for (const x of this.personAtTokens()) if (x) this.mentionCounts.set(x.id, (this.mentionCounts.get(x.id) ?? 0) + 1);
    }
    return this.mentionCounts.get(p.id) ?? 0;
  }

  read(sents: readonly SentenceSpan[]): Quote[] {
    const out: Quote[] = [];
    const toks = this.toks;
    forEachSentenceTokens(sents, toks, (s, sid, a, b) => {
      this.cur = { s, a, b };
      this.said = [];
      this.saidSpans = [];
      this.speechFrom = Infinity;
      this.lastOfPrevious = this.last;
      const all = quoteSpans(s.text);
      this.quoted = all.map((q) => [s.start + q.open, s.start + q.close]);
      const spans = all.filter((q) => {
        const kOpen = tokenAtOrAfter(toks, s.start + q.open);
        const before: Token | undefined = kOpen - 1 >= a ? toks[kOpen - 1] : undefined;
        // A short quotation is a phrase named or stressed, unless a verb of saying opens it (أجاب "أعتقد
        // ذلك"، وختم بالقول "سنفتقدها"، يقول فيها "انتظري مكالمتي").
        // (and it ends there: «قالت "فرانس برس" …» names a source)
        // (each asked once: the verb of saying right before, what follows the closing mark, the length)
        const said = this.saidRightBefore(kOpen, a);
        const rest = s.text.slice(q.close + 1);
        const n = wordCount(q.inner);
        if (n < MIN_QUOTE_WORDS && !(said && /^\s*([.،,:;!؟?]|$)/.test(rest)) && !(n >= 2 && this.judgedBefore(kOpen, a) >= 0)
          && !(n >= 2 && this.saidShortlyBefore(kOpen, a) && /^\s*([.!؟?]|$)/.test(rest))
          && !(n >= 2 && this.saidBeforeColon(kOpen, a) && (/^\s*([.!؟?]|$)/.test(rest) || ATTRIBUTED_AFTER.test(rest)))
          && !(n >= 2 && q.open <= 2 && ATTRIBUTED_AFTER.test(rest))) return false;
        // (a colon before the quotation opens speech: وقال متحدث باسم المجلة: "…" is no magazine's name)
        const named = before && before.end >= s.start + q.open - 2 && !/:/.test(before.gap);
        // (a word or two that a verb of saying opens and the sentence closes is said, not a name:
        // وختم تغريدته بالقول "سنفتقدها".)
        const saidWhole = said && /^\s*([.!؟?]|$)/.test(rest);
        if (!saidWhole && ((named && looksLikeName(q.inner, before)) || looksLikeName(q.inner, undefined))) return false;
        if (before && before.end >= s.start + q.open - 2 && this.quotedSource(q.inner, kOpen - 1, s.start + q.close, b)) return false;
        // A quoted title followed by أن/إن (أضاف في "قمة ..." أن ...) is a name; the statement is indirect.
        const kAfter = tokenAtOrAfter(toks, s.start + q.close + 1);
        const after = kAfter <= b ? toks[kAfter] : undefined;
        return !(after && isComplementiser(after) && after.start - (s.start + q.close) <= 2 && q.close < s.text.length);
      });
      const atStart = out.length;
      const usedVerbs = new Set<number>();
      let prevEnd = a;
      for (const q of spans) {
        const openAt = s.start + q.open;
        const closeAt = s.start + q.close;
        let sp: Speaker | null = null;
        // (الذي اعتبره "ثورة ديمقراطية"، حيث تعتبرها إسرائيل "عاصمتها الأبدية"، كما تصفه آبل «…» …:
        // a verb of judging that carries its object as a pronoun, its subject if any, then the
        // quotation: the judgement is the statement, quotation and the rest of its clause)
        const jv = this.judgedBefore(tokenAtOrAfter(toks, openAt), Math.max(a, prevEnd));
        if (jv >= 0) {
          const kOpen = tokenAtOrAfter(toks, openAt);
          // (the words between are the subject and nothing more: not اعتبرته المحكمة تحريفا "…")
          // (a verb joined by و with the complementiser alone goes on with the subject of the verb its
          // sentence opened with: اتهمت الوزيرة، فلورنس بارلي، روسيا …، ووصفتها بأنها "…")
          const joinedOn = kOpen === jv + 2 && /^[وف]/.test(toks[jv]!.light) ? this.earlierVerbSubject(jv, a) : null;
          const who = joinedOn ?? (kOpen === jv + 1 ? this.implicit(jv) ?? this.subjectBefore(jv) : this.subjectEnd(jv + 1, b) >= kOpen - 1 ? this.subject(jv + 1, kOpen - 1, false) : null);
          if (who) {
            // (the clause goes on after the quotation up to its punctuation, not into the main
            // clause a relative one ends in: … الذي يعتبره مراقبون "…" قد أثار جدلا)
            const rest = s.text.slice(q.close + 1).search(/[.،,:;؛!؟?]/);
            const end = rest < 0 ? s.end : closeAt + 1 + rest;
            const kAfter = tokenAtOrAfter(toks, closeAt + 1);
            const goesOn = kAfter <= b && toks[kAfter]!.start < end && !/^[وف]?(قد|لقد|كان|كانت|هو|هي)$/.test(toks[kAfter]!.light) && !isSpeechVerb(toks[kAfter]!);
            usedVerbs.add(jv);
            // (an aside: the discourse's speaker stays who it was)
            this.emit(out, goesOn ? this.text.slice(openAt, end).replace(/[.\s،,]+$/, '') : q.inner, who, 'indirect', sid, jv, true);
            while (prevEnd <= b && toks[prevEnd]!.start < closeAt) prevEnd++;
            continue;
          }
        }
        // Before the quotation: the nearest speech verb since the previous quotation.
        let v = -1;
        for (let k = prevEnd; k <= b && toks[k]!.start < openAt; k++) if (this.speechVerbAt(k) || isContinuation(toks[k]!)) v = k;
        // (كما توقع رئيس الاحتياطي الفدرالي "زيادة الرواتب …": a finite report verb whose clause runs
        // unbroken into the quotation is its cue, as a verb of saying is)
        if (v < 0) v = this.reportVerbBefore(prevEnd, openAt, b);
        // (وجاء في بيان للحكومة "…": the medium after في speaks, as before a complementiser in indirect)
        let via = false;
        if (v < 0) {
          for (let k = prevEnd; k + 2 <= b && toks[k + 2]!.end <= openAt; k++) {
            if (/^[وف]?جاء$/.test(toks[k]!.light) && toks[k + 1]!.light === 'في' && MEDIUM.test(toks[k + 2]!.light) && !this.inQuotation(k)) { v = k; via = true; }
          }
          // (جاء في البيان أن … "…" is the indirect reading's, clause and all)
          for (let k = v + 1; via && k <= b && toks[k]!.start < openAt; k++) if (isComplementiser(toks[k]!)) { v = -1; via = false; }
        }
        // (قال إن القرار يؤكد و"…"، اعتبرت X أن الفيلم يظهر … "…"، وتضمن بيان … أن المكسيك "…": the
        // quotation ends the clause of an earlier verb with its complementiser)
        const outer = this.outerVerb(prevEnd, v, openAt, b);
        if (outer >= 0) {
          // (the verbs inside the clause report nothing of their own)
          for (let k = outer + 1; k <= b && toks[k]!.start < openAt; k++) if (this.speechVerbAt(k) || isReportVerb(toks[k]!)) usedVerbs.add(k);
          v = outer;
        }
        if (v >= 0 && (openAt - toks[v]!.end) < 400) {
          let subjEnd = v;
          while (subjEnd + 1 <= b && toks[subjEnd + 1]!.start < openAt && subjEnd - v < MAX_SUBJECT_TOKENS && !isComplementiser(toks[subjEnd + 1]!)) subjEnd++;
          // (وكانت المفوضية الأوروبية قد وصفت الرسوم بأنها "…"، لكن الأخير اتهم X بأنه "…": a framed
          // verb's subject written before it; the word after it is the one described, as in objectReport)
          const vf = !via && !isContinuation(toks[v]!) ? verbFrame(toks[v]!) : null;
          const pre = vf && !vf.agrees ? this.preposedSubject(v) ?? (this.auxiliarySubject(v) ? this.subjectBefore(v) : null) : null;
          sp = pre ?? (isContinuation(toks[v]!) && subjEnd === v ? this.implicit(v) : via ? this.subject(this.issuerAfterMedium(v + 2, subjEnd), subjEnd, false) : this.subject(v + 1, subjEnd, true));
          usedVerbs.add(v);
          // قال X إن Y "...": the statement is the whole clause after the complementiser, the
          // quotation marks only a part of it.
          const comp = subjEnd + 1 <= b && toks[subjEnd + 1]!.end <= openAt && isComplementiser(toks[subjEnd + 1]!) ? toks[subjEnd + 1]! : null;
          if (sp && comp) {
            // (ووصف اتهامها بإصدار أوامر بقتله بأنه "…": the one described opens the statement)
            const obj = this.describedObject(v, subjEnd + 1, b);
            if (obj) sp = pre ?? obj.sp ?? this.implicit(v) ?? sp;
            this.emit(out, this.text.slice(obj ? toks[obj.from]!.start : comp.end, closeAt + 1), sp, this.kindOf(v, subjEnd + 1), sid, v);
            while (prevEnd <= b && toks[prevEnd]!.start < closeAt) prevEnd++;
            continue;
          }
          // أكد X عمق العلاقات …، و"…": a report verb's object opens the statement before the quotation.
          const obj = sp && !comp && isReportVerb(toks[v]!) && !isContinuation(toks[v]!) ? this.objectBefore(v, openAt, b) : -1;
          if (sp && obj >= 0) {
            // (أعلنت X عن خطتها "…": the frame's preposition is not said, as in objectReport)
            const from = verbFrame(toks[v]!)?.markers.has(toks[obj]!.light) && toks[obj + 1] && toks[obj + 1]!.start < openAt ? obj + 1 : obj;
            this.emit(out, this.text.slice(toks[from]!.start, closeAt + 1), sp, this.kindOf(v, obj - 1), sid, v);
            while (prevEnd <= b && toks[prevEnd]!.start < closeAt) prevEnd++;
            continue;
          }
        }
        // (…، مشيراً إلى الخطر الكارثي للألغام "…"، مشدداً على ضرورة "…": a participle's object after
        // its preposition opens the statement before the quotation)
        if (sp && v >= 0 && isContinuation(toks[v]!) && /^[اةن]$/.test(toks[v]!.light.slice(-1)) && v + 2 <= b && /^(الى|على|عن)$/.test(toks[v + 1]!.light) && toks[v + 2]!.end <= openAt) {
          let clean = true;
          for (let k = v; k + 1 <= b && toks[k + 1]!.start < openAt; k++) if (/[،,:.;]/.test(toks[k]!.gap) || isComplementiser(toks[k + 1]!)) clean = false;
          if (clean) {
            this.emit(out, this.text.slice(toks[v + 2]!.start, closeAt + 1), sp, 'indirect', sid, v);
            while (prevEnd <= b && toks[prevEnd]!.start < closeAt) prevEnd++;
            continue;
          }
        }
        // …، وأن إعلان انسحابها "لا يغير …": a complementiser before a later quotation opens its clause.
        const lead = (sp ?? (out.length && out[out.length - 1]!.sentenceId === sid ? this.last : null)) ? this.leadingComplementiser(prevEnd, openAt) : -1;
        if (lead >= 0) {
          const spk = sp ?? this.last!;
          const prior = out.length && out[out.length - 1]!.sentenceId === sid ? out[out.length - 1]!.kind : 'indirect';
          const kind = v >= 0 ? this.kindOf(v, lead) : prior === 'denial' ? 'denial' : 'indirect';
          const from = carriesSubject(toks[lead]!.light.replace(/^[وب]/, '')) ? toks[lead]!.start : toks[lead]!.end;
          this.emit(out, this.text.slice(from, closeAt + 1), spk, kind, sid, v >= 0 ? v : lead);
          while (prevEnd <= b && toks[prevEnd]!.start < closeAt) prevEnd++;
          continue;
        }
        // (و)بحسب X، فإن … "…": the source opens the sentence and its clause holds the quotation.
        const acc = v < 0 && !sp ? this.accordingBefore(prevEnd, openAt, b) : null;
        if (acc) {
          this.emit(out, this.text.slice(acc.from, closeAt + 1), acc.sp, 'indirect', sid, acc.cue);
          while (prevEnd <= b && toks[prevEnd]!.start < closeAt) prevEnd++;
          continue;
        }
        if (!sp) sp = this.after(closeAt, b);
        if (!sp && q.open <= 2 && this.last && /[:：]\s*$/.test(this.text.slice(Math.max(0, s.start - 3), s.start))) sp = this.last;
        // No cue of its own: a later quotation of a sentence whose earlier one has a speaker is theirs
        // (وقال: "…" لمستقبل العالم، "…"); so is a quotation opening a sentence or paragraph right after
        // that speaker's last statement (the discourse goes on). Otherwise no one is guessed.
        if (!sp && out.length && out[out.length - 1]!.sentenceId === sid && !out[out.length - 1]!.unattributed) sp = this.last;
        if (!sp && this.last && q.open <= 2 && out.length && sid - out[out.length - 1]!.sentenceId <= 2 && !out[out.length - 1]!.unattributed) sp = this.last;
        // نفت فيه "الادعاء بـ…": the quoted words are the claim denied, not the speaker's own.
        const denied = v >= 0 && isDenialVerb(toks[v]!) && this.kindOf(v, v) === 'denial' && !isContinuation(toks[v]!) && openAt - toks[v]!.end < 80;
        const cue = usedVerbs.has(v) ? v : -1;
        if (sp) this.emit(out, q.inner, sp, denied ? 'denial' : 'direct', sid, cue);
        else if (wordCount(q.inner) >= MIN_UNATTRIBUTED_WORDS) this.emit(out, q.inner, UNATTRIBUTED, denied ? 'denial' : 'direct', sid, cue);
        while (prevEnd <= b && toks[prevEnd]!.start < closeAt) prevEnd++;
      }
      this.indirect(out, a, b, sid, s, spans, usedVerbs);
      this.sourceAfter(out, a, b, sid, out.slice(atStart));
      this.sourceInside(out, a, b, sid, s, spans, atStart);
    });
    return out;
  }

  /**
   * A finite verb of describing (وصف، يصف) whose complementiser is بأن with words between: the object
   * described starts after the subject (ووصفت لاغارد | اختفاء خاشقجي بأنها …) or right after the verb
   * when no subject stands there (ووصف | اتهامها بإصدار أوامر بأنه …; the speaker is then the
   * discourse's, sp null). Null when there is no object between subject and complementiser.
   */
  private describedObject(v: number, c: number, b: number): { from: number; sp: Speaker | null } | null {
    const toks = this.toks;
    if (!/^[وف]?(وصف|وصفت|وصفوا|يصف|تصف|يصفون)$/.test(toks[v]!.light) || c <= v + 1 || c > b || !/^ب/.test(toks[c]!.light)) return null;
    const e = this.subjectEnd(v + 1, b);
    if (e < 0) return { from: v + 1, sp: null };
    if (e + 1 >= c) return null;
    return { from: e + 1, sp: this.subject(v + 1, e, false) };
  }

  /**
   * A present verb after أن/لن/سوف or with the future prefix (يتوقع أن يعلن الحزب مرشحه، سيعلن):
   * something not said yet, no report of a statement.
   */
  private notYetSaid(v: number): boolean {
    const t = this.toks[v]!;
    const prev = this.toks[v - 1];
    // عبر is «via» unless it opens a clause as a verb (وعبر، وقد عبر، عبر … عن).
    if (t.light === 'عبر' && !(prev && /^[وف]?(قد|كما|فيما|بينما)$/.test(prev.light)) && !this.toks.slice(v + 1, v + 10).some((x) => x.light === 'عن')) return true;
    return !!prev && prev.sent === t.sent && /^[وف]?[يت]/.test(t.light) && /^[وف]?(ان|أن|لن|سوف|كي|لكي)$/.test(prev.light);
  }

  /**
   * A short quoted name standing where a source goes (بحسب ما أفاد "المرصد السوري لحقوق الإنسان"،
   * أفاد "المرصد …" عن …): after an attribution cue, or after a verb of saying and before عن or the
   * end of the sentence, a definite phrase of at most five words.
   */
  private quotedSource(inner: string, k: number, closeAt: number, b: number): boolean {
    const words = inner.trim().split(/\s+/);
    if (words.length > 5 || !/^ال/.test(lightNormAr(words[0]!))) return false;
    // (a comma, question or exclamation mark inside is a sentence's, never a name's: ويقول "الشرق،
    // أكثر من الغرب، فلسفة" is what was said)
    if (/[،,؟?!]/.test(inner)) return false;
    const before = this.toks[k]!;
    const according = (t: Token | undefined) => !!t && ACCORDING_TO.has(t.light.replace(/^و(?=.{3})/, ''));
    // (بحسب "…"، بحسب ما أفاد "…"، وفق ما ذكرت "…")
    if (according(before) || ((before.light === 'ما' || ATTRIBUTION_FILLERS.has(before.light) || isSpeechVerb(before)) && (according(this.toks[k - 1]) || according(this.toks[k - 2])))) return true;
    if (!(isSpeechVerb(before) || isReportVerb(before))) return false;
    const after = tokenAtOrAfter(this.toks, closeAt + 1);
    return after > b || this.toks[after]!.light === 'عن' || /^\s*[.،,]/.test(this.text.slice(closeAt + 1, closeAt + 3));
  }

  /**
   * A verb of saying or publishing with the pronoun of what was said (ذكرته، نشرته، أوردته، قالته):
   * after بحسب ما / وفقا لما it is part of the attribution, its subject is the source.
   */
  private relativeSaying(t: Token): boolean {
    const m = /^(.{2,5}?)(ته|ه|ها)$/.exec(t.light);
    if (!m) return false;
    const stem = m[1]! + (m[2] === 'ته' ? 'ت' : '');
    return /^نشر(ت)?$/.test(stem) || isSpeechVerb({ ...t, light: stem }) || isReportVerb({ ...t, light: stem });
  }

  private allQuoted: Array<[number, number]> | null = null;
  /** Offset `at` is inside a quotation anywhere in the article. */
  private inQuotationAt(at: number): boolean {
    const spans = (this.allQuoted ??= quoteSpans(this.text).map((q) => [q.open, q.close]));
    // (the spans are in order and do not overlap: the last one opening before `at` decides)
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]![0] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && at < spans[lo - 1]![1];
  }

  /**
   * The token after a time phrase, adverb or medium opening at o (العام الماضي، مطلع هذا الأسبوع،
   * بالفعل، مؤخرا، الاثنين، في بيان رسمي): a report's object starts after it. o itself when none
   * opens there.
   */
  private afterTimePhrase(o: number, b: number): number {
    const toks = this.toks;
    const noun = /^(ال)?(عام|اسبوع|شهر|يوم|سنه|سنة|صيف|شتاء|ربيع|خريف|اثنين|ثلاثاء|اربعاء|خميس|جمعة|جمعه|سبت|احد)$/;
    const adjective = /^ال(ماضي|مقبل|فائت|اخير|حالي|جاري)[هة]?$/;
    for (let guard = 0; o <= b && guard < 4; guard++) {
      const w = toks[o]!.light;
      // (… and an adverb of manner set off before the object: ودانت البحرين بشدة، الأحد، إطلاق …)
      if (isTimeWord(toks[o]!) || SUBJECT_ADVERBS.has(w) || /^(بالفعل|مؤخرا|سابقا|حاليا|رسميا|مجددا|اخيرا|لاحقا|كذلك|بشده|بشدة|بقوه|بقوة|بحزم)$/.test(w)) { o++; continue; }
      // (… and the medium it spoke by, ونفت الشركة في بيان | ما تردد، وأكد في تصريح صحفي | عزمه: the
      // object follows it; not a medium with a pronoun, في بيانه, whose clause may be what was said)
      // (… and the occasion it spoke at, the definite noun and its definite adjectives: وتساءل ماسك
      // أثناء اللقاء | عن …، وأكد خلال المؤتمر الصحفي | عزمه)
      const medium = w === 'في' && o + 1 <= b && MEDIUM_AFTER_VERB.test(toks[o + 1]!.light);
      const occasion = !medium && /^(اثناء|خلال|في)$/.test(w) && o + 1 <= b && OCCASION_AFTER_VERB.test(toks[o + 1]!.light);
      if ((medium || occasion) && !/[،,:"«»“”]/.test(toks[o]!.gap)) {
        let m = o + 2;
        // (its adjectives in ي: صحفي، رسمي، صحافية; with the article after an occasion's)
        const adj = occasion ? /^ال\S{2,}(ي|يه|ية)$/ : /^[^ا]\S{2,}(ي|يه|ية)$/;
        while (m <= b && m - o <= 4 && adj.test(toks[m]!.light) && !/[،,:"«»“”]/.test(toks[m - 1]!.gap)) m++;
        if (m <= b) { o = m; continue; }
      }
      let k = o;
      if (/^(مطلع|منتصف|اوائل|اواخر|نهاية|بداية|خلال)$/.test(w)) k++;
      if (k <= b && /^(هذا|هذه)$/.test(toks[k]!.light)) k++;
      if (k <= b && noun.test(toks[k]!.light) && (k > o || /^ال/.test(toks[k]!.light))) {
        k++;
        if (k <= b && adjective.test(toks[k]!.light)) k++;
        // (a bare definite noun alone, الشهر، is a time only with its adjective or its head)
        if (k - o >= 2) { o = k; continue; }
      }
      break;
    }
    return o;
  }

  /** Token k is inside a quotation of at most four words of the sentence being read (a quoted name or term). */
  private inShortQuotation(k: number): boolean {
    const t = this.toks[k];
    if (!t) return false;
    // (a conjunction written apart is no word of the name: "دار ضاد للنشر و التوزيع")
    return this.quoted.some(([o, c]) => t.start > o && t.start < c && wordCount(this.text.slice(o + 1, c).replace(/(^|\s)[وف](?=\s)/g, ' ')) <= 4);
  }

  /** Token k is inside a quotation of the sentence being read. */
  private inQuotation(k: number): boolean {
    const at = this.toks[k]!.start;
    return this.quoted.some(([o, c]) => at > o && at < c);
  }

  /** A verb of saying at token k; نقل (conveyed) before إلى/من/في moves things, it reports nothing. */
  private speechVerbAt(k: number): boolean {
    const t = this.toks[k]!;
    if (!isSpeechVerb(t)) return false;
    return !(/^[وف]?[يت]?نقل(ت|وا)?$/.test(t.light) && /^(الى|إلى|من|في)$/.test(this.toks[k + 1]?.light ?? ''));
  }

  /**
   * A verb of saying, report or belief in [from, openAt) whose complementiser opens a clause that
   * runs into the quotation, when the nearest verb of saying `v` before the quotation (or none) is
   * part of that clause: it opens no statement of its own (no و, no comma, no participle) and has no
   * complementiser of its own. The clause holds no other complementiser, colon or verb opening a
   * statement, and at most twelve words before the quotation. -1 when there is none.
   */
  private outerVerb(from: number, v: number, openAt: number, b: number): number {
    const toks = this.toks;
    if (v >= 0 && (isContinuation(toks[v]!) || this.opensStatement(v) || !/^[يت]/.test(toks[v]!.light.replace(/^[وف]/, '')) && /^و/.test(toks[v]!.light))) return -1;
    for (let u = from; u <= b && toks[u]!.end < openAt && (v < 0 || u < v); u++) {
      const t = toks[u]!;
      const belief = !this.speechVerbAt(u) && !isReportVerb(t) && isBeliefVerb(t);
      if (!(this.speechVerbAt(u) || isReportVerb(t) || belief) || this.inQuotation(u) || this.notYetSaid(u)) continue;
      let c = u + 1;
      while (c <= b && c - u <= MAX_SUBJECT_TOKENS && toks[c]!.end <= openAt && !isComplementiser(toks[c]!) && !/[:.]/.test(toks[c - 1]!.gap) && !this.speechVerbAt(c) && !isDenialVerb(toks[c]!)) c++;
      if (c > b || toks[c]!.end > openAt || !isComplementiser(toks[c]!) || (v >= 0 && c > v)) continue;
      if (c - 1 > u && NOT_SPEECH_BEFORE_COMPLEMENTISER.has(toks[c - 1]!.light.replace(/^و(?=.{3})/, ''))) continue;
      if (belief && (c - u > 7 || c === u + 1 || toks.slice(u, c - 1).some((x) => /[،,:;"«»“”]/.test(x.gap)))) continue;
      let n = 0;
      let clean = true;
      for (let k = c + 1; k <= b && toks[k]!.end <= openAt && clean && n <= 12; k++) {
        n++;
        if (isComplementiser(toks[k]!) || /^و(ان|أن|إن)$/.test(toks[k]!.light) || /:/.test(toks[k]!.gap) || (k !== v && this.opensStatement(k))) clean = false;
      }
      if (clean && n >= 1 && n <= 12 && (v >= 0 || belief || u >= 0)) return u;
      return -1;
    }
    return -1;
  }

  /**
   * The first token of a report verb's object when it comes before the quotation (أكد X عمق
   * العلاقات …، و"…"): the subject phrase ends, an indefinite or definite noun follows, and at least
   * two words stand between it and the quotation, with no colon. -1 when there is none.
   */
  private objectBefore(v: number, openAt: number, b: number): number {
    const toks = this.toks;
    let k = v + 1;
    while (k <= b && (SUBJECT_ADVERBS.has(toks[k]!.light) || isTimeWord(toks[k]!))) k++;
    if (k > b || toks[k]!.start >= openAt) return -1;
    const e = this.subjectEnd(k, b);
    if (e < 0 || e + 1 > b) return -1;
    const o = e + 1;
    const first = toks[o]!;
    // (إلى/على: the complement of a verb of calling or urging, ودعت X إلى إجراء "…"، حث X على "…")
    const complement = /^(الى|إلى|على)$/.test(first.light);
    if (first.start >= openAt || ((FREE_PREPOSITIONS.has(first.light) || SUBJECT_PREPOSITIONS.has(first.light)) && !complement) || isComplementiser(first) || this.speechVerbAt(o)) return -1;
    let words = 0;
    for (let j = o; j <= b && toks[j]!.end <= openAt; j++) {
      words++;
      if (/:/.test(toks[j]!.gap)) return -1;
    }
    return words >= 2 ? o : -1;
  }

  /**
   * A complementiser (أن، وأن، بأن) after the previous quotation and at most twelve words before
   * this one, with no verb of saying between: the clause it opens holds the quotation. -1 if none.
   */
  private leadingComplementiser(from: number, openAt: number): number {
    const toks = this.toks;
    let c = -1;
    for (let k = from; k < toks.length && toks[k]!.end <= openAt; k++) {
      if (isComplementiser(toks[k]!) || /^و(ان|أن|إن)$/.test(toks[k]!.light)) c = k;
      // (… أنه يتابع الأمر، مضيفاً: "…": a participle of saying, or a colon, opens the quotation's own statement)
      else if (c >= 0 && (this.speechVerbAt(k) || isReportVerb(toks[k]!) || isContinuation(toks[k]!) || /:/.test(toks[k]!.gap))) c = -1;
    }
    if (c < 0) return -1;
    let n = 0;
    for (let k = c + 1; k < toks.length && toks[k]!.end <= openAt; k++) n++;
    const before = toks[c - 1];
    if (before && NOT_SPEECH_BEFORE_COMPLEMENTISER.has(before.light.replace(/^و(?=.{3})/, ''))) return -1;
    return n >= 1 && n <= 12 ? c : -1;
  }

  /** Attribution after a quotation: "، بحسب X" / "وفق X" / "قال X" / "على حد قول X". */
  private after(closeAt: number, b: number): Speaker | null {
    const toks = this.toks;
    let k = tokenAtOrAfter(toks, closeAt);
    if (k >= toks.length || k > b) return null;
    const startK = k;
    // Skip "ما" (حسبما، وفق ما) and "تقدير"/"تعبير"/"قول" (على حد تعبير X)
    // "..."، هكذا كتب X / هكذا علّق X
    // (هكذا تحدث X، هكذا يقدم X الفيلم: after هكذا any verb names who said it)
    const thus = toks[k]!.light === 'هكذا' && k + 1 <= b && (isSpeechVerb(toks[k + 1]!) || isReportVerb(toks[k + 1]!) || (/^[يت].{2,}/.test(toks[k + 1]!.light) && !this.index.at(toks[k + 1]!)));
    if (thus) k++;
    const cue = toks[k]!;
    const isCue = thus || ACCORDING_TO.has(cue.light) || ACCORDING_TO.has(cue.light.replace(/^و/, '')) || isSpeechVerb(cue) || (cue.light === 'على' && toks[k + 1]?.light === 'حد');
    if (!isCue || k - startK > 1) return null;
    k++;
    while (k <= b && (attributionFiller(toks, k) || isSpeechVerb(toks[k]!) || this.relativeSaying(toks[k]!))) k++;
    // (…"، وأضاف "تمت …": a quotation opening after the verb is its speech, no one who speaks)
    // (a source's quoted name, وفق "رويترز"، closes within five words)
    if (k > b) return null;
    if (/["«“]\s*$/.test(toks[k - 1]!.gap)) {
      let q = k;
      while (q < b && q - k < 5 && !/["»”]/.test(toks[q]!.gap)) q++;
      if (!/["»”]/.test(toks[q]!.gap)) return null;
    }
    let e = k;
    while (e < b && e - k < 10 && !/[،,.:]/.test(toks[e]!.gap)) e++;
    return this.subject(k, e, false);
  }

  /**
   * The source first, then the statement: (و)بحسب X، فإن … / ووفق X، فإن …. Emits the clause after
   * فإن and returns the token where the next statement starts (past b: none), else false.
   */
  private accordingThen(out: Quote[], v: number, b: number, sid: number, s: SentenceSpan, spans: ReturnType<typeof quoteSpans>): number | false {
    const toks = this.toks;
    const light = toks[v]!.light;
    if (!(ACCORDING_TO.has(light) || (light.startsWith('و') && ACCORDING_TO.has(light.slice(1))))) return false;
    // (فإن; when the attribution opens the sentence, after ولكن at most, فقد and فلقد too, which stay
    // in the statement: وحسب التحقيقات فقد أعد …)
    const start = this.sentenceStart(v);
    const opening = v === start || (v === start + 1 && /^و?لكن$/.test(toks[start]!.light));
    const then = (t: Token) => /^فان(ه|ها|هم)?$/.test(t.light) || (opening && /^(فقد|فلقد)$/.test(t.light));
    let c = v + 1;
    while (c <= b && c - v <= 12 && !then(toks[c]!)) c++;
    // (و)بحسب X، CLAUSE without فإن, when the attribution opens the sentence: the clause after the
    // comma. A source with a relative clause (وبحسب موقع X الذي يروج …، ثمة …) runs longer.
    if ((c > b || c - v > 12) && opening) {
      c = v + 1;
      // (a source named with its issuer runs longer too: وحسب أحدث البيانات الصادرة عن اتحاد السفر
      // والسياحة في الولايات المتحدة، تراجع …)
      let max = 10;
      while (c <= b && c - v <= max && !/[،,]/.test(toks[c - 1]!.gap)) { if (RELATIVES.has(toks[c]!.light)) max = 20; else if (/^ال(صادر|صادره|صادرة)$/.test(toks[c]!.light) && toks[c + 1]?.light === 'عن') max = 16; c++; }
      if (c > b || c - v > max || c === v + 1 || !/[،,]/.test(toks[c - 1]!.gap)) return false;
      // (… unless the clause opens on a verb of saying with a speaker of its own, ووفقا لاستطلاع أجري
      // حديثا، قال واحد من 4 أشخاص إنهم …: that verb's subject speaks, the source only relays)
      if (isSpeechVerb(toks[c]!)) return false;
    } else if (c > b || c - v > 12 || c === v + 1) return false;
    const clauseStart = toks[c]!.light === 'فان' ? toks[c]!.end : toks[c]!.start;
    // The clause runs to the next statement of its own (…، موضحا أن …؛ …، وقالت سارة: "…"), which is
    // read after it; a quotation inside the clause is read with the quotations instead.
    // (not its own first verb: وفقا للبيانات، فقد علقت منصة تويتر …)
    let e = c + 2;
    while (e <= b && !this.opensStatement(e)) e++;
    const end = e <= b ? toks[this.clauseLast(e)]!.end : s.end;
    if (spans.some((q) => s.start + q.open >= clauseStart && s.start + q.open < end)) return false;
    // (a clause closed by an attribution of its own, «وبحسب "فرانس برس"، سيعلن الحزب …، حسبما قال
    // المتحدث باسم الحزب X»: the source that opens it relays what X said; sourceAfter reads X)
    if (this.closingAttribution(c + 1, Math.min(e, b))) return false;
    const takesLam = /^و?(وفقا|طبقا)$/.test(light);
    let se = c - 1;
    for (let r = v + 1; r < c; r++) if (RELATIVES.has(toks[r]!.light)) { se = r - 1; break; }
    const subj = se > v ? this.subject(v + 1, se, false, takesLam) : null;
    const sp = takesLam ? withoutLam(subj) : subj;
    // (no one behind the attribution, ووفقا لأحكام هذا القانون، …: what the law provides, no statement)
    if (!sp || (!sp.speakerId && !sp.speakerIds?.length && sayerless(sp.speaker.ar))) return false;
    const clause = this.text.slice(clauseStart, end).replace(/[.\s،,]+$/, '');
    if (wordCount(clause) < 2) return false;
    this.emit(out, clause, sp, 'indirect', sid, v);
    return e;
  }

  /** A source attributing what came before it, after a comma in [from, to] (…، حسبما قال X؛ …، بحسب X). */
  private closingAttribution(from: number, to: number): boolean {
    const toks = this.toks;
    for (let m = Math.max(from, 1); m <= to; m++) {
      if (!/[،,]/.test(toks[m - 1]!.gap) || this.inQuotation(m)) continue;
      if (accordingWord(toks[m]!.light) && !/^و?نقلا$/.test(toks[m]!.light) && m + 1 <= to) return true;
    }
    return false;
  }

  /**
   * (و)بحسب X، فإن … before a quotation, in the stretch [from, openAt): the source and where its
   * clause starts (after فإن), or null.
   */
  private accordingBefore(from: number, openAt: number, b: number): { sp: Speaker; from: number; cue: number } | null {
    const toks = this.toks;
    for (let v = from; v <= b && toks[v]!.end <= openAt; v++) {
      const light = toks[v]!.light;
      if (!(ACCORDING_TO.has(light) || (light.startsWith('و') && ACCORDING_TO.has(light.slice(1))))) continue;
      // (فقد/فلقد too when the attribution opens the sentence, as in accordingThen)
      const start = this.sentenceStart(v);
      const opening = v === start || (v === start + 1 && /^و?لكن$/.test(toks[start]!.light));
      const then = (t: Token) => /^فان(ه|ها|هم)?$/.test(t.light) || (opening && /^(فقد|فلقد)$/.test(t.light));
      let c = v + 1;
      while (c <= b && c - v <= 12 && toks[c]!.end <= openAt && !then(toks[c]!)) c++;
      if (c > b || c - v > 12 || c === v + 1 || toks[c]!.end > openAt || !then(toks[c]!)) return null;
      const subj = this.subject(v + 1, c - 1, false, /^و?(وفقا|طبقا)$/.test(light));
      const sp = /^و?(وفقا|طبقا)$/.test(light) ? withoutLam(subj) : subj;
      if (!sp) return null;
      return { sp, from: toks[c]!.light === 'فان' ? toks[c]!.end : toks[c]!.start, cue: v };
    }
    return null;
  }

  /**
   * A verb of judging with its object as a pronoun (اعتبره، تعتبرها، يعتبره، تصفه، وصفها) right before
   * the quotation at k, or with at most three words of subject between them and no punctuation, and
   * not inside what an earlier verb of its stretch reports: the verb's index, else -1.
   */
  private judgedBefore(k: number, a: number): number {
    const toks = this.toks;
    for (let j = k - 1; j >= a && j >= k - 4; j--) {
      const t = toks[j]!;
      if (j < k - 1 && /[،,.:;؛()]/.test(t.gap)) return -1;
      if (JUDGING_PRONOUN.test(t.light)) return this.reportedEarlier(j, a) ? -1 : j;
      if (j < k - 1 && (isSpeechVerb(t) || isReportVerb(t) || isComplementiser(t))) return -1;
    }
    return -1;
  }

  /** A verb of saying, report, belief or a framed verb at m: one whose object or clause is what was said. */
  private reportsAt(m: number): boolean {
    const t = this.toks[m]!;
    return this.speechVerbAt(m) || isReportVerb(t) || isBeliefVerb(t) || !!verbFrame(t);
  }

  /**
   * The subject of the verb of saying, report, belief or frame the sentence states before a verb
   * joined by و at j (انتقد ترامب قوانين الهجرة ووصفها بأنها …): the nearest such verb with a subject
   * after it; null when there is none.
   */
  private earlierVerbSubject(j: number, a: number): Speaker | null {
    const toks = this.toks;
    if (!/^بان(ه|ها|هم|هما)$/.test(toks[j + 1]?.light ?? '')) return null;
    for (let m = j - 1; m >= a && m >= j - 20; m--) {
      const t = toks[m]!;
      if (isComplementiser(t) || RELATIVES.has(t.light) || /[.:;؛]/.test(t.gap)) return null;
      if (!this.reportsAt(m)) continue;
      const e = this.subjectEnd(m + 1, j - 1);
      return e >= m + 1 ? this.subject(m + 1, e, false) : null;
    }
    return null;
  }

  /**
   * A verb of saying, report or belief before token j in its stretch of the sentence (back to a comma
   * or a): j is inside what it reports (قال X إن الحكومة التي يعتبرها "…" ستبقى is X's statement).
   */
  private reportedEarlier(j: number, a: number): boolean {
    // (a verb joined by و opens a clause of its own unless a complementiser came between: انتقد ترامب
    // قوانين الهجرة ووصفها بأنها "…" is a second statement, قال إن الحكومة ستبقى ويعتبرها "…" is not)
    const joined = /^[وف]/.test(this.toks[j]!.light);
    let comp = false;
    for (let m = j - 1; m >= a && !/[،,;:]/.test(this.toks[m]!.gap); m--) {
      const t = this.toks[m]!;
      if (isComplementiser(t) || RELATIVES.has(t.light)) comp = true;
      if (this.reportsAt(m)) return !joined || comp;
    }
    return false;
  }

  /**
   * The last finite report verb in [from, openAt) with no punctuation, complementiser or other verb
   * of saying between it and the quotation, at most eight words before it, opening its clause (و،
   * sentence start, كما، قد); -1 when there is none.
   */
  private reportVerbBefore(from: number, openAt: number, b: number): number {
    const toks = this.toks;
    let k = from;
    while (k <= b && toks[k]!.end <= openAt) k++;
    for (let j = k - 1, n = 0; j >= from && n <= 8; j--, n++) {
      const t = toks[j]!;
      if (j < k - 1 && /[،,.:;؛()"«»“”]/.test(t.gap)) return -1;
      if (isComplementiser(t) || RELATIVES.has(t.light) || this.inQuotation(j)) return -1;
      if (!isReportVerb(t) || isContinuation(t) || verbFrame(t)?.participle || /^م/.test(t.light) || this.notYetSaid(j)) continue;
      const prev = toks[j - 1];
      const opens = /^[وف]/.test(t.light) || j === this.sentenceStart(j) || (!!prev && (/^[وف]?(كما|قد|لقد|فيما|بينما)$/.test(prev.light) || /[،,]/.test(prev.gap)));
      return opens && j + 1 < k ? j : -1;
    }
    return -1;
  }

  /** A verb of saying right before token k (its medium or addressee pronoun between: يقول فيها، قال لها). */
  private saidRightBefore(k: number, a: number): boolean {
    const toks = this.toks;
    let j = k - 1;
    if (j >= a && /^(فيها|فيه|له|لها|لهم)$/.test(toks[j]!.light)) j--;
    if (j < a || /[،,.:;]/.test(toks[j]!.gap.replace(/["«“]/g, '').trim() ? toks[j]!.gap : '')) return false;
    const t = toks[j]!;
    if (SAYING_NOUN.test(t.light) || /^[وف]?(قائلا|قائلة|قائلين)$/.test(t.light) || (isSpeechVerb(t) && !isContinuation(t))) return true;
    // (…، مضيفة "أعشق بلادي": a continuing participle right before says it too)
    return isContinuation(t) && /[اة]$/.test(t.light);
  }

  /**
   * A verb that says words aloud or in writing (يقول، ردد، هتف، كتب) within four words before token
   * k, its subject and manner between without punctuation (ويقول المصور بلهجة حاقدة "…"، وهم يهتفون
   * "…"): a short quotation that ends the sentence there is what was said. Not verbs of showing or
   * judging (تظهر التسجيلات "…"، يعتبر بمثابة "…"), whose short quotation is a phrase.
   */
  private saidShortlyBefore(k: number, a: number): boolean {
    const toks = this.toks;
    for (let m = k - 1; m >= a && m >= k - 5; m--) {
      const w = toks[m]!;
      if ((m < k - 1 && /[،,.:;؛()"«»“”]/.test(w.gap)) || isComplementiser(w) || RELATIVES.has(w.light)) return false;
      if (ALOUD_VERBS.has(w.light.replace(/^[وف]/, '')) || SAYING_NOUN.test(w.light)) return !this.notYetSaid(m);
    }
    return false;
  }

  /**
   * A colon right before the quotation at token k and, earlier in the sentence (at most twelve
   * words back), a verb that says words aloud (ALOUD_VERBS): «وتسائل ماسك، عندما تلقى عرض روجان:
   * "هل هذا سيجار؟"». The colon announces the words; a phrase named or stressed takes none.
   */
  private saidBeforeColon(k: number, a: number): boolean {
    const toks = this.toks;
    if (k - 1 < a || !/:/.test(toks[k - 1]!.gap)) return false;
    for (let m = k - 1; m >= a && m >= k - 12; m--) {
      const w = toks[m]!;
      if (m < k - 1 && /[:;.()"«»“”]/.test(w.gap)) return false;
      if (ALOUD_VERBS.has(w.light.replace(/^[وف]/, '')) || SAYING_NOUN.test(w.light)) return !this.notYetSaid(m);
    }
    return false;
  }

  /** A verb of saying or report with its complementiser, or after a relative pronoun, between token k and offset upTo. */
  private nestedReportBefore(k: number, upTo: number): boolean {
    const toks = this.toks;
    for (let j = k + 1; j + 1 < toks.length && toks[j + 1]!.end <= upTo; j++) {
      const t = toks[j]!;
      if ((isSpeechVerb(t) || isReportVerb(t)) && isComplementiser(toks[j + 1]!)) return true;
      // (… تصريحات لافروف الذي دعا فيها "…": a relative clause's verb of saying has its own quotation)
      if ((isSpeechVerb(t) || isReportVerb(t) || !!verbFrame(t)) && RELATIVES.has(toks[j - 1]!.light)) return true;
    }
    return false;
  }

  /**
   * A statement reported as the object of its verb, with no complementiser: أعلنت السلطات إصابة
   * شرطي … / أعرب باول عن ثقته … / مشيرا إلى تراجع …. The subject is a person (with any apposition
   * after a comma), a place or body, or an unnamed phrase that ends where an indefinite word follows
   * a definite one (السلطات | إصابة); a verb followed straight by a preposition has the discourse's
   * speaker. Returns the token after the report, or -1 when there is none.
   */
  private objectReport(out: Quote[], v: number, b: number, sid: number, s: SentenceSpan, spans: ReturnType<typeof quoteSpans>): number {
    const toks = this.toks;
    const t = toks[v]!;
    const frame = verbFrame(t);
    if (!isReportVerb(t) && !frame) return -1;
    // A participle not after a comma and not in the accusative (مطالبة للنساء) is a noun. A closing
    // quotation mark ends the statement before it as a comma does (أنه "…" معربة عن الأمل في أن …).
    // (asked last and only of a participle: this runs for every candidate verb)
    const closesQuotation = () => v > 0 && /["»”]/.test(toks[v - 1]!.gap) && this.inQuotation(v - 1) && !this.inQuotation(v);
    if (frame?.participle && !isContinuation(t) && !/ا$/.test(t.light) && !(v > 0 && /[،,]/.test(toks[v - 1]!.gap)) && !closesQuotation()) return -1;
    const prev = v > 0 ? toks[v - 1] : undefined;
    if (prev && prev.sent === t.sent && (/^[وف]?(لم|لا|لن|ما)$/.test(prev.light) || this.notYetSaid(v))) return -1;
    // (…، حسبما أعلن المرصد / كما أعلنت سول: the verb attributes what came before, it reports no object)
    if (prev && prev.sent === t.sent && (/^(حسبما|وفقما)$/.test(prev.light) || (prev.light === 'كما' && v >= 2 && /[،,]/.test(this.toks[v - 2]!.gap)))) return -1;
    // (a quotation right after the verb is its statement, read with the quotations; a short quoted
    // name is its subject: وقد نفت "فيسبوك" معرفتها …)
    if (/:/.test(t.gap) || (/["«“]/.test(t.gap) && !(v + 1 <= b && this.inShortQuotation(v + 1)))) return -1;
    if (frame && prev && prev.sent === t.sent && this.frameVerbIsNoun(t, prev)) return -1;
    let k = v + 1;
    while (k <= b && (SUBJECT_ADVERBS.has(toks[k]!.light) || isTimeWord(toks[k]!)) && !/[:"«“]/.test(toks[k - 1]!.gap)) k++;
    if (k > b) return -1;
    // (التي كشفت النقاب مؤخرا عن …: «lifted the veil» is the verb's idiom, not its subject; what
    // follows عن is revealed, the subject is the one before the verb)
    if (/^[وف]?(كشف|كشفت|يكشف|تكشف|كشفوا)$/.test(t.light) && VEIL.test(toks[k]!.light)) {
      let m = k + 1;
      while (m <= b && m - k <= 3 && toks[m]!.light !== 'عن' && !/[،,:.;"«»“”]/.test(toks[m - 1]!.gap)) m++;
      if (m > b || toks[m]!.light !== 'عن') return -1;
      k = m;
    }
    // (نفى فيه الاتهامات، دعت فيه السلطات إلى …: the pronoun is the medium, the content follows)
    // (… but after a verb whose preposition is على, عليها is what it urged: نمو المشاعر التي حضت عليها
    // وسائل الإعلام — the content is the pronoun's noun, no statement follows)
    if (frame?.markers.has('على') && /^(عليه|عليها)$/.test(toks[k]!.light)) return -1;
    const medium = frame && /^(فيه|فيها|عليه|عليها)$/.test(toks[k]!.light) && k + 1 <= b;
    if (medium) k++;
    // (دعا كل من الأمم المتحدة والاتحاد الأوروبي إلى …: «كل من» opens the subject)
    if (toks[k]!.light === 'كل' && toks[k + 1]?.light === 'من' && k + 2 <= b) k += 2;
    const first = toks[k]!;
    let sp: Speaker | null;
    let o: number;
    const preposed = frame && !frame.agrees ? this.preposedSubject(v) : null;
    // A participle or a verb agreeing in number (دعوا، أعربا، مطالبا) has its subject already: the
    // content follows it. So does a verb whose content opens right after it (وقد ألقى باللائمة على
    // …، وحمل المسؤولية لـ…): the word its frame requires is no subject.
    if (isContinuation(t) || frame?.participle || frame?.agrees || medium || FREE_PREPOSITIONS.has(first.light) || (/^ب[^ا]/.test(first.light) && !this.index.at(first) && !isUnnamedHead(first)) || !!frame?.required?.has(first.light.replace(/^[وف]/, ''))) {
      sp = this.implicit(v);
      o = k;
    } else if (frame && this.callAddressee(v, k)) {
      // (كما دعا جميع الأطراف إلى …، بعد أن دعا الدول الأوروبية إلى …، تحث الناس على …: the word
      // after a verb of calling is whom it calls on; the statement opens there, the speaker is
      // the one before the verb or the discourse's)
      sp = this.subjectBefore(v) ?? this.implicit(v);
      o = k;
    } else if (preposed) {
      // (ترامب الذي اتهم أوبك برفع …، لكن الأخير اتهم الاتحاد الأوروبي بأنه …: the subject stands
      // before the verb, so the word after it opens the object, the one accused or described)
      sp = preposed;
      o = this.afterTimePhrase(k, b);
    } else if ((frame || isReportVerb(t)) && this.auxiliarySubject(v)) {
      // (وكانت الخارجية الأمريكية قد حملت النظام السوري المسؤولية: the subject came before كان's verb)
      sp = this.subjectBefore(v);
      o = this.afterTimePhrase(k, b);
    } else if (this.inShortQuotation(k) && /["«“]/.test(t.gap)) {
      // (وقد نفت "فيسبوك" معرفتها …: a short quoted name after the verb is its subject)
      let q = k;
      while (q < b && q - k < 4 && !/["»”]/.test(toks[q]!.gap)) q++;
      sp = /["»”]/.test(toks[q]!.gap) ? this.namedSource(k, q) : null;
      o = this.afterTimePhrase(q + 1, b);
    } else {
      const e = this.subjectEnd(k, b);
      // No subject after the verb: one written before it (وكانت السعودية أعلنت | تقديم …).
      // (… ورفض ما وصفها بالمزاعم: a framed verb joined by و to a statement goes on with its speaker)
      // (طالب البيت الأبيض الفلسطينيين عدم …، وحثت جماعات أعمال أمريكية الجانبين على …: a verb of
      // calling's addressee follows its subject; the statement opens with it, as with no subject)
      const called = e > k && frame && this.calledAfterSubject(v, e, b);
      sp = e < 0 ? this.subjectBefore(v) ?? (frame && /^و/.test(t.light) && this.said.length ? this.implicit(v) : null) : this.subject(k, called ? e - 1 : e, false);
      o = e < 0 ? k : called ? e : this.afterAddressee(e + 1, b);
      // (وينفي غولن الذي يعيش في ولاية بنسيلفانيا | الضلوع في …: a relative clause of a verb and its
      // preposition's phrase describes the subject; the object follows it)
      if (sp && e >= 0) o = this.afterRelativePlace(o, b);
      // (وعبر بيتر جيليرون رئيس الاتحاد السويسري لكرة القدم | عن ندمه: the subject's title set after
      // it with no comma comes before the frame's preposition, which opens the statement)
      if (sp && e >= 0 && frame && !frame.markers.has('obj') && o === e + 1 && o <= b && roleHead(toks[o]!) && !frame.markers.has(toks[o]!.light)) {
        const at = this.frameMarkerAfter(frame, e, b);
        if (at > o) o = at;
      }
      // (دعت جمعيات عدة إلى …، اشتكى آخرون من …: an indefinite subject no table knows runs up to the
      // frame's preposition, at most three words without punctuation)
      // The verb must open its clause (وعبر، فيما اشتكى، after a comma), not follow a noun: «البحث عبر
      // غوغل عن …» is a preposition.
      const opensClause = /^[وف]/.test(t.light) || !prev || prev.sent !== t.sent || /[،,:;]/.test(prev.gap) || CLAUSE_START.has(prev.light);
      if (e < 0 && !sp && frame && !frame.markers.has('obj') && opensClause) {
        let m = k;
        while (m <= b && m - k < 3 && !frame.markers.has(toks[m]!.light) && !/[،,:.;"«“»”]/.test(toks[m]!.gap)) m++;
        // (not a quantified addressee: دعا جميع الأطراف إلى …)
        if (m > k && m <= b && frame.markers.has(toks[m]!.light) && !QUANTIFIERS.test(toks[k]!.light)) { sp = this.subject(k, m - 1, false); o = m; }
        // (يشكك مؤيدو البابا بشدة | بمصداقية …، تحث جمعية المستهلكين في بريطانيا المشجعين | على
        // ضرورة …: a longer subject, or one ending in a manner adverb or the addressee, still runs up to
        // the frame's preposition — a word of its own or the clitic بـ — when no punctuation, verb of
        // saying or complementiser comes between)
        // Not a noun with a pronoun (قدر اهتمامهم بمقدرة …: «as much as their interest»), nor a phrase
        // naming a person after its first word (اتهمت أكثر من 70 امرأة واينستين بـ…: the one accused).
        // A definite noun right after a definite one opens the verb's object, which the statement
        // holds (ووصفت أحزاب المعارضة | التحالف بين الحزبين بـ"…").
        else if (!sp && !/(ه|ها|هم|هما|هن)$/.test(toks[k]!.light)) {
          const at = this.frameMarkerAfter(frame, k, b);
          let inside = false;
          for (let j = k + 1; j < at; j++) if (this.index.at(toks[j]!)) inside = true;
          if (at > k && !inside && !QUANTIFIERS.test(toks[k]!.light)) {
            let obj = at;
            for (let j = k + 2; j < at && obj === at; j++) {
              const w = toks[j]!;
              if (hasArticle(w) && hasArticle(toks[j - 1]!) && !/^[وبكل]/.test(w.light) && !DEFINITE_ADJECTIVE.test(w.light) && !SUBJECT_ADJECTIVES.has(w.light)) obj = j;
              // (… and a call's addressee after a nationality adjective: حثت جماعات أعمال أمريكية | الجانبين على)
              else if (j + 1 === at && this.calledAfterSubject(v, j, b)) obj = j;
            }
            sp = this.subject(k, this.beforeManner(k, obj - 1), false);
            o = obj;
          }
        }
      }
      o = this.afterTimePhrase(o, b);
    }
    if (!sp || o > b) return -1;
    const obj = toks[o]!;
    // (a required word of the frame is its object, though it looks like a verb of saying: رفض X، وصف
    // الحوادث بالطائفية — rejecting the description denies it)
    const requiredObj = !!frame?.required?.has(obj.light);
    if ((isSpeechVerb(obj) && !requiredObj) || isComplementiser(obj) || spans.some((q) => s.start + q.open >= obj.start - 2 && s.start + q.open <= obj.end)) return -1;
    // (a verb the report table already held keeps reporting any object: ووصفت وكالة الأناضول الرجال
    // الستة الذين طردوا من كوسوفو بأنهم … has its بـ far out; the markers guard the verbs added with the frames)
    if (frame && !this.frameHolds(frame, o, b, isReportVerb(t))) return -1;
    let e = o + 1;
    // (a relative clause's report, التي اتهمت المنتج بالاغتصاب، ends at its comma)
    const relative = frame && prev && RELATIVES.has(prev.light);
    // (… or where the main clause's verb resumes after it: الذي اتهمته الحكومة بالتحريض | قد غادر)
    while (e <= b && !this.opensStatement(e) && !(relative && (/[،,]/.test(toks[e - 1]!.gap) || /^(قد|لقد|فقد)$/.test(toks[e]!.light)))) e++;
    const kind = frame?.kind === 'denial' ? 'denial' : this.kindOf(v, o - 1);
    // A denial of a few words goes on in the participle after it (ونفى ماكيب الاتهامات، قائلا إنه
    // مستهدف؛ وتنفي الحكومة هذه الاتهامات مشددة على …): what the denier says against them is the denial's.
    // The participle's statement is still read on its own after it.
    const next = e;
    if (kind === 'denial' && e <= b && e - o <= 4 && (isContinuation(toks[e]!) || !!verbFrame(toks[e]!)?.participle || !!verbFrame({ ...toks[e]!, light: toks[e]!.light.replace(/^و(?=م)/, '') })?.participle)) {
      e++;
      while (e <= b && !this.opensStatement(e)) e++;
    }
    const end = e <= b ? toks[this.clauseLast(e)]!.end : s.end;
    const clause = this.text.slice(obj.start, end).replace(/[.\s،,]+$/, '');
    // (a denial's object may be one word: ونفى ماكيب الاتهامات)
    if (wordCount(clause) < (kind === 'denial' ? 1 : 3)) return -1;
    // The frame's preposition opens the content but is not said: دعا X إلى مقاطعة الانتخابات reports
    // «مقاطعة الانتخابات»; so does a report verb's (أعلن عن، أكد على). A one-letter بـ stays: it is
    // written into the word.
    const said = !!frame?.markers.has(obj.light) || /^(عن|على)$/.test(obj.light);
    // (وكشفت الشركة النقاب عن هاتفها …: the idiom's noun and its عن are not said either)
    const veil = VEIL.test(obj.light) && toks[o + 1]?.light === 'عن' && o + 2 < e;
    const lead = veil ? toks[o + 2]!.start : said && o + 1 < e ? toks[o + 1]!.start : -1;
    this.emit(out, lead >= 0 ? this.text.slice(lead, end).replace(/[.\s،,]+$/, '') : clause, sp, kind, sid, v);
    return next;
  }

  /**
   * The unnamed source at k (مصادر، مسؤول، بيانات: indefinite, not a body's own name) goes on at
   * e + 1 with من/في and a body, a place or a definite group: «مصادر من الحوثيين»، «مسؤول في وزارة
   * الخارجية»، «بيانات من معهد الإحصاءات». Not a phrase of time (في الوقت نفسه).
   */
  private sourceOfGroup(k: number, e: number, b: number): boolean {
    const toks = this.toks;
    const head = toks[k]!, prep = toks[e + 1], obj = toks[e + 2];
    if (!prep || !obj || e + 2 > b || e - k > 2 || !/^(من|في)$/.test(prep.light) || /["«“»”]/.test(prep.gap)) return false;
    if (hasArticle(head) || !isUnnamedHead(head) || BODY_NOUNS.has(head.light)) return false;
    if (isTimeWord(obj)) return false;
    return (hasArticle(obj) && !/^[بكل]/.test(obj.light)) || BODY_NOUNS.has(obj.light) || isPlaceOrOrg(obj) || !!knownBodyAt(toks, e + 2);
  }

  /**
   * The first token after a relative clause at o made of a verb and a preposition's phrase (الذي يعيش
   * في ولاية بنسيلفانيا، التي تقيم في الولايات المتحدة): the definite word that no preposition governs
   * and no adjective is, after a name or a definite word; o itself when there is no such clause.
   */
  private afterRelativePlace(o: number, b: number): number {
    const toks = this.toks;
    if (o + 3 > b || !RELATIVES.has(toks[o]!.light) || !FREE_PREPOSITIONS.has(toks[o + 2]!.light) || hasArticle(toks[o + 1]!)) return o;
    for (let j = o + 4; j <= b && j - o <= 9; j++) {
      if (/[،,:;.؛"«»“”()]/.test(toks[j - 1]!.gap)) return o;
      const w = toks[j]!;
      const prev = toks[j - 1]!;
      if (isSpeechVerb(w) || isComplementiser(w) || RELATIVES.has(w.light)) return o;
      if (!/^ال/.test(w.light) || DEFINITE_ADJECTIVE.test(w.light) || SUBJECT_ADJECTIVES.has(w.light) || FREE_PREPOSITIONS.has(prev.light)) continue;
      if (hasArticle(prev) || (nameLike(prev) && !hasArticle(prev))) return j;
    }
    return o;
  }

  /**
   * The first token after an addressee at o, an organisation written with ل (أكد X لبي بي سي عربي |
   * وجود …): the longest run of up to five words the lexicon knows as one, else o itself.
   */
  private afterAddressee(o: number, b: number): number {
    const toks = this.toks;
    if (o > b || !/^ل[^ل]/.test(toks[o]!.light) || !this.addressee(toks[o]!)) return o;
    for (let n = Math.min(5, b - o); n >= 1; n--) {
      const words = toks.slice(o, o + n);
      if (words.slice(0, -1).some((w) => GAP_BREAK.test(w.gap))) continue;
      if (knownOrg(normaliseAr(words.map((w) => w.text).join(' ')).slice(1))) return o + n;
    }
    return o;
  }

  /**
   * The first of the frame's prepositions in the eight tokens from k (a word of the frame, or a
   * word opening on its clitic بـ that names no one), with no punctuation, quotation, verb of saying
   * or complementiser before it; -1 when none. A manner adverb (بشدة، بقوة) is no content.
   */
  private frameMarkerAfter(frame: VerbFrame, k: number, b: number): number {
    const toks = this.toks;
    for (let m = k + 1; m <= b && m - k <= 8; m++) {
      if (/[،,:.;؛"«“»”()]/.test(toks[m - 1]!.gap)) return -1;
      const t = toks[m]!;
      if (isSpeechVerb(t) || isComplementiser(t) || isReportVerb(t) || RELATIVES.has(t.light)) return -1;
      if (frame.markers.has(t.light)) return m;
      if (frame.markers.has('ب') && /^ب[^ا]/.test(t.light) && t.light.length > 3 && !BREAKERS_AR.has(t.light) && !MANNER.has(t.light) && !this.index.at(t) && !isPlaceOrOrg(t)) return m;
    }
    return -1;
  }

  /** The last token of a subject ending at e, without the manner adverbs at its end (مؤيدو البابا بشدة). */
  private beforeManner(k: number, e: number): number {
    while (e > k && MANNER.has(this.toks[e]!.light)) e--;
    return e;
  }

  /**
   * The subject read after a verb of calling at v ends at e on its addressee: a definite plural or
   * dual in the oblique case (الفلسطينيين، الجانبين, which no subject takes) right after a definite
   * word or a nationality adjective (not a noun in construct: وزير خارجية البلدين is one subject),
   * with the call's preposition, a word in بـ/لـ or «عدم» after it.
   */
  private calledAfterSubject(v: number, e: number, b: number): boolean {
    const toks = this.toks;
    const t = toks[v]!, last = toks[e]!, before = toks[e - 1]!, next = toks[e + 1];
    if (!isCallVerb(t) || !next || e + 1 > b) return false;
    if (!hasArticle(last) || !/ين$/.test(last.light) || /[،,:;"«»“”()]/.test(before.gap) || /[،,:;"«»“”()]/.test(last.gap)) return false;
    if (!hasArticle(before) && !isDemonym(before.light)) return false;
    return /^(الى|على|عدم)$/.test(next.light) || /^[بل][^ا]/.test(next.light);
  }

  /**
   * The word at k after a verb of calling or urging (دعا، حث، طالب، ناشد) is its addressee, not its
   * subject: a quantified phrase (جميع الأطراف) or a definite common noun no table knows as a person,
   * body or source (الناس، الدول الأوروبية), when a subject came before the verb or the verb follows
   * أن or a comma.
   */
  private callAddressee(v: number, k: number): boolean {
    const t = this.toks[v]!;
    if (!isCallVerb(t)) return false;
    const first = this.toks[k]!;
    if (/^(جميع|كافة)$/.test(first.light)) return true;
    // (ودعا الحكومة إلى …: a masculine verb's subject is no feminine noun right after it, so the
    // body in ة is the one called on; ودعت الحكومة إلى … is the government calling)
    if (sayingGender(t.light) === 'm' && /^ال.{2,}ة$/.test(first.light) && !this.index.at(first) && !isGiven(first)) return true;
    if (!hasArticle(first) || this.index.at(first) || isPlaceOrOrg(first) || isUnnamedHead(first) || isOutletHead(first)) return false;
    // (… nor a body the lists know by a name of several words: ودعت الأمم المتحدة إلى …)
    if (knownBodyAt(this.toks, k)) return false;
    // (the verb after أن or a comma goes on with a subject already named: بعد أن دعا …، …، تحث …;
    // held-out half: even 923 -> 925 found, odd 957 -> 959; a subject before the verb alone gains none)
    const prev = v > 0 ? this.toks[v - 1] : undefined;
    // (a title with its holder's name after it is the subject, after a comma too: إلى ذلك، ناشد
    // النائب هادي حبيش … سحب القضية)
    if (roleHead(first)?.definite && k + 1 < this.toks.length && this.index.at(this.toks[k + 1]!) && !this.index.prefixAt(this.toks[k + 1]!)) return false;
    if (prev && prev.sent === t.sent && (prev.light === 'ان' || /[،,]/.test(prev.gap))) return true;
    return !!this.subjectBefore(v);
  }

  /**
   * A denial whose object carries a relative clause before the complementiser (وكان X قد أنكر
   * الاتهامات التي وجهتها إليه Y بأنه …؛ نفى X المزاعم التي قدمتها Y، مدعية أنه …): the subject is
   * the one written before the verb, else the phrase after it up to the object's noun, else the
   * discourse's; the statement, a denial, is the object with its relative clause and all it holds.
   * Returns the token after the statement, or -1 when the stretch holds no relative pronoun.
   */
  private deniedObject(out: Quote[], v: number, c: number, b: number, sid: number, s: SentenceSpan): number {
    const toks = this.toks;
    let r = -1;
    for (let k = v + 2; k < c; k++) if (RELATIVES.has(toks[k]!.light)) { r = k; break; }
    if (r < 0) return -1;
    let k0 = v + 1;
    while (k0 < r && (SUBJECT_ADVERBS.has(toks[k0]!.light) || isTimeWord(toks[k0]!))) k0++;
    // The object's noun is the word before the pronoun with the adjectives it takes (الاتهامات الخطيرة التي).
    let o = r - 1;
    while (o - 1 >= k0 && hasArticle(toks[o - 1]!) && !this.index.at(toks[o - 1]!) && !isUnnamedHead(toks[o - 1]!) && !isPlaceOrOrg(toks[o - 1]!) && !/[،,:"«»“”]/.test(toks[o - 1]!.gap)) o--;
    if (o < k0) return -1;
    let sp: Speaker | null = null;
    if (o === k0) sp = this.subjectBefore(v) ?? this.implicit(v);
    else {
      // The subject after the verb, its apposition and manner (بـ"شدة") before the object excluded.
      let e = o - 1;
      while (e > k0 && (/^ب/.test(toks[e]!.light) && !this.index.at(toks[e]!) || /^["«“]/.test(toks[e - 1]!.gap))) e--;
      sp = this.subject(k0, e, false);
    }
    if (!sp) return -1;
    let e = c + 1;
    while (e <= b && !this.endsClause(c, e)) e++;
    const end = e <= b ? toks[this.clauseLast(e)]!.end : s.end;
    const clause = this.text.slice(toks[o]!.start, end).replace(/[.\s،,]+$/, '');
    if (wordCount(clause) < 3) return -1;
    this.emit(out, clause, sp, this.kindOf(v, c), sid, v);
    return e;
  }

  /**
   * The content starting at token o is what the frame's verb reports: it opens with one of the
   * frame's prepositions or has one within its first six words (after the verb's object: دعا صنع
   * الله، وزارة المالية … إلى), and holds one of its required words there (حمّل X المسؤولية).
   */
  private frameHolds(frame: VerbFrame, o: number, b: number, anyObject = false): boolean {
    const toks = this.toks;
    const last = Math.min(b, o + 5);
    const words = toks.slice(o, last + 1);
    if (frame.required && !words.some((w) => frame.required!.has(w.light) || frame.required!.has(w.light.replace(/^[وفبل]/, '')))) return false;
    if (anyObject || frame.markers.has('obj')) return true;
    return words.some((w) => frame.markers.has(w.light)
      || [...frame.markers].some((m) => m.length === 1 && w.light.startsWith(m) && w.light.length > 3 && !BREAKERS_AR.has(w.light)));
  }

  /**
   * A framed verb that is not one here: a noun in construct or an adjectival clause after an
   * indefinite noun (تقديم طلب الاستئناف، لافتات تحذر الزائرين)، or a relative «ما» whose pronoun it
   * carries (وفقا لما أكدته الشرطة: what the police said, no new report).
   */
  private frameVerbIsNoun(t: Token, prev: Token): boolean {
    if (GAP_BREAK.test(prev.gap)) return false;
    if (/^(ما|لما|مما|بما)$/.test(prev.light)) return true;
    if (/^[وف]/.test(t.light) && t.light.length > 3) return false;
    // Only a present verb (an adjectival clause) or a past form that is also a common noun.
    if (!/^[يت]/.test(t.light) && !NOUN_LIKE_VERBS.has(t.light)) return false;
    if (/^(وقت|حين|لحظة|فترة)$/.test(prev.light)) return false;
    return !hasArticle(prev) && !isStop(prev) && !this.index.at(prev) && !isUnnamedHead(prev) && !roleHead(prev) && !isPlaceOrOrg(prev)
      && !isComplementiser(prev) && !isTimeWord(prev) && !SUBJECT_ADVERBS.has(prev.light) && !VERB_AUXILIARIES.has(prev.light) && !CLAUSE_START.has(prev.light)
      && !RELATIVES.has(prev.light) && !isGiven(prev) && !isKnownNameToken(prev.light) && !/^[اإأ]ن(ه|ها|هم|هما|نا)$/.test(prev.light) && !/[\u064B]/.test(prev.text) && /^[\u0621-\u064A]{3,}$/.test(prev.light);
  }

  /**
   * The subject written right before a framed verb (اتهم، وصف، دعا): the person a relative pronoun
   * refers back to (دونالد ترامب الذي اتهم أوبك …), or the phrase right after لكن (لكن الأخير اتهم
   * …). Null when the verb carries its object as a pronoun (الذي اتهمه X: X is the subject), or
   * punctuation stands between.
   */
  private preposedSubject(v: number): Speaker | null {
    const toks = this.toks;
    const t = toks[v]!, prev = toks[v - 1];
    // (اتهم ends in هم of its root: the pronoun only where the verb without it is one too)
    const pronoun = /^(.{2,}?)(ه|ها|هم|هما|هن)$/.exec(t.light);
    if (!prev || prev.sent !== t.sent || /[،,:;."«»“”]/.test(prev.gap) || (pronoun && verbFrame({ ...t, light: pronoun[1]! }))) return null;
    if (RELATIVES.has(prev.light) && v >= 2) {
      const ante = toks[v - 2]!;
      const p = this.personAtTokens()[v - 2];
      if (!p || ante.sent !== t.sent || /[،,:;."«»“”]/.test(ante.gap) || this.inQuotation(v - 2)) return null;
      return fromPerson(p);
    }
    if (v >= 2 && /^[وف]?لكن$/.test(toks[v - 2]!.light) && toks[v - 2]!.sent === t.sent && !/[،,:;."«»“”]/.test(toks[v - 2]!.gap)) {
      const sp = this.subjectBefore(v);
      return sp && sp !== UNATTRIBUTED ? sp : null;
    }
    // (الصحيفة اعتبرت المبادرة الفرنسية تحرق …: a sentence opening on its subject, a definite noun,
    // a person or a body right before the verb, subject first as a headline writes it)
    // (the sentence's start looked for three words back only: this runs for every framed verb, and a
    // run-on paste's one sentence holds thousands of them)
    let s0 = v;
    while (s0 > 0 && v - s0 < 4 && toks[s0 - 1]!.sent === t.sent) s0--;
    if (s0 > 0 && toks[s0 - 1]!.sent === t.sent) return null;
    if (v - s0 >= 1 && v - s0 <= 3 && !/^[وف]/.test(toks[s0]!.light)) {
      for (let j = s0; j < v; j++) if (/[،,:;."«»“”]/.test(toks[j]!.gap) || this.inQuotation(j)) return null;
      const head = toks[s0]!;
      if (!(hasArticle(head) || this.personAtTokens()[s0] || isPlaceOrOrg(head))) return null;
      const sp = this.subjectBefore(v);
      return sp && sp !== UNATTRIBUTED ? sp : null;
    }
    return null;
  }

  /** The verb at v follows «كان/كانت X (قد)» in its clause: its subject is before it. */
  private auxiliarySubject(v: number): boolean {
    const toks = this.toks;
    for (let j = v - 1; j >= 0 && j >= v - 8 && toks[j]!.sent === toks[v]!.sent; j--) {
      if (/^[وف]?(كان|كانت)$/.test(toks[j]!.light)) return j < v - 1;
      if (/[،,:;."«»“”]/.test(toks[j]!.gap)) return false;
      // (a subordinator opens the verb's own clause: وكان النزاع قد بدأ عندما أعربت الجامعة عن …
      // has كان for بدأ; أعربت's subject follows it)
      if (SUBORDINATORS.test(toks[j]!.light)) return false;
      // (… and so does a relative pronoun: وكان الصحفي X الذي اتهمته الحكومة بالتحريض قد غادر has
      // كان for غادر; اتهمته's subject is the word after it)
      if (RELATIVES.has(toks[j]!.light)) return false;
    }
    return false;
  }

  /** Last token of the mention of p that starts at e: its words and the particles between them (محمد بن زايد آل نهيان). */
  private nameEnd(e: number, p: Person, b: number): number {
    const toks = this.toks;
    while (e < b && !/[،,:]/.test(toks[e]!.gap) && (this.index.at(toks[e + 1]!) === p || PARTICLES.has(toks[e]!.light) || PARTICLES.has(toks[e + 1]!.light))) e++;
    return e;
  }

  /**
   * The last token of an aside in brackets right after a name at e (هادي حبيش، (شقيق زوج المقدم
   * سوزان الحاج)، سحب …; أحمد حسن (68 عاما) حصول …): it belongs to the subject, and what is said
   * starts after it. e itself when no bracket opens there or none closes within twelve words.
   */
  private bracketAside(e: number, b: number): number {
    const toks = this.toks;
    if (!/\(/.test(toks[e]!.gap) || /\)/.test(toks[e]!.gap)) return e;
    let q = e + 1;
    while (q < b && q - e < 12 && !/[)]/.test(toks[q]!.gap) && !/[.:"«»“”]/.test(toks[q]!.gap)) q++;
    return q < b && /\)/.test(toks[q]!.gap) ? q : e;
  }

  /** Last token of the subject phrase starting at k when no complementiser marks its end, or -1. */
  private subjectEnd(k: number, b: number): number {
    const toks = this.toks;
    const p = this.index.at(toks[k]!);
    let e = k;
    if (p && !/[بل]/.test(this.index.prefixAt(toks[k]!))) {
      e = this.nameEnd(e, p, b);
      const aside = this.bracketAside(e, b);
      if (aside > e) return aside;
      // NAME، ROLE، : the apposition belongs to the subject.
      if (/[،,]/.test(toks[e]!.gap) && e + 1 <= b && (roleHead(toks[e + 1]!) || hasArticle(toks[e + 1]!))) {
        let f = e + 1;
        while (f < b && f - e < 14 && !/[،,:.]/.test(toks[f]!.gap)) f++;
        if (/[،,]/.test(toks[f]!.gap)) e = f;
        // (… and a second title joined by و, set off the same way: محرم إنجه، المنافس الرئيسي
        // لأردوغان، ومرشح حزب الشعب الجمهوري، بفوز …)
        const w = toks[e + 1];
        if (e === f && w && e + 1 <= b && /^و/.test(w.light) && roleHead(w) && /^و/.test(roleHead(w)!.prefix)) {
          let g = e + 1;
          while (g < b && g - e < 14 && !/[،,:.]/.test(toks[g]!.gap)) g++;
          if (/[،,]/.test(toks[g]!.gap)) e = g;
        }
      }
      return e;
    }
    if (isPlaceOrOrg(toks[k]!) && !isUnnamedHead(toks[k]!)) return k;
    // (ويحذر العديد من الخبراء | من تطبيق …، أعرب كثير من المواطنين | عن …: a quantity of a group
    // is its من and the group; the verb's own preposition comes after them)
    const partitive = PARTITIVE.test(toks[k]!.light) && k + 2 <= b && toks[k + 1]!.light === 'من' && !GAP_BREAK.test(toks[k]!.gap) && hasArticle(toks[k + 2]!);
    if (partitive) e = k + 1;
    else if (!(isUnnamedHead(toks[k]!) || roleHead(toks[k]!) || hasArticle(toks[k]!))) return -1;
    let definite = !partitive && hasArticle(toks[k]!);
    while (e < b && e - k < 9) {
      const gap = toks[e]!.gap;
      // (an opening mark only: the straight quote closing «شركة "BMW" عن» has its space after it)
      if (/^\s*["«“]\s*$/.test(gap) && !/^["”»]\s/.test(gap) && !(gap.startsWith('"') && e > k && /["«“]/.test(toks[e - 1]!.gap))) {
        let q = e + 1;
        while (q < b && q - e <= 4 && !/["»”]/.test(toks[q]!.gap)) q++;
        if (q - e > 4 || !/["»”]/.test(toks[q]!.gap)) break;
        e = q;
        definite = true;
        continue;
      }
      if (/[،,:.;]/.test(gap)) break;
      const nx = toks[e + 1]!;
      // (وأكدت مصادر من الحوثيين | حصول الغارة، أكد مسؤول في وزارة الخارجية | …: an unnamed
      // source's من/في phrase says whose source it is, when it names a body, a place or a group)
      if (!definite && this.sourceOfGroup(k, e, b)) { e++; continue; }
      if (isTimeWord(nx) || SUBJECT_ADVERBS.has(nx.light) || CUT_PREPS.has(nx.light) || FREE_PREPOSITIONS.has(nx.light) || isComplementiser(nx) || isSpeechVerb(nx)) break;
      // A title's name closes the subject (رئيس المجلس الاحتياطي جيروم باول | عن ثقته …).
      const named = this.index.at(nx);
      if (named && !/[بل]/.test(this.index.prefixAt(nx))) {
        e = this.nameEnd(e + 1, named, b);
        e = Math.max(e, this.bracketAside(e, b));
        break;
      }
      // A definite noun after a definite one starts the object (الخارجية المصرية | الرفض الكامل،
      // المحتجون | بالسماح); adjectives (الأمريكية، الأبيض، العام) and coordinated names (والتنمية) go on.
      // (المتحدث باسم الجيش: باسم puts what follows in construct)
      if (nx.light === 'باسم') { definite = false; e++; continue; }
      // (نجمة هوليود الشهيرة الممثلة ريز ويذرسبون | من معجبيها: a second title and its holder's name
      // after a description close the subject; the name is the one who speaks)
      const holder = e + 2 <= b && roleHead(nx)?.definite && !GAP_BREAK.test(nx.gap) ? this.index.at(toks[e + 2]!) : null;
      if (holder && !this.index.prefixAt(toks[e + 2]!)) {
        e = this.nameEnd(e + 2, holder, b);
        break;
      }
      if (hasArticle(nx)) {
        if (definite && !/^لل/.test(nx.light) && (/^[بك]ال/.test(nx.light) || !(/^و?ال/.test(nx.light) && (/^وال/.test(nx.light) || DEFINITE_ADJECTIVE.test(nx.light) || SUBJECT_ADJECTIVES.has(nx.light))))) break;
        definite = true;
        e++;
        continue;
      }
      // (وأكد مسؤول أمني تركي لبي بي سي عربي | وجود تسجيلات: whom an indefinite subject spoke to
      // closes it; لل is as often the subject's own construct, المتحدث للجيش)
      if (!definite && e > k && /^ل[^ل]/.test(nx.light) && this.addressee(nx)) break;
      // (وأكد ناشطون | مقتل 40 عنصرا: a people's plural takes its adjectives in the plural, ناشطون
      // سوريون, and another people joined by و, محللون وخبراء; a word not so is the object)
      if (!definite && isUnnamedHead(toks[k]!) && this.pluralRun(k, e) && !/(ون|ين)$/.test(nx.light) && !/^و/.test(nx.light) && !this.index.at(nx) && !isGiven(nx)) break;
      // An indefinite word after a definite one starts the object (السلطات | إصابة شرطي), unless it
      // opens the title's name (نجمة التنس الأميركية | سيرينا وليامز، …): the name is the subject's.
      if (definite) {
        if (roleHead(toks[k]!) && e + 1 <= b && !GAP_BREAK.test(toks[e]!.gap) && (isGiven(nx) || isKnownNameToken(nx.light))) {
          const n = this.namedEnd(e + 1, b);
          if (n > e + 1) e = n;
        }
        break;
      }
      // (شبكة فيسبوك | خاصية وضع علامة …: see closesConstruct; a title's construct goes on to its
      // holder's name, مدرب منتخب فرنسا لكرة القدم ديدييه ديشان)
      if (e > k && !roleHead(toks[k]!) && closesConstruct(toks, e)) break;
      e++;
    }
    return e;
  }

  /** Tokens k..e are all masculine sound plurals (ناشطون، مسؤولين سوريين): a people and its adjectives. */
  private pluralRun(k: number, e: number): boolean {
    for (let j = k; j <= e; j++) if (!/^\S{3,}(ون|ين)$/.test(this.toks[j]!.light)) return false;
    return true;
  }

  /**
   * Token e starts another statement, which ends the clause before it: a verb of saying with و, or
   * after a comma or وقد/فيما/بينما (…، وقد نفى الكرملين تلك الاتهامات), or a continuing participle.
   */
  /**
   * «قال X إن …، ويعتقد أن …»: a verb of belief joined by و after a comma, right before its
   * complementiser, with a verb of saying or report earlier in its sentence: X's second view, not the
   * impersonal «it is believed» a belief verb alone before أن is read as.
   */
  private joinedBelief(v: number): boolean {
    const toks = this.toks;
    const t = toks[v]!, prev = toks[v - 1], nx = toks[v + 1];
    if (!/^و/.test(t.light) || !isBeliefVerb(t) || !prev || !/[،,]/.test(prev.gap) || !nx || nx.sent !== t.sent || !isComplementiser(nx) || /[:"«“]/.test(t.gap)) return false;
    for (let k = v - 2; k >= 0 && toks[k]!.sent === t.sent; k--) if ((isSpeechVerb(toks[k]!) || isReportVerb(toks[k]!)) && !this.inQuotation(k)) return true;
    return false;
  }

  /**
   * Token e ends the clause a complementiser at c opened: it opens another statement, past the
   * clause's first word, and it is no relative clause on the clause's own subject (قال إن موكله،
   * الذي أكد أنه تعاون مع الشرطة، استجوب مرارا: the lawyer says his client was questioned; the
   * client's own saying is an aside inside it, not where the lawyer's words stop).
   */
  private endsClause(c: number, e: number): boolean {
    if (e <= c + 1 || !this.opensStatement(e)) return false;
    const r = e - 1;
    return !(r >= c + 2 && r <= c + 3 && RELATIVES.has(this.toks[r]!.light) && !/[.:;؛"«»“”]/.test(this.toks[r - 1]!.gap) && !this.speechVerbAt(c + 1));
  }

  private opensStatement(e: number): boolean {
    const t = this.toks[e]!;
    // (not behind a preposition: «من متابعة الإنفاق» is a verbal noun, متابعة "following")
    if (isContinuation(t)) return !(e > 0 && FREE_PREPOSITIONS.has(this.toks[e - 1]!.light) && !/[،,:"«»“”]/.test(this.toks[e - 1]!.gap));
    // (…، مطالبا الشعب بالاعتذار: a participle of a frame after a comma says something of its own)
    if (verbFrame(t)?.participle && e > 0 && /[،,]/.test(this.toks[e - 1]!.gap)) return true;
    // «…، لكن المتحدث … قال» : a contrasting clause after a comma is another statement's.
    if (/^و?لكن$/.test(t.light) && e > 0 && /[،,]/.test(this.toks[e - 1]!.gap)) return true;
    // (…، ورفض ما وصفها بالمزاعم: a framed verb with و reports another statement, a denial kept apart)
    // (the و a conjunction, not the verb's own letter: ووصف, not وصفها)
    const conj = /^و/.test(t.light) ? verbFrame({ ...t, light: t.light.slice(1) }) : null;
    const framed = !!conj && !conj.participle;
    const prev = this.toks[e - 1];
    // (…، كما توقع أن …؛ كما طلبت من …؛ كما ألقيا اللوم …: «as well» before a verb that reports, not a
    // participle, adds a statement of its own)
    // (… لكنه توقع أن …؛ لكنهما رفضا الكشف …: after «but he/they», the same)
    if (prev && /^(كما|و?لكنه|و?لكنها|و?لكنهم|و?لكنهما)$/.test(prev.light) && (isReportVerb(t) || !!verbFrame(t) || isRefusalVerb(t)) && !verbFrame(t)?.participle && !/^م/.test(t.light) && !this.notYetSaid(e)) return true;
    // (…، في حين اعتبرتها أكسينير "…"؛ …، بينما رأى آخرون أن …: «whereas» opens a contrasting
    // clause, its verb of report or view, with or without its object pronoun, another's statement)
    if (prev && /^(حين|بينما|فيما)$/.test(prev.light) && (isSpeechVerb(t) || isReportVerb(t) || isBeliefVerb(t) || !!verbFrame(t) || !!verbFrame({ ...t, light: t.light.replace(OBJECT_PRONOUN_END, '') })) && !verbFrame(t)?.participle && !this.notYetSaid(e)) return true;
    // (…، خاصة بعد أن أكدت إسرائيل …: a verb of saying after «after/before that» is another speaker's report)
    if (prev && prev.light === 'ان' && e > 1 && /^(بعد|قبل)$/.test(this.toks[e - 2]!.light) && (isSpeechVerb(t) || isReportVerb(t)) && !this.notYetSaid(e)) return true;
    // (…، ويعتقد أن …: a verb of belief joined by و after a comma, its complementiser right after it,
    // reports a second view of the same speaker, not words of the first statement)
    if (this.joinedBelief(e) && !this.notYetSaid(e)) return true;
    if (!(isSpeechVerb(t) || isDenialVerb(t) || framed)) return false;
    // (… إنهم سمعوا انفجارا مدويا ورأوا كرة من اللهب: رأى with a plain object is «saw»; it gives a view
    // only with its complementiser, رأى X أن …)
    if (SEEING.test(t.light) && !this.complementiserAfter(e)) return false;
    if (prev && RELATIVES.has(prev.light) && !/[:"«“]/.test(prev.gap) && this.complementiserAfter(e)) return true;
    // (… في أعقاب تصريح لرئيس السلطة القضائية قال فيه إن …: «said in it» opens the statement the noun
    // announced, as a relative clause's verb does)
    const next = this.toks[e + 1];
    if (next && next.sent === t.sent && /^(فيه|فيها)$/.test(next.light) && !/[:"«“]/.test(t.gap) && this.complementiserAfter(e)) return true;
    // (…، إذ قال "…"، حيث أكد أن …: «as he said» adds a statement of its own)
    return /^[و]/.test(t.light) || (!!prev && (/[،,]/.test(prev.gap) || /^(وقد|فقد|فيما|بينما|كما|حين|اذ|إذ|ثم|و?لكن|و?لكنه|و?لكنها|و?لكنهم)$/.test(prev.light)
      || this.afterThat(e)));
  }

  /**
   * The frame's preposition comes between the verb at v and the complementiser at c, not right
   * before it (أعربت الجامعة عن قلقها … على أن يستقل: the content is «عن قلقها …»; «أشار إلى أن» is
   * the complementiser's).
   */
  private complementBefore(frame: VerbFrame, v: number, c: number): boolean {
    if (frame.markers.has('obj')) return false;
    const toks = this.toks;
    for (let j = v + 1; j < c - 1; j++) {
      const w = toks[j]!.light;
      if (frame.markers.has(w)) return true;
      if ([...frame.markers].some((m) => m.length === 1 && w.startsWith(m) && w.length > 3 && !BREAKERS_AR.has(w)) && !this.index.at(toks[j]!)) return true;
    }
    return false;
  }

  /** A complementiser within the six tokens after the verb at v, in its sentence (… التي أكدت أنه …). */
  private complementiserAfter(v: number): boolean {
    const toks = this.toks;
    for (let k = v + 1; k <= v + 6 && k < toks.length && toks[k]!.sent === toks[v]!.sent; k++) {
      if (isComplementiser(toks[k]!)) return true;
      if (/[.:"«»“”]/.test(toks[k - 1]!.gap)) return false;
    }
    return false;
  }

  /**
   * The antecedent of a relative pronoun right before the verb at v, as its subject (مع سيول التي
   * أكدت أنه …، اتحاد الإغاثة، الذي قال إن …): the person named just before, else the place, body or
   * described source whose phrase ends there (at most four words back, no comma inside). Null when
   * the pronoun has nothing of the kind before it.
   */
  private antecedent(v: number): Speaker | null {
    const toks = this.toks;
    const r = v - 1;
    if (r < 1 || !RELATIVES.has(toks[r]!.light) || toks[r - 1]!.sent !== toks[v]!.sent) return null;
    // (قطر التي اتهمتها بدعم الإرهاب: a verb with the antecedent's pronoun as its object says the
    // antecedent is the one accused, not the one accusing)
    const vt = toks[v]!;
    const stem = vt.light.replace(/^[وف]/, '').replace(/(ه|ها|هم|هما|هن)$/, '');
    if (stem.length >= 3 && stem !== vt.light.replace(/^[وف]/, '') && (verbFrame({ ...vt, light: stem }) || isSpeechVerb({ ...vt, light: stem }))) return null;
    const n = r - 1;
    const p = this.index.at(toks[n]!);
    if (p) return fromPerson(p);
    // (a body the lists know by a name of several words, «هيومن رايتس ووتش» التي ذكرت: the whole
    // name, not its last word read as a bare proper name)
    const body = knownBodyEndingAt(toks, n);
    if (body && body.from < n) return this.namedSource(body.from, n);
    let head = -1;
    for (let j = n; j >= 0 && j >= n - 3 && toks[j]!.sent === toks[v]!.sent; j--) {
      if (j < n && /[،,:"«»“”.]/.test(toks[j]!.gap)) break;
      const t = toks[j]!;
      // (… and no phrase before a preposition: المحكمة إلى | الشهود الذين …)
      if (this.index.at(t) || (j < n && FREE_PREPOSITIONS.has(t.light))) break;
      if (isUnnamedHead(t) || isPlaceOrOrg(t) || roleHead(t)?.definite) head = j;
      // (الشهود الذين قالوا إنهم …: a definite group of people, whatever governs it)
      else if (j === n && /^[وفبل]?ال/.test(t.light) && groupHead(t.light.replace(/^[وفبل]?ال/, ''))) head = j;
      // (a proper name the lexicon lacks, written without the article: مع سيول التي …)
      else if (j === n && nameLike(t) && !hasArticle(t) && !BA_LAM_KAF.test(t.light)) head = j;
    }
    if (head < 0) return null;
    let first = head;
    // (مع سيول: the preposition is the antecedent's, the relative clause's subject is سيول itself)
    const t = toks[first]!;
    if (/^[بل]/.test(t.light) && !hasArticle(t) && !isPlaceOrOrg(t) && !isUnnamedHead(t)) return null;
    return this.subject(first, n, false);
  }

  /**
   * A relative clause between commas right after the subject of the speech verb at v, with the
   * verb's إن after its closing comma (قال الرجوب، الذي كان قد دعا …، إنه …): the complementiser's
   * token and the subject's last token; null when the scan from v stopped at c for another reason.
   * Only إن (written with hamza below or bare after a comma): أن after a relative clause is as often
   * the clause's own (الذي أكد أن …).
   */
  private relativeAside(v: number, c: number, b: number): { c: number; se: number } | null {
    const toks = this.toks;
    let r = -1;
    for (let j = v + 2; j <= c && j <= b; j++) {
      if (RELATIVES.has(toks[j]!.light) && /[،,]/.test(toks[j - 1]!.gap)) { r = j; break; }
      if (/[:.;"«»“”]/.test(toks[j - 1]!.gap)) return null;
    }
    if (r < 0 || r > c) return null;
    for (let j = r + 2; j <= b && j - v <= MAX_SUBJECT_TOKENS; j++) {
      if (/[:.;"«»“”]/.test(toks[j - 1]!.gap)) return null;
      if (!/[،,]/.test(toks[j - 1]!.gap)) continue;
      return isComplementiser(toks[j]!) && /^إ/.test(toks[j]!.text) ? { c: j, se: r - 1 } : null;
    }
    return null;
  }

  /**
   * A verb of belief's subject right after it (v + 1), ending on a comma, with only an apposition set
   * off by commas between it and the complementiser at c (وتأمل فرانشيسكا كاساديو، من مركز …، وهي …،
   * أن …): the subject's last token, or -1. The apposition holds no verb of saying, no complementiser
   * and no full stop or colon, and is at most twelve tokens.
   */
  private apposedSubjectEnd(v: number, c: number, b: number): number {
    const toks = this.toks;
    // (a name the index does not place there is read as a name: namedEnd)
    let se = this.subjectEnd(v + 1, b);
    if (se < 0) se = this.namedEnd(v + 1, c - 1);
    if (se < v + 1 || se >= c - 1 || !/[،,]/.test(toks[se]!.gap) || /["«“]/.test(toks[se]!.gap) || c - se > 13) return -1;
    for (let j = se + 1; j < c; j++) {
      const w = toks[j]!;
      if (/[:.;؛]/.test(toks[j - 1]!.gap) || isSpeechVerb(w) || isComplementiser(w) || isBeliefVerb(w) || isReportVerb(w)) return -1;
    }
    return se;
  }

  /**
   * A report written with a verbal noun of saying, no verb of saying of its own; returns the token
   * after it, or -1 when there is none at v:
   * - قام X بتأكيد/بنفي/بالإعلان عن …: X says the object (a denial with نفي);
   * - نسب(ت) X إلى Y قوله إن …: Y said the clause (X only relays it, as نقلت X عن Y قوله does);
   * - على التأكيد بأن/على أن … after a verb (حرص، شدد): the verb's subject, or the discourse's, says it.
   */
  private periphrastic(out: Quote[], v: number, b: number, sid: number, s: SentenceSpan, spans: ReturnType<typeof quoteSpans>): number {
    const toks = this.toks;
    const t = toks[v]!;
    // (called at every word of every sentence: the three forms' words first, the quotation test
    // after, and no closure made before that: under tsx each costs a defineProperty of its name)
    if (!PERIPHRASTIC_WORD.test(t.light)) return -1;
    const stop = (j: number) => /[.:;؛"«»“”]/.test(toks[j - 1]!.gap);
    const inQuote = (k: number) => spans.some((q) => toks[k]!.start > s.start + q.open && toks[k]!.start < s.start + q.close);
    if (inQuote(v)) return -1;
    // The clause after the complementiser at c, or the object at o, to the next statement.
    const until = (o: number): number => {
      let e = o + 1;
      while (e <= b && !this.opensStatement(e) && !(/[،,]/.test(toks[e - 1]!.gap) && /^[وف]?(الا|لكن|لكنه|لكنها|بينما|فيما)$/.test(toks[e]!.light))) e++;
      return e;
    };
    const say = (from: number, e: number, sp: Speaker, kind: Quote['kind'], cue: number): number => {
      const end = e <= b ? toks[this.clauseLast(e)]!.end : s.end;
      const text = this.text.slice(toks[from]!.start, end).replace(/[.\s،,]+$/, '');
      if (wordCount(text) < 3) return -1;
      this.emit(out, text, sp, kind, sid, cue);
      return e;
    };
    if (/^[وف]?(قام|قامت)$/.test(t.light)) {
      for (let m = v + 2; m <= b && m - v <= 14; m++) {
        if (stop(m) || isComplementiser(toks[m]!) || isSpeechVerb(toks[m]!)) return -1;
        const noun = /^ب(ال)?(تاكيد|نفي|اعلان)$/.exec(toks[m]!.light);
        if (!noun) continue;
        let o = m + 1;
        if (o <= b && toks[o]!.light === 'عن') o++;
        if (o > b || stop(o) || isComplementiser(toks[o]!)) return -1;
        const sp = this.subject(v + 1, m - 1, false);
        if (!sp) return -1;
        return say(o, until(o), sp, noun[2] === 'نفي' ? 'denial' : 'indirect', v);
      }
      return -1;
    }
    if (/^[وف]?(نسب|نسبت)$/.test(t.light)) {
      let k = v + 1;
      while (k <= b && k - v <= 8 && !/^(الى|إلى)$/.test(toks[k]!.light)) { if (stop(k + 1)) return -1; k++; }
      if (k > b || k - v > 8) return -1;
      let m = k + 1;
      while (m <= b && m - k <= 8 && !/^قول(ه|ها|هم|هما)$/.test(toks[m]!.light)) { if (stop(m + 1)) return -1; m++; }
      if (m > b || m - k > 8 || m === k + 1 || m + 1 > b || !isComplementiser(toks[m + 1]!)) return -1;
      const sp = this.subject(k + 1, m - 1, false);
      if (!sp) return -1;
      const c = m + 1;
      const from = carriesSubject(toks[c]!.light) || c + 1 > b ? c : c + 1;
      return say(from, until(c), sp, 'indirect', v);
    }
    // (اكتفى زيدان بالقول إن …، وذهب الكاتب إلى القول إن …، وسارع المتحدث إلى القول إن …: «by saying»
    // after a verb no list holds; the clause's verb, its first word, has the speaker as its subject.
    // A verb of saying or report in the clause reads the statement itself: nothing here.)
    if (/^(بالقول|القول)$/.test(t.light)) {
      const c = v + 1;
      const lead = t.light === 'القول' ? v - 1 : v;
      if (t.light === 'القول' && !(v >= 1 && /^(الى|إلى)$/.test(toks[v - 1]!.light) && !stop(v))) return -1;
      if (c > b || c + 1 > b || !isComplementiser(toks[c]!) || stop(c) || lead < 1 || stop(lead)) return -1;
      let f = lead - 1;
      while (f - 1 >= 0 && toks[f - 1]!.sent === t.sent && lead - f < 10 && !GAP_BREAK.test(toks[f - 1]!.gap)) f--;
      if (f > 0 && toks[f - 1]!.sent === t.sent && !/[،,:;.]/.test(toks[f - 1]!.gap)) return -1;
      const first = toks[f]!;
      if (hasArticle(first) || this.index.at(first) || isUnnamedHead(first) || isPlaceOrOrg(first) || FREE_PREPOSITIONS.has(first.light) || SUBJECT_PREPOSITIONS.has(first.light) || CLAUSE_OPENERS.has(first.light) || isTimeWord(first)) return -1;
      if (!/^[وف]?[^وف]{3,}$/.test(first.light) && !/^[وف]?(ا|أ|إ|ي|ت)/.test(first.text)) return -1;
      for (let k = f; k < lead; k++) {
        const x = toks[k]!;
        if (this.speechVerbAt(k) || isReportVerb(x) || isContinuation(x) || isBeliefVerb(x) || isDenialVerb(x) || isComplementiser(x) || verbFrame(x) || RELATIVES.has(x.light)) return -1;
      }
      const sp = f + 1 === lead ? this.implicit(f) : this.subject(f + 1, lead - 1, true);
      if (!sp) return -1;
      const from = carriesSubject(toks[c]!.light) ? c : c + 1;
      return say(from, until(c), sp, this.kindOf(f, c), f);
    }
    // (حرص على التأكيد بأنه …: the verbal noun carries the complementiser)
    if (/^(التاكيد|التشديد)$/.test(t.light) && v >= 2 && toks[v - 1]!.light === 'على' && !stop(v)) {
      let c = v + 1;
      if (c <= b && toks[c]!.light === 'على') c++;
      if (c > b || !isComplementiser(toks[c]!) || c + 1 > b) return -1;
      const sp = this.implicit(v - 2) ?? this.subjectBefore(v - 2);
      if (!sp) return -1;
      const from = carriesSubject(toks[c]!.light.replace(/^ب/, '')) ? c : c + 1;
      return say(from, until(c), sp, 'indirect', v);
    }
    return -1;
  }

  /**
   * The verb of a report nested at the head of the clause opened by the complementiser at c (إن
   * مستشفى ريف دمشق التخصصي أكد …): a finite verb of saying or reporting within eight tokens, with a
   * subject written before it and no punctuation between; -1 when none.
   */
  private nestedReport(c: number, e: number, b: number): number {
    const toks = this.toks;
    for (let j = c + 2; j < e && j <= b && j - c <= 8; j++) {
      if (/[،,:;.؛"«»“”()]/.test(toks[j - 1]!.gap)) return -1;
      const t = toks[j]!;
      if (isComplementiser(t) || RELATIVES.has(t.light)) return -1;
      if (!(isSpeechVerb(t) || isReportVerb(t)) || isContinuation(t) || /^[وف]/.test(t.light) || this.notYetSaid(j)) continue;
      // (واينستين اتهم بتهمتي …: a verb straight before بـ is the passive, no one's statement)
      const next = toks[j + 1];
      if (next && /^ب[^ا]/.test(next.light) && !this.index.at(next)) return -1;
      return this.subjectBefore(j) ? j : -1;
    }
    return -1;
  }

  /** Last token of a clause that the statement at e ends: not its «وقد/فيما» (…، وقد نفى …). */
  private clauseLast(e: number): number {
    const prev = this.toks[e - 1]!;
    // (…، في حين قال …: the whole «في حين»)
    if (prev.light === 'حين') return this.toks[e - 2]?.light === 'في' ? e - 3 : e - 2;
    // (… وبعد ذلك قال …: the whole «وبعد ذلك»)
    if (this.afterThat(e)) return e - 3;
    return /^(وقد|فقد|فيما|بينما|كما|اذ|إذ|ثم)$/.test(prev.light) || RELATIVES.has(prev.light) ? e - 2 : e - 1;
  }

  /** «(و)بعد ذلك» right before token e (وبعد ذلك قال …): a new statement's opening. */
  private afterThat(e: number): boolean {
    return this.toks[e - 1]?.light === 'ذلك' && /^و?بعد$/.test(this.toks[e - 2]?.light ?? '');
  }

  /** Index of the first token of the sentence of token k. */
  private sentenceStart(k: number): number {
    const toks = this.toks;
    let a = k;
    while (a > 0 && toks[a - 1]!.sent === toks[k]!.sent) a--;
    return a;
  }

  /**
   * A statement with its source after it, when nothing else in the sentence reports it: «… جامعة
   * عثمان غازي، على ما ذكرت وسائل إعلام محلية» / «…، وفقا لمصادر محلية سورية» / «… وفق المرصد».
   * The statement is the sentence up to the cue (at least four words before it).
   */
  private sourceAfter(out: Quote[], a: number, b: number, sid: number, already: readonly Quote[] = []): void {
    const toks = this.toks;
    // (a statement of the sentence that opens it already says it)
    const opening = toks[Math.min(a + 1, b)]!.end;
    if (already.some((q) => { const at = this.text.indexOf(q.text, toks[a]!.start); return at >= 0 && at < opening; })) return;
    for (let k = a + 2; k <= b; k++) {
      const t = toks[k]!;
      // (وتتحدر الشابة، وفق ما ذكرت X، من قرية …: a source set between commas early in the sentence
      // attributes the whole sentence)
      const aside = k < a + 4;
      if (aside && !/[،,]/.test(toks[k - 1]!.gap)) continue;
      const light = ACCORDING_TO.has(t.light) ? t.light : t.light.replace(/^و(?=.{3})/, '');
      // (not «على ما يبدو»: apparently, a seeming, nobody's saying)
      const onWhat = light === 'على' && toks[k + 1]?.light === 'ما' && !/^[يت]?(بدو|بدوا|ظهر|ظهرون)$/.test(toks[k + 2]?.light ?? '');
      // «…، كما أعلنت سول الأربعاء»: كما before a verb of saying is «as … said».
      const asSaid = t.light === 'كما' && k + 1 <= b && (isSpeechVerb(toks[k + 1]!) || isReportVerb(toks[k + 1]!));
      if (!(ACCORDING_TO.has(light) || onWhat || asSaid)) continue;
      // (…، وذلك بحسب ما أفاد X: وذلك only points back at the statement)
      const comma = /[،,\-–—]/.test(toks[k - 1]!.gap) || (toks[k - 1]!.light === 'وذلك' && k - 2 >= a && /[،,\-–—]/.test(toks[k - 2]!.gap));
      if (asSaid && !comma) continue;
      // Without a comma before it, the cue is an attribution only when its source is one (a body, an
      // outlet, figures, a person: «… منذ 2011 وفقا لأرقام المفوضية، لجأ …»), checked below.
      const loose = !comma && k < b - 6;
      if (loose && asSaid) continue;
      // (a statement the sentence already reports with its own verb of saying is that verb's: «قال X
      // إن …، بحسب وكالة Y» relays X, it is no second statement of Y)
      if (already.length) {
        let verb = false;
        // (not a present verb after أن: ومن شأن القرار أن يفيد …، بحسب X)
        for (let m = a; m < k && !verb; m++) verb = !this.inQuotation(m) && !this.notYetSaid(m) && (this.speechVerbAt(m) || isReportVerb(toks[m]!) || !!verbFrame(toks[m]!));
        if (verb) return;
      }
      let j = k + 1;
      // (على حد تقدير X، وفق ما ذكرته X، بحسب تعبير X)
      // (… بحسب ما نشرته الاثنين صحيفة …، وفقا لما ذكرته وكالتا …: the verb with its pronoun and a time word are fillers too)
      while (j <= b && j - k <= 4 && (attributionFiller(toks, j) || isSpeechVerb(toks[j]!) || isReportVerb(toks[j]!) || this.relativeSaying(toks[j]!) || (j > k + 1 && isTimeWord(toks[j]!)))) j++;
      if (j > b) return;
      let e = j;
      while (e < b && e - j < 9 && !/[،,.:\-–—]/.test(toks[e]!.gap)) e++;
      // (بحسب المفوضية التي تحرص على …: the relative clause describes the source)
      for (let r = j + 1; r <= e; r++) if (RELATIVES.has(toks[r]!.light)) { e = r - 1; break; }
      if (aside && (!/[،,]/.test(toks[e]!.gap) || b - e < 3)) return;
      // A source named in quotation marks (وفق تقدير "وول ستريت جورنال") is that name as a whole.
      const quoted = /["«“]\s*$/.test(toks[j - 1]!.gap);
      if (quoted) {
        e = j;
        while (e < b && e - j < 5 && !/["»”]/.test(toks[e]!.gap)) e++;
      }
      // (…، حسب ما أوضح في ختام لقاء …: a verb of saying with no subject after it is the sentence's
      // speaker's, as a verb of saying without a subject is)
      let verb = -1;
      for (let m = k + 1; m < j; m++) if (isSpeechVerb(toks[m]!) && !/(ه|ها|هم)$/.test(toks[m]!.light)) verb = m;
      const unstated = verb >= 0 && j === verb + 1 && !loose && (FREE_PREPOSITIONS.has(toks[j]!.light) || /^(في|خلال|امام|عقب|بعد)$/.test(toks[j]!.light));
      const subj = unstated ? this.implicit(verb) : quoted ? this.namedSource(j, e) : this.subject(j, e, false, /^ل/.test(toks[j]!.light));
      const sp = !unstated && (/^(وفقا|طبقا|وفق)$/.test(light) || /^ل/.test(toks[j]!.light)) ? withoutLam(subj) : subj;
      if (!sp || (loose && !this.sourceHeadAt(j) && !sp.speakerId)) { if (loose) continue; return; }
      // (a closing quotation mark right after the statement belongs to it)
      const close = /^["»”]/.exec(toks[k - 1]!.gap)?.[0].length ?? 0;
      const last = toks[k - 1]!.light === 'وذلك' ? k - 2 : k - 1;
      // (a source that opens the sentence only relays it, «وبحسب "فرانس برس"، سيعلن الحزب …، حسبما
      // قال X»: what X said starts after its comma)
      let first = a;
      if (accordingWord(toks[a]!.light)) {
        let c = a + 1;
        while (c < last && c - a <= 12 && !/[،,]/.test(toks[c - 1]!.gap)) c++;
        if (c < last && /[،,]/.test(toks[c - 1]!.gap)) first = toks[c]!.light === 'فان' ? c + 1 : c;
      }
      const clause = aside ? this.text.slice(toks[a]!.start, toks[b]!.end).replace(/[.\s،,]+$/, '') : this.text.slice(toks[first]!.start, toks[last]!.end + close).replace(/[\s،,]+$/, '');
      if (wordCount(clause) >= 4) this.emit(out, clause, sp, 'indirect', sid, k);
      return;
    }
  }

  /**
   * A source named inside a clause, with no comma before it (والمسلسل بحسب الأنباء المتداولة يهدف إلى …؛
   * …، فيما يبلغ إنتاج إيران اليومي وفق "أوبك"، نحو …): the clause it sits in, source and all, is the
   * source's statement. The clause runs from the last comma or the sentence's start (after a clause
   * opener such as فيما) to the next statement or the sentence's end. Only a source that names a body,
   * an outlet or a person (as sourceAfter's loose reading asks), only with words of the clause on both
   * sides, and only where no statement of the sentence already covers the clause.
   */
  private sourceInside(out: Quote[], a: number, b: number, sid: number, s: SentenceSpan, spans: ReturnType<typeof quoteSpans>, atStart: number): void {
    const toks = this.toks;
    for (let k = a + 1; k + 1 <= b; k++) {
      const t = toks[k]!;
      const light = t.light.replace(/^و(?=.{3})/, '');
      if (!/^(بحسب|حسب|وفق|وفقا|طبقا)$/.test(light) || /[،,:;.\-–—()«“]/.test(toks[k - 1]!.gap) || this.inQuotation(k)) continue;
      // (ودلل حسب الله …: a name's word, not the cue)
      if (this.index.at(t) || this.index.at(toks[k - 1]!) || toks[k + 1]!.light === 'الله') continue;
      let j = k + 1;
      while (j <= b && j - k <= 4 && (attributionFiller(toks, j) || isSpeechVerb(toks[j]!) || isReportVerb(toks[j]!) || this.relativeSaying(toks[j]!))) j++;
      if (j > b) return;
      const quoted = /["«“]\s*$/.test(toks[j - 1]!.gap);
      let e: number;
      if (quoted) {
        e = j;
        while (e < b && e - j < 5 && !/["»”]/.test(toks[e]!.gap)) e++;
        if (!/["»”]/.test(toks[e]!.gap)) continue;
      } else e = this.subjectEnd(j, b);
      if (e < j) continue;
      const lam = /^ل/.test(toks[j]!.light) || /^(وفقا|طبقا|وفق)$/.test(light);
      const subj = quoted ? this.namedSource(j, e) : this.subject(j, e, false, /^ل/.test(toks[j]!.light));
      const sp = lam && !quoted ? withoutLam(subj) : subj;
      // (a body or outlet named by its head alone counts: بحسب المفوضية، بحسب الأنباء المتداولة)
      if (!sp || (!quoted && !this.sourceHeadAt(j) && !isOutletHead(toks[j]!) && !BODY_HEADS.has(toks[j]!.light.replace(/^(ال|لل)/, '')) && !sp.speakerId)) continue;
      // the clause: back to the last comma or the sentence's start, past a clause opener
      let c = k;
      while (c > a && !/[،,:;]/.test(toks[c - 1]!.gap)) c--;
      if (c < k && /^(فيما|بينما|حيث|اذ)$/.test(toks[c]!.light)) c++;
      if (c === k) continue;
      // (…، وهو رقم "معتدل" بحسب المفوضية التي تحرص …: a source that ends its clause, or whose relative
      // clause follows, closes the statement with it)
      const closes = e === b || RELATIVES.has(toks[e + 1]!.light) || /[.]/.test(toks[e]!.gap);
      let f = e + 1;
      while (!closes && f <= b && !this.opensStatement(f)) f++;
      const end = closes ? toks[e]!.end + (/^["»”]/.exec(toks[e]!.gap)?.[0].length ?? 0) : f <= b ? toks[this.clauseLast(f)]!.end : s.end;
      const from = toks[c]!.start;
      if (spans.some((q) => s.start + q.open >= from && s.start + q.open < end)) continue;
      if (out.slice(atStart).some((q) => { const at = this.text.indexOf(q.text, s.start); return at >= 0 && at < end && at + q.text.length > from; })) continue;
      const clause = this.text.slice(from, end).replace(/[.\s،,]+$/, '');
      if ((closes ? k - c < 3 : f - (e + 1) < 2) || wordCount(clause) < 5) continue;
      this.emit(out, clause, sp, 'indirect', sid, k);
      k = f - 1;
    }
  }

  /**
   * A noun of a claim or report with its content after a complementiser (رفض X مزاعم إسرائيل بأن
   * الجماعة تضع …؛ وتوجد تقارير عن أن …؛ عبر إعلانه أنه لن …): the content is a statement of the one
   * the noun is annexed to (إسرائيل), of the one the sentence is about when a pronoun stands for them
   * (إعلانه), else of the noun itself (تقارير). Between noun and complementiser at most three words, no
   * punctuation. Whatever else reads the sentence still does.
   */
  private claimContent(out: Quote[], v: number, b: number, sid: number, s: SentenceSpan): void {
    const toks = this.toks;
    const t = toks[v]!;
    if (!isClaimHead(t) || this.inQuotation(v)) return;
    if (this.newsAbout(out, v, b, sid, s)) return;
    let c = v + 1;
    while (c <= b && c - v <= 4 && !isComplementiser(toks[c]!) && !/[،,.:;"«»“”()]/.test(toks[c - 1]!.gap) && !this.speechVerbAt(c) && !isReportVerb(toks[c]!)) c++;
    if (c > b || c - v > 4 || !isComplementiser(toks[c]!) || /[،,.:;"«»“”()]/.test(toks[c - 1]!.gap)) return;
    if (NOT_SPEECH_BEFORE_COMPLEMENTISER.has(toks[c - 1]!.light.replace(/^و(?=.{3})/, ''))) return;
    let se = c - 1;
    if (se > v && /^(عن|من|في|حول|بشان|بشأن)$/.test(toks[se]!.light)) se--;
    const pronoun = /(ه|ها|هم)$/.test(t.light) && !/^(ال|وال)/.test(t.light) && se === v;
    // (الاتهامات البريطانية بأن …: an adjective of origin says whose claim, with its noun)
    const adjective = se === v + 1 && DEFINITE_ADJECTIVE.test(toks[se]!.light);
    const sp = pronoun ? this.implicit(v) : (se > v && !adjective ? this.subject(v + 1, se, false) : null) ?? this.subject(v, se, false);
    if (!sp) return;
    const clauseStart = carriesSubject(toks[c]!.light) ? toks[c]!.start : toks[c]!.end;
    let e = c + 1;
    while (e <= b && !this.endsClause(c, e)) e++;
    const end = e <= b ? toks[this.clauseLast(e)]!.end : s.end;
    const clause = this.text.slice(clauseStart, end).replace(/[.\s،,]+$/, '');
    if (wordCount(clause) >= 3) this.emit(out, clause, sp, this.deniesInClause(c) ? 'denial' : 'indirect', sid, v, true);
  }

  /**
   * News with its content after عن (ووردت أنباء عن إنقاذ …، تناقلت مواقع أجنبية معلومات عن إجراء …،
   * ونقلت وسائل الإعلام أيضا تقارير عن إلغاء …): the content is a report, from whoever relays the
   * news when a verb and its subject stand before the noun, else from the news itself (أنباء).
   * Only indefinite news nouns after a verb: «وسط أنباء عن» and «التقارير عن» report nothing new.
   */
  private newsAbout(out: Quote[], v: number, b: number, sid: number, s: SentenceSpan): boolean {
    const toks = this.toks;
    const t = toks[v]!;
    if (!/^(انباء|تقارير|معلومات)$/.test(t.light) || v + 2 > b || toks[v + 1]!.light !== 'عن' || /[،,.:;"«»“”()]/.test(t.gap)) return false;
    if (isComplementiser(toks[v + 2]!) || /^(ان|انه|انها)$/.test(toks[v + 2]!.light)) return false;
    // The verb: right before the noun, or before its subject (at most five words, no punctuation).
    let j = v - 1;
    while (j >= 0 && toks[j]!.sent === t.sent && v - j <= 6 && !/[،,.:;"«»“”()]/.test(toks[j]!.gap) && !this.relayVerb(toks[j]!)) j--;
    if (j < 0 || toks[j]!.sent !== t.sent || v - j > 6 || !this.relayVerb(toks[j]!)) return false;
    let se = v - 1;
    while (se > j && SUBJECT_ADVERBS.has(toks[se]!.light)) se--;
    const sp = se > j ? this.subject(j + 1, se, false) : this.namedSource(v, v);
    if (!sp) return false;
    let e = v + 3;
    while (e <= b && !this.opensStatement(e)) e++;
    const end = e <= b ? toks[this.clauseLast(e)]!.end : s.end;
    const clause = this.text.slice(toks[v + 2]!.start, end).replace(/[.\s،,]+$/, '');
    if (wordCount(clause) < 3) return false;
    this.emit(out, clause, sp, 'indirect', sid, v, true);
    return true;
  }

  /** A verb that relays or spreads news (نقلت، تناقلت، وردت، سرت، نشرت، أوردت، بثت) or one of saying. */
  private relayVerb(t: Token): boolean {
    return isSpeechVerb(t) || /^[وف]?(تناقل|تناقلت|تتناقل|يتناقل|نقل|نقلت|ورد|وردت|ترد|سرت|تسري|نشر|نشرت|اورد|اوردت|بث|بثت|تداول|تداولت|تتداول)$/.test(t.light);
  }

  /**
   * Where the issuer opens after «جاء في» and a means of speaking at m that names no source of its
   * own (تصريح، رسالة، كلمة، خطاب، حديث: «وجاء في تصريح الشرطة»، «في كلمة صحفية للرئيس»): the
   * word after it and its indefinite adjectives. The statement's head itself is no speaker ("Tasirih").
   * بيان and تقرير are unnamed heads the subject reads whole (بيان الشرطة, "police statement"); m itself
   * when the phrase ends there.
   */
  private issuerAfterMedium(m: number, e: number): number {
    const toks = this.toks;
    const t = toks[m];
    if (!t || m >= e || !MEDIUM.test(t.light) || isUnnamedHead(t) || GAP_BREAK.test(t.gap)) return m;
    let k = m + 1;
    while (k < e && !hasArticle(toks[k]!) && !BA_LAM_KAF.test(toks[k]!.light) && /(ي|ة|يه)$/.test(toks[k]!.light) && !GAP_BREAK.test(toks[k]!.gap) && !this.index.at(toks[k]!)) k++;
    // (… or the subject of the verb that gives it, كلمة ألقاها الرئيس، رسالة مفتوحة وجهها الوزير)
    if (k + 1 <= e && /^\S{2,}ها$/.test(toks[k]!.light) && !hasArticle(toks[k]!) && !GAP_BREAK.test(toks[k]!.gap)) k++;
    // The issuer is a definite phrase, a body, a title or a name, not a verb. One behind ل (رسالة
    // للشرطة، تصريح لوزير الخارجية) is read from the whole phrase, as before.
    const w = toks[k]!;
    return /^ل/.test(w.light) || !(hasArticle(w) || this.index.at(w) || isPlaceOrOrg(w) || roleHead(w)) ? m : k;
  }

  /** An outlet or body named by tokens [j, e] as written: the lexicon's English name when it knows it. */
  private namedSource(j: number, e: number): Speaker | null {
    const ar = cleanSpeakerText(this.text.slice(this.toks[j]!.start, this.toks[e]!.end));
    if (!ar) return null;
    return { speaker: { ar, en: knownOrg(normaliseAr(ar))?.en ?? translateRole(ar) }, speakerId: null, unnamed: true };
  }

  /**
   * Token k, إن, is a letter of a spelled acronym (سي إن إن، إي أس بي إن): a spelled letter stands
   * right before it with no punctuation. A known outlet ends the acronym where the lexicon says (سي إن إن
   * إن بلاده …); an unknown one takes no second إن after a first (إي أس بي إن إن الفريق …).
   */
  private acronymLetter(k: number): boolean {
    const toks = this.toks;
    const letter = (t: Token) => SPELLED_LETTER.test(t.light);
    if (toks[k]!.light !== 'ان' || k === 0) return false;
    const prev = toks[k - 1]!;
    if (prev.sent !== toks[k]!.sent || /[^\s]/.test(prev.gap) || !letter(prev)) return false;
    let r = k - 1;
    while (r > 0 && toks[r - 1]!.sent === toks[k]!.sent && !/[^\s]/.test(toks[r - 1]!.gap) && letter(toks[r - 1]!)) r--;
    for (let e = Math.min(k + 2, toks.length - 1); e > r; e--) {
      if (toks.slice(r, e).some((t) => /[^\s]/.test(t.gap)) || toks[e]!.sent !== toks[k]!.sent) continue;
      if (knownOrg(normaliseAr(toks.slice(r, e + 1).map((t) => t.text).join(' ')))) return e >= k;
    }
    // (an unknown acronym only behind an outlet's head: أي، كي، بي are words of their own too)
    if (r === 0 || !isOutletHead(toks[r - 1]!)) return false;
    if (k - r === 1) return prev.light !== 'ان' && prev.light !== 'ال';
    return prev.light !== 'ان';
  }

  /** قال X إن ... : the clause after the complementiser, when no quotation carries the statement. */
  private indirect(out: Quote[], a: number, b: number, sid: number, s: SentenceSpan, spans: ReturnType<typeof quoteSpans>, used: Set<number>): void {
    const toks = this.toks;
    for (let v = a; v <= b; v++) {
      const t = toks[v]!;
      const according = this.accordingThen(out, v, b, sid, s, spans);
      if (according !== false) { if (according > b) break; v = according - 1; continue; }
      this.claimContent(out, v, b, sid, s);
      // (قام X بتأكيد …، نسبت X إلى Y قوله إن …، حرص على التأكيد بأن …: a report written with a
      // verbal noun of saying)
      const peri = this.periphrastic(out, v, b, sid, s, spans);
      if (peri > v) { v = peri - 1; continue; }
      // (وزاد أن …، وأكمل أن …، واستدرك بأن …، وبيّن أن …: verbs of going on in speech that are as
      // often «increased», «completed», «between»: speech only where they open a clause, right before
      // their complementiser; not «الاختيار بين أن … وبين أن …»)
      const cont = isContinuation(t) || (GOING_ON.test(t.light) && v + 1 <= b && isComplementiser(toks[v + 1]!) && !GAP_BREAK.test(t.gap)
        && (v === 0 || toks[v - 1]!.sent !== t.sent || /[،,:;.]/.test(toks[v - 1]!.gap)));
      const refusal = isRefusalVerb(t);
      const frame = verbFrame(t);
      const report = !isSpeechVerb(t) && (isReportVerb(t) || !!frame);
      // A view with its complementiser only (تخشى X أن …، جاء في البيان أن …، جاء فيه أن …).
      const via = CAME.test(t.light) && CAME_IN.test(toks[v + 1]?.light ?? '') && v + 1 <= b;
      const belief = !isSpeechVerb(t) && !report && !refusal && (isBeliefVerb(t) || via);
      if (used.has(v) || !(isSpeechVerb(t) || cont || refusal || report || belief) || ((report || belief) && this.notYetSaid(v))) continue;
      // A verb inside a quotation belongs to the quoted speech, not to the article's narration.
      if (spans.some((q) => t.start > s.start + q.open && t.start < s.start + q.close)) continue;
      let c = v + 1;
      // Another verb of saying on the way has a clause of its own (نفت دمشق …، وقالت الوكالة إن …).
      // (لشبكة سي إن إن، لقناة إي أس بي إن الأمريكية إن …: the إن spelling a letter of an outlet's
      // acronym is no complementiser)
      while (c <= b && c - v <= MAX_SUBJECT_TOKENS && !(isComplementiser(toks[c]!) && !this.acronymLetter(c)) && !/[:.]/.test(toks[c - 1]!.gap) && !(isSpeechVerb(toks[c]!) || isDenialVerb(toks[c]!) || (c > v + 1 && this.opensStatement(c)))) c++;
      // وقال الرجوب، الذي كان قد دعا …، إنه سيعقد …: a relative clause set off by commas between the
      // subject and إن describes the subject; its verbs are not this statement's end.
      const rel = isSpeechVerb(t) && !cont ? this.relativeAside(v, c, b) : null;
      if (rel) c = rel.c;
      // وقال رايولا في مقابلة: بيب غوارديولا مدرب رائع … — words after a colon, without quotation
      // marks, are the speaker's own to the end of the sentence.
      // (Not after a verb's whole report: وأشار X إلى تبني المجلس مبادرات … كان من أهمها: إنشاء … —
      // a frame's preposition after the subject opens the content, the colon lists inside it.)
      // (but وأشار إلى ذلك بالقول: … is speech: a few words of content are no report of their own)
      const framedAt = !!frame && !frame.markers.has('obj') && c - v > 4 ? this.frameMarkerAfter(frame, v, Math.min(c - 1, b)) : -1;
      const framedBefore = framedAt > v && c - framedAt >= 5;
      if (c <= b && c > v && !framedBefore && /:/.test(toks[c - 1]!.gap) && !/["«“]/.test(toks[c - 1]!.gap) && !spans.some((q) => s.start + q.open >= toks[c - 1]!.end) && (isSpeechVerb(t) || cont)) {
        const sp = cont && c === v + 1 ? this.implicit(v) : this.subject(v + 1, c - 1, true);
        const said = this.text.slice(toks[c]!.start, s.end).replace(/[.\s]+$/, '');
        if (sp && wordCount(said) >= MIN_QUOTE_WORDS) {
          // (reports inside the speech, «قال له غوارديولا بأن …», are still read)
          this.emit(out, said, sp, 'direct', sid, v);
          this.speechFrom = toks[c]!.start;
          v = c - 1;
          continue;
        }
      }
      // (أن only: «قال من قبل إنه» is speech; «أعرب X عن صدمته بعد أن …» reports its object.)
      const timeConj = c <= b && isComplementiser(toks[c]!) && c - 1 > v && !/^[وب]?إ/.test(toks[c]!.text) && NOT_SPEECH_BEFORE_COMPLEMENTISER.has(toks[c - 1]!.light.replace(/^و(?=.{3})/, ''));
      // (توقع الصندوق استقرار العجز …، على أن تتحول …؛ استبعد X تأثير …، حيث أنها …؛ أكدت على مصلحة
      // ألمانيا في أن تكون …: a complementiser of condition, cause or a noun's content after a report
      // verb's object is not the verb's; the object is the report. Not «شدد X على أن»: على must
      // follow a comma, في an object of its own.)
      // (a verb of saying that also reports an object, أكد, the same before «في أن»: أكدت أيضا على مصلحة
      // ألمانيا في أن …; «حيث أن»/«، على أن» after قال stay its clause's)
      const notVerbs = (report || isReportVerb(t)) && !cont && c <= b && isComplementiser(toks[c]!) && c - 1 > v + 1 && /^[اأ]ن/.test(toks[c]!.light)
        && ((!isSpeechVerb(t) && (toks[c - 1]!.light === 'حيث' || (toks[c - 1]!.light === 'على' && /[،,]/.test(toks[c - 2]!.gap)))) || (toks[c - 1]!.light === 'في' && c - 1 > v + 2 && !/[،,]/.test(toks[c - 2]!.gap)));
      if (c > b || !isComplementiser(toks[c]!) || timeConj || notVerbs || (frame && this.complementBefore(frame, v, c))) {
        if (belief) continue;
        const next = this.objectReport(out, v, b, sid, s, spans);
        if (next > v) { this.relativeReports(out, v, next, sid, s, spans, used); v = next - 1; }
        continue;
      }
      // نفى/أنكر X الاتهامات التي وجهتها إليه Y بأنه …: the complementiser is the accusation's, inside
      // the denial's object; the denier is the verb's subject, never Y, and what is denied is the object.
      if (isDenialVerb(t) && !cont) {
        const next = this.deniedObject(out, v, c, b, sid, s);
        if (next > v) { v = next - 1; continue; }
      }
      // A view's subject is short and unbroken (يأمل المسؤولون اللبنانيون أن …), and a finite verb of
      // belief without one is impersonal (يُعتقد أن، والذي يُزعم أنه): no one's statement. على أن is a
      // condition (تتضمن الخطة … على أن), not a view.
      // (وتأمل X، من مركز …، وهي إحدى …، أن …؛ واكتشفت الجمعية، المعروفة باسم "…"، أن …: a subject whose
      // apposition is set off by commas, the complementiser right after the second, is still short)
      const apposed = belief && c > v + 2 && c <= b && /[،,]/.test(toks[c - 1]!.gap) ? this.apposedSubjectEnd(v, c, b) : -1;
      // (… unless a pronoun stands for its subject, فهو يعتقد أنه …، وهي تخشى أن …: the discourse's speaker)
      const pronounSubject = c === v + 1 && v > 0 && toks[v - 1]!.sent === t.sent && /^[وف]?(هو|هي|هم|هما)$/.test(toks[v - 1]!.light) && !/[،,:"«»“”]/.test(toks[v - 1]!.gap);
      if (belief && apposed < 0 && (c - v > 7 || (c === v + 1 && !/^[وف]?م/.test(t.light) && !this.joinedBelief(v) && !pronounSubject) || toks[c - 1]!.light === 'على' || (c > v + 1 && /^[بل].{3,}/.test(toks[v + 1]!.light) && !this.index.at(toks[v + 1]!)) || toks.slice(v, c - 1).some((x) => /[،,:;"«»“”]/.test(x.gap)))) continue;
      // رفض أن يعلق is declining to act; only رفض أن يكون … denies a statement. رفض X مزاعم Y بأن …
      // rejects the claim: its object, the claim with its content, is the denial.
      if (refusal && !isSpeechVerb(t) && frame?.required && toks.slice(v + 1, c).some((x) => frame.required!.has(x.light))) {
        // (the claim's own content is still read, as the claimant's: claimContent)
        if (this.objectReport(out, v, b, sid, s, spans) > v) continue;
      }
      if (refusal && !isSpeechVerb(t) && this.kindOf(v, c) !== 'denial') continue;
      // (a complementiser carrying the clause's subject stays in the text: carriesSubject)
      const clauseStart = carriesSubject(toks[c]!.light) ? toks[c]!.start : toks[c]!.end;
      // The clause runs to the next speech verb of another statement or the end of the sentence.
      let e = c + 1;
      while (e <= b && !this.endsClause(c, e)) e++;
      // (…، وإنه "متشوق …"، … وأن هناك توافقا …: a second complementiser joined by و opens a second
      // statement of the same speaker, read after this one: see coordinatedFrom)
      const clauseEnd = e;
      const co = this.coordinatedIn(c, e);
      if (co >= 0) e = co;
      const end = e <= b ? toks[this.clauseLast(e)]!.end : s.end;
      // A quotation inside the clause is reported as direct already; one in a later statement
      // (…، مشيرا إلى أنها "…") is that statement's, and leaves this clause to be read.
      // Unless another verb of saying and its complementiser come first inside the clause (قالت X إن
      // الاستطلاع أظهر أن العمر "…"): the quotation is that nested report's, the clause is X's.
      const inner = spans.find((q) => s.start + q.open >= clauseStart && s.start + q.open < end);
      if (inner && !this.nestedReportBefore(c + 1, s.start + inner.open)) continue;
      // وصف/اتهم X بأن …: with one word before بأن and no person in it, that word is the object described
      // (وصف الضربات بأنها غير مبررة) and the subject is unstated.
      const described = /^[وف]?(وصف|وصفت|اتهم|اتهمت)$/.test(t.light) && c === v + 2 && /^ب/.test(toks[c]!.light) && !this.index.at(toks[v + 1]!);
      // (…، واصفا رئيس الوزراء الكندي بأنه شخص غير نزيه: the participle's object is the one described,
      // not a speaker; what is said is the object with its description)
      const describing = /^[وف]?واصف(ا|ة|ين)$/.test(t.light) && c > v + 1 && /^ب/.test(toks[c]!.light);
      // (ووصفت لاغارد اختفاء خاشقجي بأنها قضية "مريعة": a finite verb of describing says its object
      // with the description, as the participle does)
      const obj = !described && !describing ? this.describedObject(v, c, b) : null;
      const clause = this.text.slice(describing ? toks[v + 1]!.start : obj ? toks[obj.from]!.start : clauseStart, end).replace(/[.\s،,]+$/, '');
      // A verb of saying with its complementiser is a statement even when no one can be named for it
      // (وقال إنه ينوي … after a sentence whose speaker went unnamed): kept, unattributed, as a
      // quotation without a speaker is.
      // (ويخشى مراقبون من أن …: the preposition before the complementiser is the verb's, not the subject's;
      // جاء في البيان أن …: the medium after في is the source, جاء فيه أن … the one the sentence is about)
      let se = rel ? rel.se : apposed >= 0 ? apposed : c - 1;
      if (belief && se > v + 1 && /^(من|في)$/.test(toks[se]!.light)) se--;
      const beliefOwn = belief && (c === v + 1 || /^[وف]?م/.test(t.light) || (via && toks[v + 1]!.light !== 'في'));
      const sp = (obj ? obj.sp : null) ?? ((cont && c === v + 1) || described || beliefOwn || describing ? this.implicit(v) : this.subject(via ? this.issuerAfterMedium(v + 2, obj ? obj.from - 1 : se) : v + 1, obj ? obj.from - 1 : se, true))
        ?? (isSpeechVerb(t) && !cont && wordCount(clause) >= MIN_UNATTRIBUTED_WORDS ? UNATTRIBUTED : null);
      if (!sp) continue;
      const embedded = v > 0 && RELATIVES.has(toks[v - 1]!.light);
      if (wordCount(clause) >= 2) this.emit(out, clause, sp, this.kindOf(v, c), sid, v, embedded);
      // (قال X إن مستشفى ريف دمشق أكد وفاة …، أشار X إلى أن الوكالة تؤكد بانتظام أن …: a clause that
      // opens on a subject and its own verb of saying reports that subject's statement too)
      const nested = this.nestedReport(c, e, b);
      if (nested < 0) this.relativeReports(out, c, e, sid, s, spans, used);
      if (co >= 0 && nested < 0) {
        this.coordinatedFrom(out, co, clauseEnd, b, sp, this.kindOf(v, c), sid, s, v, embedded);
        e = clauseEnd;
      }
      v = nested >= 0 ? nested - 1 : e - 1;
    }
  }

  /**
   * A complementiser joined by و inside the clause from c to e (قال إنه سيبدأ …، وإنه "متشوق …"؛
   * أكد أن … يتجه إلى الأفضل وأن هناك توافقا …): the first after the clause's own first
   * COORDINATED_AFTER words (a shorter first clause, المشكلة أكثر خطورة وأن …، is read as one with
   * the second, as the gold reads it), outside a quotation, and not after a word that makes it a
   * reason or a concession (CONCESSIVE). -1 when none.
   */
  private coordinatedIn(c: number, e: number): number {
    const toks = this.toks;
    for (let k = c + 1 + COORDINATED_AFTER; k < e; k++) {
      const t = toks[k]!;
      const written = stripDiacritics(t.text);
      if (!written.startsWith('و') || !WRITTEN_COMPLEMENTISER.test(written) || this.inQuotation(k)) continue;
      // (خاصة وأنه، علما وأن، حتى وإن: "especially as", "even if" join a reason or a concession, no statement)
      if (CONCESSIVE.test(toks[k - 1]!.light) && !/[،,]/.test(toks[k - 1]!.gap)) continue;
      // (nor one opening a quotation the clause quotes: «… "وأن …"» is the quoted words' own)
      if (/["«“]/.test(toks[k - 1]!.gap) && !/[،,]/.test(toks[k - 1]!.gap)) continue;
      return k;
    }
    return -1;
  }

  /**
   * The statements that coordinated complementisers open, from the one at k to the clause's end e
   * (coordinatedIn), each emitted for the same speaker with the same kind.
   */
  private coordinatedFrom(out: Quote[], k: number, e: number, b: number, sp: Speaker, kind: Quote['kind'], sid: number, s: SentenceSpan, v: number, embedded: boolean): void {
    const toks = this.toks;
    for (let at = k; at >= 0;) {
      const next = this.coordinatedIn(at, e);
      const stop = next >= 0 ? next : e;
      const end = stop <= b ? toks[this.clauseLast(stop)]!.end : s.end;
      const t = toks[at]!;
      const start = carriesSubject(t.light.slice(1)) ? t.start + 1 : t.end;
      const clause = this.text.slice(start, end).replace(/^\s+/, '').replace(/[.\s،,]+$/, '');
      if (wordCount(clause) >= 2) this.emit(out, clause, sp, kind, sid, v, embedded);
      at = next;
    }
  }

  /**
   * Reports inside a relative clause within a statement just read from tokens (from, to): the
   * clause after a relative pronoun whose verb names its own speaker (… غولن الذي تتهمه أنقرة
   * بتدبير …؛ … الشهود الذين قالوا إنهم …) is that speaker's statement too, as the gold marks it.
   * Only a verb carrying its object as a pronoun with a subject written after it, or a verb of
   * saying with its complementiser straight after: the relative's other verbs (الذي يعيش في …)
   * report nothing. Read as an aside: the discourse's speaker stays the statement's.
   */
  private relativeReports(out: Quote[], from: number, to: number, sid: number, s: SentenceSpan, spans: ReturnType<typeof quoteSpans>, used: Set<number>): void {
    const toks = this.toks;
    for (let j = from + 2; j < to - 2; j++) {
      const t = toks[j]!;
      if (!RELATIVES.has(toks[j - 1]!.light) || /[:"«“]/.test(toks[j - 1]!.gap) || this.notYetSaid(j)) continue;
      const carried = OBJECT_PRONOUN_END.test(t.light) && [t, { ...t, light: t.light.replace(OBJECT_PRONOUN_END, '') }].some((w) => isReportVerb(w) || !!verbFrame(w))
        && j + 1 < to && (!!this.index.at(toks[j + 1]!) || isPlaceOrOrg(toks[j + 1]!) || isUnnamedHead(toks[j + 1]!));
      const spoken = isSpeechVerb(t) && !isContinuation(t) && j + 1 < to && isComplementiser(toks[j + 1]!);
      if (!carried && !spoken) continue;
      const keep = { last: this.last, lastPara: this.lastPara, said: this.said.length };
      this.indirect(out, j, to - 1, sid, s, spans, used);
      this.last = keep.last;
      this.lastPara = keep.lastPara;
      this.said.length = keep.said;
      return;
    }
  }
}

/**
 * The title a person's role opens on, as a light word: its first word, and without a possessive the
 * title carries (محاميهما مايكل والدز: محامي). The article that writes «محاميهما مايكل والدز» also
 * writes «المحامي» and «حسبما أكد محاميهما» for him, and both look for the role's title.
 */
function roleTitleWord(roleAr: string): string {
  const first = lightNormAr(stripDiacritics(roleAr.split(/\s+/)[0]!).replace(/[^\u0621-\u064A]/g, ''));
  if (roleHead({ text: first, light: first } as Token)) return first;
  return pronounTitle(first) ?? first;
}

/**
 * The title a word holds before a possessive pronoun (محاميه، مدربهم، محاميتها: محامي، مدرب،
 * محامية), null when the word without the pronoun is no title. Read on the word without its و/ف.
 */
function pronounTitle(word: string): string | null {
  const m = /^(.{3,}?)(ه|ها|هم|هما|هن)$/.exec(word);
  if (!m) return null;
  const title = m[1]!.replace(/ت$/, 'ة');
  return roleHead({ text: title, light: title } as Token) ? title : null;
}

/**
 * One office under its two names: الناطق باسم and المتحدث باسم are the same spokesman, and copy
 * writes one for the first mention and the other for the next («مايا كوسيانسيتش الناطقة باسم …» …
 * «وتابعت المتحدثة باسم …»).
 */
const OFFICE_SYNONYMS: Record<string, string> = { ناطق: 'متحدث', ناطقة: 'متحدثة' };
function officeOf(head: string): string {
  return OFFICE_SYNONYMS[head] ?? head;
}

/** A phrase whose first word is الناطق/الناطقة (any clitic, ة or ه) written as المتحدث/المتحدثة. */
function officeWords(phrase: string): string {
  return phrase.replace(/^([وف]?(?:ال)?)ناطق(?=[هة]?(?:\s|$))/, '$1متحدث');
}
