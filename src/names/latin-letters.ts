/**
 * The Latin letters as Arabic copy spells them out, one word a letter, when it writes an acronym
 * it has no Arabic name for (مركز آي أتش أس: the IHS centre; إتش إس بي سي: HSBC). Keys are in
 * normAr form (hamza seats folded: إتش and أتش both read اتش). A few letter names are also
 * function words (إن "that", أو "or", في "in", أم "or", إل/ال the article): those never open a run.
 */
import { normAr } from './normalize.ts';

const LETTERS: Record<string, string> = {
  'ايه': 'A', 'بي': 'B', 'سي': 'C', 'دي': 'D', 'اي': 'E', 'اف': 'F', 'جي': 'G', 'اتش': 'H', 'ايتش': 'H', 'اش': 'H',
  'جيه': 'J', 'جاي': 'J', 'كيه': 'K', 'كاي': 'K', 'ال': 'L', 'ام': 'M', 'ان': 'N', 'او': 'O',
  'كيو': 'Q', 'ار': 'R', 'اس': 'S', 'تي': 'T', 'يو': 'U', 'في': 'V', 'دبليو': 'W', 'اكس': 'X', 'واي': 'Y', 'زد': 'Z',
};
/** Letter names that are also common words: inside a run only. */
const AMBIGUOUS = new Set(['ان', 'او', 'في', 'ام', 'ال', 'اي']);

/** The letter a word spells (آي is I: its madda survives as a mark the fold keeps apart from إي). */
function letterOf(raw: string): string {
  if (/^آي$/.test(raw)) return 'I';
  return LETTERS[normAr(raw)] ?? '';
}

/**
 * The acronym spelled by the run of letter names opening at words[from], and the run's length; null
 * when fewer than two letter names follow one another there or the run opens on a common word. A
 * run that ends on a common word (بي بي سي في القاهرة: in Cairo) is cut before it, unless the
 * whole run is a body `known` names (سي إن إن).
 */
export function spelledAcronym(words: readonly string[], from: number, known: (en: string) => boolean = () => false): { en: string; len: number } | null {
  const first = words[from];
  if (!first || !letterOf(first) || (AMBIGUOUS.has(normAr(first)) && first !== 'آي')) return null;
  let en = '';
  let k = from;
  for (; k < words.length; k++) {
    const l = letterOf(words[k]!);
    if (!l) break;
    en += l;
  }
  if (!known(en)) {
    while (k - from > 2 && AMBIGUOUS.has(normAr(words[k - 1]!)) && words[k - 1] !== 'آي') {
      k--;
      en = en.slice(0, -1);
    }
    if (AMBIGUOUS.has(normAr(words[k - 1]!)) && words[k - 1] !== 'آي' && !known(en)) return null;
  }
  return en.length >= 2 ? { en, len: k - from } : null;
}
