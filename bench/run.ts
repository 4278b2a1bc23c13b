/**
 * `npm run bench`: every benchmark of the project, one after the other, each printing its own
 * figures. Speed and memory targets live here, not in timed unit tests (which would be flaky
 * on a shared 2-core machine). Each runs in a process of its own (see below).
 */
import { spawnSync } from 'node:child_process';
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
if (process.env.MUJAZ_BENCH_ONE) {
  // A child of the loop below: this one benchmark, in this process.
  for (const f of files) failed += (await runHere(f)) ? 0 : 1;
  process.exit(failed ? 1 : 0);
}
// Each benchmark in a process of its own: run in one process, a later benchmark measured the heap
// and the warmed or cooled code of the earlier ones too (after crash.ts the fan-out's sender was a
// third slower and the Telegram answer rate fell under its target, both met when run alone).
const loader = pathToFileURL(join(here, '..', 'node_modules/tsx/dist/loader.mjs')).href;
for (const f of files) {
  const r = spawnSync(process.execPath, ['--import', loader, fileURLToPath(import.meta.url), f], { stdio: 'inherit', env: { ...process.env, MUJAZ_BENCH_ONE: '1' } });
  if (r.status !== 0) failed++;
}
process.stdout.write(`\n${files.length} benchmark(s), ${failed} missed its target or failed\n`);
process.exit(failed ? 1 : 0);

async function runHere(f: string): Promise<boolean> {
  process.stdout.write(`\n### ${f}\n`);
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { run?: () => Promise<void | boolean> };
  if (typeof mod.run !== 'function') return true;
  try {
    return (await mod.run()) !== false;
  } catch (e) {
    process.stdout.write(`FAILED: ${(e as Error).stack ?? String(e)}\n`);
    return false;
  }
}
