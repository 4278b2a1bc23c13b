/**
 * Loads the shipped transliteration model (data/names/model.bin, built by
 * `npm run train:names`) once, on first use, into look-up maps, the joint graphone decoders
 * of both directions and the character models that rerank their candidates.
 */
import { JointDecoder } from './decode.ts';
import { LetterModel } from './letter-model.ts';
import type { ModelData, RerankData } from './model-data.ts';
import { Lookup } from './lookup.ts';
import { readModelFile } from './model-file.ts';
import { NgramLM } from './ngram.ts';
import { FEATURES } from './rerank.ts';
import { CharLM } from './char-lm.ts';
import type { Model } from './loaded-model.ts';

export type { Model };
export { CharLM };

/** MUJAZ_NAMES_MODEL: another model file (a measurement split's, see scripts/names/data.ts). */
export const MODEL_PATH = process.env.MUJAZ_NAMES_MODEL ?? new URL('../../../data/names/model.bin', import.meta.url).pathname;

/** Graphones tried per input chunk: enough for the spellings a letter really has, few enough to be fast. */
const PER_CHUNK = Number(process.env.NAMES_PER_CHUNK ?? 30);

/** A model file's reranker, refused when its features are not the ones this code computes. */
function checkedRerank(r: RerankData): RerankData {
  const bad = (w: number[] | undefined) => !!w && (w.length !== FEATURES.length || w.some((v) => !Number.isFinite(v)));
  if (r.features.join(',') !== FEATURES.join(',') || !r.weights || bad(r.weights) || bad(r.first) || bad(r.firstKnown) || bad(r.unknown)) {
    throw new Error('names model: reranker features differ from this code (npm run train:names)');
  }
  return r;
}

let loaded: Model | null = null;

export function buildModel(d: ModelData): Model {
  if (d.format !== 1) throw new Error(`names model: unknown format ${String(d.format)}`);
  const joint = new NgramLM(d.joint);
  const edge = d.graphones.length + 1;
  const m: Model = {
    ar2en: new Lookup(d.ar2en, d.starts?.ar2en),
    en2ar: new Lookup(d.en2ar, d.starts?.en2ar),
    fromArabic: new JointDecoder(joint, d.graphones, 0, PER_CHUNK, edge),
    fromLatin: new JointDecoder(joint, d.graphones, 1, PER_CHUNK, edge),
    enLM: new CharLM(d.enLM),
    arLM: new CharLM(d.arLM),
    meta: d.meta,
    rerank: d.rerank ? checkedRerank(d.rerank) : undefined,
  };
  // the per-letter model's tables: built at load when the reranker weighs its scores (an unknown
  // key's first answer, names31: nearly every article word asks, so the build belongs to the
  // load, about 25 ms of CPU), else on first use (name matching's second pass, src/names/match.ts)
  const letters = d.letters;
  if (letters && d.rerank?.unknownLetter) m.letters = new LetterModel(letters);
  else if (letters) {
    let built: LetterModel | undefined;
    Object.defineProperty(m, 'letters', { enumerable: true, get: () => (built ??= new LetterModel(letters)) });
  }
  return m;
}

/** The shipped model, loaded on first use. */
export function model(): Model {
  if (!loaded) loaded = buildModel(readModelFile(MODEL_PATH));
  return loaded;
}
