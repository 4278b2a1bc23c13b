/**
 * Arabic proclitics for matching: و ف (conjunctions), ب ل ك (prepositions), ال (article) and their
 * combinations (وال، بال، لل، فال، وبال، وللـ …). Used on *normalised* words (see normaliseAr).
 *
 * Readings are cached per word (callers must not mutate them).
 *
 * Stripping is ambiguous (the ب of بوتين, the ل of لاكروا belong to the name), so callers that know
 * the forms they are looking for pass `isKnown` and get the longest known reading.
 */

import { memo } from './memo.ts';

export interface CliticReading {
  /** The prefix letters removed (normalised), e.g. "وب", "لل" (= ل + ال). */
  prefix: string;
  stem: string;
  /** Whether the reading removed the article ال (or the ل of لل). */
  article: boolean;
}

const MIN_STEM = 2;

/**
 * All readings of a word, longest stem first (the unstripped word is always the first reading).
 * The article may follow a conjunction and/or preposition; لل is ل + ال with the alef dropped.
 */
export const cliticReadings: (word: string) => CliticReading[] = memo(computeReadings);

function computeReadings(word: string): CliticReading[] {
  const out: CliticReading[] = [{ prefix: '', stem: word, article: false }];
  const seen = new Set<string>([word]);
  const add = (prefix: string, article: boolean) => {
    const stem = word.slice(prefix.length);
    if (stem.length < MIN_STEM || seen.has(stem)) return;
    seen.add(stem);
    out.push({ prefix, stem, article });
  };
  let i = 0;
  let conj = '';
  if (word[i] === 'و' || word[i] === 'ف') { conj = word[i]!; i++; }
  if (conj) add(conj, false);
  const p = word[i];
  if (p === 'ب' || p === 'ل' || p === 'ك') {
    if (p === 'ل' && word[i + 1] === 'ل') {
      // لل + stem: ل + (ا)ل + stem. The definite stem is "ال" + rest.
      const rest = word.slice(i + 2);
      if (rest.length >= MIN_STEM) {
        const definite = 'ال' + rest;
        if (!seen.has(definite)) { seen.add(definite); out.push({ prefix: word.slice(0, i + 1), stem: definite, article: false }); }
        if (!seen.has(rest)) { seen.add(rest); out.push({ prefix: word.slice(0, i + 2), stem: rest, article: true }); }
      }
    }
    add(word.slice(0, i + 1), false);
    i++;
  }
  if (word.startsWith('ال', i)) add(word.slice(0, i + 2), true);
  // Longest stem first regardless of which rule produced it.
  return out.sort((a, b) => b.stem.length - a.stem.length);
}

/**
 * The reading of `word` whose stem is known, preferring the longest stem (so بوتين stays بوتين
 * when بوتين is known, and بالأسد gives الاسد). Null when no reading is known.
 */
export function knownReading(word: string, isKnown: (stem: string) => boolean): CliticReading | null {
  for (const r of cliticReadings(word)) if (isKnown(r.stem)) return r;
  return null;
}

/** Strip clitics greedily (for open-class words in ranking; never for names). */
export function stripCliticsGreedy(word: string): string {
  const rs = cliticReadings(word);
  return rs[rs.length - 1]!.stem;
}

/** Drop a leading definite article (ال) if what remains is long enough. */
export function withoutArticle(word: string): string {
  return word.startsWith('ال') && word.length > 2 + MIN_STEM - 1 ? word.slice(2) : word;
}
