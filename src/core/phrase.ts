/**
 * Folding for matching plain-text phrasings ("ملخص", "من هو عراقجي"): the same phrase
 * typed with or without hamza, diacritics, tatweel or a final question mark must match.
 * The letter folding is the shared one; sentence punctuation is what phrases add.
 */
import { foldArabic } from '../text/normalize.ts';

export function foldForPhrase(s: string): string {
  return foldArabic(s.replace(/[؟?!.،,:؛;]+/g, ' '), { collapse: true });
}
