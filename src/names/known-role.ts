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
  const mine = contentWords(roleAr);
  const theirs = contentWords(p.role.ar);
  if (mine.length >= theirs.length || !mine.every((w) => theirs.includes(w))) return '';
  if (theirs.some((w) => PAST.has(w) && !mine.includes(w))) return '';
  return p.role.en;
}
