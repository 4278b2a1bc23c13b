/**
 * `npm run bench`: every benchmark of the project, one after the other, each printing its own
 * figures. Speed and memory targets live here, not in timed unit tests (which would be flaky
 * on a shared 2-core machine).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);

const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const f of files) {
  process.stdout.write(`\n### ${f}\n`);
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { run?: () => Promise<void | boolean> };
  if (typeof mod.run !== 'function') continue;
  try {
    const ok = await mod.run();
    if (ok === false) failed++;
  } catch (e) {
    failed++;
    process.stdout.write(`FAILED: ${(e as Error).stack ?? String(e)}\n`);
  }
}
process.stdout.write(`\n${files.length} benchmark(s), ${failed} missed its target or failed\n`);
process.exit(failed ? 1 : 0);
