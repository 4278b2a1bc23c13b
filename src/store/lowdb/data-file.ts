/**
 * Reading the lowdb data file, strictly: anything that is not a valid mujaz data file stops
 * start-up with one line and is never written to (it may hold someone's data). Files from before
 * the storage rework (schemaVersion 1: briefings inside the file) are migrated on first start:
 * a copy is kept as FILE.v1.bak, each briefing moves to its own file.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import type { Briefing } from '../../briefing/types.ts';
import { isObject, type SectionData } from '../hot-state.ts';
import { StoreError } from '../types.ts';
import type { BriefingFiles } from './briefing-files.ts';

export const SCHEMA_VERSION = 2;

export interface DataFileRead {
  exists: boolean;
  sections: SectionData;
  /** Briefings of a schemaVersion 1 file, to move out of it. */
  legacyBriefings?: Briefing[];
}

const refuse = (file: string, why: string) =>
  new StoreError(`the data file ${file} is not a mujaz data file: ${why}. mujaz will not overwrite it: repair it, or move it away to start with an empty one`);

/** Enough of a briefing to serve it; a hand-edited item missing these is refused. */
export function isBriefingLike(x: unknown): x is Briefing {
  const b = x as Partial<Briefing> | null;
  return (
    isObject(b) &&
    typeof b.id === 'string' &&
    b.id.length > 0 &&
    typeof b.parserVersion === 'number' &&
    isObject(b.title) &&
    isObject(b.meta) &&
    isObject(b.summary) &&
    Array.isArray(b.sentences) &&
    Array.isArray(b.people) &&
    Array.isArray(b.quotes) &&
    Array.isArray(b.sources)
  );
}

export function readDataFile(file: string): DataFileRead {
  if (!existsSync(file)) return { exists: false, sections: {} };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const c = (e as NodeJS.ErrnoException).code;
    throw new StoreError(`cannot read the data file ${file} (${c === 'EACCES' ? 'permission denied' : (c ?? (e as Error).message)})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new StoreError(
      `the data file ${file} is not valid JSON (${(e as Error).message}). mujaz will not overwrite it: repair it, or move it away to start with an empty one`,
    );
  }
  if (!isObject(raw)) throw refuse(file, 'the top level is not a JSON object');
  const { schemaVersion, briefings, ...rest } = raw;
  if (schemaVersion !== undefined && schemaVersion !== 1 && schemaVersion !== SCHEMA_VERSION)
    throw refuse(file, `unknown schemaVersion ${String(schemaVersion)}`);
  const legacy = schemaVersion === undefined || schemaVersion === 1;
  for (const [k, v] of Object.entries(rest)) {
    // Lists are allowed only where an older file kept one (its section migrates it).
    if (!isObject(v) && !(legacy && Array.isArray(v))) throw refuse(file, `"${k}" is not an object`);
  }
  if (!legacy) {
    if (briefings !== undefined) throw refuse(file, '"briefings" does not belong in a schemaVersion 2 file');
    return { exists: true, sections: rest as SectionData };
  }
  if (briefings !== undefined && !Array.isArray(briefings)) throw refuse(file, '"briefings" is not a list');
  const list = (briefings ?? []) as unknown[];
  const bad = list.findIndex((b) => !isBriefingLike(b));
  if (bad >= 0) throw refuse(file, `"briefings" item ${bad + 1} is not a briefing object`);
  return { exists: true, sections: rest as SectionData, legacyBriefings: list as Briefing[] };
}

/** Move a schemaVersion 1 file's briefings to their own files (a copy of the old file is kept). */
export async function migrateV1(file: string, briefings: Briefing[], to: BriefingFiles): Promise<void> {
  const backup = `${file}.v1.bak`;
  if (!existsSync(backup)) copyFileSync(file, backup);
  await to.putMany(briefings);
}
