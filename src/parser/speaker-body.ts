/**
 * The English of a body a quotation's speaker names by its head alone (الوزارة، الشركة، القيادة
 * العامة، وزارة الثقافة) when the article has named it in full before (وزارة الداخلية التونسية،
 * شركة آبل، القيادة العامة للجيش السوري): a reader of the English line wants "the Tunisian Interior
 * Ministry", not "the ministry". Only the English changes; the Arabic speaker stays as written.
 *
 * The fuller mention is the latest one at or before the quotation's sentence whose words open with
 * the speaker's (the head with or without its article, behind a clitic: بوزارة، للشركة) and go on
 * with words that belong to the same noun phrase: definite words (genitive or adjective: الداخلية
 * التونسية), a ل-complement (للجيش، للهجرة), or, right after an indefinite head, a name (شركة آبل)
 * or a name in quotation marks (مجلة "نيوزويك").
 */
import type { Quote } from '../briefing/types.ts';
import { normaliseAr } from '../text/normalize.ts';
import { lightNormAr } from '../text/arabic.ts';
import type { Token } from './tokens.ts';
import { delimAfter } from './tokens.ts';
import { AUDIENCE_NOUNS } from './cues-ar.ts';
import { isOutletHead, isSpeechVerb, isStop, isTimeWord, masdarShape, nameLike } from './arabic-words.ts';
import { brandName, brandSpellingRank, isCollectiveNoun, isKnownPlace, knownOrg, translateSource } from './names-adapter.ts';
import { isNameTokenAtAll } from './name-evidence.ts';
import { isEverydayWord } from './everyday-words.ts';

/** Words a fuller mention may add after the speaker's own. */
const MAX_EXTRA = 3;
/** Sentences looked back over: a body named further back is another story's. */
const LOOKBACK = 12;

const bare = (w: string) => w.replace(/^(ال|لل)/, '');
const formsMemo = new Map<string, string[]>();
/** The token's readings without a leading conjunction or preposition (وبالشركة -> الشركة، شركة). */
function forms(light: string): string[] {
  let f = formsMemo.get(light);
  if (!f) {
    if (formsMemo.size > 20_000) formsMemo.clear();
    formsMemo.set(light, (f = computeForms(light)));
  }
  return f;
}

function computeForms(light: string): string[] {
  const out = new Set<string>([light]);
  const m = /^([وف]?)([بلك]?)(.*)$/.exec(light)!;
  const rest = m[3]!;
  if (rest.length >= 3) out.add(rest);
  if (m[2] === 'ل' && rest.startsWith('ل')) out.add('ال' + rest.slice(1)); // للشركة
  const noConj = light.replace(/^[وف]/, '');
  if (noConj.length >= 3) out.add(noConj);
  return [...out].map(bare);
}

const definite = (t: Token) => /^([وف]?(ال|لل|بال|كال))/.test(t.light) && !/^(وال|فال)(ذي|تي|ذين|لاتي)$/.test(t.light);
const lamComplement = (t: Token) => /^لل/.test(t.light) || /^ل(ال)?[\u0621-\u064A]{3,}$/.test(t.light) && definite({ ...t, light: 'ال' + t.light.slice(1) });

const BI_KA_AL = /^[وف]?[بك]ال/;
const WA_AL = /^[وف]ال/;

/**
 * A definite plural after a definite singular word is no word of its phrase: a noun with the
 * article heads no construct, and a plural adjective does not agree with a singular (ورفضت الحكومة |
 * الاتهامات is the object, "the accusations government"; طالب البيت الأبيض | الفلسطينيين the addressee).
 */
function pluralAfterDefinite(prev: Token, t: Token): boolean {
  if (!/^[وف]?ال/.test(prev.light) || /(ون|ين|ات)$/.test(prev.light) || !/^ال/.test(t.light)) return false;
  return /^ال.{3,}ات$/.test(t.light) || /^ال.{3,}(يين|يون)$/.test(t.light);
}

function extendable(t: Token, first: boolean, headIndefinite: boolean): boolean {
  if (isStop(t) || isTimeWord(t) || isSpeechVerb(t)) return false;
  // اليوم، الماضي، الحالي…: the time of the news, not the body's name
  if (/^(يوم|امس|الان|ماضي|حالي|جاري|مقبل|اخير|سابق)/.test(t.light.replace(/^[وف]?ال/, ''))) return false;
  // (… nor a definite word behind ب or ك: a prepositional phrase, ووصفت الداخلية الحادثة | بالعمل
  // الجبان "described it as a cowardly act", not a word of the body's name: "the ministry in labour")
  if (BI_KA_AL.test(t.light)) return false;
  if (definite(t) || lamComplement(t)) return true;
  return first && headIndefinite && nameLike(t);
}

/**
 * An outlet spoken to, with its ل (لوكالة، لصحيفة، للقناة، لرويترز): an outlet's head word or a
 * news outlet or agency the lexicon knows, behind the preposition.
 */
function outletAddressee(t: Token): boolean {
  const m = /^[وف]?(لل|ل)(.{2,})$/.exec(t.light);
  if (!m) return false;
  if (isOutletHead(t)) return true;
  const o = knownOrg(normaliseAr(stripLam(t.text)));
  return !!o && (o.kind === 'outlet' || o.kind === 'agency');
}
/** Those spoken to behind ل (للصحفيين، للصحافة): never part of a body's name. */
const audience = (t: Token) => /^[وف]?لل./.test(t.light) && AUDIENCE_NOUNS.has('ال' + t.light.replace(/^[وف]?لل/, ''));
const stripLam = (text: string) => text.replace(/^[وف]?لل/, 'ال').replace(/^[وف]?ل/, '');

/** Content words of an English rendering. */
const enWords = (en: string) => en.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w && !['the', 'a', 'an', 'of', 'for', 'in'].includes(w));

/**
 * Where a mention of the speaker's words that opens at toks[i] ends (the index after its last word),
 * or -1 when the words after toks[i] are not the rest of them: each in the same sentence, none
 * across punctuation (`joined`: across no mark at all, only spaces).
 */
function mentionEnd(toks: readonly Token[], i: number, want: readonly string[], joined = false): number {
  const t = toks[i]!;
  let j = i + 1;
  for (let k = 1; k < want.length; k++, j++) {
    const u = toks[j];
    if (!u || u.sent !== t.sent || (joined ? toks[j - 1]!.gap.trim() : delimAfter(toks[j - 1]!, toks)) || bare(u.light) !== want[k]) return -1;
  }
  return j;
}

/** The fuller mention's English for one speaker, or null. */
export function fullerBody(speakerAr: string, sentenceId: number, toks: readonly Token[], opening: Opening | null = null): string | null {
  const words = lightNormAr(speakerAr).split(/\s+/).filter(Boolean);
  if (words.length < 1 || words.length > 3) return null;
  // the phrase must end on a definite word (الوزارة، وزارة الثقافة، القيادة العامة): a bare indefinite
  // noun (مصادر، مسؤول) describes, it does not refer back
  if (!words[words.length - 1]!.startsWith('ال')) return null;
  const want = words.map(bare);
  const current = translateSource(speakerAr);
  const [from, to] = window(sentenceId, toks);
  for (let i = to - 1; i >= from; i--) {
    const t = toks[i]!;
    if (!forms(t.light).includes(want[0]!)) continue;
    const j = mentionEnd(toks, i, want);
    if (j < 0) continue;
    const headIndefinite = !definite(t);
    // (the speaker's own mention, or one right after a verb of saying, is followed by whom it spoke to,
    // not by its body: وقال وزير الخارجية لوكالة فرانس برس، قال المدرب لشبكة سكاي)
    const spoken = t.sent === sentenceId || (i > 0 && toks[i - 1]!.sent === t.sent && isSpeechVerb(toks[i - 1]!));
    let e = j;
    // (… and a definite word behind و or ف is the next conjunct, another body or place, not this one's
    // name: بحر الصين | والمحيط الهندي is not "China Indian"; withConjunct reads conjoined speakers)
    // (… nor the statement's own first words: «واتهمت الحكومة السورية المعارضة بـ…» says «المعارضة
    // بـ…», the verb's object, not "the Syrian government the opposition")
    while (e < toks.length && !opensAt(toks, e, sentenceId, opening) && e - j < MAX_EXTRA && toks[e]!.sent === t.sent && !delimAfter(toks[e - 1]!, toks) && !WA_AL.test(toks[e]!.light) && extendable(toks[e]!, e === j, headIndefinite && want.length === 1) && !audience(toks[e]!) && !(spoken && outletAddressee(toks[e]!)) && !pluralAfterDefinite(toks[e - 1]!, toks[e]!)) e++;
    // an indefinite head before a name in quotation marks (مجلة "فانيتي فير"، شركة «X»): the name, up
    // to its closing mark, is the body's (the marks are punctuation that would end the phrase above)
    let quoted = '';
    if (e === j && headIndefinite && want.length === 1 && /^\s*["«“]\s*$/.test(t.gap) && toks[j]?.sent === t.sent) {
      let k = j;
      while (k < toks.length && k - j < 4 && toks[k]!.sent === t.sent && !/["»”]/.test(toks[k]!.gap)) k++;
      if (k < toks.length && k - j < 4 && /^\s*["»”]/.test(toks[k]!.gap)) quoted = toks.slice(j, k + 1).map((u) => u.text).join(' ');
    }
    // (… nor a ل-complement after a mention in construct with a verbal noun: تعريف الشركة | للحسابات
    // المزيفة is the company's definition of fake accounts, not a company named for them)
    if (e > j && lamComplement(toks[j]!) && i > 0 && toks[i - 1]!.sent === t.sent && !delimAfter(toks[i - 1]!, toks) && masdarShape(toks[i - 1]!)) e = j;
    if (e === j && !quoted) continue;
    if (quoted) {
      const en = knownOrg(normaliseAr(quoted))?.en ?? brandName(quoted) ?? translateSource(`${want[0]} "${quoted}"`);
      const had = new Set(enWords(current));
      if (en && enWords(en).some((w) => !had.has(w))) return en;
      continue;
    }
    // the head as the phrase's own word, without the clitic it carries here (بوزارة -> وزارة, للشركة -> الشركة)
    const head = t.light.endsWith('ال' + want[0]) ? 'ال' + want[0] : /^[وف]?لل/.test(t.light) ? 'ال' + want[0] : want[0]!;
    const phrase = [head, ...toks.slice(i + 1, e).map((u) => u.text)].join(' ');
    const en = knownOrg(normaliseAr(phrase))?.en ?? bodyWithBrand(phrase) ?? translateSource(phrase);
    // it must say something the head alone does not (Apple for "the company", Tunisian Interior for "the ministry")
    const had = new Set(enWords(current));
    if (en && enWords(en).some((w) => !had.has(w))) return en;
  }
  return words.length <= 2 && COMPANY.test(current) ? dominantBrand(toks.slice(from, to)) : null;
}

/**
 * Token range [from, to) of the sentences a mention may be in: the quotation's and the LOOKBACK
 * before it (found by halving: a paste of thousands of quotations must not scan the text for each).
 */
function window(sentenceId: number, toks: readonly Token[], lookback = LOOKBACK): [number, number] {
  const firstAt = (sent: number) => {
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid]!.sent < sent) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return [firstAt(sentenceId - lookback), firstAt(sentenceId + 1)];
}

/** A brand spelling from this place in its list on, that is also an everyday word, is the word. */
const EVERYDAY_BRAND_RANK = 2;

/** A bare head that a brand's name can stand for (الشركة، الشبكة الاجتماعية، المنصة). */
const COMPANY = /\b(company|network|platform)$/;

/**
 * The company a bare «الشركة» refers to when the article names it only by its brand (عبر فيسبوك):
 * the brand written most often up to the quotation's sentence, at least twice. A word counts when
 * it is written as a name (no article, not a common word: عبر "via" is spelled like Uber, كيف like
 * Ceph) and is not a person's name in the gazetteer (بالفي is Ballve, not Valve); a word met once
 * is as likely an everyday word the brand list happens to spell.
 */
function dominantBrand(toks: readonly Token[]): string | null {
  const count = new Map<string, number>();
  let best: string | null = null;
  for (const t of toks) {
    if (isStop(t) || !nameLike(t) || /^[وفبل]?ال/.test(t.light)) continue;
    const w = /^[وبل][\u0621-\u064A]{3,}$/.test(t.light) && !brandName(t.light) ? t.light.slice(1) : t.light;
    // (nor an everyday word the brand list spells only as a late guess: معدل "rate" is Modal's
    // fifth spelling; فيسبوك, Facebook's first, is written as an everyday word too and counts)
    if (isNameTokenAtAll(w) || (isEverydayWord(w) && (brandSpellingRank(w) ?? 0) >= EVERYDAY_BRAND_RANK)) continue;
    const brand = brandName(w);
    if (!brand) continue;
    const n = (count.get(brand) ?? 0) + 1;
    count.set(brand, n);
    if (n >= 2 && (!best || n >= count.get(best)!)) best = brand;
  }
  return best;
}

/** شركة آبل: a class noun before a brand is the brand itself. */
function bodyWithBrand(phrase: string): string | null {
  const ws = phrase.split(/\s+/);
  return ws.length >= 2 ? brandName(ws.slice(1).join(' ')) : null;
}

/** Nouns after a source's في that say how it spoke, not where it is (في تصريح، في بيان، في مقابلة). */
const HOW = /^(تصريح|تصريحات|بيان|حديث|مقابله|موتمر|رساله|تغريده|اتصال|كلمه|لقاء|حوار|تقرير|منشور|صفحه|حساب|تعليق|رد|بث|برنامج|شريط|فيديو|الفيديو|مداخله|ندوه|جلسه)/;
/**
 * Participles that govern their verb's preposition, so that عن or على after them opens their own
 * complement, not the clause verb's (دافع عن → المدافعون عن حقوق الإنسان: human rights defenders;
 * قام على → القائمون على المهرجان; أشرف على → المشرفون على). After any other speaker عن and على
 * belong to the verb (تحدث المسؤول عن الخطة، ردت الوزارة على الاتهامات), so only في is read there.
 */
const GOVERNING = /^(مدافع|مدافعون|مدافعين|مدافعة|مدافعات|قائم|قائمون|قائمين|قائمة|مشرف|مشرفون|مشرفين|مشرفة)$/;
/** Words after في a complement may run over. */
const MAX_COMPLEMENT = 3;

/**
 * The English of a described speaker read with the place or body the text writes right after it
 * with في, when the speaker phrase stopped short of it (مصادر → sources, but the text says مصادر في
 * الحديدة: sources in Hodeidah; مصدر محلي في السويداء; المجلس السياسي الأعلى في اليمن). في must come
 * straight after the speaker's words with no punctuation, followed by up to three words written with
 * the article or as names (no other clitic: في سياتل بالولايات is not one phrase), none saying how
 * the source spoke (في تصريح، في بيان). Only the English changes, and only when it keeps everything
 * the speaker's own words said and adds to it. (A verb's object after the speaker — نفى الجيش صحة
 * الشريط — is not taken: only في opens a complement.)
 */
export function withComplement(speakerAr: string, sentenceId: number, toks: readonly Token[]): string | null {
  const words = lightNormAr(speakerAr).split(/\s+/).filter(Boolean);
  if (words.length < 1 || words.length > 4) return null;
  const current = translateSource(speakerAr);
  // a described source has a common head (sources, official); a bare name (إيران، موسكو) keeps its own
  if (!/^[a-z]/.test(current.replace(/^(an?|the|one|some|several|many) /, ''))) return null;
  const [from, to] = window(sentenceId, toks);
  const want = words.map(bare);
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (t.sent !== sentenceId || !forms(t.light).includes(want[0]!)) continue;
    let j = mentionEnd(toks, i, want, true);
    if (j < 0) continue;
    // an indefinite speaker may be cut before its own adjectives, the complement after them
    // (موظفين | حاليين وسابقين في فيسبوك): up to two indefinite words the tables read as qualifiers
    // of the phrase (its English keeps every word and stays non-empty) are taken into it
    let phraseAr = speakerAr;
    for (let n = 0; n < 2 && !words[words.length - 1]!.startsWith('ال'); n++) {
      const a = toks[j];
      if (!a || a.sent !== t.sent || toks[j - 1]!.gap.trim() || a.light === 'في' || definite(a) || /^[فبلك]/.test(a.light) || isStop(a) || isSpeechVerb(a) || isTimeWord(a)) break;
      const longer = translateSource(`${phraseAr} ${a.text}`);
      const had = enWords(translateSource(phraseAr));
      if (!longer) break;
      const longerWords = enWords(longer);
      if (!had.every((w) => longerWords.includes(w))) break;
      phraseAr = `${phraseAr} ${a.text}`;
      j++;
    }
    const prep = toks[j];
    if (!prep || prep.sent !== t.sent || toks[j - 1]!.gap.trim()) return null;
    // (من after a collective noun names its members: مجموعة من الحقوقيين, a group of jurists)
    const members = prep.light === 'من' && words.length === 1 && isCollectiveNoun(speakerAr);
    if (prep.light !== 'في' && !members && !((prep.light === 'عن' || prep.light === 'على') && GOVERNING.test(bare(toks[j - 1]!.light)))) return null;
    let e = j + 1;
    while (e < toks.length && e - j - 1 < MAX_COMPLEMENT && toks[e]!.sent === t.sent && !toks[e - 1]!.gap.trim()) {
      const u = toks[e]!;
      // a common word with the article, or a place or body the gazetteer knows (a name it does not
      // know would only be romanised: في سجن، في قطاع), or a brand spelled whole (فيسبوك opens on ف)
      // (or a noun in construct with the definite word after it: في حقوق الإنسان، عن حقوق المرأة)
      const v = toks[e + 1];
      const construct = !/^[فبلك]/.test(u.light) && !!v && v.sent === u.sent && !u.gap.trim() && /^ال[\u0621-\u064A]{2,}$/.test(v.light) && e - j < MAX_COMPLEMENT;
      const plain = /^ال[\u0621-\u064A]{2,}$/.test(u.light) || construct || (!/^[وفبلك]/.test(u.light) && (isKnownPlace(u.text) || !!knownOrg(normaliseAr(u.text)))) || !!brandName(u.text);
      if (!plain || isStop(u) || isSpeechVerb(u) || isTimeWord(u) || HOW.test(u.light.replace(/^ال/, ''))) break;
      if (/^(يوم|امس|الان|ماضي|حالي|جاري|مقبل|اخير|سابق)/.test(u.light.replace(/^ال/, ''))) break;
      e++;
    }
    if (e === j + 1) return null;
    const en = translateSource([phraseAr, ...toks.slice(j, e).map((u) => u.text)].join(' '));
    const had = enWords(current);
    const got = enWords(en);
    // (a governing participle's English may change with its complement: those in charge → those running X)
    const keeps = prep.light === 'في' || members ? had.every((w) => got.includes(w)) : got.length > had.length && had.some((w) => got.includes(w));
    // (members the tables cannot render leave the old "the group from …" reading: not taken)
    if (members && !/^an? [a-z]+ of /.test(en)) return null;
    if (en && keeps && got.some((w) => !had.includes(w))) return en;
    return null;
  }
  return null;
}

/**
 * The English of an indefinite speaker cut short of the noun phrase its own mention goes on with:
 * an Arabic noun without the article followed straight away by a definite word is in construct with
 * it (خفر → the text says خفر السواحل التركي: the Turkish coast guard; مؤيدو الاتفاق), and a class
 * noun before a name in quotation marks is that name's (منظمة "X"). fullerBody leaves indefinite
 * speakers alone, since an indefinite noun does not refer back; here only the speaker's own mention,
 * in the quotation's sentence, is read. Up to MAX_EXTRA definite words or a ل-complement, none a
 * time word, an audience or an outlet spoken to (قال مسؤول للصحفيين); no name without quotation
 * marks (أبلغ مسؤول رويترز: Reuters is whom he told). Only the English changes, and only when it
 * keeps everything the speaker's own words said and adds to it.
 */
export function ownContinuation(speakerAr: string, sentenceId: number, toks: readonly Token[]): string | null {
  const words = lightNormAr(speakerAr).split(/\s+/).filter(Boolean);
  if (words.length < 1 || words.length > 2 || words.some((w) => w.startsWith('ال'))) return null;
  const current = translateSource(speakerAr);
  // (a common noun only: a name is definite without the article and in construct with nothing, so
  // the definite word after it is the verb's object, وقطعت … ومصر | العلاقات, تتهم إيران | الغربيين)
  if (current && !/^[a-z]/.test(current.replace(/^(an?|the|one|some|several|many) /, ''))) return null;
  const want = words.map(bare);
  // (the quotation's sentence alone: a run-on paste holds thousands of words in a few sentences)
  const [from, to] = window(sentenceId, toks, 0);
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (t.sent !== sentenceId || !forms(t.light).includes(want[0]!) || definite(t)) continue;
    const j = mentionEnd(toks, i, want);
    if (j < 0) return null;
    let e = j;
    while (e < toks.length && e - j < MAX_EXTRA && toks[e]!.sent === t.sent && !delimAfter(toks[e - 1]!, toks) && extendable(toks[e]!, false, false) && !audience(toks[e]!) && !outletAddressee(toks[e]!)) e++;
    let phrase = '';
    if (e > j) phrase = [speakerAr, ...toks.slice(j, e).map((u) => u.text)].join(' ');
    else if (want.length === 1 && /^\s*["«“]\s*$/.test(toks[j - 1]!.gap) && toks[j]?.sent === t.sent) {
      let k = j;
      while (k < toks.length && k - j < 4 && toks[k]!.sent === t.sent && !/["»”]/.test(toks[k]!.gap)) k++;
      if (k < toks.length && k - j < 4 && /^\s*["»”]/.test(toks[k]!.gap)) {
        const quoted = toks.slice(j, k + 1).map((u) => u.text).join(' ');
        const known = knownOrg(normaliseAr(quoted))?.en ?? brandName(quoted);
        if (known) return known;
        phrase = `${speakerAr} "${quoted}"`;
      }
    }
    if (!phrase) return null;
    const en = translateSource(phrase);
    const had = enWords(current);
    const got = enWords(en);
    return en && had.every((w) => got.includes(w)) && got.some((w) => !had.includes(w)) ? en : null;
  }
  return null;
}

/** Words a conjunct may run to after its own و-word (منظمات | الدفاع عن حقوق الإنسان). */
const MAX_CONJUNCT = 5;

/**
 * The English of a described subject the text coordinates with another straight after it (وتنتقد
 * المعارضة ومنظمات الدفاع عن حقوق الإنسان …: the opposition and the rights organisations; قال الجيش
 * والشرطة): the speaker phrase stops at و, but both said it, and a reader of the English line wants
 * both. The conjunct is the و-word and the definite words, construct nouns and prepositional
 * complements that follow it in the same sentence with no punctuation (none a time word, a verb of
 * saying, an audience or an outlet spoken to), cut back until the tables render it as a description
 * (a verb, a pronoun-suffixed word or a bare name after و renders nothing and is not taken). Only the
 * English changes, and only when it keeps everything the speaker's own words said.
 */
export function withConjunct(speakerAr: string, sentenceId: number, toks: readonly Token[]): string | null {
  const words = lightNormAr(speakerAr).split(/\s+/).filter(Boolean);
  if (words.length < 1 || words.length > 4) return null;
  const current = translateSource(speakerAr);
  if (!current) return null;
  const want = words.map(bare);
  const [from, to] = window(sentenceId, toks, 0);
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (t.sent !== sentenceId || !forms(t.light).includes(want[0]!)) continue;
    const j = mentionEnd(toks, i, want);
    if (j < 0) continue;
    const w = toks[j];
    if (!w || w.sent !== t.sent || delimAfter(toks[j - 1]!, toks) || !/^و[\u0621-\u064A]{3,}$/.test(w.light) || isStop(w) || isSpeechVerb(w) || isTimeWord(w)) return null;
    // the conjunct's words: its head, then what belongs to its noun phrase
    let e = j + 1;
    while (e < toks.length && e - j < MAX_CONJUNCT && toks[e]!.sent === t.sent && !delimAfter(toks[e - 1]!, toks)) {
      const u = toks[e]!;
      // (a preposition before a definite word or a noun in construct with one: عن حقوق الإنسان)
      const v = toks[e + 1];
      const prep = /^(في|عن|على|من)$/.test(u.light) && !!v && v.sent === u.sent && (definite(v) || (!/^[وفبلك]/.test(v.light) && !!toks[e + 2] && toks[e + 2]!.sent === u.sent && definite(toks[e + 2]!)));
      const construct = !/^[وفبلك]/.test(u.light) && !!toks[e + 1] && toks[e + 1]!.sent === u.sent && definite(toks[e + 1]!);
      if (!(prep || construct || extendable(u, false, false)) || audience(u) || outletAddressee(u)) break;
      e++;
    }
    const had = enWords(current);
    for (; e > j; e--) {
      const conj = toks.slice(j, e).map((u) => u.text).join(' ');
      const alone = translateSource(conj.slice(1));
      // (a described conjunct: a common head, not a name the tables merely romanise)
      if (!alone || !/^[a-z]/.test(alone.replace(/^(an?|the|one|some|several|many) /, ''))) continue;
      const en = translateSource(`${speakerAr} ${conj}`);
      const got = enWords(en);
      if (en && had.every((x) => got.includes(x)) && got.length > had.length) return en;
    }
    return null;
  }
  return null;
}

/** A quotation's first two words in matching form (the second empty when it has one). */
type Opening = readonly [string, string];

/**
 * The quotation's opening, or null when it opens on a complement in ل or ب: such a statement may
 * have taken the rest of the speaker's own name («الاتحاد المصري | لكرة القدم عن دعمه …»), which the
 * fuller English restores. (Read off the quotation's text alone: scanning its sentence for each of
 * thousands of quotations in a run-on paste's one sentence would be quadratic.)
 */
function statementOpening(q: Quote): Opening | null {
  const m = /^[\s"«“„']*(\S+)(?:\s+(\S+))?/.exec(q.text);
  const word = (w: string | undefined) => lightNormAr((w ?? '').replace(/["«»“”„':،,.]+/g, ''));
  const first = word(m?.[1]);
  return !first || /^[لب]/.test(first) ? null : [first, word(m?.[2])];
}

/** The quotation opens at token e of its own sentence. */
function opensAt(toks: readonly Token[], e: number, sentenceId: number, o: Opening | null): boolean {
  return !!o && toks[e]!.sent === sentenceId && toks[e]!.light === o[0] && (!o[1] || toks[e + 1]?.light === o[1]);
}

/** Gives described speakers that name a body by its head the English of its fuller mention. */
export function nameShortBodies(quotes: readonly Quote[], toks: readonly Token[]): void {
  // one look per speaker and sentence: a run-on paste holds thousands of «وقال الوزير» in a few sentences
  const seen = new Map<string, string | null>();
  for (const q of quotes) {
    // (persons who said it together are named, not a body: their English is their names)
    if (q.speakerId || q.speakerIds?.length || q.unattributed || !q.speaker.ar) continue;
    // (and per statement's opening: the fuller mention stops there)
    const opening = statementOpening(q);
    const key = `${q.sentenceId}\u0000${q.speaker.ar}\u0000${opening?.join(' ') ?? ''}`;
    let en = seen.get(key);
    // (a speaker not marked unnamed whose English is still a description, a common noun the tables
    // render: موظفين → employees, is read with its complement too; withComplement leaves names alone)
    const described = q.unnamed || (!!q.speaker.en && q.speaker.en === translateSource(q.speaker.ar));
    if (en === undefined) seen.set(key, (en = fullerBody(q.speaker.ar, q.sentenceId, toks, opening) ?? (described ? withComplement(q.speaker.ar, q.sentenceId, toks) ?? (q.unnamed ? ownContinuation(q.speaker.ar, q.sentenceId, toks) : null) ?? withConjunct(q.speaker.ar, q.sentenceId, toks) : null)));
    if (en) q.speaker = { ar: q.speaker.ar, en };
  }
}
