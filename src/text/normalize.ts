/**
 * Text clean-up and Arabic normalisation.
 *
 * `cleanText` keeps the text readable (it is what the briefing shows and what offsets point into);
 * `normaliseAr` is for matching only: it folds spelling variants that wire copy mixes freely
 * (أ/إ/آ/ا, ى/ي, ة/ه, Persian ک/ی), so never show its output to a reader.
 */

// Zero-width, bidi embedding/override/isolate marks, BOM, Arabic letter mark: invisible and
// able to reorder what a reader sees, so they never carry meaning in an article.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u061C\u00AD]/g;
// C0/C1 controls except tab and newline.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;

/** Readable clean text: unified line breaks, no invisible/control characters, single spaces. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    // Hashtags in body copy (#أردوغان، #الاستخبارات_التركي) are words: keep the words.
    .replace(/#([\p{L}\p{M}\p{N}_]+)/gu, (_m, w: string) => w.replace(/_/g, ' '))
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n');
}

/** Remove harakat, Quranic marks and tatweel (keeps letters). */
export function stripDiacritics(s: string): string {
  return s.replace(DIACRITICS, '').replace(TATWEEL, '');
}

const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ئ': 'ي',
  'ة': 'ه',
  'ک': 'ك', 'ؤ': 'و',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
};
const FOLD_RE = /[أإآٱىیئةکؤ٠-٩۰-۹]/g;

/** Matching form of an Arabic (or mixed) string: no diacritics/tatweel/controls, folded letters, Latin lower-cased. */
export function normaliseAr(s: string): string {
  return stripDiacritics(s.replace(INVISIBLE, ''))
    .replace(FOLD_RE, (c) => FOLD[c] ?? c)
    .toLowerCase();
}

/** Convert Arabic-Indic digits to ASCII digits (same length, so offsets survive). */
export function asciiDigits(s: string): string {
  return s.replace(/[٠-٩۰-۹]/g, (c) => FOLD[c] ?? c);
}

export function isArabicLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

export function isLatinLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
