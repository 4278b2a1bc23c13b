/**
 * The English of a world figure's role when the article gives only its bare head: «الرئيس» for
 * Donald Trump is "President of the United States", as the lexicon holds it, where the Arabic alone
 * gives "President". Only when every word of the article's role is a word of the lexicon's (the
 * article says no more and nothing else), and not when the lexicon's role is a former one the
 * article does not call former (the lexicon is current; copy may be older).
 */
import { lexicon } from './lexicon.ts';
import { normAr } from './normalize.ts';

const PAST = new Set(['سابق', 'اسبق', 'راحل', 'سابقه', 'اسبقه', 'راحله'].map(normAr));

function contentWords(ar: string): string[] {
  return normAr(ar).split(/\s+/).filter(Boolean).map((w) => w.replace(/^و(?=ال)/, '').replace(/^ال(?=\S{2})/, ''));
}

export function knownRoleEnglish(nameAr: string, roleAr: string): string {
  const p = lexicon().personByAr.get(normAr(nameAr));
  if (!p?.role?.en || !roleAr.trim()) return '';
  // (a qualifier the lexicon's role lacks goes before its English: «الرئيس الحالي» for Putin is the
  // current President of Russia)
  const mods: string[] = [];
  const mine = contentWords(roleAr).filter((w) => {
    const m = modifierOf(w);
    if (m) mods.push(m);
    return !m;
  });
  const theirs = contentWords(p.role.ar);
  if (!mine.length || mine.length >= theirs.length || !mine.every((w) => theirs.includes(w))) return '';
  if (theirs.some((w) => PAST.has(w) && !mine.includes(w))) return '';
  return [...mods, p.role.en].join(' ');
}

/** The English of a one-word qualifier the lexicon indexes (الحالي: current), for a word in contentWords' form; '' when none. */
function modifierOf(w: string): string {
  const byAr = lexicon().modifierByAr;
  return byAr.get(w) ?? byAr.get('ال' + w) ?? '';
}

/**
 * The part of an article's role that is a world figure's own, when the role opens on another's
 * title that governs it: «الموفد الخاص للرئيس الأمريكي» before Donald Trump is the envoy's title,
 * and Trump's is «الرئيس الأمريكي», as the lexicon holds it. The article's words from the one
 * that opens the lexicon's role (its ل of the genitive dropped: للرئيس → الرئيس) to the end, when
 * they are the lexicon's role word for word and something stands before them; null otherwise.
 */
export function knownRoleTail(nameAr: string, roleAr: string): string | null {
  const p = lexicon().personByAr.get(normAr(nameAr));
  if (!p?.role?.ar) return null;
  const theirs = contentWords(p.role.ar).join(' ');
  const words = roleAr.trim().split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const first = words[k]!.replace(/^لل(?=\S{2})/, 'ال').replace(/^ل(?=ال)/, '');
    const tail = [first, ...words.slice(k + 1)].join(' ');
    if (contentWords(tail).join(' ') !== theirs) continue;
    // (governed only: by ل (للرئيس) or by a noun in construct before it (مستشار الرئيس، بحملة
    // الرئيس); after a definite word it is a title of the figure's own in a row of them: نائب رئيس
    // الدولة رئيس مجلس الوزراء حاكم دبي)
    const before = normAr(words[k - 1]!.replace(/[،,]$/, ''));
    const governed = first !== words[k] || (!/[،,]$/.test(words[k - 1]!) && !/^(و|ف)?(ب|ل|ك)?ال/.test(before));
    return governed ? tail : null;
  }
  return null;
}
