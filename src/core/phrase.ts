/**
 * Folding for matching plain-text phrasings ("ملخص", "من هو عراقجي"): the same phrase
 * typed with or without hamza, diacritics, tatweel or a final question mark must match.
 */
export function foldForPhrase(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '') // diacritics and tatweel
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[؟?!.،,:؛;]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
