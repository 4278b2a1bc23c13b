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
