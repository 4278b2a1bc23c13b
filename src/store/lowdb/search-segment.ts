/**
 * One immutable file of the embedded engine's search index: for each field (words of title and
 * body, title words, name words), the sorted terms and, per term, the numbers of the documents
 * holding it (ascending, delta-encoded as varints). Only the terms stay in memory; postings are
 * read from the file when a query needs them (page cache, not process memory), and the terms
 * sharing a prefix sit together, so a prefix lookup is one read.
 *
 * Layout: "MJZIX1\n", u32 header length, header JSON { docs, fields: [{ terms }] }, then per
 * field: u32 offsets (terms + 1, relative to the field's postings), u32 last document per term,
 * and the postings bytes.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { writeFileDurable } from './durable.ts';
import { lowerBound } from '../../text/sorted.ts';

const MAGIC = Buffer.from('MJZIX1\n');
export const FIELDS = 3;

interface FieldIndex {
  terms: string[];
  offsets: Uint32Array;
  last: Uint32Array;
  /** Where this field's postings start in the file. */
  at: number;
}

/** Terms of one field with their document lists, being gathered for a segment. */
export type FieldPostings = Map<string, number[]>;

export function encodeVarints(nums: readonly number[], prev: number, out: number[]): number {
  for (const n of nums) {
    let d = n - prev;
    prev = n;
    while (d >= 0x80) {
      out.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    out.push(d);
  }
  return prev;
}

/** Decode deltas from buf[from, to) starting after `prev`, calling `each` with every number. */
export function decodeVarints(buf: Uint8Array, from: number, to: number, prev: number, each: (n: number) => void): void {
  let i = from;
  while (i < to) {
    let d = 0;
    let shift = 0;
    let b: number;
    do {
      b = buf[i++]!;
      d += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    prev += d;
    each(prev);
  }
}

/** decodeVarints from -1 setting mark[n] = 1 for each number (the hot loop of a search). */
export function markVarints(buf: Uint8Array, from: number, to: number, mark: Uint8Array): void {
  let prev = -1;
  let i = from;
  while (i < to) {
    let b = buf[i++]!;
    let d = b & 0x7f;
    if (b & 0x80) {
      let shift = 7;
      do {
        b = buf[i++]!;
        d += (b & 0x7f) * 2 ** shift;
        shift += 7;
      } while (b & 0x80);
    }
    prev += d;
    mark[prev] = 1;
  }
}

export class Segment {
  private constructor(
    private readonly fd: number,
    /** Document number → "id\u0000parserVersion" of the briefing version indexed under it. */
    readonly docs: string[],
    private readonly fields: FieldIndex[],
  ) {}

  static open(file: string): Segment {
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(MAGIC.length + 4);
      readSync(fd, head, 0, head.length, 0);
      if (!head.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error(`${file} is not a search index segment`);
      const hlen = head.readUInt32LE(MAGIC.length);
      const hbuf = Buffer.alloc(hlen);
      readSync(fd, hbuf, 0, hlen, head.length);
      const header = JSON.parse(hbuf.toString('utf8')) as { docs: string[]; fields: Array<{ terms: string[]; bytes: number }> };
      let pos = head.length + hlen;
      const fields: FieldIndex[] = [];
      for (const f of header.fields) {
        const n = f.terms.length;
        const arrays = Buffer.alloc((n + 1 + n) * 4);
        readSync(fd, arrays, 0, arrays.length, pos);
        pos += arrays.length;
        const all = new Uint32Array(arrays.buffer.slice(arrays.byteOffset, arrays.byteOffset + arrays.length));
        fields.push({ terms: f.terms, offsets: all.subarray(0, n + 1), last: all.subarray(n + 1), at: pos });
        pos += f.bytes;
      }
      return new Segment(fd, header.docs, fields);
    } catch (e) {
      closeSync(fd);
      throw e;
    }
  }

  close(): void {
    closeSync(this.fd);
  }

  /**
   * Set mark[doc] = 1 for every document holding a term of `field` that starts with `prefix`
   * (`exact`: equal to it). Marks, not a callback per document: a two-letter prefix ("al", "ال")
   * covers thousands of terms and most of the library, and a call per posting was most of a
   * search's time. Returns whether any term matched.
   */
  mark(field: number, prefix: string, exact: boolean, mark: Uint8Array): boolean {
    const f = this.fields[field]!;
    const from = lowerBound(f.terms, prefix);
    let to = from;
    if (exact) to = f.terms[from] === prefix ? from + 1 : from;
    else while (to < f.terms.length && f.terms[to]!.startsWith(prefix)) to++;
    if (to === from) return false;
    const start = f.offsets[from]!;
    const end = f.offsets[to]!;
    const buf = Buffer.allocUnsafe(end - start);
    readSync(this.fd, buf, 0, buf.length, f.at + start);
    for (let t = from; t < to; t++) markVarints(buf, f.offsets[t]! - start, f.offsets[t + 1]! - start, mark);
    return true;
  }

  /** Terms and raw postings of a field, for merging into the next segment. */
  fieldData(field: number): { terms: string[]; offsets: Uint32Array; last: Uint32Array; bytes: Buffer } {
    const f = this.fields[field]!;
    const bytes = Buffer.allocUnsafe(f.offsets[f.terms.length]!);
    readSync(this.fd, bytes, 0, bytes.length, f.at);
    return { terms: f.terms, offsets: f.offsets, last: f.last, bytes };
  }
}

/**
 * Write a segment holding `base` (an older segment, or none) and then `added` (documents
 * numbered after base's), fsynced and renamed into place. Yields to the event loop every
 * few thousand terms: merging a large library is done in slices.
 */
export async function writeSegment(file: string, docs: readonly string[], base: Segment | null, added: readonly FieldPostings[]): Promise<void> {
  const turn = () => new Promise<void>((r) => setImmediate(r));
  const headerFields: Array<{ terms: string[]; bytes: number }> = [];
  const parts: Buffer[] = [];
  for (let field = 0; field < FIELDS; field++) {
    const old = base ? base.fieldData(field) : { terms: [] as string[], offsets: new Uint32Array(1), last: new Uint32Array(0), bytes: Buffer.alloc(0) };
    const add = added[field] ?? new Map<string, number[]>();
    const addTerms = [...add.keys()].sort();
    const terms: string[] = [];
    const offsets: number[] = [0];
    const last: number[] = [];
    const chunks: Buffer[] = [];
    let size = 0;
    let i = 0;
    let j = 0;
    let work = 0;
    while (i < old.terms.length || j < addTerms.length) {
      const a = old.terms[i];
      const b = addTerms[j];
      const term = b === undefined || (a !== undefined && a <= b) ? a! : b;
      let prev = -1;
      if (a === term) {
        const chunk = old.bytes.subarray(old.offsets[i]!, old.offsets[i + 1]!);
        chunks.push(chunk);
        size += chunk.length;
        prev = old.last[i]!;
        i++;
      }
      if (b === term) {
        const out: number[] = [];
        prev = encodeVarints(add.get(term)!, prev, out);
        const chunk = Buffer.from(out);
        chunks.push(chunk);
        size += chunk.length;
        j++;
      }
      terms.push(term);
      offsets.push(size);
      last.push(prev);
      if (++work % 5000 === 0) await turn();
    }
    const arrays = new Uint32Array(offsets.length + last.length);
    arrays.set(offsets, 0);
    arrays.set(last, offsets.length);
    parts.push(Buffer.from(arrays.buffer), ...chunks);
    headerFields.push({ terms, bytes: size });
  }
  const header = Buffer.from(JSON.stringify({ docs, fields: headerFields }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length);
  await writeFileDurable(file, Buffer.concat([MAGIC, len, header, ...parts]));
}
