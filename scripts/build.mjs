/**
 * `npm run build`: compile src/ and commands/ to dist/ with tsc (imports rewritten from .ts to
 * .js), for production to run with plain node (Procfile). dist/ is rebuilt from scratch, so
 * nothing of a deleted source lingers. The compiled code finds its bundled data (lexicons) where
 * the sources do, relative to itself (lexicons, summary weights): dist/data is a link to ../data
 * (one copy, edits reach it without a rebuild), or a copy where links are not allowed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyAssets } from './build-assets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
copyAssets(root, dist);
try {
  symlinkSync(join('..', 'data'), join(dist, 'data'), 'junction');
} catch {
  // Everything bundled (lexicons, summary weights…), not the bot's own data file.
  cpSync(join(root, 'data'), join(dist, 'data'), { recursive: true, filter: (src) => !/\.db\.json/.test(src) });
}
