/**
 * Where a described speaker's phrase ends. The readers take a body or a described source from the
 * words after a verb of saying up to a mark, and a sentence without a comma lets the phrase run on
 * into what the body said or did: «أعلنت لجنة الانتخابات المركزية بأنها ستحقق»، «شركة نينتندو
 * اليابانية 7.23 مليون جهاز»، «صندوق النقد الدولي توقعاته لنمو …»، «المرصد السوري … ومقره
 * بريطانيا». A reader sees that run-on under the quotation and in its English, so the phrase is cut
 * where Arabic grammar ends a noun phrase:
 *
 * - at a complementiser (بأنها، أن) or a verb of saying: the clause reported, not the body;
 * - at a number followed by more words: a count or an amount (7.23 مليون), while a number closing
 *   the phrase is part of a name (شبكة السويداء 24، فورمولا 1);
 * - at «من جانبه/جهتها»: "for its part", a discourse aside;
 * - at a word on و carrying a pronoun (ومقره، وعددهم): a circumstantial clause about the body;
 * - after a definite word, at an indefinite verbal noun or a noun with a pronoun (الإسرائيلية |
 *   تشديد الحصار، الدولي | توقعاته): Arabic closes a construct on its first definite word, so an
 *   indefinite noun after one opens a new phrase (the verb's object); a name may follow (شركة آبل)
 *   and is not cut, as neither shape is a name's;
 * - after a nationality (البريطانية | برنامجا), at an indefinite accusative common noun: the object;
 * - at فإن («according to X, …» has the clause after it) and at a subordinator (بينما، وبعدما، حيث);
 * - a dangling preposition or «التابعة» with nothing after it is dropped, and a bracket left open
 *   is closed (وكالة الفضاء الأمريكية (ناسا).
 *
 * splitOverlap, below, settles a phrase that the quotation's own start overlaps.
 */
import { hasArticle, isComplementiser, isSpeechVerb, isTimeWord, masdarShape, SPELLED_LETTER } from './arabic-words.ts';
import { lightNormAr } from '../text/arabic.ts';
import { tokenize, type SentenceSpan, type Token } from './tokens.ts';
import { memo } from '../text/memo.ts';
import { isEverydayWord } from './everyday-words.ts';
import { isNameTokenAtAll } from './name-evidence.ts';

/** A word that opens a clause of its own (وبعدما هدده، بينما كانت، حيث يقيم): no noun phrase holds one. */
const SUBORDINATOR = /^[وف]?(بعدما|بينما|عندما|حينما|طالما|كلما|حيث|لكن|لكنه|لكنها|ريثما|لان|لانه|لانها)$/;
const NUMBER = /^[0-9٠-٩][0-9٠-٩.,،٫]*$/;
const ASIDE = /^(جانب|جهت)(ه|ها|هم|هما)$/;
/** A word on و (or ف) whose stem carries a possessive pronoun: ومقره، وعددهم. */
const WAW_POSSESSED = /^[وف][\u0621-\u064A]{2,}(ه|ها|هم|هما|هن)$/;
/** A noun carrying a possessive pronoun: توقعاته، بيانها. */
const POSSESSED = /^[\u0621-\u064A]{3,}(ه|ها|هم|هما|هن)$/;
/** …but a preposition with its pronoun belongs to the phrase (القائمون عليه: those running it). */
const PREPOSITION_PRONOUN = /^(علي|الي|لدي|عند|مع|من|عن|في|ب|ل|فوق|تحت|ضد)(ه|ها|هم|هما|هن)$/;
/**
 * Words that say nothing as a phrase's last word: a preposition or conjunction left without its
 * object (لكرة القدم (فيفا) من، منظمة … أو) and an adjective that needs its complement (التابعة لـ…).
 */
const DANGLING = new Set(['من', 'في', 'على', 'عن', 'الى', 'ب', 'ل', 'مع', 'او', 'و', 'مثل', 'دون', 'نحو', 'حوالي', 'قرابة', 'التابع', 'التابعة', 'التابعين', 'التابعون']);

const NISBA = /^ال\S{3,}(ي|ية|يون|يين)$/;
/**
 * An indefinite accusative common noun right after a definite nisba (البريطانية | برنامجا): the
 * verb's object, as a construct ends on its adjectives and no name is written with the accusative's
 * alif on a word the everyday list holds without it.
 */
function objectAfterNisba(prev: Token, t: Token, bracketed: boolean): boolean {
  if (bracketed || !NISBA.test(prev.light) || hasArticle(t) || !/^\S{3,}ا$/.test(t.light)) return false;
  const stem = t.light.slice(0, -1);
  return isEverydayWord(stem) && !isNameTokenAtAll(stem) && !isNameTokenAtAll(t.light);
}

/** The index of the first word that cannot belong to the phrase (words.length when all do). */
function cutAt(toks: readonly Token[], src: string): number {
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    const prev = toks[k - 1]!;
    // (not a bare إن, nor a bare أن after a spelled letter: the letters of a name spelled out say it
    // too, بي إن سبورتس، شبكة سي أن أن)
    const letter = t.light === 'ان' && SPELLED_LETTER.test(prev.light);
    if ((isComplementiser(t) && t.text.replace(/^[وف]/, '') !== 'إن' && !letter) || isSpeechVerb(t)) return k;
    // (a number right after the head is its own phrase's, نحو 300 شخص: cutting leaves nothing)
    if (NUMBER.test(t.text) && k >= 2 && k < toks.length - 1) return k;
    if (/^من$/.test(t.light) && ASIDE.test(toks[k + 1]?.light ?? '')) return k;
    if (WAW_POSSESSED.test(t.light) && !/^[وف]?ال/.test(t.light)) return k;
    if (hasArticle(prev) && !hasArticle(t) && !/^[وفبلك]/.test(t.light) && (masdarShape(t) || (POSSESSED.test(t.light) && !PREPOSITION_PRONOUN.test(t.light)))) return k;
    if (t.text === 'فإن' || SUBORDINATOR.test(t.light)) return k;
    if (objectAfterNisba(prev, t, /[("«“]\s*$/.test(src.slice(0, t.start)))) return k;
  }
  return toks.length;
}

function computeTail(ar: string): string {
  const span = { start: 0, end: ar.length, text: ar } as SentenceSpan;
  const toks = tokenize(ar, [span], 'ar');
  if (toks.length < 2) return ar;
  let end = cutAt(toks, ar);
  // (a preposition or a bound adjective left last says nothing: «(فيفا) من», «سبأ التابعة»)
  while (end > 1 && DANGLING.has(toks[end - 1]!.light)) end--;
  if (end === toks.length) return closeBrackets(ar);
  return closeBrackets(ar.slice(0, toks[end - 1]!.end).trim());
}

/** A bracket opened and not closed (an acronym cut at the phrase's end, «(ناسا») is closed. */
function closeBrackets(ar: string): string {
  const open = (ar.match(/\(/g) ?? []).length - (ar.match(/\)/g) ?? []).length;
  return open > 0 ? ar.replace(/\s+$/, '') + ')'.repeat(open) : ar;
}

/** The described speaker's phrase without the words that run on past its end (see above). */
export const speakerTail = memo(computeTail);

/**
 * Where a reader cut the sentence inside the speaker's phrase, so that the speaker's last words are
 * also the quotation's first (وأكد المرصد السوري | لحقوق الانسان إعدام التنظيم …، حضت المديرة العامة
 * … | كريستين لاغارد أمس السبت، الدول العربية على …، أكدت الخارجية المصرية | الرفض الكامل …): the
 * number of the quotation's words that repeat the speaker's last ones (0 when none do).
 */
function speakerOverlap(text: string, speakerAr: string): { words: number; toks: Token[] } {
  const sp = lightNormAr(speakerAr).split(/\s+/).filter(Boolean);
  // (the quotation's first word must be one of the speaker's before the quotation is tokenised:
  // this runs once per quotation)
  const first = /^[^\u0621-\u064A]*([\u0621-\u064A\u0640\u064B-\u0652]+)/.exec(text)?.[1];
  if (!first || !sp.includes(lightNormAr(first))) return { words: 0, toks: [] };
  const toks = tokenize(text, [{ start: 0, end: text.length, text } as SentenceSpan], 'ar');
  for (let m = Math.min(sp.length, toks.length - MIN_LEFT); m >= 1; m--) {
    const tail = sp.slice(-m);
    if (tail.every((w, i) => w === toks[i]!.light && (i === 0 || !toks[i - 1]!.gap.trim()))) return { words: m, toks };
  }
  return { words: 0, toks };
}
/**
 * A quotation that opens on the tail of the speaker's apposition, cut after it: «ودعا المرشد الأعلى
 * الإيراني، | آية الله علي خامنئي، إلى إجراءات …», «ونوه رئيس … | بمجلس الغرف السعودية الدكتور محمد
 * بن لادن، أهمية …». The speaker's whole name closes the quotation's first words (at most
 * APPOSITION_WORDS) before a comma; the quotation starts after the comma. null otherwise.
 */
function appositionLead(text: string, speakerAr: string): { text: string; speakerAr: string } | null {
  const sp = lightNormAr(speakerAr).split(/\s+/).filter(Boolean);
  // (a cheap test first: this runs for every quotation of a named speaker)
  if (!sp.length || !/[،,]/.test(text.slice(0, 160)) || !lightNormAr(text.slice(0, 160)).includes(sp[sp.length - 1]!)) return null;
  // (only the quotation's opening is read: a run-on paste's quotation may be thousands of words)
  const head = text.slice(0, 400);
  const toks = tokenize(head, [{ start: 0, end: head.length, text: head } as SentenceSpan], 'ar');
  // (a clause opening on إن/أن says something of the one it names: «إن علي خامنئي، المرشد، لم …»)
  if (!toks.length || isComplementiser(toks[0]!)) return null;
  for (let k = sp.length - 1; k < Math.min(toks.length - MIN_LEFT - 1, APPOSITION_WORDS); k++) {
    if (!/[،,]/.test(toks[k]!.gap)) continue;
    const tail = toks.slice(k - sp.length + 1, k + 1);
    const gapless = tail.every((t, i) => i === tail.length - 1 || !t.gap.trim());
    if (gapless && tail.every((t, i) => t.light === sp[i])) return { text: text.slice(toks[k + 1]!.start), speakerAr };
  }
  return null;
}
/** How far into a quotation the speaker's apposition may close (appositionLead). */
const APPOSITION_WORDS = 8;

/** Words a quotation keeps at least once the speaker's are dropped from it. */
const MIN_LEFT = 2;
/** Time words after a speaker's name date the saying (أمس السبت، الخميس), not the thing said. */
const SAYING_TIME = /^(امس|اليوم|الليلة|مساء|صباح)$/;

/**
 * Gives a quotation and its speaker back their own words where they overlap (speakerOverlap). A
 * named speaker and a body whose overlap opens on a ل-complement (لحقوق الانسان: its name goes on)
 * keep the words, and the quotation starts after them and the time words that follow; a body's
 * phrase that overlaps on any other word ran on into what it said (الخارجية المصرية | الرفض), so the
 * speaker ends before it. null when nothing overlaps, when the quotation is in quotation marks and
 * when a complementiser (wordBefore, the word before it in the sentence) opens it.
 */
export function splitOverlap(text: string, speakerAr: string, named: boolean, wordBefore = ''): { text: string; speakerAr: string } | null {
  // (nor a clause a complementiser opens, أن دي ميستورا أجرى …: its subject may be anyone, and a
  // speaker wrongly chosen would take the words from it)
  if (/^\s*["«“]/.test(text) || (wordBefore && isComplementiser({ text: wordBefore, light: lightNormAr(wordBefore) } as Token))) return null;
  const { words, toks } = speakerOverlap(text, speakerAr);
  if (!words) return named ? appositionLead(text, speakerAr) : null;
  if (named || /^لل?/.test(toks[0]!.light)) {
    let k = words;
    while (k < toks.length - MIN_LEFT && (isTimeWord(toks[k]!) || SAYING_TIME.test(toks[k]!.light))) k++;
    return { text: text.slice(toks[k]!.start), speakerAr };
  }
  const sp = speakerAr.trim().split(/\s+/);
  if (sp.length - words < 1) return null;
  return { text, speakerAr: sp.slice(0, sp.length - words).join(' ') };
}
