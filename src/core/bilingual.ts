/**
 * Showing article text in the reply language without inventing translations: when the
 * English side is missing, the Arabic original is shown and marked as such.
 */
import type { Bi, Lang } from '../briefing/types.ts';

export interface Shown {
  text: string;
  /** True when the text is not in the requested language (shown in the original). */
  original: boolean;
  /** True when the text shown is a machine translation (translation provider). */
  machine: boolean;
}

export function show(bi: Bi, lang: Lang): Shown {
  const want = bi[lang].trim();
  if (want) return { text: want, original: false, machine: bi.machine === lang };
  const otherLang: Lang = lang === 'en' ? 'ar' : 'en';
  const other = bi[otherLang].trim();
  return { text: other, original: other !== '', machine: other !== '' && bi.machine === otherLang };
}

/** The "(original Arabic)" style mark for a reply in `lang` showing text in the other language. */
export function originalMark(lang: Lang): string {
  return lang === 'en' ? 'Arabic original, not yet translated' : 'النص الأصلي بالإنجليزية، لم يترجم بعد';
}

/** The discreet mark for a reply that shows machine-translated text (editor overlays count as human text). */
export function machineMark(lang: Lang): string {
  return lang === 'en' ? 'machine-translated' : 'ترجمة آلية';
}

/** Wrap text in a first-strong isolate so a Latin name inside an Arabic line keeps the line RTL. */
export function isolate(s: string): string {
  return `\u2068${s}\u2069`;
}
