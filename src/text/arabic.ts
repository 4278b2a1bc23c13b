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
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Arabic letters, marks and digits are the only characters the light form changes.
    const n = c >= 0x0600 && c <= 0x06ff ? lightNormAr(asciiDigits(s[i]!)) : s[i]!;
    for (let k = 0; k < n.length; k++) { out.push(n[k]!); map.push(i); }
  }
  map.push(s.length);
  return { norm: out.join(''), map };
}
