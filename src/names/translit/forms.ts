/**
 * The spelling forms the transliteration model reads and writes. The model keeps the Arabic
 * letters that carry sound (hamza seats, ى, ة: إ is "i", ى is "a") and drops only what never
 * does (diacritics, tatweel, Persian letter shapes); look-ups use the full matching fold
 * (normAr) so أحمد and احمد meet. English is lower-case ASCII: both data sets spell names
 * that way (diacritics appear in Wikidata only, and Google's spellings fold them).
 */
import { foldLatin, stripDiacritics } from '../../text/normalize.ts';

const AR_SHAPES: Record<string, string> = { 'ی': 'ي', 'ې': 'ي', 'ک': 'ك', 'ە': 'ه', 'ۀ': 'ه', 'ٱ': 'ا' };

/** Arabic as the model sees it: letters only, sound-bearing variants kept. */
export function arModelForm(s: string): string {
  return stripDiacritics(s.normalize('NFC'))
    .replace(/[یېکەۀٱ]/g, (c) => AR_SHAPES[c] ?? c)
    .replace(/[^\u0621-\u064A\u067E\u0686\u06AF\u0698\u06A4]/g, '');
}

const LOWER_ASCII = /^[a-z]*$/;

/** Latin as the model sees it: lower-case a-z, accents folded (Assunção -> assuncao). */
export function enModelForm(s: string): string {
  // the model's own outputs are lower-case a-z already, and folding them (two Unicode
  // normalisations) was a twentieth of romanising: such a string is its own form
  if (LOWER_ASCII.test(s)) return s;
  return foldLatin(s).toLowerCase().replace(/[^a-z]/g, '');
}
