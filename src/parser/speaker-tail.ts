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
 * - a dangling preposition or «التابعة» with nothing after it is dropped, and a bracket left open
 *   is closed (وكالة الفضاء الأمريكية (ناسا).
 */
import { hasArticle, isComplementiser, isSpeechVerb, masdarShape, SPELLED_LETTER } from './arabic-words.ts';
import { tokenize, type SentenceSpan, type Token } from './tokens.ts';
import { memo } from '../text/memo.ts';

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

/** The index of the first word that cannot belong to the phrase (words.length when all do). */
function cutAt(toks: readonly Token[]): number {
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
  }
  return toks.length;
}

function computeTail(ar: string): string {
  const span = { start: 0, end: ar.length, text: ar } as SentenceSpan;
  const toks = tokenize(ar, [span], 'ar');
  if (toks.length < 2) return ar;
  let end = cutAt(toks);
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

