/**
 * What a names model file holds (data/names/model.bin, written by scripts/train-names.ts in
 * the packed form of translit/model-file.ts; a JSON file of this shape with NgramData tables
 * is read too).
 */
import type { NgramData, PackedNgram } from './ngram.ts';

export interface CharLMData {
  /** symbol i+1 is chars[i]; chars.length+1 is the word boundary */
  chars: string[];
  lm: NgramData | PackedNgram;
}

export interface ModelData {
  format: 1;
  /** what was fitted and what was held out, for the record */
  meta: Record<string, unknown>;
  /** graphone i+1 is graphones[i] = "arabic\tlatin"; graphones.length+1 is the boundary */
  graphones: string[];
  joint: NgramData | PackedNgram;
  enLM: CharLMData;
  arLM: CharLMData;
  /**
   * Look-up tables as text, one key a line: `key\tform count google|form count google...`
   * (ar2en: normAr key -> Latin as listed; en2ar: Latin model form -> Arabic as written; count:
   * Wikidata people with that pair; google: Google pairs). Text, not nested JSON arrays,
   * because parsing 100k small arrays would cost most of the load-time budget.
   */
  ar2en: string;
  en2ar: string;
  /** each look-up table's line starts (Lookup.lineStarts), when the file keeps them */
  starts?: { ar2en: Int32Array; en2ar: Int32Array };
  /** the per-letter model, a second generator of Latin guesses (translit/letter-model.ts), absent in older files */
  letters?: LetterModelData;
  /** learned weights of the Arabic -> Latin candidate reranker (translit/rerank.ts), absent in older files */
  rerank?: RerankData;
}

/** The learned reranker of Arabic -> Latin candidates, as the model file holds it. */
export interface RerankData {
  features: string[];
  /** weights ordering the list */
  weights: number[];
  /**
   * weights choosing the first answer, when it is trained apart; absent, the rules' first answer
   * stays first (see scripts/train-names.ts for why)
   */
  first?: number[];
  /**
   * weights choosing a known key's first answer among its known spellings, fitted on Google's
   * lists (see scripts/train-names.ts); an unknown key's first answer stays the rules'
   */
  firstKnown?: number[];
  /**
   * weights ordering the list of a key no one in the data carries (only the model's guesses, or a
   * clitic's bare form), fitted on such lists alone; absent, `weights` order every list
   */
  unknown?: number[];
  /**
   * weight of the per-letter model's forced score (translit/letter-model.ts `score`) when an
   * unknown key's first answer is chosen among the rules' two: each is scored by `unknown` plus
   * this times its letter score (a second opinion from a model that also reads the letters
   * after the one it spells); absent or 0, `unknown` alone
   */
  unknownLetter?: number;
  /**
   * the letter model is asked only when the two's `unknown` scores differ by less than this
   * (the smallest margin that changed no cross-fitted list's first answer: a speed bound);
   * absent, always
   */
  unknownLetterMargin?: number;
}

/**
 * The model as the model file stores it: its tables as they are held once built, so loading
 * inserts each stored key once and builds nothing else (names27; names26 built them from
 * window strings and counts at load, 760-900 ms of CPU).
 */
export interface LetterModelData {
  /** chunk i is outs[i] */
  outs: string[];
  /** the windows' letters: letter code i + 1 is chars[i] ('^' and '$' beyond the word; see windowCode) */
  chars: string[];
  /** the Arabic-only contexts' window codes, ascending: context id = index */
  windows: Int32Array;
  /** contexts with Latin letters too (see keyA, keyC), ascending: context id = windows.length + index */
  prevKeys: Int32Array;
  /** (context id × outs.length + chunk) ascending, and the count of each */
  pairKeys: Int32Array;
  pairCounts: Int32Array;
  /** per context: observations and distinct chunks (Witten-Bell) */
  n: Int32Array;
  types: Int32Array;
  /** per Arabic-only context c: its chunks, most frequent first, are optList[optStarts[c] .. optStarts[c + 1]) */
  optStarts: Int32Array;
  optList: Int32Array;
}
