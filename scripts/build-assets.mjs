/**
 * The files of src/ and commands/ that are not TypeScript (PostgreSQL's migrations), copied into a
 * build beside the compiled code that reads them: tsc compiles .ts only.
 */
import { cpSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function copyAssets(root, dist) {
  for (const dir of ['src', 'commands']) {
    const from = join(root, dir);
    if (!existsSync(from)) continue;
    cpSync(from, join(dist, dir), { recursive: true, filter: (p) => statSync(p).isDirectory() || !p.endsWith('.ts') });
  }
}
