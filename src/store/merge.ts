/**
 * Merging what another process added to the data file (typically `mujaz ingest` run while the
 * bot is up) into this process's copy. Only additions are taken: the running process stays
 * authoritative for every item it already holds, so nothing it changed is rolled back.
 */
import type { DbData } from './schema.ts';

type Section = keyof DbData;

/** Adds to `mine` the items of `theirs` it lacks; returns how many were added. */
export function mergeAdditions(mine: DbData, theirs: DbData): number {
  let added = 0;
  for (const key of Object.keys(theirs) as Section[]) {
    const a = mine[key] as unknown;
    const b = theirs[key] as unknown;
    if (Array.isArray(a) && Array.isArray(b)) {
      // Lists hold records with ids (briefings, feeds).
      const have = new Set(a.map((x: { id?: unknown }) => x?.id));
      for (const x of b as Array<{ id?: unknown }>) {
        if (x && typeof x === 'object' && x.id !== undefined && !have.has(x.id)) {
          a.push(x);
          have.add(x.id);
          added++;
        }
      }
    } else if (isRecord(a) && isRecord(b)) {
      for (const [k, v] of Object.entries(b)) {
        if (!(k in a)) {
          a[k] = v;
          added++;
        }
      }
    }
  }
  return added;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
