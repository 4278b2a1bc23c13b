/**
 * Which briefing a CLI argument means: `sample` (the bundled article), a path to an article
 * file (parsed now), or the start of a stored briefing's id.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Briefing } from '../briefing/types.ts';
import type { Config } from '../config.ts';
import { parseArticle } from '../parser/index.ts';
import type { Library } from '../library/library.ts';
import { openStore, type StoreConfig } from '../store/open.ts';
import type { Store } from '../store/types.ts';

export class ResolveError extends Error {
  override name = 'ResolveError';
}

export interface Resolved {
  briefing: Briefing;
  /** Where it came from: a stored briefing, or a file parsed just now. */
  from: 'store' | 'file';
}

/** The store, read-only, and only if it already exists (reading must not create a data file). */
export async function openExistingStore(config: StoreConfig): Promise<Store | null> {
  if (!config.MUJAZ_DATABASE_URL && !existsSync(config.MUJAZ_DATA_FILE)) return null;
  return openStore(config, { readOnly: true });
}

/**
 * The stored briefings an id argument may mean (by prefix, with or without the id scheme's
 * "x-" start), plus a few of the newest to name in an error: never the whole library.
 */
export async function storedFor(library: Library, arg: string): Promise<Briefing[]> {
  const id = arg.trim().toLowerCase();
  if (!/^[a-z0-9_-]{1,128}$/.test(id)) return [];
  const newest = await library.page(0, 3);
  const scheme = /^[a-z]+-/.exec(newest[0]?.id ?? '')?.[0];
  const found = await library.byIdPrefix(id, 10);
  if (scheme && !id.startsWith(scheme)) found.push(...(await library.byIdPrefix(scheme + id, 10)));
  const seen = new Set(found.map((b) => b.id));
  return [...found, ...newest.filter((b) => !seen.has(b.id))];
}

export function resolveBriefing(arg: string, config: Pick<Config, 'MUJAZ_ARTICLE'>, stored: readonly Briefing[]): Resolved {
  const file = arg === 'sample' ? config.MUJAZ_ARTICLE : arg;
  if (arg === 'sample' || (existsSync(file) && statSync(file).isFile())) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new ResolveError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    return { briefing: parseArticle(text, { meta: { file } }), from: 'file' };
  }
  const id = arg.trim().toLowerCase();
  if (!/^[a-z0-9_-]{1,128}$/.test(id)) throw new ResolveError(`"${arg}" is neither a file, "sample", nor a briefing id`);
  // "74dff5" finds "b-74dff59de7f8e1ad" too: the prefix of the id scheme is easy to forget.
  const hits = stored.filter((b) => {
    const own = b.id.toLowerCase();
    return own.startsWith(id) || own.replace(/^[a-z]+-/, '').startsWith(id);
  });
  if (hits.length === 1) return { briefing: hits[0]!, from: 'store' };
  if (!hits.length)
    throw new ResolveError(
      stored.length
        ? `no stored briefing id starts with "${arg}" (${stored.length} stored; e.g. ${stored.slice(0, 3).map((b) => b.id.slice(0, 8)).join(', ')})`
        : `no stored briefing id starts with "${arg}" (the data file has none); give an article file or "sample"`,
    );
  throw new ResolveError(`"${arg}" matches ${hits.length} briefings (${hits.slice(0, 5).map((b) => b.id.slice(0, 12)).join(', ')}…): give more of the id`);
}
