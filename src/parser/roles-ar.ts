/**
 * Completing a person's role once every name of the article is known. The name finder
 * (people-ar.ts) reads a role only where it keys on it to find the name (a title head before it, an
 * apposition after it); a person found by another cue (a given name, the tagger, a verb of saying)
 * or whose title is followed by a second description (الأسقف X المتحدث باسم …) is left with no role
 * or half of it. Here every candidate gets the description the text gives it at that mention:
 *
 * - a description right before the name, with heads the finder does not key on because they are
 *   also common words or need the article (الحارس، النجم المصري، الرقيب، الزميلة، الحقوقية) or carry
 *   a possessive pronoun (مدربها، سلفه، رئيسه، مبعوثها إلى سوريا);
 * - an indefinite description before a naming word (طالب من أصول تركية يدعى كانسو);
 * - a description after the name: «، ROLE»، «وهو/وهي ROLE» (also after a parenthesis or a dash),
 *   or a definite description with no comma (داني كاباخال الظهير الأيمن لريال مدريد), appended to
 *   a title before the name when it says something more.
 *
 * None of this finds or drops a person: only the role string changes.
 */
import { cliticReadings } from '../text/clitics.ts';
import { lightNormAr } from '../text/arabic.ts';
import { stripDiacritics } from '../text/normalize.ts';
import { commaAfter, delimAfter, onlyCommaAfter, type Token } from './tokens.ts';
import { hasArticle, isComplementiser, isCounterpart, isInstitutionNoun, isParticle, isPlaceOrOrg, isSpeechVerb, isStop, isTimeWord, RELATIVES, roleHead } from './arabic-words.ts';
import { CONSTRUCT_ONLY_HEADS, DEFINITE_TITLES, FREE_PREPOSITIONS, HONORIFICS, NAMING_WORDS, ROLE_HEADS } from './cues-ar.ts';
import { type TokenSet, appositionRole, CLAUSE_PARTICLES, closeQuote, danglingPreposition, definiteRoleAfter, isPrepositionNoun, nisbaBefore, ownedByNoun, personAfterPreposition, pronounRole, roleSpan, roleText, stripTokenPrefix, titleBefore, verbShaped } from './people-ar.ts';
import { brandName, isDemonym } from './names-adapter.ts';
import type { RoleOption } from './role-ranker.ts';
import { agentShape } from './role-shape.ts';
import { feat } from './feature-names.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean).map(lightNormAr));

/**
 * Nouns that describe a person next to a name but are too common to find a name by (a «رقيب» is
 * also a censor, «بطل» a champion, «زوجة» anyone's wife): they give a role to a name found anyway.
 * The later lines are titles, trades and relations of general news copy, not taken from the gold's
 * misses (the heads the gold's roles open on were known for 83.5% of the older articles' roles).
 * (Not إمام: it is أمام, «in front of», once normalised.)
 */
export const DESCRIBER_HEADS = set(`
رقيب إداري إدارية مسؤول زميل زميلة بطل بطلة حقوقي حقوقية مدون مدونة مطرب مطربة زوجة ابنة
منافس منافسة ظهير جناح لاعب دوق دوقة سلف موكل طفلة صاحب صاحبة ناج ناجية مرافق مرافقة صديق صديقة
مكلف مكلفة رئيس رئيسة
إمبراطور إمبراطورة عاهل كاردينال سناتور ملياردير مليونير محرر محررة مؤرخ مؤرخة منتج منتجة
رسام رسامة نحات مصمم مصممة رائد رائدة شريك شريكة صهر حفيد حفيدة خطيب خطيبة حليف حليفة
مخترع مخترعة مستثمر مستثمرة مفكر مفكرة فيلسوف أديب أديبة ملحن ملحنة عازف عازفة دبلوماسي
أكاديمي أكاديمية وريث وريثة أرملة متهم متهمة مشتبه ضحية منفذ داعية حاخام راهب راهبة
كاهن مطران محقق محققة مفتش مفتشة ضابط ضابطة جندي جندية مصارع ملاكم عداء عداءة متسابق متسابقة
راحل راحلة شاب شابة
`);

/** «صاحب هدفي الفوز»، «صاحبة الرقم القياسي»: the one who has or holds. */
const OWNER = set(`صاحب صاحبة`);

/** Pronoun endings of a possessed noun (مدربها، سلفه، مبعوثهم). */
const POSSESSIVE = /(ه|ها|هم|هما)$/;

/** A role, describer or construct-only head as written. */
function anyHead(w: string): boolean {
  return ROLE_HEADS.has(w) || DESCRIBER_HEADS.has(w) || CONSTRUCT_ONLY_HEADS.has(w);
}

/** A head known with or without its possessive ending: مدربها -> مدرب، طفلتها -> طفلة. */
function headStem(stem: string): string | null {
  if (anyHead(stem)) return stem;
  const m = POSSESSIVE.exec(stem);
  if (!m || stem.length - m[0].length < 3) return null;
  const base = stem.slice(0, stem.length - m[0].length);
  if (anyHead(base)) return base;
  // The feminine ة is written ت before a pronoun (طفلتها).
  return base.endsWith('ت') && anyHead(base.slice(0, -1) + 'ة') ? base.slice(0, -1) + 'ة' : null;
}

/**
 * A word that can open a description of a person: a title head (roleHead), or one of the heads
 * above, with the article or a possessive pronoun or neither. A construct-only head with the article
 * (الحارس، النجم) describes the person it stands before, so it is reported under another key than
 * its bare form, whose construct-only test does not apply to it.
 */
export function describerHead(t: Token): { head: string; prefix: string; definite: boolean } | null {
  const rh = roleHead(t);
  if (rh) return rh;
  if (isCounterpart(t)) return null;
  for (const r of cliticReadings(t.light)) {
    const definite = r.article || r.stem.startsWith('ال');
    const bare = r.stem.startsWith('ال') ? r.stem.slice(2) : r.stem;
    const head = headStem(bare);
    if (!head) continue;
    // A possessive needs no article; a bare construct-only head (كبير، عضو) is an adjective as
    // often as a title and is left to the finder's rules.
    const possessed = head !== bare;
    if (CONSTRUCT_ONLY_HEADS.has(head) && !definite && !possessed) continue;
    // … and with the article only the ones that are not adjectives or common nouns as well
    // (الحارس، النجم، العضو; not الكبير، المساعدة، العالم).
    if (CONSTRUCT_ONLY_HEADS.has(head) && definite && !possessed && !DEFINITE_TITLES.has(head)) continue;
    return { head: definite || possessed ? `ال${head}` : head, prefix: r.prefix, definite: definite || possessed };
  }
  return null;
}

/** The role text of tokens from..to, the first word's clitic prefix (و، ل، ب) removed. */
export function describerText(text: string, toks: readonly Token[], from: number, to: number): string {
  while (to > from && danglingPreposition(toks[to]!)) to--;
  if (roleHead(toks[from]!)) return roleText(text, toks, from, to);
  const first = toks[from]!;
  const h = describerHead(first);
  const prefixLen = h ? h.prefix.length : 0;
  const al = !!h && h.definite && !POSSESSIVE.test(first.light);
  const head = stripTokenPrefix(first, prefixLen, al);
  return closeQuote((head + text.slice(first.end, toks[to]!.end)).replace(/[\s،,:]+$/, '').trim());
}

/**
 * A head word read by its shape alone: an indefinite noun of an agent's shape (no conjunction or
 * preposition glued on) that no other kind of word claims: not a verb, place, body, time word,
 * particle, nisba, preposition noun, counterpart or relative. Both shape rules below share it.
 */
function shapedHead(h: Token, definite = false): boolean {
  // (A first letter that may be a glued conjunction or preposition is one when the rest is itself
  // of an agent's shape, لمدرب، والمدير; بديل، وزير، فنان keep theirs.)
  if (hasArticle(h) !== definite || /^[وفبلك]/.test(h.light) && agentShape(h.light.slice(1)) || !agentShape(h.text) || verbShaped(h) || isSpeechVerb(h) || isComplementiser(h)) return false;
  const bare = definite ? h.light.replace(/^ال/, '') : h.light;
  // (فعالة is the verbal noun far more often than a woman of a trade: زيارة، تجارة، رسالة.)
  if (agentShape(h.text) === 'fa33al' && /ة$/.test(bare)) return false;
  // (A final ت with no pronoun after it is a verb's, كانت، زارت; a time noun says when: مساء، موعد.)
  if (/ت$/.test(bare) || TIME_OPENERS.has(bare)) return false;
  return !(isPlaceOrOrg(h) || MEMBER_BODIES.has(bare) || PLACE_NOUNS.has(bare) || isInstitutionNoun(h) || isTimeWord(h) || TIME_NOUNS.has(h.light) || isStop(h) || isParticle(h) || isNisba(h) || isPrepositionNoun(h) || isCounterpart(h) || RELATIVES.has(h.light));
}

/**
 * Nouns of places and things built on the مفعل shape of an agent noun (مكتب، منزل، مقر): unvowelled
 * they read as a person's head (مكتب as مدرب), so «وهنأ مكتب الرئاسة NAME» would give the office as
 * the person's title. With the bodies (MEMBER_BODIES) and the institutions, no shaped head.
 */
const PLACE_NOUNS = set(`مكتب منزل مقر مصنع مطعم مسرح مخيم مبنى مكان مجمع مخزن متجر منتجع معسكر مستودع مطبخ مدخل مخرج
مشروع مصدر مؤتمر موسم منصب مجال مستوى مسار موقف منبر محيط موعد ميعاد`);

/**
 * «ترك صانع ألعابه خميس رودريغيز»، «وكلف مؤرخة الفن بنيديكت سافوا»: an indefinite noun of an agent's
 * shape (role-shape.ts: فاعل، مفعّل، فعيل، فعّال …) in construct with a definite or possessed genitive
 * right before the name is the person's description whatever the head word: on unseen copy the
 * head lists lack about half the heads, and a construct phrase that ends on the name is the apposed
 * title of Arabic copy (the genitive makes it definite). The head is found by its shape, the
 * phrase by its structure, so it is trimmed to those two words (not the verb or phrase before).
 * Not a conjunct (و…) or a preposition's object (ل…، ب…), a verb, place, time or particle, nor a
 * body's noun (مجلس، منتخب: in verb-first copy «استقبل مجلس النواب NAME» is subject then object),
 * and the genitive no nationality (a nisba is an adjective: the rules before read those).
 */
function shapedConstructBefore(toks: readonly Token[], from: number, to: number, named: TokenSet): number {
  const g = toks[from - 1];
  const h = toks[from - 2];
  const first = toks[from]!;
  if (!g || !h || named.has(from - 1) || named.has(from - 2) || g.sent !== first.sent || h.sent !== first.sent) return -1;
  // «واعتبر محافظ الحديدة، الحسن طاهر، …»: the name set off by two commas is in apposition to the
  // construct before the first (a name in a list has no closing comma after a title of this shape).
  const apposed = onlyCommaAfter(g) && onlyCommaAfter(toks[to]!) && toks[to + 1]?.sent === first.sent;
  if (!(/^\s+$/.test(g.gap) || apposed) || !/^\s+$/.test(h.gap)) return -1;
  if (!shapedHead(h)) return -1;
  const possessed = POSSESSIVE.test(g.light) && g.light.length >= 4;
  if (!(hasArticle(g) || possessed) || isNisba(g) || verbShaped(g) || isTimeWord(g) || TIME_NOUNS.has(g.light) || isStop(g) || RELATIVES.has(g.light)) return -1;
  // «كبير مستشاريه الاقتصاديين NAME»، «أحد مؤسسي الحركة NAME»: a head in construct with the shaped
  // one (a construct-only head, a listed one, or one of the same shape) opens the title.
  const c = toks[from - 3];
  if (c && !named.has(from - 3) && c.sent === first.sent && /^\s+$/.test(c.gap) && !hasArticle(c) && (CONSTRUCT_ONLY_HEADS.has(c.light) || ['احد', 'احدى'].includes(c.light) || anyHead(c.light) || shapedHead(c))) return from - 3;
  return from - 2;
}

/**
 * «والراقصة سما المصري»، «الخباز محمود المسدي»: a definite noun of an agent's shape right before the
 * name, when nothing else gave the person a role, is their calling whatever the word (the head lists
 * lack most callings on unseen copy; the structure, a definite agent noun in apposition, says it).
 * The same guards on the head as shapedConstructBefore's (no place, body, time, verb, particle or
 * nationality); a conjunction glued to it joins the whole phrase, not the noun, and is left off.
 */
function callingBefore(toks: readonly Token[], from: number, named: TokenSet): string {
  const h = toks[from - 1];
  if (!h || named.has(from - 1) || h.sent !== toks[from]!.sent || !/^\s+$/.test(h.gap)) return '';
  const conj = /^[وف]ال/.test(h.light) ? 1 : 0;
  const t = conj ? { ...h, light: h.light.slice(1), norm: h.norm.slice(1), text: h.text.slice(1), info: undefined, tinfo: undefined } : h;
  if (!shapedHead(t, true)) return '';
  // Not a word that belongs to the noun before it rather than to the name: with no conjunction
  // between, a definite word after a definite noun is its adjective («المستوى المبهر | لأسينسيو»),
  // and one after a body's or a place's noun is its genitive («واستقبل مجلس النواب | أحمد حسن»:
  // in verb-first copy the name is the object).
  const p = toks[from - 2];
  if (!conj && p && p.sent === h.sent && !named.has(from - 2) && !delimAfter(p, toks)) {
    const pb = p.light.replace(/^ال/, '');
    if (hasArticle(p) || MEMBER_BODIES.has(pb) || PLACE_NOUNS.has(pb) || isInstitutionNoun(p) || isPlaceOrOrg(p)) return '';
  }
  // Not a sound plural of an agent noun (اللاعبين، المدافعين): a group's noun, not one person's calling.
  if (soundPluralAgent(t)) return '';
  return t.text;
}

/**
 * «فابريس أرانيو، منتج غودار، الفيلم»: after the name, an indefinite noun of an agent's shape in
 * construct with the next word (a noun, a name or a definite word), the whole set off by commas
 * and short, is an apposition whatever the head word, as a listed head's is (describerApposition).
 * So is a definite one (ماسك، المخترع والمستثمر الشهير،), which needs no genitive. Same guards on
 * the head as before the name; no verb, relative or clause inside the phrase. Quotation marks
 * around a name in it do not end it (موزع موقع "إنفوورز"،). A time phrase before the closing comma
 * (بديل إيسكو مطلع الشوط الثاني،) says when, not who: the role ends before it.
 */
function shapedApposition(toks: readonly Token[], nameEnd: number, named: TokenSet): [number, number] | null {
  const t = toks[nameEnd]!;
  const h = toks[nameEnd + 1];
  const g = toks[nameEnd + 2];
  if (!h || !g || h.sent !== t.sent || g.sent !== t.sent || !onlyCommaAfter(t) || named.has(nameEnd + 1)) return null;
  const definite = shapedHead(h, true);
  if (!(definite || shapedHead(h) && /^\s+$/.test(h.gap))) return null;
  const quoteGap = /^\s*["«»“”]\s*$/;
  const quoteComma = /^\s*["»”]\s*[،,]\s*$/;
  const closes = (w: Token) => onlyCommaAfter(w) || quoteComma.test(w.gap) || delimAfter(w, toks) && !commaAfter(w) && w.i + 1 < toks.length && toks[w.i + 1]!.sent !== t.sent;
  if (definite && closes(h)) return [nameEnd + 1, nameEnd + 1];
  if (!(/^\s+$/.test(h.gap) || definite && quoteGap.test(h.gap))) return null;
  if (verbShaped(g) || isSpeechVerb(g) || isComplementiser(g) || isStop(g) || isParticle(g) || RELATIVES.has(g.light) || FREE_PREPOSITIONS.has(g.light)) return null;
  let timeFrom = -1;
  for (let k = nameEnd + 2; k <= nameEnd + 6 && toks[k] && toks[k]!.sent === t.sent; k++) {
    const w = toks[k]!;
    if (k > nameEnd + 2 && (verbShaped(w) || isSpeechVerb(w) || isComplementiser(w) || RELATIVES.has(w.light))) return null;
    if (timeFrom < 0 && k > nameEnd + 2 && (isTimeWord(w) || TIME_NOUNS.has(w.light) || TIME_OPENERS.has(w.light))) timeFrom = k;
    if (closes(w)) {
      const end = timeFrom > 0 ? timeFrom - 1 : k;
      return end - nameEnd > 4 ? null : [nameEnd + 1, end];
    }
    if (delimAfter(w, toks) && !quoteGap.test(w.gap)) return null;
  }
  return null;
}

/** Nouns that open a time phrase (مطلع الشوط الثاني، منتصف الشهر). */
const TIME_OPENERS = set(`مطلع بداية نهاية منتصف أواخر أوائل مستهل ختام مساء صباح ظهر فجر ليلة`);

/** «طالب من أصول تركية يدعى NAME»: the indefinite description before the naming word. */
function namingRole(toks: readonly Token[], from: number): [number, number] | null {
  const w = toks[from - 1];
  if (!w || w.sent !== toks[from]!.sent || !NAMING_WORDS.has(w.light)) return null;
  let best = -1;
  for (let k = from - 2; k >= 0 && from - k <= 8; k--) {
    const t = toks[k]!;
    if (t.sent !== w.sent || delimAfter(t, toks)) break;
    const h = describerHead(t) ?? (INDEFINITE_PERSONS.has(t.light) ? { head: t.light } : null);
    if (h) { best = k; break; }
    // Whatever the head word, an indefinite noun of an agent's shape (role-shape.ts: طالب، موزع)
    // that opens the clause before the naming word is who the name is: the structure says it.
    const open = k === 0 || toks[k - 1]!.sent !== t.sent || delimAfter(toks[k - 1]!, toks) || isSpeechVerb(toks[k - 1]!) || isComplementiser(toks[k - 1]!) || verbShaped(toks[k - 1]!);
    if (open && !hasArticle(t) && !/^[وف]/.test(t.light) && agentShape(t.text) && !verbShaped(t)) { best = k; break; }
  }
  return best >= 0 ? [best, from - 2] : null;
}

/**
 * Credit nouns of a work (a film, a song, a book, a show): «من بطولة X»، «من إخراج X»، «ببطولة صوتية
 * لكل من X، Y». A class of the language, not of any article: the verbal nouns a credit line is made of.
 */
const CREDIT_NOUNS = set(`بطولة إخراج تأليف إنتاج تلحين سيناريو غناء أداء تصميم رسوم إعداد تقديم`);
const EACH_OF = set(`كل لكل`);

/**
 * «"رامبايج" من بطولة دواين جونسون»، «من إخراج ستيفن سبيلبرغ»، «ببطولة صوتية لكل من X»: the credit
 * before a name (or before the first name of a list) is the person's part in the work. Only behind
 * من or a glued ب, the credit's own preposition: a bare verbal noun before a name is as often an
 * action done to the person («في إخراج محمد صلاح»: taking him off). One adjective may follow the
 * noun (صوتية), and «(ل)كل من» may stand between it and the name. The span from the preposition to
 * the noun or its adjective, or null.
 */
function creditBefore(toks: readonly Token[], from: number): [number, number] | null {
  const first = toks[from];
  if (!first) return null;
  let k = from - 1;
  const same = (i: number) => i >= 0 && toks[i]!.sent === first.sent && !delimAfter(toks[i]!, toks);
  // «لكل من»
  if (same(k) && toks[k]!.light === 'من' && same(k - 1) && EACH_OF.has(toks[k - 1]!.light)) k -= 2;
  const credit = (i: number): number => {
    if (!same(i)) return -1;
    const l = toks[i]!.light;
    if (CREDIT_NOUNS.has(l) && same(i - 1) && toks[i - 1]!.light === 'من') return i - 1;
    if (l.startsWith('ب') && CREDIT_NOUNS.has(l.slice(1))) return i;
    return -1;
  };
  let a = credit(k);
  if (a >= 0) return [a, k];
  // (one indefinite adjective after the noun: ببطولة صوتية)
  const adj = toks[k];
  if (adj && same(k) && !hasArticle(adj) && !/^[وف]/.test(adj.light) && (a = credit(k - 1)) >= 0) return [a, k];
  return null;
}

/** Indefinite nouns for a person that name no role of their own (سيدة، امرأة، شاب، رجل). */
const INDEFINITE_PERSONS = set(`سيدة امرأة شاب شابة رجل فتاة فتى طفل طفلة ناج ناجية`);

/**
 * The token after which what follows a name starts: past a parenthesis of up to four words
 * right after it (an age, a Latin gloss: «NAME (47) الذي …»), else the name's last token when the
 * gap after it is one `plainGap` allows; -1 when neither.
 */
function pastParenthesis(toks: readonly Token[], nameEnd: number, plainGap: RegExp): number {
  if (/\(\s*$/.test(toks[nameEnd]!.gap)) {
    let k = nameEnd + 1;
    while (k <= nameEnd + 4 && toks[k] && !/\)/.test(toks[k]!.gap)) k++;
    return toks[k] && /\)/.test(toks[k]!.gap) ? k : -1;
  }
  return plainGap.test(toks[nameEnd]!.gap) ? nameEnd : -1;
}

/**
 * «NAME (28 عاما) وهي ROLE»، «NAME - و هو ROLE»، «NAME، وهو ROLE»: the role after the pronoun,
 * past a short parenthesis or a dash. pronounRole reads the plain forms.
 */
function pronounRoleLoose(toks: readonly Token[], nameEnd: number): [number, number] | null {
  // A parenthesis of up to four words (an age, a Latin gloss) stands between the name and the pronoun.
  const e = pastParenthesis(toks, nameEnd, /^\s*[-–—،,]?\s*$/);
  if (e < 0) return null;
  let p = e + 1;
  const w = toks[p];
  if (!w || w.sent !== toks[nameEnd]!.sent) return null;
  // «و هو» written apart.
  if (w.light === 'و' && toks[p + 1] && /^(هو|هي)$/.test(toks[p + 1]!.light) && /^\s+$/.test(w.gap)) p++;
  else if (w.light !== 'وهو' && w.light !== 'وهي') return null;
  const head = toks[p + 1];
  if (!head || head.sent !== w.sent || delimAfter(toks[p]!, toks)) return null;
  // (Whatever the head word, a noun of an agent's shape or a nisba adjective, with or without the
  // article, says what the person is: وهو ديمقراطي بارز في لجنة …، وهي الإيطالية الثانية في السباق.)
  if (!describerHead(head) && !['احد', 'احدى'].includes(head.light) && !shapedHead(head) && !shapedHead(head, true) && !nisbaShaped(head)) return null;
  return roleSpan(toks, p + 1);
}

/** A definite description right after the name with no comma (… الظهير الأيمن لريال مدريد). */
function describerAfter(toks: readonly Token[], nameEnd: number, taken: TokenSet): [number, number] | null {
  const nx = toks[nameEnd + 1];
  if (!nx || nx.sent !== toks[nameEnd]!.sent || delimAfter(toks[nameEnd]!, toks) || taken.has(nameEnd + 1)) return null;
  const h = describerHead(nx);
  // (صاحب in construct is definite by its genitive: ماركوس راشفورد صاحب هدفي الفوز.)
  if (!h || !(h.definite || OWNER.has(h.head) || inConstruct(toks, nameEnd + 1)) || /^[وفلب]/.test(h.prefix)) return null;
  if (roleHead(nx)) return definiteRoleAfter(toks, nameEnd, taken);
  // «، المنافس الرئيسي لأردوغان …» after a comma is the apposition form of the same.
  const span = roleSpan(toks, nameEnd + 1);
  return titlesNextName(toks, span, taken) ? null : span;
}

/**
 * The description reaches a found name with no other title between its head and that name
 * (وأبقى مورينيو | لاعب الوسط الفرنسي بول بوغبا): it is that person's title, the object of the
 * verb, not the first name's. A name behind a second head is that head's genitive
 * (صهر ومستشار الرئيس الأمريكي دونالد ترامب) and leaves the description to the first name.
 */
function titlesNextName(toks: readonly Token[], [a, b]: [number, number], taken: TokenSet): boolean {
  for (let k = a + 1; k <= b; k++) {
    if (!taken.has(k)) continue;
    for (let h = a + 1; h < k; h++) if (describerHead(toks[h]!)) return false;
    return true;
  }
  return false;
}

/**
 * The apposition after a name (people-ar.ts `appositionRole`), cut before a later found name it runs
 * into: the words from that name on are another person's (… جيم يونج كيم رئيس البنك الدولي | وجيمي
 * ديمون رئيس بنك …، هاينكس مدرب بايرن على | البولندي روبرت ليفاندوفسكي في الهجوم), so the phrase
 * leaks from one person to the next. Not when the name is a genitive: behind a second head (مبعوث
 * الرئيس الأميركي دونالد ترمب الخاص …) or right after an indefinite noun in construct (مدير مكتب كيم
 * بشكل فعلي، مستشار أردوغان): the title holds the name. A name joined by و is always cut off.
 * appositionRole runs while people are still being found, so the cut is made here, where every
 * found name is known.
 */
function ownApposition(toks: readonly Token[], nameEnd: number, named: TokenSet): [number, number] | null {
  const ap = appositionRole(toks, nameEnd);
  if (!ap) return ap;
  for (let k = ap[0] + 1; k <= ap[1]; k++) {
    if (!named.has(k)) continue;
    if (/^و/.test(toks[k]!.light)) return [ap[0], k - 1];
    // (A name behind a second head is that head's genitive: مبعوث الرئيس الأميركي دونالد ترمب الخاص …)
    if (!titlesNextName(toks, ap, named)) return ap;
    const prev = toks[k - 1]!;
    return !hasArticle(prev) && !isNisba(prev) ? ap : [ap[0], k - 1];
  }
  return ap;
}

// (module constants: a regex literal is a new RegExp per evaluation, and these run per person)
const OPENS_ON_CLOSING_QUOTE = /^\s*["»”]/;
const ONLY_COMMA = /^[\s،,]+$/;

/**
 * A found name right after a proper noun with no article (a place, a body, a quoted name: مدرب
 * ألمانيا | ساني، رئيسة تحرير صحيفة "إيكونومست" | زاني …): a proper noun takes no genitive, so the
 * name is not held by the title before it (as it is behind a head: محامي البحيري، للرئيس الأمريكي
 * دونالد ترامب) but is the clause's next person.
 */
function nameAfterProper(toks: readonly Token[], k: number): boolean {
  const p = toks[k - 1];
  if (!p || hasArticle(p) || roleHead(p) || isInstitutionNoun(p) || p.sent !== toks[k]!.sent) return false;
  return isPlaceOrOrg(p) || OPENS_ON_CLOSING_QUOTE.test(p.gap);
}

/**
 * The finder's role read after the name at `nameEnd` before every name was known (taggedRole,
 * definiteRoleAfter, appositionRole) may run past a proper noun into a later found name (يواخيم لوف
 * مدرب ألمانيا | ساني للتشكيلة): cut before that name. `role` is matched to the span after the name
 * it was read from; a role read elsewhere is left as it is.
 */
function cutAtNameAfterProper(text: string, toks: readonly Token[], nameEnd: number, role: string, named: TokenSet): string {
  for (let a = nameEnd + 1; a <= nameEnd + 3 && a < toks.length; a++) {
    if (toks[a]!.sent !== toks[nameEnd]!.sent) return role;
    let cut = -1;
    for (let b = a; b < toks.length && b - a < 16 && toks[b]!.sent === toks[a]!.sent; b++) {
      if (b > a && cut < 0 && named.has(b) && nameAfterProper(toks, b)) cut = b;
      if (cut >= 0 && roleText(text, toks, a, b) === role) return roleText(text, toks, a, cut - 1);
    }
  }
  return role;
}

/**
 * ownApposition for the name's own role, less a title that is wholly the next name's: a head and
 * its definite words running straight into a found name (وأبقى مورينيو | لاعب الوسط الفرنسي بول
 * بوغبا على …) describe that name, the verb's object, as the finder already decides for its own
 * readings (people-ar.ts runsIntoName); cut before the name, the phrase leaked to the subject.
 */
function appositionOfOwn(toks: readonly Token[], nameEnd: number, named: TokenSet): [number, number] | null {
  const own = ownApposition(toks, nameEnd, named);
  if (!own) return own;
  const k = own[1] + 1;
  if (!named.has(k) || /^و/.test(toks[k]!.light) || toks[k]!.sent !== toks[nameEnd]!.sent || own[0] !== nameEnd + 1 || k - nameEnd > 6) return own;
  if (!roleHead(toks[own[0]]!)) return own;
  for (let h = own[0] + 1; h <= own[1]; h++) if (roleHead(toks[h]!) || !hasArticle(toks[h]!)) return own;
  return null;
}

/**
 * The finder's role less a title before the name and its comma that is the apposition of a found
 * name right before that title (مينو رايولا وكيل الأعمال الشهير والمثير للجدل، | بيب غوارديولا مدرب
 * …): the finder read it as this name's title before the other name was found; it is the first
 * person's, closed by the comma. What the finder appended after the name stays.
 */
function withoutHeldTitle(text: string, toks: readonly Token[], from: number, role: string, named: TokenSet): string {
  const p = toks[from - 1];
  if (!p || named.has(from - 1) || p.sent !== toks[from]!.sent || !commaAfter(p) || !ONLY_COMMA.test(p.gap)) return role;
  // (back over the title to the found name it follows: a word of the title may itself be a
  // candidate the finder will drop, وكيل, so every found word is tried, not only the nearest)
  for (let j = from - 2; j >= 0 && from - 1 - j <= 16 && toks[j]!.sent === p.sent && !delimAfter(toks[j]!, toks); j--) {
    if (!named.has(j)) continue;
    const ap = appositionRole(toks, j);
    if (!ap || ap[0] !== j + 1 || ap[1] !== from - 1) continue;
    const t = roleText(text, toks, ap[0], ap[1]);
    if (role === t) return '';
    return role.startsWith(`${t}، `) ? role.slice(t.length + 2) : role;
  }
  return role;
}

/**
 * Whether a role read before the name already says what the person is, so that a description after
 * the name is not appended: a title of two words or more (رجل الأعمال البريطاني | ريتشارد برانسون،
 * مؤسس مجموعة فيرجين; المدرب البرتغالي، الباحث عن …). A person's role is one description (the
 * eval's test meets any one of a gold role's comma parts); the appended one added words the gold
 * did not take and, read past the comma, often ran into the clause. A one-word title or honorific
 * (الشيخ، الرئيس، الأسقف) says too little and keeps the description after it.
 */
export function oneDescription(role: string): boolean {
  const first = role.split('، ')[0]!.trim();
  const words = first.split(/\s+/).filter(Boolean);
  // A rank or honorific of several words (العقيد الركن، اللواء الركن، الشيخ الدكتور) says no more
  // than one: it names a grade, not a post, and the description after it is the role.
  return words.length > 1 && !words.every((w) => { const l = lightNormAr(w); return RANK_WORDS.has(l) || HONORIFICS.has(l); });
}

/**
 * Military and police grades with their qualifiers (الركن، أول: الفريق أول، العقيد الركن): words of
 * rank, like the honorifics (cues-ar.ts HONORIFICS), say what a person is called, not what post they hold.
 */
const RANK_WORDS = set(`العقيد اللواء العميد الفريق المشير الجنرال الركن أول الرائد النقيب المقدم الملازم الأدميرال الأميرال المارشال`);

/** The title at `b` before the name at `from` is the apposition of a found name right before it, reaching past `from`. */
function heldBefore(toks: readonly Token[], b: number, from: number, named: TokenSet): boolean {
  const x = toks[b - 1]!;
  if (!named.has(b - 1) || x.sent !== toks[from]!.sent || delimAfter(x, toks)) return false;
  const ap = ownApposition(toks, b - 1, named);
  return !!ap && ap[0] === b && ap[1] >= from;
}

/**
 * An indefinite head in construct with a definite genitive, itself or after a second head joined
 * by و (جاريد كوشنر صهر ومستشار الرئيس …، ماكسويل، موكل رايولا …): definite by its genitive, so
 * a description of the name before it, as the definite ones are.
 */
function inConstruct(toks: readonly Token[], i: number): boolean {
  const g = (k: number) => toks[k] && toks[k]!.sent === toks[i]!.sent && !delimAfter(toks[k - 1]!, toks) ? toks[k]! : undefined;
  const n1 = g(i + 1);
  if (!n1) return false;
  if (hasArticle(n1) && !isNisba(n1)) return true;
  const n2 = g(i + 2);
  return /^و/.test(n1.light) && !!describerHead({ ...n1, light: n1.light.slice(1) }) && !!n2 && hasArticle(n2) && !isNisba(n2);
}

/** «NAME، المنافس الرئيسي لأردوغان …»: a definite description in apposition after a comma. */
function describerApposition(toks: readonly Token[], nameEnd: number, taken: TokenSet): [number, number] | null {
  const t = toks[nameEnd]!;
  const nx = toks[nameEnd + 1];
  if (!nx || nx.sent !== t.sent || !commaAfter(t) || !/^[\s،,]+$/.test(t.gap) || taken.has(nameEnd + 1)) return null;
  const h = describerHead(nx);
  if (!h || !(h.definite || inConstruct(toks, nameEnd + 1)) || /^[وف]/.test(h.prefix)) return null;
  // A description that titles the next name (، الرئيس الفرنسي ماكرون) is that person's.
  for (let k = nameEnd + 2; k <= nameEnd + 14 && toks[k] && toks[k]!.sent === t.sent; k++) {
    if (taken.has(k)) return null;
    if (delimAfter(toks[k - 1]!, toks)) break;
  }
  return roleSpan(toks, nameEnd + 1);
}

/** Words that open a list of people after the group they belong to (من الفنانين العرب من بينهم …). */
const LIST_OPENERS = set(`بينهم بينهن منهم منهن هم هن`);

/**
 * «العديد من الفنانين العرب من بينهم X وY وZ»، «لمغنيات شهيرات بينهن X وY»، «أربعة من قادة
 * الجماعة هم X وY»: every person of the list is one of the group, which is what the article says
 * of them. The list is walked back over the names found and their conjunctions to its opener; the
 * group is the two words before it, with a من before them.
 */
function listRole(toks: readonly Token[], from: number, named: TokenSet): [number, number] | null {
  const sent = toks[from]!.sent;
  let k = from - 1;
  for (let steps = 0; k >= 0 && steps < 24; steps++) {
    const t = toks[k]!;
    if (t.sent !== sent) return null;
    if (named.has(k)) { k--; continue; }
    // «… إضافة إلى أليشا كيز»: the list goes on.
    if ((t.light === 'الى' || t.light === 'إلى') && toks[k - 1] && /^(اضافة|بالاضافة)$/.test(toks[k - 1]!.light)) { k -= 2; continue; }
    break;
  }
  const opener = toks[k];
  // «لاعبا المنتخب السويسري غرانيت تشاكا وشيردان شاكيري»: a dual or plural title before the list's
  // first name is every listed person's (the first has it as its own title already).
  if (k < from - 1) {
    for (let j = k; j >= 0 && k - j < 6; j--) {
      const t = toks[j]!;
      // (A list opener, من بينهم, is read below with its group.)
      // (… and a list behind a preposition, «المنتجين التنفيذيين مع X وY», is its object.)
      if (t.sent !== sent || named.has(j) || (j < k && delimAfter(t, toks)) || LIST_OPENERS.has(t.light) || FREE_PREPOSITIONS.has(t.light)) break;
      if (groupHead(t)) return [j, k];
    }
  }
  // «استخدام اللاعبين ماركو أسينسيو ولوكاس فاسكيز»: a plural title right before a list of names.
  if (opener && opener.sent === sent && !delimAfter(opener, toks) && pluralHead(opener) && (k < from - 1 || nextInList(toks, from, named))) return [k, k];
  if (!opener || !LIST_OPENERS.has(opener.light)) return null;
  // «من بينهم»: the من belongs to the opener, with its conjunction too («… للإصابة ومن بينهم»).
  let end = k - 1;
  if (toks[end] && OPENER_MIN.test(toks[end]!.light) && opener.light.startsWith('بين')) end--;
  let start = end - 1;
  if (start < 0 || toks[start]!.sent !== sent || delimAfter(toks[start]!, toks) || delimAfter(toks[end]!, toks)) return null;
  if (named.has(start) || named.has(end)) return null;
  const de = toks[start - 1];
  // A من phrase after a plural of people (ثلاثة لاعبين من المستوى الرفيع هم …) qualifies them: it is
  // not the group (العديد من الفنانين العرب، أربعة من قادة الجماعة).
  if (de && de.light === 'من' && toks[start - 2] && groupHead(toks[start - 2]!)) return null;
  // The two words before are the group when one of them names people; otherwise a phrase stands
  // between the group and its list («اللاعبين البارزين | للراحة أو للإصابة ومن بينهم»): the nearest
  // word of a group before it heads the group, with its adjective; with none, no group is read.
  if (!peopleWord(toks[start]!) && !peopleWord(toks[end]!)) {
    let j = start - 1;
    for (; j >= 0 && start - j <= GROUP_REACH; j--) {
      const t = toks[j]!;
      if (t.sent !== sent || delimAfter(t, toks) || named.has(j)) return null;
      if (peopleWord(t)) break;
    }
    if (j < 0 || start - j > GROUP_REACH) return null;
    // (the group's words from its first: «اللاعبين البارزين», an agent-shaped adjective after its
    // noun, both read as people words; then one adjective after a head alone, «الفنانين العرب»)
    end = j;
    while (j > 0 && toks[j - 1]!.sent === sent && !delimAfter(toks[j - 1]!, toks) && !named.has(j - 1) && toks[j - 1]!.light.startsWith('ال') && peopleWord(toks[j - 1]!)) j--;
    start = j;
    if (start === end && toks[end]!.light.startsWith('ال') && toks[end + 1]?.light.startsWith('ال') && !delimAfter(toks[end]!, toks)) end++;
  }
  const before = toks[start - 1];
  return before && before.sent === sent && before.light === 'من' && !delimAfter(before, toks) ? [start - 1, end] : [start, end];
}

/** من before بينهم, with or without its conjunction. */
const OPENER_MIN = /^[وف]?من$/;
/** How far back the head of a list's group may stand from the phrase right before من بينهم. */
const GROUP_REACH = 5;
/** A word that names people: a title or a group of them (a plural, dual or collective of a title's shape). */
function peopleWord(t: Token): boolean {
  return !!roleHead(t) || groupHead(t) || groupWord(t) >= 0 || brokenGroup(t) >= 0 || cliticReadings(t.light).some((r) => /^[وف]?$/.test(r.prefix) && BROKEN_GROUPS.has(r.stem.replace(/^ال/, '').replace(/[ئؤ]/g, 'ء')));
}

/** A title's or describer's head word as the lists hold it (no clitics, no article). */
const knownHead = (w: string): boolean => ROLE_HEADS.has(w) || DESCRIBER_HEADS.has(w);

/**
 * A title head in the dual or the sound plural (لاعبا، وزيري، الزعيمان، اللاعبين، المدافعين): a
 * title of more than one person.
 */
function groupHead(t: Token): boolean {
  return cliticReadings(t.light).some((r) => {
    if (knownHead(r.stem.replace(/^ال/, ''))) return false;
    const m = /^(ال)?(.{3,}?)(ان|ين|ون|و|ا|ي)$/.exec(r.stem);
    // (With the article, …ي and …ا are adjectives or accusatives, not duals: الرئيسي.)
    return !!m && knownHead(m[2]!) && !((m[1] || r.article) && /^[اي]$/.test(m[3]!));
  });
}

/** A definite sound plural of an agent's shape (اللاعبين، المدافعون): a group's noun. */
function soundPluralAgent(t: Token): boolean {
  const pl = /^ال(.{3,})(ين|ون)$/.exec(t.light);
  return !!pl && !!agentShape(pl[1]!);
}

/** A title of more than one person (groupHead), or a sound plural of an agent's shape. */
function pluralTitle(t: Token): boolean {
  return groupHead(t) || soundPluralAgent(t);
}

/** Nouns of a group of two, three or four (ثنائي الأرجنتين X وY): a list's title whatever its head. */
const GROUP_NOUNS = set(`ثنائي ثلاثي رباعي الثنائي الثلاثي الرباعي`);

/**
 * Broken plurals of people's standing towards others (زملاء، رفاق، أبطال، نجوم; hamza seat
 * written ء): sound-plural endings do not show them, so groupWord reads them from this class.
 */
const BROKEN_GROUPS = new Set(`زملاء رفاق أصدقاء أبطال نجوم قادة أعضاء خبراء وزراء سفراء رؤساء زعماء نواب`.split(/\s+/));

/**
 * A broken plural of the class above with a possessive pronoun (زملاؤه، زملائهم): a definite group
 * noun. (Not with the article: «أسماء الزعماء بايديولوجياتهم إلا في حالتي X وY» is generic, and
 * the group word reached back over a clause.) Returns the clitic prefix's length (و، ف), or -1.
 */
function brokenGroup(t: Token): number {
  for (const r of [...cliticReadings(t.light)].reverse()) {
    if (!/^[وف]?$/.test(r.prefix)) continue;
    const w = r.stem.replace(/[ئؤ]/g, 'ء');
    if (/(هما|هم|هن|ها|ه)$/.test(w) && BROKEN_GROUPS.has(w.replace(/(هما|هم|هن|ها|ه)$/, ''))) return r.prefix.length;
  }
  return -1;
}

/**
 * A word that can head the title of a group of people (behind و or ف, not a glued preposition): a
 * collective (ثنائي), or a sound plural or dual (…ون، …ين، …و in construct, …ان، …ات) of a known head
 * or of a word of an agent noun's shape (لاعبو، رافعو، الملاكمون، المرشحان): read by morphology, so
 * heads no list holds count too. Returns the clitic prefix's length, or -1.
 */
export function groupWord(t: Token): number {
  // (The most stripped reading first: agentShape takes و and ال off by itself, والملاكمون.)
  for (const r of [...cliticReadings(t.light)].reverse()) {
    if (!/^[وف]?$/.test(r.prefix)) continue;
    const bare = r.stem.replace(/^ال/, '');
    if (GROUP_NOUNS.has(r.stem)) return r.prefix.length;
    if (knownHead(bare)) continue;
    const m = /^(.{3,}?)(ون|ين|و|ان|ات|ي)$/.exec(bare);
    if (!m) continue;
    const base = m[2] === 'ات' && knownHead(m[1]! + 'ة') ? m[1]! + 'ة' : m[1]!;
    // (…ي with the article or behind another word is an adjective as often: الرئيسي، الدولي.)
    if (m[2] === 'ي') { if (knownHead(base) && bare === r.stem) return r.prefix.length; continue; }
    if (knownHead(base) || (base.length >= 4 && agentShape(base))) return r.prefix.length;
  }
  return -1;
}

/**
 * A group's title before a list of two or more names (سيلتقي لاعبو مانشستر سيتي في صفوف إنجلترا X
 * وY، وهم رافعو الأثقال الثلاثة X، وY، وثنائي الأرجنتين X وY): every listed name is given the title
 * as the article words it, in the plural (the gold keeps the group's own words). The title is read
 * as groupBefore reads the ranker's group candidate (a plural, dual or collective head by shape, up
 * to eight words, one clause), for the list's first name, never for a single name. Not after a
 * preposition (the list is its object), and a definite plural right after a verb is read as its
 * subject, not a title (وانتقد المحللون X وY): only a construct (لاعبو، ثنائي) or a plural behind
 * و or a comma is a group's title there.
 */
function groupTitle(text: string, toks: readonly Token[], c: RoleSlot, named: TokenSet): string {
  const ls = listStart(toks, c.from, named);
  const f = ls >= 0 ? ls : c.from;
  // (the first name: the list must go on after it)
  if (ls < 0 && !nextInList(toks, c.from, named) && !commaThenAnd(toks, c.to, named)) return '';
  const before = toks[f - 1];
  if (!before || FREE_PREPOSITIONS.has(before.light)) return '';
  // (the rules' reading only takes a possessed broken plural, زملائهم: the ranker's group
  // candidate is left as it was trained)
  let g = groupBefore(toks, f, named, true);
  if (g < 0) return '';
  // (back over a plural it qualifies: الفائزين السابقين X وY)
  while (g > 0 && toks[g - 1]!.sent === toks[g]!.sent && !delimAfter(toks[g - 1]!, toks) && !named.has(g - 1) && groupWord(toks[g - 1]!) === 0 && hasArticle(toks[g - 1]!) && hasArticle(toks[g]!)) g--;
  const gt = toks[g]!;
  const broken = brokenGroup(gt);
  const cut = broken >= 0 ? broken : groupWord(gt);
  if (verbShaped(gt) || isSpeechVerb(gt)) return '';
  // An indefinite plural (لاعبين أساسيين X) is a verb's object or a count, not a title: only a
  // definite plural, a construct (لاعبو، لاعبي، لاعبا) or a collective (ثنائي) heads one.
  const bare = gt.light.slice(cut);
  if (broken < 0 && !/^ال/.test(bare) && !/[وياي]$/.test(bare) && !GROUP_NOUNS.has(bare)) return '';
  // (a pronoun opening the list, وهما X وY, closes the title before it: left to the ranker)
  for (let k = g + 1; k < f; k++) if (LIST_OPENERS.has(toks[k]!.light.replace(/^و/, '')) || /^و?هما$/.test(toks[k]!.light)) return '';
  const pv = toks[g - 1];
  const definite = /^ال/.test(gt.light.slice(cut));
  if (definite && cut === 0 && pv && pv.sent === gt.sent && !delimAfter(pv, toks) && (verbShaped(pv) || isSpeechVerb(pv))) return '';
  if (named.has(g - 1) && !delimAfter(pv!, toks)) return '';
  const t = describerText(text, toks, g, f - 1);
  return cut > 0 && !describerHead(gt) ? t.slice(cut) : t;
}

/** The name ending at `to` is followed by a comma and another name joined by و (X، وY). */
function commaThenAnd(toks: readonly Token[], to: number, named: TokenSet): boolean {
  const t = toks[to]!;
  const n = toks[to + 1];
  return !!n && n.sent === t.sent && named.has(to + 1) && /^و/.test(n.light) && /^\s*[،,]\s*$/.test(t.gap);
}

/** A definite plural of a title head (اللاعبين، المدربون، النجوم is left out: broken plurals vary). */
function pluralHead(t: Token): boolean {
  return cliticReadings(t.light).some((r) => {
    const m = /^ال(.{3,}?)(ين|ون)$/.exec(r.stem);
    return !!m && knownHead(m[1]!);
  });
}

/** The name starting at `from` is followed by another joined by و (a list goes on). */
function nextInList(toks: readonly Token[], from: number, named: TokenSet): boolean {
  let e = from;
  while (named.has(e + 1) && !/^و/.test(toks[e + 1]!.light)) e++;
  const n = toks[e + 1];
  return !!n && n.sent === toks[from]!.sent && !delimAfter(toks[e]!, toks) && /^و/.test(n.light) && named.has(e + 1);
}

/**
 * «NAME، الذي يدير شركة …»، «NAME (47) الذي فك شيفرة …»: a relative clause after the name, when
 * the article gives no other role, is what it says the person is or does.
 */
function relativeRole(toks: readonly Token[], nameEnd: number): [number, number] | null {
  const e = pastParenthesis(toks, nameEnd, /^[\s،,]*$/);
  if (e < 0) return null;
  const r = toks[e + 1];
  if (!r || r.sent !== toks[nameEnd]!.sent || !['الذي', 'التي'].includes(r.light) || delimAfter(r, toks)) return null;
  // Only a clause of holding a position (يدير، تتزعم، كان مديرا): most relative clauses after a name
  // tell what the person did (الذي فاز بجائزة …، الذي تتهمه أنقرة …), which is no role (tried: every
  // clause, 5 roles wrong for 3 right on the gold).
  if (!POSITION_VERBS.has(toks[e + 2]?.light ?? '')) return null;
  let end = e + 2;
  while (end - e < MAX_CLAUSE && toks[end + 1] && toks[end + 1]!.sent === r.sent && !delimAfter(toks[end]!, toks)) end++;
  return toks[e + 2] ? [e + 1, end] : null;
}

const MAX_CLAUSE = 14;

/**
 * Verbs of holding a position or being something, as a relative clause opens them. (Not the past
 * قاد, nor يعتبر، يعد: «الذي قاد ريال مدريد إلى سلسلة ألقاب»، «الذي يعتبر أحد أفضل حراس المرمى»
 * tell a deed or a verdict, no post.)
 */
const POSITION_VERBS = set(`يشغل تشغل شغل شغلت يتولى تتولى تولى تولت يرأس ترأس يدير تدير أدار أدارت يقود تقود
يتزعم تتزعم تزعم تزعمت يعمل تعمل عمل عملت كان كانت يمثل تمثل مثل مثلت`);

/** Bodies a person is «from» (كاترين لارو من منظمة …، الجنرال X من الجيش الروسي). */
const MEMBER_BODIES = set(`منظمة مؤسسة جمعية هيئة حزب حركة جامعة معهد مركز شركة الجيش جيش وكالة مجلس لجنة اتحاد نقابة رابطة مستشفى مختبر مختبرات
وزارة صحيفة جريدة مجلة قناة إذاعة شبكة موقع بنك مصرف محكمة نادي فريق منتخب`);

/** The territorial divisions a person is «from» (NAME، من ولاية أوهايو،): where they live, no body. */
const REGION_NOUNS = set(`مقاطعة ولاية محافظة إقليم منطقة مدينة بلدة قرية`);

/**
 * «NAME من منظمة فرنسا أرض اللجوء»، «NAME، من معهد …»: a من phrase after the name naming a body
 * says where the person is from. Only a body noun right after من (not «من الحكومة» after a verb of
 * asking, nor «من الكرملين», a place of speaking), and only when the phrase closes on punctuation,
 * a verb of saying or a complementiser.
 * Set off by commas on both sides (NAME، من فيسبوك، …; NAME، من مقاطعة سومرست، …) the phrase is an
 * apposition, so a named organisation, brand or place, or a territorial division, says it as well (roles55);
 * a discourse adverb in that slot (من جهته، من جانبه) is neither.
 */
function memberOf(toks: readonly Token[], nameEnd: number): [number, number] | null {
  const t = toks[nameEnd]!;
  const m = toks[nameEnd + 1];
  const body = toks[nameEnd + 2];
  if (!m || !body || m.sent !== t.sent || body.sent !== t.sent || m.light !== 'من' || delimAfter(m, toks)) return null;
  if (!/^[\s،,]*$/.test(t.gap)) return null;
  const listed = (words: ReadonlySet<string>) => cliticReadings(body.light).some((r) => words.has(r.stem) || (r.stem.startsWith('ال') && words.has(r.stem.slice(2))));
  const member = listed(MEMBER_BODIES);
  const setOff = /[،,]/.test(t.gap) && commaAfter(t);
  if (!member && !(setOff && (isPlaceOrOrg(body) || !!brandName(body.text) || listed(REGION_NOUNS)))) return null;
  const span = roleSpan(toks, nameEnd + 1);
  const last = toks[span[1]]!;
  const next = toks[span[1] + 1];
  if (member && !(delimAfter(last, toks) || (next && (isSpeechVerb(next) || isComplementiser(next))))) return null;
  // (an apposition closes on its own comma)
  if (!member && !commaAfter(last)) return null;
  return span;
}

/** The separate pronouns of the third person singular that open an identity clause (… هو الأمير X). */
const COPULA_PRONOUNS = set(`هو هي`);
/** Words that single one person out of a group (إحدى شركاء …، أحد المحامين): a description's head. */
const ONE_OF = set(`أحد إحدى`);

/**
 * «زيارة مسؤول سعودي كبير هو الأمير خالد الفيصل»، «إحدى شركاء إطلاق المجموعات هي سارة مولر»: a
 * description, a separate pronoun, then (up to three words of title and) the name. The pronoun makes
 * an identity clause whose subject is the person's description (roles55). [start, end] of that
 * description, read back from the pronoun as a title before a name is, or null. Not after a verb's
 * indefinite accusative (ضم مدربا جديدا هو الإيطالي X: a clause about the object, roles54), nor a
 * pronoun with و or ف (وهو من إخراج X: a circumstantial clause about something else).
 */
function copulaSubject(toks: readonly Token[], from: number, named: TokenSet): [number, number] | null {
  const sent = toks[from]!.sent;
  let p = from - 1;
  for (; p >= 0 && from - p <= 4; p--) {
    const t = toks[p]!;
    if (t.sent !== sent || named.has(p) || delimAfter(t, toks) || verbShaped(t) || isSpeechVerb(t)) return null;
    if (COPULA_PRONOUNS.has(t.light)) break;
  }
  if (p < 1 || from - p > 4) return null;
  const w = toks[p - 1]!;
  if (w.sent !== sent || named.has(p - 1) || delimAfter(w, toks) || (!hasArticle(w) && /[^ا]ا$/.test(w.light))) return null;
  let b = titleBefore(toks, p, named, describerHead);
  // «إحدى شركاء …»: one of a group, its head the word that singles the person out
  for (let k = p - 1; k >= 0 && p - k <= 6; k--) {
    const t = toks[k]!;
    if (t.sent !== sent || named.has(k) || (k < p - 1 && delimAfter(t, toks)) || verbShaped(t) || isSpeechVerb(t) || RELATIVES.has(t.light)) break;
    if (ONE_OF.has(t.light)) { b = k; break; }
  }
  return b >= 0 && b < p ? [b, p - 1] : null;
}

/** A dual title (وزيري، الزعيمان، الرئيسين) as its singular (وزير، الزعيم), or null. */
function dualHead(t: Token): string | null {
  for (const r of cliticReadings(t.light)) {
    // (رئيسا، زعيما are in ROLE_HEADS as singular accusatives, and so are not read as duals; ين is
    // left out, being the plural's ending too: أفضل اللاعبين في العالم.)
    // A dual in construct (وزيري، وزيرا) has no article; with it, …ي is an adjective (الرئيسي).
    const m = /^(ال)?(.{3,}?)(ان|ي|ا)$/.exec(r.stem);
    if (m && m[1] && m[3] !== 'ان') continue;
    if (m && ROLE_HEADS.has(m[2]!) && !ROLE_HEADS.has(r.stem.replace(/^ال/, ''))) return (m[1] ?? '') + m[2]!;
  }
  return null;
}

/** A nationality adjective with the article, behind an optional و (والأميركي). */
/** A nisba adjective, with the article or not (ديمقراطي، الإيطالية، أمريكية), that is no verb or particle. */
function nisbaShaped(t: Token): boolean {
  const bare = t.light.replace(/^ال/, '');
  return /^\S{3,}(ي|ية)$/.test(bare) && !/^[وفبلك]/.test(t.light) && !verbShaped(t) && !isStop(t) && !isParticle(t) && !isPlaceOrOrg(t) && !RELATIVES.has(t.light) && !isTimeWord(t);
}

export function isNisba(t: Token): boolean {
  const light = /^وال/.test(t.light) ? t.light.slice(1) : t.light;
  // (… or shaped like one: الكوري is no country's demonym in the table, Korea being two.)
  return light.startsWith('ال') && (isDemonym(light) || /^ال\S{3,}ي$/.test(light));
}

/** The singular subject pronouns, bare or with و/ف (a closed class): a dual's own pronoun is هما, never one of these. */
const SINGULAR_PRONOUNS = new Set([...COPULA_PRONOUNS].flatMap((p) => [p, `و${p}`, `ف${p}`]));

/**
 * «وزيري الخارجية التركي X والأميركي Y»، «الزعيمان الكوري الشمالي X، والكوري الجنوبي Y»: one dual
 * title for two people, each with their own nationality. Each gets the title in the singular, its
 * genitive (الخارجية) and their own nationality words: وزير الخارجية التركي، وزير الخارجية الأميركي.
 */
function dualRole(text: string, toks: readonly Token[], from: number, named: TokenSet): string {
  const sent = toks[from]!.sent;
  let k = from - 1;
  while (k >= 0 && from - k <= 12 && toks[k]!.sent === sent && (k === from - 1 || /^[\s،,]*$/.test(toks[k]!.gap)) && !dualHead(toks[k]!)) {
    // (a preposition with a person's description after it: the name is its object, people-ar.ts)
    if (personAfterPreposition(toks, k, from)) return '';
    // (a singular pronoun between, … لاعبا واحدا هو الفرنسي X: a dual's pronoun is هما, so the
    // word was no dual but a singular accusative, the object of the verb before it)
    if (SINGULAR_PRONOUNS.has(toks[k]!.light)) return '';
    k--;
  }
  if (k < 0 || from - k > 12 || toks[k]!.sent !== sent || !dualHead(toks[k]!)) return '';
  // A dual in construct has its genitive right after it: before a preposition (وطالباً من رئيس
  // النادي …) the word is no dual title but an accusative of another kind.
  if (!toks[k]!.light.startsWith('ال') && toks[k + 1] && FREE_PREPOSITIONS.has(toks[k + 1]!.light)) return '';
  // The genitive of the title runs to the first nationality.
  let g = k + 1;
  while (g < from && !isNisba(toks[g]!) && !named.has(g)) g++;
  if (g >= from || named.has(g)) return '';
  // This person's own words: back from the name to a و-word or to the first nationality.
  let q = from - 1;
  while (q > g && !named.has(q - 1) && !/^و/.test(toks[q]!.light)) q--;
  if (named.has(q) || !isNisba(toks[q]!)) return '';
  const words = (a: number, b: number) => (a > b ? '' : text.slice(toks[a]!.start, toks[b]!.end));
  const own = words(q, from - 1).replace(/^و/, '');
  return [dualHead(toks[k]!)!, words(k + 1, g - 1), own].filter(Boolean).join(' ').replace(/[\s،,]+$/, '');
}

/**
 * «وقال سيمون مولوبي، الملحق الإعلامي للبعثة الكاميرونية، لبي بي سي إن …»: the subject of a verb
 * of saying, then a definite phrase set off by two commas, is that phrase in apposition, whatever its
 * head (the phrase is no relative clause, time, place or nationality word, and names no one).
 */
function commaApposition(toks: readonly Token[], from: number, nameEnd: number, named: TokenSet): [number, number] | null {
  const v = toks[from - 1];
  const t = toks[nameEnd]!;
  const nx = toks[nameEnd + 1];
  if (!v || !nx || !isSpeechVerb(v) || v.sent !== t.sent || nx.sent !== t.sent || !onlyCommaAfter(t)) return null;
  if (!hasArticle(nx) || RELATIVES.has(nx.light) || isNisba(nx) || isTimeWord(nx) || isPlaceOrOrg(nx) || named.has(nameEnd + 1)) return null;
  for (let k = nameEnd + 1; k <= nameEnd + 8 && toks[k] && toks[k]!.sent === t.sent; k++) {
    if (named.has(k) || isSpeechVerb(toks[k]!) || isComplementiser(toks[k]!)) return null;
    if (onlyCommaAfter(toks[k]!)) return [nameEnd + 1, k];
    if (delimAfter(toks[k]!, toks)) return null;
  }
  return null;
}

/** Time nouns with the article (اليوم التونسي is a day, not a head). */
const TIME_NOUNS = set(`اليوم الأمس العام الشهر الأسبوع الموسم القرن العقد الليلة الصباح المساء`);

/**
 * «الخباز التونسي محمود المسدي»: a definite noun right before the nationality before a name is the
 * head of that description whatever the word (no head list needed: the structure says it), when it
 * is no nationality, place, organisation, time, verb, particle or relative, no conjunct (و…), not
 * behind a glued preposition (للنادي، بالمنتخب) and no other person's name. -1 when there is none.
 */
function nounBeforeNisba(toks: readonly Token[], nisba: number, named: TokenSet): number {
  const w = toks[nisba - 1];
  // (The nationality itself bare, not behind ل: «المسابقة للمغربية X» is a prize's, not a head's.)
  if (!w || w.sent !== toks[nisba]!.sent || delimAfter(w, toks) || named.has(w.i) || !/^ال/.test(toks[nisba]!.light)) return -1;
  if (!hasArticle(w) || !/^ال/.test(w.light) || isNisba(w) || isPlaceOrOrg(w) || isTimeWord(w) || TIME_NOUNS.has(w.light) || verbShaped(w) || isParticle(w) || isStop(w) || RELATIVES.has(w.light)) return -1;
  return w.i;
}

export interface RoleSlot {
  from: number;
  to: number;
  roleAr: string;
  /** Letters of the first word that are a clitic, not the name's (و، ل، ب). */
  skipFirst?: number;
}

/**
 * The candidate's role completed from its own mention: a description before the name when it has
 * none, then one after it, appended when it adds to what the role says. `named` holds the token
 * indices of every person found: a description never reaches into another person's name.
 */
export function completeRole(text: string, toks: readonly Token[], c: RoleSlot, named: TokenSet, afterOnly = false, from?: { group: boolean; calling?: boolean }): string {
  if (afterOnly) {
    const a = ownApposition(toks, c.to, named) ?? pronounRole(toks, c.to) ?? pronounRoleLoose(toks, c.to) ?? describerApposition(toks, c.to, named) ?? describerAfter(toks, c.to, named) ?? memberOf(toks, c.to) ?? shapedApposition(toks, c.to, named);
    return a ? describerText(text, toks, a[0], a[1]) : '';
  }
  let role = c.roleAr;
  // The people finder's own role for the name may be such a leaking apposition: cut (ownApposition).
  if (role) {
    const ap = appositionRole(toks, c.to);
    const own = ap && ownApposition(toks, c.to, named);
    if (ap && own && own[1] < ap[1] && roleText(text, toks, ap[0], ap[1]) === role) role = roleText(text, toks, own[0], own[1]);
  }
  if (role) role = cutAtNameAfterProper(text, toks, c.to, role, named);
  if (role) role = withoutHeldTitle(text, toks, c.from, role, named);
  // A title before the name that the name before it holds as its own apposition (سمير خليل مدير مكتب
  // | أحمد حسن، ووصل سمير خليل مبعوث الرئيس المصري | أحمد حسن الخاص): this name is the title's
  // genitive and the phrase the first person's. Its own title is what stands right before it: a
  // definite head with the nationalities after it (الرئيس المصري), a nationality (بدخول | المصري), or none.
  if (role) {
    const b = titleBefore(toks, c.from, named);
    if (b > 0 && roleText(text, toks, b, c.from - 1) === role && heldBefore(toks, b, c.from, named)) {
      let k = c.from - 1;
      while (k > b && hasArticle(toks[k]!) && isNisba(toks[k]!)) k--;
      const h = k > b ? roleHead(toks[k]!) : null;
      const start = h && h.definite && !/^[وفلب]/.test(h.prefix) ? k : k + 1;
      role = start < c.from ? roleText(text, toks, start, c.from - 1) : '';
    }
  }
  const first = toks[c.from]!;
  const listJoined = first.light.startsWith('و') && c.from > 0 && named.has(c.from - 1);
  // A name right after a preposition (بفوزهم الكبير إلى | روميلو لوكاكو) is its object: the words
  // before the preposition describe something else.
  // … and so is a name with a preposition of its own (خلفا لعادل عزت، اختفاء بصالح): a title in
  // apposition takes the preposition itself (للرئيس X), so the words before are not the name's.
  const objectOf = (c.from > 0 && FREE_PREPOSITIONS.has(toks[c.from - 1]!.light)) || /[لبك]/.test(first.light.slice(0, c.skipFirst ?? 0));
  // A name joined by و (… قاده كمدرب إلى لقب مونديال 2018 | وزين الدين زيدان) opens a new conjunct:
  // a title stands right before its name, so the words before the و describe someone else.
  const conjoined = /^[وف]/.test(first.light.slice(0, c.skipFirst ?? 0));
  if (!role && !listJoined && !objectOf && !conjoined) {
    const b = titleBefore(toks, c.from, named, describerHead);
    if (b >= 0) role = describerText(text, toks, b, c.from - 1);
    // «الرئيس التنفيذي لشركة آبل، تيم كوك»: a title whose last word is a name of its own closes
    // on the comma before the person's name.
    const p = toks[c.from - 1];
    if (!role && p && p.sent === first.sent && /^[\s،,]+$/.test(p.gap) && commaAfter(p) && !named.has(c.from - 1) && !hasArticle(p) && !describerHead(p)) {
      const b2 = titleBefore(toks, c.from - 1, named, describerHead);
      if (b2 >= 0 && b2 < c.from - 2) role = describerText(text, toks, b2, c.from - 1);
    }
  }
  if (!role) {
    // (a later name of a list takes the credit before the list's first name)
    const ls = listStart(toks, c.from, named);
    const cr = creditBefore(toks, ls >= 0 ? ls : c.from);
    if (cr) role = text.slice(toks[cr[0]]!.start, toks[cr[1]]!.end);
  }
  if (!role) {
    const n = namingRole(toks, c.from);
    if (n) role = describerText(text, toks, n[0], n[1]);
  }
  if (!role) role = dualRole(text, toks, c.from, named);
  // (Not a family name in ال of the person before in a list: صابر الرباعي ووليد توفيق.)
  if (!role && !named.has(c.from - 1)) {
    role = nisbaBefore(toks, c.from);
    const h = role ? nounBeforeNisba(toks, c.from - 1, named) : -1;
    if (h >= 0) role = describerText(text, toks, h, c.from - 1);
  }
  // «أمام الياباني المغمور تارو دانيال»، «الأرجنتيني البديل أنخل كوريا»: a nationality and one
  // adjective with the article after it.
  if (!role && c.from > 1 && !named.has(c.from - 1) && !named.has(c.from - 2) && hasArticle(toks[c.from - 1]!) && !describerHead(toks[c.from - 1]!)) {
    const nisba = nisbaBefore(toks, c.from - 1);
    const adj = toks[c.from - 1]!;
    if (nisba && adj.sent === first.sent && !delimAfter(adj, toks) && !isNisba(adj)) role = `${nisba} ${adj.text}`;
  }
  if (!role && !listJoined && !objectOf && !conjoined) {
    const h = shapedConstructBefore(toks, c.from, c.to, named);
    if (h >= 0) role = describerText(text, toks, h, c.from - 1);
  }
  // An identity clause before the name (DESCRIPTION هو [TITLE] NAME): its subject is the person's
  // description, kept before the title read after the pronoun (a role run across the pronoun is split there).
  const cop = copulaSubject(toks, c.from, named);
  const subject = cop ? describerText(text, toks, cop[0], cop[1]) : '';
  if (subject) {
    const ws = role.split(/\s+/);
    const at = ws.findIndex((w) => COPULA_PRONOUNS.has(lightNormAr(w)));
    const predicate = at >= 0 ? ws.slice(at + 1).join(' ') : role;
    role = !predicate ? subject : predicate.includes(subject) ? predicate : `${subject}، ${predicate}`;
  }
  const after = (role ? null : appositionOfOwn(toks, c.to, named)) ?? pronounRole(toks, c.to) ?? pronounRoleLoose(toks, c.to)
    ?? describerApposition(toks, c.to, named) ?? describerAfter(toks, c.to, named) ?? memberOf(toks, c.to) ?? shapedApposition(toks, c.to, named);
  if (!role) {
    const l = listRole(toks, c.from, named);
    if (l) role = describerText(text, toks, l[0], l[1]);
  }
  if (!role) {
    role = groupTitle(text, toks, c, named);
    if (role && from) from.group = true;
  }
  // (Not appended to a title before the name: tried, the clause ran on into the next clause,
  // الذي كان عاديا خلال اللقاء والظهير لوكاس …, for one role made right.)
  if (!role && !after) {
    const ap = commaApposition(toks, c.from, c.to, named);
    if (ap) role = describerText(text, toks, ap[0], ap[1]);
  }
  if (!role && !after) {
    const rel = relativeRole(toks, c.to);
    if (rel) role = describerText(text, toks, rel[0], rel[1]);
  }
  if (after) {
    const more = describerText(text, toks, after[0], after[1]);
    const plain = (s: string) => stripDiacritics(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (!role) role = more;
    else if (more && !oneDescription(role) && !plain(role).includes(plain(more))) role = `${role}، ${more}`;
  }
  if (!role && !listJoined && !objectOf && !conjoined) {
    role = callingBefore(toks, c.from, named);
    if (role && from) from.calling = true;
  }
  return role;
}

/**
 * The candidate roles of one mention for the role ranker (role-ranker.ts), read by structure, not
 * by head word: the rules' own answer, the phrase before the name back to a clause boundary (from
 * its nearest and its farthest word with the article or a describing head), the phrase after the
 * name (set off by a comma, or bare when it opens with the article or a describing head), and a
 * relative clause after it. Each reading looks at a bounded window around the mention, so the
 * whole is linear in the article's length.
 */
export function mentionRoleOptions(text: string, toks: readonly Token[], c: RoleSlot, named: TokenSet, inList = false): RoleOption[] {
  const out: RoleOption[] = [];
  const first = toks[c.from]!;
  const last = toks[c.to]!;
  const start = first.start + (c.skipFirst ?? 0);
  const prevTok = toks[c.from - 1];
  const sayer = !!prevTok && prevTok.sent === first.sent && isSpeechVerb(prevTok);
  const objectOf = (!!prevTok && FREE_PREPOSITIONS.has(prevTok.light)) || /[لبك]/.test(first.light.slice(0, c.skipFirst ?? 0));
  const conj = /^[وف]/.test(first.light.slice(0, c.skipFirst ?? 0));
  const ctx = [sayer ? 'say' : '', objectOf ? 'obj' : '', conj ? 'conj' : ''].filter(Boolean);
  const span = (src: string, a: number, b: number, extra: string[]) => {
    if (b < a) return;
    const t = describerText(text, toks, a, b);
    if (!t) return;
    const f = [feat`src:${src}`, ...extra, ...ctx.map((x) => feat`ctx:${x}`), ...spanShape(toks, a, b, named)];
    out.push({ text: t, feats: f, start });
  };
  if (c.roleAr) out.push({ text: c.roleAr, feats: ['src:mention-rule', ...ctx.map((x) => feat`ctx:${x}`)], start });
  // Before the name: back to punctuation, another name, a verb, a relative or a clause particle.
  const heads: number[] = [];
  // (reach: the farthest word the phrase before the name runs back to, whatever it is: مبعوثها إلى سوريا)
  let reach = -1;
  for (let k = c.from - 1; k >= 0 && c.from - k <= 10; k--) {
    const t = toks[k]!;
    if (t.sent !== first.sent || named.has(k) || (delimAfter(t, toks) && !(k === c.from - 1 && commaAfter(t)))) break;
    if (isSpeechVerb(t) || isComplementiser(t) || RELATIVES.has(t.light) || verbShaped(t) || CLAUSE_PARTICLES.has(t.light)) break;
    // As in titleBefore: a name after a compound preposition (في أعقاب استقالة NAME) is its object,
    // and a title before the preposition is someone else's, so no reading runs back past it.
    if (isPrepositionNoun(t)) break;
    // (a preposition with a person's description after it: NAME is its object, people-ar.ts)
    if (personAfterPreposition(toks, k, c.from)) break;
    if (hasArticle(t) || describerHead(t) || INDEFINITE_PERSONS.has(t.light)) heads.push(k);
    reach = k;
    if (k < c.from - 1 && /^و/.test(t.light) && !describerHead(t) && !hasArticle(t)) break;
  }
  const commaBefore = !!prevTok && commaAfter(prevTok) && prevTok.sent === first.sent;
  const cb = commaBefore ? ['comma'] : [];
  // A plural or dual title right before a name no other name follows (وضم النادي المدافعين | أحمد
  // حسن) names the group the person joins or stands among, not one person's title: no reading ends there.
  const listed = inList || (named.has(c.to + 1) && toks[c.to + 1]!.sent === first.sent);
  if (!listed && prevTok && prevTok.sent === first.sent && !commaBefore && pluralTitle(prevTok)) { heads.length = 0; reach = -1; }
  // (… nor past a noun the name is in construct with, في حكومة | NAME: people-ar.ts ownedByNoun)
  if (heads.length && heads[0]! < c.from - 1 && ownedByNoun(toks, c.from)) { heads.length = 0; reach = -1; }
  if (heads.length) {
    const near = heads[0]!;
    const far = heads[heads.length - 1]!;
    span('before-near', near, c.from - 1, [feat`d:${bucket(c.from - 1 - near)}`, ...cb]);
    if (far !== near) span('before-far', far, c.from - 1, [feat`d:${bucket(c.from - 1 - far)}`, ...cb]);
  }
  if (reach >= 0 && reach < (heads[heads.length - 1] ?? c.from) && c.from - reach <= 6) span('before-reach', reach, c.from - 1, [feat`d:${bucket(c.from - 1 - reach)}`, ...cb]);
  // A group's title before a list's first name (لاعبو مانشستر سيتي في صفوف إنجلترا X وY، وثنائي
  // الأرجنتين X وY، وهم رافعو الأثقال الثلاثة X، وY): from the plural, dual or collective head to
  // the name, offered to every listed name (the later ones through ctx:list below).
  if (listed) {
    const g = groupBefore(toks, c.from, named);
    if (g >= 0) {
      const t = describerText(text, toks, g, c.from - 1);
      const cut = groupWord(toks[g]!);
      if (t) out.push({ text: cut > 0 && !describerHead(toks[g]!) ? t.slice(cut) : t, feats: ['src:before-group', feat`d:${bucket(c.from - 1 - g)}`, ...cb, ...ctx.map((x) => feat`ctx:${x}`), ...spanShape(toks, g, c.from - 1, named)], start });
    }
  }
  // After the name (past a parenthesis of up to four words: an age, a Latin gloss).
  let e = c.to;
  if (/\(\s*$/.test(last.gap)) {
    let q = e + 1;
    while (q <= e + 4 && toks[q] && !/\)/.test(toks[q]!.gap)) q++;
    if (toks[q] && /\)/.test(toks[q]!.gap)) e = q;
  }
  const nx = toks[e + 1];
  const et = toks[e]!;
  if (nx && nx.sent === first.sent && !named.has(e + 1)) {
    const comma = /^[\s،,]+$/.test(et.gap) && commaAfter(et);
    const dash = /^\s*[-–—]\s*$/.test(et.gap);
    // (after a parenthesis, its closing mark is as good as a space: NAME (27 عاما) التي …)
    const plain = /^\s+$/.test(et.gap) || et.gap === '' || (e > c.to && /^\)\s+$/.test(et.gap));
    const untilName = (b: number) => { for (let k = e + 1; k <= b; k++) if (named.has(k)) return k - 1; return b; };
    if (RELATIVES.has(nx.light) && (plain || comma)) {
      let b = e + 1;
      while (b - e < 12 && toks[b + 1] && toks[b + 1]!.sent === nx.sent && !delimAfter(toks[b]!, toks) && !named.has(b + 1)) b++;
      span('relative', e + 1, b, comma ? ['comma'] : []);
    } else if (comma || dash || (plain && (hasArticle(nx) || describerHead(nx) || INDEFINITE_PERSONS.has(nx.light)))) {
      const [a, b] = roleSpan(toks, e + 1);
      const src = comma ? 'after-comma' : dash ? 'after-dash' : 'after-bare';
      span(src, a, untilName(b), [`closed:${delimAfter(toks[b]!, toks)}`, ...(e > c.to ? ['paren'] : [])]);
    } else if (plain && toks[e + 2] && toks[e + 2]!.sent === nx.sent && !delimAfter(nx, toks) && (hasArticle(toks[e + 2]!) || isPlaceOrOrg(toks[e + 2]!)) && !verbShaped(nx) && !isSpeechVerb(nx) && !FREE_PREPOSITIONS.has(nx.light) && !named.has(e + 2)) {
      // A bare noun in construct with a definite word (حامي عرين مانشستر يونايتد): a description
      // whatever its head.
      const [a, b] = roleSpan(toks, e + 1);
      span('after-construct', a, untilName(b), [`closed:${delimAfter(toks[b]!, toks)}`]);
    }
  }
  // A later name of a list (رافعو الأثقال الثلاثة X، وY، وZ؛ لاعبو مانشستر سيتي … X وY وZ): the
  // phrase before the list's first name may be every listed person's, so its readings are this
  // person's candidates too (marked ctx:list; the ranker weighs them).
  const f = listStart(toks, c.from, named);
  if (f >= 0 && !inList) {
    for (const o of mentionRoleOptions(text, toks, { from: f, to: f, roleAr: '' }, named, true)) {
      if (o.feats[0]?.startsWith('src:before')) out.push({ text: o.text, feats: [...o.feats, 'ctx:list'], start });
    }
  }
  return out;
}

/**
 * The nearest word before the name at `from` that heads a group's title (groupWord), within eight
 * words and the same clause (the phrase stops where the other readings before a name stop), or -1.
 * `broken`: a possessed broken plural (brokenGroup: زملائهم) heads one too.
 */
function groupBefore(toks: readonly Token[], from: number, named: TokenSet, broken = false): number {
  const first = toks[from]!;
  for (let k = from - 1; k >= 0 && from - k <= 8; k--) {
    const t = toks[k]!;
    if (t.sent !== first.sent || named.has(k) || (delimAfter(t, toks) && !(k === from - 1 && commaAfter(t)))) return -1;
    if (groupWord(t) >= 0 || (broken && brokenGroup(t) >= 0)) return k;
    if (isSpeechVerb(t) || isComplementiser(t) || RELATIVES.has(t.light) || verbShaped(t) || CLAUSE_PARTICLES.has(t.light) || isPrepositionNoun(t)) return -1;
    if (k < from - 1 && /^و/.test(t.light)) return -1;
  }
  return -1;
}

/**
 * The first token of the list a name at `from` closes, when other names come right before it (joined
 * by و or commas, in one sentence): the first name's first token, or -1 when no name is before it.
 */
export function listStart(toks: readonly Token[], from: number, named: TokenSet): number {
  const sent = toks[from]!.sent;
  let k = from - 1;
  for (let steps = 0; k >= 0 && steps < 24 && named.has(k) && toks[k]!.sent === sent; steps++) k--;
  return k < from - 1 ? k + 1 : -1;
}

const bucket = (n: number): string => (n <= 0 ? '0' : n <= 1 ? '1' : n <= 3 ? '3' : n <= 6 ? '6' : 'far');

/** The shape of a span's words: its head's kind, its length, a nationality, a verb or another name in it. */
function spanShape(toks: readonly Token[], a: number, b: number, named: TokenSet): string[] {
  const h = toks[a]!;
  const head = roleHead(h) ? 'title' : describerHead(h) ? 'describer' : INDEFINITE_PERSONS.has(h.light) ? 'person' : isNisba(h) ? 'nisba' : RELATIVES.has(h.light) ? 'relative' : hasArticle(h) ? 'def' : 'bare';
  const f = [feat`head:${head}`, feat`len:${bucket(b - a + 1)}`];
  let nisba = false, verb = false, name = false, place = false;
  for (let k = a; k <= b; k++) {
    const t = toks[k]!;
    if (k > a && isNisba(t)) nisba = true;
    if (k > a && verbShaped(t)) verb = true;
    if (named.has(k)) name = true;
    if (k > a && isPlaceOrOrg(t)) place = true;
  }
  if (nisba) f.push('has:nisba');
  if (verb) f.push('has:verb');
  if (name) f.push('has:name');
  if (place) f.push('has:place');
  if (isTimeWord(h) || isPlaceOrOrg(h)) f.push('head:time-place');
  return f;
}
