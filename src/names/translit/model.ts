/**
 * Loads the shipped transliteration model (data/names/model.json, built by
 * `npm run train:names`) once, on first use, into look-up maps, the joint graphone decoders
 * of both directions and the character models that rerank their candidates.
 */
import { readFileSync } from 'node:fs';
import { JointDecoder } from './decode.ts';
import type { CharLMData, ModelData } from './model-data.ts';
import { NgramLM } from './ngram.ts';

/** MUJAZ_NAMES_MODEL: another model file (a measurement split's, see scripts/names/data.ts). */
export const MODEL_PATH = process.env.MUJAZ_NAMES_MODEL ?? new URL('../../../data/names/model.json', import.meta.url).pathname;

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

export interface Entry {
  text: string;
  wikidata: number;
  google: number;
}

export interface Model {
  ar2en: Lookup;
  en2ar: Lookup;
  fromArabic: JointDecoder;
  fromLatin: JointDecoder;
  enLM: CharLM;
  arLM: CharLM;
  meta: Record<string, unknown>;
}

/** A look-up table read from its text form; each key's entries are parsed when first asked for. */
export class Lookup {
  private readonly raw = new Map<string, string>();
  private readonly parsed = new Map<string, Entry[]>();
  constructor(text: string) {
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) this.raw.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  get size(): number {
    return this.raw.size;
  }
  has(key: string): boolean {
    return this.raw.has(key);
  }
  get(key: string): Entry[] | undefined {
    let hit = this.parsed.get(key);
    if (hit) return hit;
    const r = this.raw.get(key);
    if (r === undefined) return undefined;
    hit = r.split('|').map((e) => {
      const [text, c, g] = e.split(' ');
      return { text: text!, wikidata: Number(c), google: Number(g) };
    });
    this.parsed.set(key, hit);
    return hit;
  }
  /** Wikidata people plus Google pairs listed under a key (0 when unknown). */
  weight(key: string): number {
    return this.get(key)?.reduce((s, e) => s + e.wikidata + e.google, 0) ?? 0;
  }
}

let loaded: Model | null = null;

export function buildModel(d: ModelData): Model {
  if (d.format !== 1) throw new Error(`names model: unknown format ${String(d.format)}`);
  const joint = new NgramLM(d.joint);
  const edge = d.graphones.length + 1;
  return {
    ar2en: new Lookup(d.ar2en),
    en2ar: new Lookup(d.en2ar),
    fromArabic: new JointDecoder(joint, d.graphones, 0, PER_CHUNK, edge),
    fromLatin: new JointDecoder(joint, d.graphones, 1, PER_CHUNK, edge),
    enLM: new CharLM(d.enLM),
    arLM: new CharLM(d.arLM),
    meta: d.meta,
  };
}

/** The shipped model, loaded on first use. */
export function model(): Model {
  if (!loaded) loaded = buildModel(JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as ModelData);
  return loaded;
}
