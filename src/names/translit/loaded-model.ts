/** The transliteration model as loaded in memory (its file form is model-data.ts). */

import type { CharLM } from './char-lm.ts';
import type { JointDecoder } from './decode.ts';
import type { LetterModel } from './letter-model.ts';
import type { Lookup } from './lookup.ts';
import type { RerankData } from './model-data.ts';

export interface Model {
  ar2en: Lookup;
  en2ar: Lookup;
  fromArabic: JointDecoder;
  fromLatin: JointDecoder;
  enLM: CharLM;
  /** the per-letter second generator of Latin guesses, when the file has one */
  letters?: LetterModel;
  arLM: CharLM;
  meta: Record<string, unknown>;
  /** the learned reranker of Arabic -> Latin candidates, when the file has one */
  rerank?: RerankData;
}
