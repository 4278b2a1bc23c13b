/**
 * Counter-evidence that an Arabic word is an everyday word, not a person's name word: the
 * development corpus's texts write it with the article or with a pronoun ending no name takes, in
 * two articles or more (data/words/everyday-ar.json, built by scripts/build-everyday-words.ts from
 * the texts alone). Of the gold's name words, the list holds mostly given names (سعيد، وليد، كمال),
 * which the given-name list vouches for; the parser reads it only beside weak evidence for a name
 * (a gazetteer token, which the names data holds for صديق and مقترح too, or the tagger's doubt).
 */
import { readFileSync } from 'node:fs';

let words: ReadonlySet<string> | undefined;

/** The light form (lightNormAr) is written as an everyday word in the corpus. */
export function isEverydayWord(light: string): boolean {
  words ??= new Set((JSON.parse(readFileSync(new URL('../../data/words/everyday-ar.json', import.meta.url), 'utf8')) as { words: string[] }).words);
  return words.has(light);
}

/**
 * For cross-validation only (`npm run cv:people -- --hide-everyday`): read another list, the one the
 * training folds' texts alone would build (undefined: the shipped file again). Before the first parse.
 */
export function useEverydayWords(ws: ReadonlySet<string> | undefined): void {
  words = ws;
}
