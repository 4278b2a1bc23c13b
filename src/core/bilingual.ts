/**
 * Showing article text in the reply language without inventing translations: when the
 * English side is missing, the Arabic original is shown and marked as such.
 */
import type { Bi, Lang } from '../briefing/types.ts';

export interface Shown {
  text: string;
  /** True when the text is not in the requested language (shown in the original). */
  original: boolean;
}

export function show(bi: Bi, lang: Lang): Shown {
  const want = bi[lang].trim();
  if (want) return { text: want, original: false };
  const other = lang === 'en' ? bi.ar : bi.en;
  return { text: other.trim(), original: other.trim() !== '' };
}

/** The "(original Arabic)" style mark for a reply in `lang` showing text in the other language. */
export function originalMark(lang: Lang): string {
  return lang === 'en' ? 'Arabic original, not yet translated' : 'النص الأصلي بالإنجليزية، لم يترجم بعد';
}

/** Wrap text in a first-strong isolate so a Latin name inside an Arabic line keeps the line RTL. */
export function isolate(s: string): string {
  return `\u2068${s}\u2069`;
}
