/**
 * A body the lists know by a name of one to four words opening at a token (الأمم المتحدة، منظمة
 * الصحة العالمية، أبل): read where a word alone says nothing (الأمم is no body, الأمم المتحدة is).
 */
import { knownOrg } from './names-adapter.ts';
import { normaliseAr } from '../text/normalize.ts';
import type { Token } from './tokens.ts';

/** Words of a known body's name at most. */
const MAX_WORDS = 4;
/** Punctuation no body's name runs across (owned-role.ts reads a body's name by the same marks). */
export const BODY_NAME_BREAK = /[،,.:;؛!?؟()"«»“”]/;

/** The longest known body's name opening at k, as written, or null. */
export function knownBodyAt(toks: readonly Token[], k: number): string | null {
  let phrase = '';
  let found: string | null = null;
  for (let j = k; j < k + MAX_WORDS && j < toks.length && toks[j]!.sent === toks[k]!.sent; j++) {
    if (j > k && BODY_NAME_BREAK.test(toks[j - 1]!.gap)) break;
    phrase += (phrase ? ' ' : '') + toks[j]!.text;
    if (knownOrg(normaliseAr(phrase))) found = phrase;
  }
  return found;
}

/** The longest known body's name ending at e, as written, and the token it opens at; or null. */
export function knownBodyEndingAt(toks: readonly Token[], e: number): { ar: string; from: number } | null {
  let phrase = '';
  let found: { ar: string; from: number } | null = null;
  for (let j = e; j > e - MAX_WORDS && j >= 0 && toks[j]!.sent === toks[e]!.sent; j--) {
    if (j < e && BODY_NAME_BREAK.test(toks[j]!.gap)) break;
    phrase = toks[j]!.text + (phrase ? ' ' : '') + phrase;
    if (knownOrg(normaliseAr(phrase))) found = { ar: phrase, from: j };
  }
  return found;
}
