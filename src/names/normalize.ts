/**
 * Arabic normalisation shared by lexicon lookup, demonyms, roles and matching.
 * Lookup keys fold the spelling variation that news copy shows for the same name
 * (hamza seats on alef, ى/ي, ة/ه, diacritics, tatweel, Persian letter forms), so
 * أردوغان and اردوغان, or ترامب with a stray fatha, hit the same entry. The folding itself lives
 * in src/text/normalize.ts; this module adds what is particular to names (clitics, the article).
 */
import { foldArabic, foldLatin } from '../text/normalize.ts';

/**
 * Lookup form: the shared full fold (src/text/normalize.ts) with white space collapsed. Named here
 * because every names module keys its tables with it.
 */
export function normAr(s: string): string {
  return foldArabic(s, { collapse: true });
}

const AR_LETTER = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/;
export function hasArabic(s: string): boolean {
  return AR_LETTER.test(s);
}

/** Latin lookup form: accents folded (Erdoğan -> erdogan), punctuation to spaces, lower-case. */
export function normLatin(s: string): string {
  return foldLatin(s)
    .toLowerCase()
    .replace(/[’'`ʼʻ]/g, '')
    .replace(/[^a-z0-9\u0600-\u06FF]+/g, ' ')
    .trim();
}

/** Normalised form for any script. */
export function normAny(s: string): string {
  return hasArabic(s) ? normAr(s) : normLatin(s);
}

/** Tokens of an Arabic phrase after normalisation (punctuation and quotes dropped). */
export function arTokens(s: string): string[] {
  return normAr(s)
    .replace(/[«»"“”„‟'‘’()[\]{}،,.:;؛!?؟\-–—/]+/g, ' ')
    .split(' ')
    .filter(Boolean);
}

/**
 * Candidate bare forms of one Arabic word with attached clitics removed, most
 * literal first: وبالأسد -> [وبالاسد, بالاسد, الاسد, اسد ...]. The caller decides
 * which candidate is known; nothing here guesses whether a و is part of a name.
 */
export function cliticVariants(word: string): string[] {
  const w = normAr(word);
  const out = new Set<string>([w]);
  const queue = [w];
  while (queue.length) {
    const cur = queue.shift()!;
    const next: string[] = [];
    if (cur.length > 3 && (cur.startsWith('و') || cur.startsWith('ف'))) next.push(cur.slice(1));
    if (cur.length > 3 && (cur.startsWith('ب') || cur.startsWith('ك'))) next.push(cur.slice(1));
    if (cur.startsWith('لل') && cur.length > 4) next.push('ال' + cur.slice(2), cur.slice(2));
    else if (cur.length > 3 && cur.startsWith('ل')) next.push(cur.slice(1));
    if (cur.startsWith('ال') && cur.length > 4) next.push(cur.slice(2));
    for (const n of next) {
      if (!out.has(n)) {
        out.add(n);
        queue.push(n);
      }
    }
  }
  return [...out];
}

/** Removes a leading definite article (الاسد -> اسد); keeps short words whole. */
export function stripAl(w: string): string {
  return w.startsWith('ال') && w.length > 4 ? w.slice(2) : w;
}
