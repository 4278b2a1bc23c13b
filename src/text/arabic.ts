/**
 * Light Arabic folding for word lists: the shared foldArabic (src/text/normalize.ts) with ى, ة, ئ, ؤ
 * kept, so على stays distinct from the name علي, and دولة from دوله. Name matching uses the full
 * fold (normaliseAr). Kept as names here because the parser's word lists and tokens use them widely.
 */
import { foldArabic, foldArabicWithMap } from './normalize.ts';

export function lightNormAr(s: string): string {
  return foldArabic(s, { light: true });
}

/** lightNormAr with a map from each output character to its offset in the input (see foldArabicWithMap). */
export function lightNormWithMap(s: string): { norm: string; map: number[] } {
  return foldArabicWithMap(s, { light: true });
}

/**
 * A name word without its long vowels and hamza seats: two spellings of one foreign name differ in
 * them (سكريبال، سكريبل; دونالد، دونلد), so equal skeletons say "one name, spelled two ways".
 */
export const nameSkeleton = (w: string): string => w.replace(/[اويىأإآ]/g, '');

/**
 * nameSkeleton with the letters one foreign sound is written with folded together (غ/ج/ق/ك for g:
 * غابرييل، جابرييل; ة/ه): for telling two *different* first words apart, where another spelling
 * of one name must not pass for a second person.
 */
export const soundSkeleton = (w: string): string => nameSkeleton(w).replace(/[غجقك]/g, 'ج').replace(/ة/g, 'ه');

/** A regnal ordinal after a name (الأول، الثاني … العاشر): no family name two people could share. */
export const isOrdinalWord = (w: string): boolean => ORDINAL.test(w);
// (a constant: a regex literal in the arrow would build a RegExp per call, and this runs per candidate pair)
const ORDINAL = /^[وف]?ال(اول|أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)(ة)?$/;
