/**
 * Light Arabic normalisation for word lists: diacritics, tatweel and hamza-on-alef variants
 * folded, but ى and ة kept (so على stays distinct from the name علي, and دولة from دوله).
 * Matching of names uses the stronger normaliseAr from normalize.ts.
 */
import { stripDiacritics } from './normalize.ts';

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
    const ch = s[i]!;
    const c = ch.charCodeAt(0);
    // Per character, without regular expressions: marks and tatweel dropped, alef and Persian
    // forms folded, Arabic-Indic digits to ASCII.
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x0610 && c <= 0x061a) || (c >= 0x06d6 && c <= 0x06ed)) continue;
    let n = LIGHT[ch] ?? ch;
    if (c >= 0x0660 && c <= 0x0669) n = String(c - 0x0660);
    else if (c >= 0x06f0 && c <= 0x06f9) n = String(c - 0x06f0);
    out.push(n);
    map.push(i);
  }
  map.push(s.length);
  return { norm: out.join(''), map };
}
