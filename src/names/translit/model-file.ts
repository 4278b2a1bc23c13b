/**
 * The names model file (data/names/model.bin): the model as it is held once built, so loading
 * is reading arrays, not parsing JSON and hashing every n-gram's context again (the JSON file
 * took 220-290 ms of CPU to load on a loaded machine, against a 300 ms target).
 *
 * Layout: "MJZN", a little-endian u32 header length, the header (JSON: meta, graphones, the
 * character models' alphabets, the reranker's weights, and where each array is), then the
 * arrays as LEB128 varints: sorted keys as gaps from the previous key, other integers
 * zigzagged, texts as UTF-8. Varints keep the file near the JSON's size (most numbers are
 * small); decoding them costs a few milliseconds.
 */
import { readFileSync } from 'node:fs';
import type { LetterModelData, ModelData } from './model-data.ts';
import { NgramLM, type NgramData, type PackedNgram } from './ngram.ts';
import { Lookup } from './lookup.ts';

const MAGIC = 'MJZN';

type IntKind = 'gaps' | 'zigzag';
interface Section {
  kind: IntKind | 'utf8';
  at: number;
  bytes: number;
  /** integers in the array (ints only) */
  n?: number;
}

class Writer {
  private chunks: Buffer[] = [];
  private size = 0;
  readonly sections: Section[] = [];
  /** index of the section holding these integers */
  ints(a: ArrayLike<number>, kind: IntKind): number {
    const out = new Uint8Array(a.length * 5 + 5);
    let o = 0;
    let prev = 0;
    for (let i = 0; i < a.length; i++) {
      let v = a[i]!;
      if (kind === 'gaps') {
        if (v < prev) throw new Error('model file: keys must be ascending');
        [v, prev] = [v - prev, v];
      } else v = v >= 0 ? 2 * v : -2 * v - 1;
      while (v >= 128) {
        out[o++] = (v % 128) | 128;
        v = Math.floor(v / 128);
      }
      out[o++] = v;
    }
    return this.push(Buffer.from(out.buffer, 0, o), { kind, n: a.length });
  }
  text(s: string): number {
    return this.push(Buffer.from(s, 'utf8'), { kind: 'utf8' });
  }
  private push(b: Buffer, s: Omit<Section, 'at' | 'bytes'>): number {
    this.sections.push({ ...s, at: this.size, bytes: b.length });
    this.chunks.push(b);
    this.size += b.length;
    return this.sections.length - 1;
  }
  body(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

function readInts(body: Uint8Array, s: Section): Int32Array {
  const out = new Int32Array(s.n!);
  let o = s.at;
  let prev = 0;
  const gaps = s.kind === 'gaps';
  for (let i = 0; i < out.length; i++) {
    let v = 0;
    let scale = 1;
    for (;;) {
      const b = body[o++]!;
      v += (b & 127) * scale;
      if (b < 128) break;
      scale *= 128;
    }
    if (gaps) out[i] = prev += v;
    else out[i] = v % 2 ? -(v + 1) / 2 : v / 2;
  }
  return out;
}

/** Which sections hold a packed n-gram model's arrays. */
type PackedRef = Omit<PackedNgram, 'keys' | 'first' | 'second' | 'bow' | 'shorter' | 'last'> & Record<'keys' | 'first' | 'second' | 'bow' | 'shorter' | 'last', number>;

function packRef(w: Writer, d: NgramData | PackedNgram): PackedRef {
  const p = 'keys' in d ? d : new NgramLM(d).pack();
  return {
    order: p.order,
    base: p.base,
    floor: p.floor,
    keys: w.ints(p.keys, 'gaps'),
    first: w.ints(p.first, 'zigzag'),
    second: w.ints(p.second, 'zigzag'),
    bow: w.ints(p.bow, 'zigzag'),
    shorter: w.ints(p.shorter, 'zigzag'),
    last: w.ints(p.last, 'zigzag'),
  };
}

/** The letter model's arrays (translit/letter-model.ts) and how each is stored. */
const LETTER_INTS = [
  ['windows', 'gaps'],
  ['prevKeys', 'gaps'],
  ['pairKeys', 'gaps'],
  ['pairCounts', 'zigzag'],
  ['n', 'zigzag'],
  ['types', 'zigzag'],
  ['optStarts', 'gaps'],
  ['optList', 'zigzag'],
] as const satisfies ReadonlyArray<readonly [keyof LetterModelData, IntKind]>;

interface Header {
  format: 1;
  meta: ModelData['meta'];
  graphones: string[];
  rerank?: ModelData['rerank'];
  joint: PackedRef;
  enLM: { chars: string[]; lm: PackedRef };
  arLM: { chars: string[]; lm: PackedRef };
  ar2en: number;
  en2ar: number;
  starts: { ar2en: number; en2ar: number };
  letters?: { outs: string[]; chars: string[] } & Record<(typeof LETTER_INTS)[number][0], number>;
  sections: Section[];
}

/** The model file's bytes (the same bytes for the same model). */
export function encodeModel(d: ModelData): Buffer {
  const w = new Writer();
  const header: Omit<Header, 'sections'> = {
    format: d.format,
    meta: d.meta,
    graphones: d.graphones,
    ...(d.rerank ? { rerank: d.rerank } : {}),
    joint: packRef(w, d.joint),
    enLM: { chars: d.enLM.chars, lm: packRef(w, d.enLM.lm) },
    arLM: { chars: d.arLM.chars, lm: packRef(w, d.arLM.lm) },
    ar2en: w.text(d.ar2en),
    en2ar: w.text(d.en2ar),
    starts: { ar2en: w.ints(d.starts?.ar2en ?? new Lookup(d.ar2en).lineStarts(), 'gaps'), en2ar: w.ints(d.starts?.en2ar ?? new Lookup(d.en2ar).lineStarts(), 'gaps') },
    ...(d.letters ? { letters: { outs: d.letters.outs, chars: d.letters.chars, ...Object.fromEntries(LETTER_INTS.map(([k, kind]) => [k, w.ints(d.letters![k], kind)])) } as Header['letters'] } : {}),
  };
  const head = Buffer.from(JSON.stringify({ ...header, sections: w.sections }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  return Buffer.concat([Buffer.from(MAGIC, 'latin1'), len, head, w.body()]);
}

/** A model file's content: the packed form (model.bin), or the JSON one. */
export function decodeModel(buf: Buffer): ModelData {
  if (buf.toString('latin1', 0, 4) !== MAGIC) return JSON.parse(buf.toString('utf8')) as ModelData;
  const headLen = buf.readUInt32LE(4);
  const h = JSON.parse(buf.toString('utf8', 8, 8 + headLen)) as Header;
  const body = buf.subarray(8 + headLen);
  const ints = (i: number) => readInts(body, h.sections[i]!);
  const text = (i: number) => body.toString('utf8', h.sections[i]!.at, h.sections[i]!.at + h.sections[i]!.bytes);
  const lm = (r: PackedRef): PackedNgram => ({ order: r.order, base: r.base, floor: r.floor, keys: ints(r.keys), first: ints(r.first), second: ints(r.second), bow: ints(r.bow), shorter: ints(r.shorter), last: ints(r.last) });
  return {
    format: h.format,
    meta: h.meta,
    graphones: h.graphones,
    joint: lm(h.joint),
    enLM: { chars: h.enLM.chars, lm: lm(h.enLM.lm) },
    arLM: { chars: h.arLM.chars, lm: lm(h.arLM.lm) },
    ar2en: text(h.ar2en),
    en2ar: text(h.en2ar),
    starts: { ar2en: ints(h.starts.ar2en), en2ar: ints(h.starts.en2ar) },
    ...(h.rerank ? { rerank: h.rerank } : {}),
    ...(h.letters ? { letters: { outs: h.letters.outs, chars: h.letters.chars, ...Object.fromEntries(LETTER_INTS.map(([k]) => [k, ints(h.letters![k])])) } as LetterModelData } : {}),
  };
}

export function readModelFile(path: string): ModelData {
  return decodeModel(readFileSync(path));
}
