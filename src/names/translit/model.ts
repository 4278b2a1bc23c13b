/**
 * Loads the shipped transliteration model (data/names/model.bin, built by
 * `npm run train:names`) once, on first use, into look-up maps, the joint graphone decoders
 * of both directions and the character models that rerank their candidates.
 */
import { JointDecoder } from './decode.ts';
import type { CharLMData, ModelData } from './model-data.ts';
import { Lookup } from './lookup.ts';
import { readModelFile } from './model-file.ts';
import { NgramLM } from './ngram.ts';
import { FEATURES, type RerankData } from './rerank.ts';

/** MUJAZ_NAMES_MODEL: another model file (a measurement split's, see scripts/names/data.ts). */
export const MODEL_PATH = process.env.MUJAZ_NAMES_MODEL ?? new URL('../../../data/names/model.bin', import.meta.url).pathname;

/** Graphones tried per input chunk: enough for the spellings a letter really has, few enough to be fast. */
const PER_CHUNK = Number(process.env.NAMES_PER_CHUNK ?? 30);

export class CharLM {
  private readonly lm: NgramLM;
  private readonly ids: Map<string, number>;
  private readonly edge: number;
  constructor(d: CharLMData) {
    this.lm = new NgramLM(d.lm);
    this.ids = new Map(d.chars.map((c, i) => [c, i + 1]));
    this.edge = d.chars.length + 1;
  }
  /** ln P(word) under the character model (unknown characters at the floor). */
  score(word: string): number {
    const seq: number[] = [];
    for (const c of word) seq.push(this.ids.get(c) ?? this.edge + 1);
    return this.lm.score(seq, this.edge);
  }
}

export interface Model {
  ar2en: Lookup;
  en2ar: Lookup;
  fromArabic: JointDecoder;
  fromLatin: JointDecoder;
  enLM: CharLM;
  arLM: CharLM;
  meta: Record<string, unknown>;
  /** the learned reranker of Arabic -> Latin candidates, when the file has one */
  rerank?: RerankData;
}


/** A model file's reranker, refused when its features are not the ones this code computes. */
function checkedRerank(r: RerankData): RerankData {
  if (r.features.join(',') !== FEATURES.join(',') || r.weights.length !== FEATURES.length || r.weights.some((w) => !Number.isFinite(w)) || (r.first && (r.first.length !== FEATURES.length || r.first.some((w) => !Number.isFinite(w))))) {
    throw new Error('names model: reranker features differ from this code (npm run train:names)');
  }
  return r;
}

let loaded: Model | null = null;

export function buildModel(d: ModelData): Model {
  if (d.format !== 1) throw new Error(`names model: unknown format ${String(d.format)}`);
  const joint = new NgramLM(d.joint);
  const edge = d.graphones.length + 1;
  return {
    ar2en: new Lookup(d.ar2en, d.starts?.ar2en),
    en2ar: new Lookup(d.en2ar, d.starts?.en2ar),
    fromArabic: new JointDecoder(joint, d.graphones, 0, PER_CHUNK, edge),
    fromLatin: new JointDecoder(joint, d.graphones, 1, PER_CHUNK, edge),
    enLM: new CharLM(d.enLM),
    arLM: new CharLM(d.arLM),
    meta: d.meta,
    rerank: d.rerank ? checkedRerank(d.rerank) : undefined,
  };
}

/** The shipped model, loaded on first use. */
export function model(): Model {
  if (!loaded) loaded = buildModel(readModelFile(MODEL_PATH));
  return loaded;
}
