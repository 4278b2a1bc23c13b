/**
 * Light Arabic normalisation for word lists: diacritics, tatweel and hamza-on-alef variants
 * folded, but ى and ة kept (so على stays distinct from the name علي, and دولة from دوله).
 * Matching of names uses the stronger normaliseAr from normalize.ts.
 */
import { asciiDigits, stripDiacritics } from './normalize.ts';

const LIGHT: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ی': 'ي', 'ک': 'ك' };

export function lightNormAr(s: string): string {
  return stripDiacritics(s).replace(/[أإآٱیک]/g, (c) => LIGHT[c] ?? c);
}

/**
 * lightNormAr with ASCII digits and a map from each output character to its offset in the input,
 * so a match found on the normal form can be cut out of the original text.
 */
export function lightNormWithMap(s: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const n = lightNormAr(asciiDigits(s[i]!));
    for (let k = 0; k < n.length; k++) { norm += n[k]; map.push(i); }
  }
  map.push(s.length);
  return { norm, map };
}
