/**
 * A trainer's parse kept between runs under .cache/ (gitignored), named by a hash of everything the
 * parse reads: the parser's code (src/), its data (data/, less the files named in `skip`, e.g. the
 * model being trained, which the parse does not use), the gold and fixtures, and the scripts. Any
 * change to those gives a new name, so a cached parse is never stale for them and `--check` reads
 * exactly what a fresh parse would. (Installed packages are not hashed: `--fresh` reparses.)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function filesUnder(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  if (statSync(dir).isFile()) { out.push(dir); return out; }
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) filesUnder(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

// (the blind fixtures are never read, not even hashed: the dev gold and written fixtures only)
const INPUTS = ['src', 'data', 'scripts/lib', 'test/fixtures/corpus-gold', 'test/fixtures/articles', 'test/fixtures/russia-iran-partnership.gold.json', 'package-lock.json'];

/** The hash of the parse's inputs under `root` (first 16 hex digits). */
export function parseInputsKey(root: string, skip: readonly string[]): string {
  const h = createHash('sha256');
  for (const d of INPUTS) {
    for (const f of filesUnder(join(root, d))) {
      const rel = relative(root, f);
      if (skip.includes(rel) || /\.db\.json/.test(rel)) continue;
      h.update(rel).update('\0').update(readFileSync(f)).update('\0');
    }
  }
  return h.digest('hex').slice(0, 16);
}

/** The value cached as `name` for these inputs, or `make()`'s result, cached (unless `fresh`, which recomputes). */
export function cachedParse<T>(root: string, name: string, key: string, make: () => T, fresh = false): T {
  const dir = join(root, '.cache');
  const file = join(dir, `${name}-${key}.json`);
  if (!fresh && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as T;
  const v = make();
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(v));
  return v;
}
