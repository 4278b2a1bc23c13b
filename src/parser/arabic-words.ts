/**
 * Word classes for Arabic tokens: what can be part of a name, what opens a role, what is a speech
 * verb. Everything is decided on the token's light form and its clitic readings.
 */
import { cliticReadings } from '../text/clitics.ts';
import { memo } from '../text/memo.ts';
import { lightNormAr } from '../text/arabic.ts';
import { isArStopword } from '../text/stopwords.ts';
import { stripDiacritics } from '../text/normalize.ts';
import { BELIEF_VERBS, BREAKERS, CLAIM_HEADS, COMPLEMENTISERS, DENIAL_VERBS, REFUSAL_VERBS, REPORT_VERBS, VERB_FRAMES, type VerbFrame, CONSTRUCT_ONLY_HEADS, DEFINITE_CONSTRUCT_HEADS, DEFINITE_ONLY_HEADS, CONTINUATION, COUNTERPART, INSTITUTION_NOUNS, RELATION_HEADS, HONORIFICS, MONTHS, OUTLET_HEADS, ROLE_HEADS, SPEECH_VERBS, UNNAMED_HEADS, WEEKDAYS } from './cues-ar.ts';
import { englishName, isKnownGivenName, isKnownPlace, knownOrg } from './names-adapter.ts';
import { isKnownNameToken } from './name-evidence.ts';
import type { Token } from './tokens.ts';
import { classOf, classOfInfo, infoOf, infoOfLight, readingsOfInfo, textClassOf, type WordInfo } from './word-info.ts';

// Bits of WordInfo.known / value: one per word class decided on the light form alone.
const ARTICLE = 0, COUNTERPART_BIT = 1, SPEECH = 2, DENIAL = 3, REPORT = 4, REFUSAL = 5, CONTINUES = 6, BELIEF = 7, CLAIM = 8, UNNAMED = 9, OUTLET = 10, INSTITUTION = 11, GIVEN = 12, PLACE = 13;

/** Name particles that glue the next word to the name (عبد الله، أبو مازن، محمد بن سلمان). */
export const PARTICLES: ReadonlySet<string> = new Set(['عبد', 'ابو', 'ابن', 'بن', 'بنت', 'ال', 'ام', 'ولد', 'دي', 'دو', 'فان', 'فون', 'لا', 'دا', 'ابي', 'عبدال']);

/**
 * First words of compound names, one given name with the next word (عبد الناصر، أبو بكر): a family
 * name may follow the pair, and copy also writes the pair joined (عبدالنبي، ابوزيد). Light and
 * matching forms alike.
 */
export const COMPOUND_NAME_OPENERS: ReadonlySet<string> = new Set(['عبد', 'ابو']);

/** The words of a lineage inside a name, «X بن Y» (son, daughter of), in light and matching forms alike. */
export const LINEAGE_WORDS: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت']);

const ARABIC_WORD = /^[\u0621-\u064A]{2,}$/;

/** Forms of the token with a leading و/ف removed (the token itself first). */
function conjReadings(light: string): string[] {
  const bare = withoutConj(light);
  return bare ? [light, bare] : [light];
}

/**
 * The word without a leading و/ف (of more than three letters), or '' when it has none: conjReadings'
 * second form, without building the readings' array (isComplementiser runs for every token in
 * several loops).
 */
function withoutConj(light: string): string {
  return (light[0] === 'و' || light[0] === 'ف') && light.length > 3 ? light.slice(1) : '';
}

/** One list of given names for the whole program: the names module's (data/lexicon/given-names.json). */
const givenOf = (w: WordInfo) => isKnownGivenName(w.light);
export function isGiven(t: Token): boolean {
  return classOf(t, GIVEN, givenOf);
}

export function isStop(t: Token): boolean {
  return isArStopword(t.light);
}

const articleOf = (w: WordInfo) => readingsOfInfo(w).some((r) => r.article) || w.light.startsWith('ال');
/**
 * A hamza'd alif before ل (أل، إل، آل): a word such as ألمانيا. (Regexes of the per-token tests are
 * module constants: a regex literal makes a new RegExp object each time it is evaluated, and these
 * run for every token of the article, several times.)
 */
const HAMZA_ALIF_LAM = /^[أإآ]ل/;
/**
 * The token carries the definite article, possibly behind a conjunction or preposition. The
 * article is written with a plain alef: أل/إل at the start (ألبيرق) is part of a name.
 */
export function hasArticle(t: Token): boolean {
  if (HAMZA_ALIF_LAM.test(t.text)) return false;
  return classOf(t, ARTICLE, articleOf);
}

/** The role head word this token contains (after clitics and ال), with the prefix removed. */
export function roleHead(t: Token): { prefix: string; head: string; definite: boolean } | null {
  return roleHeadOfInfo(infoOf(t));
}

type RoleHead = { prefix: string; head: string; definite: boolean } | null;
function roleHeadOfInfo(w: WordInfo): RoleHead {
  if (w.roleHead === undefined) w.roleHead = computeRoleHead(w);
  return w.roleHead as RoleHead;
}

function computeRoleHead(w: WordInfo): RoleHead {
  const t = w;
  for (const w of conjReadings(t.light)) if (RELATION_HEADS.has(w)) return { prefix: t.light.slice(0, t.light.length - w.length), head: w, definite: true };
  for (const r of readingsOfInfo(w)) {
    const bare = r.stem.startsWith('ال') ? r.stem.slice(2) : r.stem;
    if (CONSTRUCT_ONLY_HEADS.has(bare) && (bare !== r.stem || r.article) && !DEFINITE_CONSTRUCT_HEADS.has(bare)) continue;
    if (DEFINITE_ONLY_HEADS.has(bare) && !(bare !== r.stem || r.article)) continue;
    if (ROLE_HEADS.has(bare)) {
      return { prefix: r.prefix, head: bare, definite: r.article || r.stem.startsWith('ال') };
    }
  }
  return null;
}

const counterpartOf = (w: WordInfo) => readingsOfInfo(w).some((r) => COUNTERPART.has(r.stem));
export function isCounterpart(t: Token): boolean {
  return classOf(t, COUNTERPART_BIT, counterpartOf);
}

export function isHonorific(t: Token): boolean {
  return HONORIFICS.has(t.light) || HONORIFICS.has(withoutConj(t.light));
}

/** A word-class test on the token with or without a leading و/ف (وقال، فأضاف), decided once per form (class `bit`). */
function withConjunction(words: ReadonlySet<string>, bit: number): (t: Token) => boolean {
  const of = (w: WordInfo) => conjReadings(w.light).some((x) => words.has(x));
  return (t) => classOf(t, bit, of);
}

export const isSpeechVerb = withConjunction(SPEECH_VERBS, SPEECH);
/** A verb of denial (نفى، أنكر، نافياً). */
export const isDenialVerb = withConjunction(DENIAL_VERBS, DENIAL);
/** A verb whose object is a reported statement (أعلن، أعرب، اتهم، مشيراً). */
export const isReportVerb = withConjunction(REPORT_VERBS, REPORT);
export const isRefusalVerb = withConjunction(REFUSAL_VERBS, REFUSAL);
export const isContinuation = withConjunction(CONTINUATION, CONTINUES);
/** A verb of belief, fear, hope or claim that reports a view with a complementiser only (see BELIEF_VERBS). */
export const isBeliefVerb = withConjunction(BELIEF_VERBS, BELIEF);
const claimHeadOf = (w: WordInfo) => readingsOfInfo(w).some((r) => r.prefix.length <= 2 && (CLAIM_HEADS.has(r.stem) || (r.stem.startsWith('ال') && CLAIM_HEADS.has(r.stem.slice(2)))));
/** A noun of a claim or report whose content follows after a complementiser (see CLAIM_HEADS). */
export function isClaimHead(t: Token): boolean {
  return classOf(t, CLAIM, claimHeadOf);
}

/**
 * The verb frame of this token (see VERB_FRAMES), behind و/ف and an object pronoun (اتهمه ترامب بـ…،
 * وتتهمه أنقرة، ودعوه إلى: the pronoun is the object, the subject still follows).
 */
export function frameOf(light: string): VerbFrame | null {
  return frameOfInfo(infoOfLight(light));
}
function frameOfInfo(w: WordInfo): VerbFrame | null {
  if (w.frame === undefined) w.frame = computeFrame(w.light);
  return w.frame as VerbFrame | null;
}
function computeFrame(light: string): VerbFrame | null {
  // (وحث، فحث: a two-letter verb behind و/ف, which conjReadings leaves alone)
  const readings = /^[وف]/.test(light) && light.length === 3 ? [light, light.slice(1)] : conjReadings(light);
  for (const w of readings) {
    const f = VERB_FRAMES.get(w);
    if (f) return f;
    const bare = /^(.{3,})(ه|ها|هم|هما|هن)$/.exec(w)?.[1];
    if (!bare) continue;
    // (دعوه: the plural's alef is dropped before a pronoun)
    const g = VERB_FRAMES.get(bare) ?? (bare.endsWith('و') ? VERB_FRAMES.get(bare + 'ا') : undefined);
    if (g && !g.participle) return g;
  }
  return null;
}
export function verbFrame(t: Token): VerbFrame | null {
  return frameOfInfo(infoOf(t));
}

const unnamedOf = (w: WordInfo) => readingsOfInfo(w).some((r) => UNNAMED_HEADS.has(r.stem) && r.prefix.length <= 1);
/** موجهاً، مشيرا، مستغربا: an active participle in the accusative, never a name (names in م…ا are rare). */
export function accusativeParticiple(t: Token): boolean {
  return /^[وف]?م.{3,5}ا$/.test(t.light) && !isUnnamedHead(t) && !roleHead(t) && !isGiven(t) && !isKnownNameToken(t.light.replace(/^[وف](?=م)/, ''));
}

export function isUnnamedHead(t: Token): boolean {
  // The accusative (مسؤولاً، مصدراً) writes an alef after the tanween.
  return classOf(t, UNNAMED, unnamedOf) || (t.light.endsWith('ا') && /\u064B/.test(t.text) && classOfInfo(infoOfLight(t.light.slice(0, -1)), UNNAMED, unnamedOf));
}

/**
 * The accusative of an unnamed head written without its tanween (مصدرا، استطلاعا): news copy seldom
 * writes the mark, so only where the grammar makes the noun accusative, as the subject of إن and its
 * sisters (لكن مصدرا أمنيا قال …، إن تقريرا نشر …); the caller checks the particle.
 */
export function isBareAccusativeUnnamedHead(t: Token): boolean {
  return t.light.length > 3 && t.light.endsWith('ا') && !isUnnamedHead(t) && classOfInfo(infoOfLight(t.light.slice(0, -1)), UNNAMED, unnamedOf);
}

const outletOf = (w: WordInfo) => readingsOfInfo(w).some((r) => OUTLET_HEADS.has(r.stem) || (r.stem.startsWith('ال') && OUTLET_HEADS.has(r.stem.slice(2))));
export function isOutletHead(t: Token): boolean {
  return classOf(t, OUTLET, outletOf);
}

export function isBreaker(t: Token): boolean {
  return BREAKERS.has(t.light);
}

/** Latin letters as Arabic copy spells them in acronyms (سي إن إن، إي أس بي إن), normalised. */
export const SPELLED_LETTER = /^(اي|ايه|بي|سي|دي|اف|جي|اتش|كي|كيه|ال|ام|ان|اس|تي|يو|دبليو|اكس|واي|زد|ار|كيو)$/;

export function isComplementiser(t: Token): boolean {
  // (آن with its madda is a name, Anne: آن هيدالغو; the light form writes it as the complementiser ان)
  return (COMPLEMENTISERS.has(t.light) || COMPLEMENTISERS.has(withoutConj(t.light))) && !MADDA_OPEN.test(t.text);
}
const MADDA_OPEN = /^[وف]?آ/;

export function isTimeWord(t: Token): boolean {
  return isTimeLight(t.light);
}

/** isTimeWord of a light form alone (callers holding a bare word need not copy a token to ask). */
export function isTimeLight(light: string): boolean {
  return MONTHS.has(light) || WEEKDAYS.has(light) || (light[0] === 'و' && WEEKDAYS.has(light.slice(1)));
}

// Pronoun-suffixed nouns (زوجته، والدها، مسؤوليهم) are never names on their own.
const PRONOUN_SUFFIX = /(ها|هم|هما|هن|كم)$/;

const NOT_NAMES = new Set(['طيلة', 'طوال', 'اكبر', 'اصغر', 'اكثر', 'اقل', 'اهم', 'اول', 'اخر', 'افضل', 'اسوا', 'اعلى', 'ادنى', 'ابرز', 'احدث', 'اقدم', 'اقوى', 'اضعف', 'اطول', 'اضافة', 'لذا', 'لذلك', 'ثمة', 'هناك', 'هنا', 'بشكل', 'قرابة', 'نحو', 'تقريبا', 'ممكن', 'صباح', 'قائلا', 'قائلة', 'مضيفا', 'مضيفة', 'اخرون', 'اخرين', 'اخر', 'اخرى', 'ايضا', 'حاليا', 'سابقا', 'لاحقا', 'مجددا', 'مؤخرا', 'اخيرا', 'رسميا', 'فعلا', 'تماما', 'جدا', 'معا', 'شخصيا', 'علنا', 'حتى', 'الان', 'اليوم', 'امس', 'غدا', 'صباح', 'مساء', 'ليلة', 'نهار', 'عام', 'عاما', 'شهر', 'اسبوع', 'يوم', 'منذ', 'مرة', 'بعدما', 'عندما', 'بينما', 'كذلك', 'نفسه']);

/**
 * Could this token be a word of a person's name? Arabic has no capitals, so this only rules out
 * what a name word cannot be: function words, role and speech words, articles, dates, numbers.
 */
const institutionOf = (w: WordInfo) => readingsOfInfo(w).some((r) => INSTITUTION_NOUNS.has(r.stem));
export function isInstitutionNoun(t: Token): boolean {
  return classOf(t, INSTITUTION, institutionOf);
}

/**
 * `loose`: the word follows a given name (عادل بنشقرون، طارق عبيدات), where surnames that look like
 * plurals or nisba adjectives are common, so those shape filters are not applied.
 */
export function nameLike(t: Token, loose = false): boolean {
  return loose ? textClassOf(t, NAMELIKE_LOOSE, nameLikeLoose) : textClassOf(t, NAMELIKE, nameLikeStrict);
}
// Bits of TextInfo.known / value (name-tagger.ts uses 2 and 3).
const NAMELIKE = 0, NAMELIKE_LOOSE = 1, LEXICON = 4;
const nameLikeStrict = memo((text: string) => computeNameLike(text, false));
const nameLikeLoose = memo((text: string) => computeNameLike(text, true));

function computeNameLike(text: string, loose: boolean): boolean {
  const t = { text, light: lightNormAr(text) } as Token;
  const w = t.light;
  if (!ARABIC_WORD.test(w)) return false;
  if (NOT_NAMES.has(w)) return false;
  // Tanween marks an indefinite noun or adverb (تقييماً، جداً): never a name.
  if (/[\u064B-\u064D]/.test(t.text)) return false;
  if (isKnownGivenName(w) && !isStop(t)) return true;
  if (isStop(t) || NOT_NAMES.has(w) || hasArticle(t)) return false;
  if (roleHead(t) || isCounterpart(t) || isSpeechVerb(t) || isContinuation(t) || isUnnamedHead(t) || isOutletHead(t)) return false;
  if (isBreaker(t) || isTimeWord(t) || isHonorific(t)) return false;
  // A pronoun ending (شركتها، منهم) rules out a first name word; inside a name already begun by a
  // given name (فاطمة أيت باها) the ending is as likely part of the surname.
  if (PRONOUN_SUFFIX.test(w) && !isGiven(t) && !loose) return false;
  // Feminine nisba adjectives and sound plurals (أميركية، مسؤولية، لافتات) are not name words;
  // nor are long words ending in the pronoun ه (تشهده، رؤيته، بتراجعه).
  if (!loose && ((/(ية|يات)$/.test(w) && w.length > 4) || (/ات$/.test(w) && w.length > 5))) return false;
  if (!loose && /[^ي]ه$/.test(w) && w.length >= 5) return false;
  // A preposition ل glued to a word (لهيومن، لدقائق، لمحطة): ل before a consonant opens no name.
  if (/^ل[^اويى]/.test(w) && w.length >= 4 && !isKnownGivenName(w) && !lexiconNameWord(t)) return false;
  // ب + a word in ة (ببدلة، بزيارة) is a prepositional phrase.
  // Maghrebi surnames in بو (بوعزة، بوجمعة) look the same, unless the rest is a noun the parser
  // knows as a head (بوزارة، بولاية).
  if (/^ب.{2,}ة$/.test(w) && !isKnownGivenName(w) && !(w.startsWith('بو') && w.length >= 5 && !isUnnamedHead({ ...t, light: w.slice(1), text: w.slice(1) }) && !roleHead({ ...t, light: w.slice(1) }))) return false;
  // Places and organisations the lexicon knows (إسرائيل، أنقرة، حماس، غوغل).
  if (isPlaceOrOrg(t)) return false;
  return true;
}

const placeOf = (w: WordInfo) => readingsOfInfo(w).some((r) => r.stem.length >= 3 && (isKnownPlace(r.stem) || !!knownOrg(r.stem)));
/** A place or organisation the lexicon knows (دمشق، إسرائيل، غوغل), behind any clitic. */
export function isPlaceOrOrg(t: Token): boolean {
  return classOf(t, PLACE, placeOf);
}

const lexiconSpelling = (text: string) => englishName(text).origin === 'lexicon';
/** A word the lexicon knows as part of a person's name (بوتين، الأسد), not a place. */
export function lexiconNameWord(t: Token): boolean {
  return textClassOf(t, LEXICON, lexiconSpelling) && !isPlaceOrOrg(t);
}

/** A verb-like word with a conjunction (وخسر، ويعتقد، وأعتقد): not the first word of a name. */
export function conjunctionVerbLike(t: Token): boolean {
  // Also future verbs (سيستأنف، ستعلن): the prefix سـ on an imperfect verb.
  return (/^[وف]/.test(t.light) && t.light.length >= 4 || /^س[يت].{4,}$/.test(t.light)) && !isGiven(t) && !lexiconNameWord(t);
}

/**
 * Relative pronouns (light form): a clause about the noun before them, never part of a role or a
 * name. One list for the person finder's and role rules' stops (people-ar.ts, roles-ar.ts,
 * quotes-ar.ts) and the role ranker's marks of a poor reading (role-ranker.ts), which had each
 * written their own (the ranker's alone held اللائي; the quote reader's, for a relative clause
 * describing a source, had no feminine plurals).
 */
export const RELATIVES: ReadonlySet<string> = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي', 'اللائي'].map(lightNormAr));

/** Nouns of kinship in construct with the person they relate to, and their English (زوجة مينغ, the wife of Meng). */
export const KIN_SPEAKERS = new Map<string, string>([
  ['زوجة', 'the wife of'], ['زوجه', 'the wife of'], ['زوج', 'the husband of'], ['ابنة', 'the daughter of'], ['ابنه', 'the daughter of'], ['نجل', 'the son of'], ['نجلة', 'the daughter of'],
  ['شقيق', 'the brother of'], ['شقيقة', 'the sister of'], ['شقيقه', 'the sister of'], ['والد', 'the father of'], ['والدة', 'the mother of'], ['والده', 'the mother of'],
  ['ارملة', 'the widow of'], ['ارمله', 'the widow of'], ['خطيبة', 'the fiancée of'], ['حفيد', 'the grandson of'], ['حفيدة', 'the granddaughter of'], ['صهر', 'the son-in-law of'],
  // Those who speak for a person without being the person: their words are not the principal's
  // either (وأكد محامو رونالدو، أعلنت حركة اليكسي نافالني، قالت إدارة ترمب).
  ['عائلة', 'the family of'], ['عائله', 'the family of'], ['اسرة', 'the family of'], ['اسره', 'the family of'], ['اقارب', 'the relatives of'],
  ['محامو', 'the lawyers of'], ['انصار', 'the supporters of'], ['مؤيدو', 'the supporters of'],
  ['حملة', 'the campaign of'], ['حمله', 'the campaign of'], ['ادارة', 'the administration of'], ['اداره', 'the administration of'], ['مكتب', 'the office of'],
  ['حركة', 'the movement of'], ['موقع', 'the website of'],
]);

/**
 * A verbal noun's written shape: تفعيل، مفاعلة، استفعال، افتعال، انفعال، إفعال. The light form writes
 * إ as ا, and أفعال (أنباء، أطراف) is a plural of the same letters, so إفعال is read from the text's
 * hamza below (إعدام، إطلاق).
 */
export function masdarShape(t: Token): boolean {
  return /^(ت..ي.|م.ا..ة|است..ا.|ا.ت.ا.|ان..ا.)$/.test(t.light) || IF3AL.test(stripDiacritics(t.text));
}
const IF3AL = /^إ[\u0621-\u064A]{2}ا[\u0621-\u064A]$/;

export function isParticle(t: Token): boolean {
  return PARTICLES.has(t.light);
}

export type Gender = 'f' | 'm';

const SAYING = [SPEECH_VERBS, REPORT_VERBS, DENIAL_VERBS, REFUSAL_VERBS, CONTINUATION];
const saying = (w: string) => SAYING.some((s) => s.has(w));

/**
 * The gender a verb or participle of saying marks on its subject (قالت، أضافت، تقول، مضيفة، معبرة
 * are feminine; قال، يقول، مضيفا masculine); null for plurals and duals (قالوا، قالا، قالتا) and
 * for words that are no verb of saying. A present form in ت is feminine only when the same verb in
 * ي exists (تقول / يقول), so a past verb that starts with ت (تابع، تحدث، تساءل) stays masculine.
 */
export const sayingGender = memo((light: string): Gender | null => {
  const read = conjReadings(light).find(saying);
  if (!read) return null;
  // (a verb with its object as a pronoun, as the tables list them (وصفها، اتهمته): the verb without
  // it marks the subject, and its ا is no dual's (وصفها is his, وصفتها hers))
  const bare = read.replace(/(ه|ها|هم|هما)$/, '');
  const w = bare !== read && bare.length >= 3 && saying(bare) ? bare : read;
  if (/(وا|تا|ون)$/.test(w) || (w.endsWith('ا') && saying(w.slice(0, -1)))) return null;
  // (a root ending in ت, لفت، is masculine: its feminine, لفتت, is the saying verb with ت added)
  if (w.endsWith('ت') && saying(w + 'ت')) return 'm';
  if (/[تة]$/.test(w)) return 'f';
  if (w.startsWith('ت') && saying('ي' + w.slice(1))) return 'f';
  return 'm';
});

/**
 * The gender a title or role head marks (الرئيسة، المستشارة، وزيرة، الفنانة are feminine; الرئيس،
 * وزير masculine): only heads whose other gender is also a head, so a head of one form (لاعب) says
 * nothing either way when its pair is missing.
 */
export const titleGender = memo((light: string): Gender | null => {
  const h = roleHeadOfInfo(infoOfLight(light));
  if (!h) return null;
  const head = h.head;
  if (head.endsWith('ة') && ROLE_HEADS.has(head.slice(0, -1))) return 'f';
  if (ROLE_HEADS.has(head + 'ة')) return 'm';
  return null;
});
