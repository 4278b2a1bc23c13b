/**
 * Loads the shipped transliteration model (data/names/model.bin, built by
 * `npm run train:names`) once, on first use, into look-up maps, the joint graphone decoders
 * of both directions and the character models that rerank their candidates.
 */
import { JointDecoder } from './decode.ts';
import type { CharLMData, ModelData } from './model-data.ts';
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
  /** the learned reranker of Arabic -> Latin candidates, when the file has one */
  rerank?: RerankData;
}

/**
 * A look-up table read from its text form, searched in place: the lines are sorted by key
 * (training writes them so; sorted here otherwise), so a key is found by binary search over
 * the line starts, and loading does not build 100,000 map entries (a sixth of the load time).
 * Each key's entries are parsed when first asked for.
 */
export class Lookup {
  private readonly text: string;
  /** start of each line holding a key, in key order */
  private readonly starts: Int32Array;
  private readonly parsed = new Map<string, Entry[]>();
  /** known: the line starts as lineStarts() gave them for this text (a model file keeps them) */
  constructor(text: string, known?: Int32Array) {
    this.text = text;
    if (known) {
      this.starts = known;
      return;
    }
    const starts: number[] = [];
    for (let at = 0; at < text.length; ) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      if (text.indexOf('\t', at) > at && text.indexOf('\t', at) < end) starts.push(at);
      at = end + 1;
    }
    let sorted = true;
    for (let i = 1; i < starts.length && sorted; i++) sorted = this.compareLines(starts[i - 1]!, starts[i]!) < 0;
    if (!sorted) starts.sort((a, b) => this.compareLines(a, b));
    this.starts = Int32Array.from(starts);
  }
  /** key of the line at a against key of the line at b, as strings compare (UTF-16 units) */
  private compareLines(a: number, b: number): number {
    const t = this.text;
    for (;;) {
      const x = t.charCodeAt(a++);
      const y = t.charCodeAt(b++);
      if (x === 9 || y === 9) return x === y ? 0 : x === 9 ? -1 : 1;
      if (x !== y) return x - y;
    }
  }
  /** key against the key of the line starting at `at` */
  private compareKey(key: string, at: number): number {
    const t = this.text;
    for (let i = 0; ; i++, at++) {
      const y = t.charCodeAt(at);
      if (i === key.length) return y === 9 ? 0 : -1;
      if (y === 9) return 1;
      const x = key.charCodeAt(i);
      if (x !== y) return x - y;
    }
  }
  /** start of the key's line, or -1 */
  private find(key: string): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compareKey(key, this.starts[mid]!);
      if (c === 0) return this.starts[mid]!;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  }
  get size(): number {
    return this.starts.length;
  }
  /** the start of each key's line, in key order */
  lineStarts(): Int32Array {
    return this.starts;
  }
  has(key: string): boolean {
    return this.parsed.has(key) || this.find(key) >= 0;
  }
  get(key: string): Entry[] | undefined {
    let hit = this.parsed.get(key);
    if (hit) return hit;
    const at = this.find(key);
    if (at < 0) return undefined;
    let end = this.text.indexOf('\n', at);
    if (end < 0) end = this.text.length;
    hit = this.text
      .slice(at + key.length + 1, end)
      .split('|')
      .map((e) => {
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
