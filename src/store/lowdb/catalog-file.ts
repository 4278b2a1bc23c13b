/**
 * The briefing catalog on disk: catalog.jsonl, one fsynced line per briefing version written
 * (the record of what was acknowledged, only ever appended to), and catalog.snapshot.json, the
 * whole catalog as of a byte offset of catalog.jsonl, in columns, so start-up parses one JSON
 * document instead of a line per briefing (100k lines and their objects were most of a 3 s
 * start-up) and then only the lines written after it.
 *
 * The snapshot is derived data and may be stale: it names the length of catalog.jsonl it covers
 * and that length's last bytes, and is used only if the file still holds exactly those bytes
 * there (catalog.jsonl is append-only, so what it covered never changes). It is written whole
 * through a temp file and a rename: a kill at any point leaves the old snapshot or the new one,
 * each describing a prefix of catalog.jsonl, and the lines after that prefix are read as before.
 */
import { closeSync, existsSync, fstatSync, ftruncateSync, fsyncSync, openSync, readFileSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { setImmediate as turn } from 'node:timers/promises';
import { writeFileDurable } from './durable.ts';

/** One catalog line as written. */
export interface CatalogLine {
  id: string;
  v: number;
  at: string;
  url?: string;
  f: string;
}

/** What the catalog keeps of a briefing version. */
export interface CatalogRow {
  id: string;
  ingestedAt: string;
  parserVersion: number;
  url?: string;
  file: string;
}

const FORMAT = 1;
/** Bytes of catalog.jsonl before the covered length that the snapshot repeats, to check it. */
const CHECK_BYTES = 64;

interface SnapshotDoc {
  format: number;
  covers: number;
  check: string;
  id: string[];
  at: string[];
  v: number[];
  url: Array<string | null>;
  /** null: the usual place (bodyFile). */
  f: Array<string | null>;
}

/** Where a briefing version's body is written, relative to the briefings folder. */
export function bodyFile(id: string, parserVersion: number): string {
  const sub = id.slice(0, 2).replace(/[^A-Za-z0-9_-]/g, '_') || '_';
  return `${sub}/${id.replace(/[^A-Za-z0-9_-]/g, '_')}.p${parserVersion}.json`;
}

function rowOf(x: CatalogLine): CatalogRow {
  return { id: x.id, ingestedAt: x.at, parserVersion: x.v, url: x.url, file: x.f };
}

/** Bytes [from, to) of a file. */
function readRange(fd: number, from: number, to: number): Buffer {
  const buf = Buffer.allocUnsafe(Math.max(0, to - from));
  let got = 0;
  while (got < buf.length) {
    const n = readSync(fd, buf, got, buf.length - got, from + got);
    if (n === 0) break;
    got += n;
  }
  return buf.subarray(0, got);
}

export interface CatalogRead {
  /** Every briefing version listed, oldest line first (a later one for an id replaces it). */
  rows: CatalogRow[];
  /** Length of catalog.jsonl up to its last complete line. */
  end: number;
  /** Lines read after the snapshot (all of them without one). */
  linesAfterSnapshot: number;
  /** The snapshot's covered length, or null when none could be used. */
  snapshotCovers: number | null;
}

/**
 * Read the catalog: the snapshot if it matches catalog.jsonl, then the lines after it. A torn
 * last line (a write cut by a crash: never acknowledged) is left out; `fix` cuts it off the file
 * so the next line appended starts a line of its own instead of being glued to it.
 */
export function readCatalog(file: string, snapshotFile: string, fix: boolean): CatalogRead {
  if (!existsSync(file)) return { rows: [], end: 0, linesAfterSnapshot: 0, snapshotCovers: null };
  const fd = openSync(file, fix ? 'r+' : 'r');
  try {
    const size = fstatSync(fd).size;
    const snap = readSnapshot(snapshotFile, fd, size);
    const from = snap?.covers ?? 0;
    const text = readRange(fd, from, size);
    const last = text.lastIndexOf(0x0a);
    const end = from + last + 1;
    const rows = snap ? snapshotRows(snap) : [];
    let lines = 0;
    for (const line of text.subarray(0, last + 1).toString('utf8').split('\n')) {
      if (!line) continue;
      let x: CatalogLine;
      try {
        x = JSON.parse(line) as CatalogLine;
      } catch {
        continue;
      }
      if (typeof x?.id === 'string' && typeof x.f === 'string') {
        rows.push(rowOf(x));
        lines++;
      }
    }
    if (fix && end < size) {
      ftruncateSync(fd, end);
      fsyncSync(fd);
    }
    return { rows, end, linesAfterSnapshot: lines, snapshotCovers: snap?.covers ?? null };
  } finally {
    closeSync(fd);
  }
}

function readSnapshot(snapshotFile: string, fd: number, size: number): SnapshotDoc | null {
  if (!existsSync(snapshotFile)) return null;
  try {
    const s = JSON.parse(readFileSync(snapshotFile, 'utf8')) as SnapshotDoc;
    const n = s.id?.length;
    if (s.format !== FORMAT || !Number.isInteger(s.covers) || s.covers > size || s.covers < 0) return null;
    if (![s.at, s.v, s.url, s.f].every((col) => Array.isArray(col) && col.length === n)) return null;
    if (readRange(fd, Math.max(0, s.covers - CHECK_BYTES), s.covers).toString('hex') !== s.check) return null;
    return s;
  } catch {
    return null; // unreadable: derived data, the lines are read instead
  }
}

function snapshotRows(s: SnapshotDoc): CatalogRow[] {
  const rows: CatalogRow[] = new Array(s.id.length);
  for (let i = 0; i < s.id.length; i++) {
    const id = s.id[i]!;
    const v = s.v[i]!;
    rows[i] = { id, ingestedAt: s.at[i]!, parserVersion: v, url: s.url[i] ?? undefined, file: s.f[i] ?? bodyFile(id, v) };
  }
  return rows;
}

/**
 * Write the snapshot of `rows` (one per id, in insertion order) as covering the first `covers`
 * bytes of catalog.jsonl. The text is built a column at a time between turns of the event loop.
 */
export async function writeSnapshot(file: string, snapshotFile: string, rows: readonly CatalogRow[], covers: number): Promise<void> {
  const h = await open(file, 'r');
  let check: string;
  try {
    const from = Math.max(0, covers - CHECK_BYTES);
    const buf = Buffer.alloc(covers - from);
    const { bytesRead } = await h.read(buf, 0, buf.length, from);
    if (bytesRead !== buf.length) throw new Error(`${file} is shorter than the catalog in memory`);
    check = buf.toString('hex');
  } finally {
    await h.close();
  }
  const parts: string[] = [`{"format":${FORMAT},"covers":${covers},"check":"${check}"`];
  const columns: Array<[string, (r: CatalogRow) => unknown]> = [
    ['id', (r) => r.id],
    ['at', (r) => r.ingestedAt],
    ['v', (r) => r.parserVersion],
    ['url', (r) => r.url ?? null],
    ['f', (r) => (r.file === bodyFile(r.id, r.parserVersion) ? null : r.file)],
  ];
  for (const [name, get] of columns) {
    await turn();
    parts.push(`,"${name}":${JSON.stringify(rows.map(get))}`);
  }
  parts.push('}');
  await writeFileDurable(snapshotFile, parts.join(''));
}
