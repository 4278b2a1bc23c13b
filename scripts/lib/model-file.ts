/**
 * Where a training script's result goes: written to its data file, or, with `--check`, compared
 * with the shipped one (exit 1 when a fresh training run would change it), so a stale model shows.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';

export function writeOrCheckModel(out: string, json: string, weights: number): void {
  const name = `${basename(dirname(out))}/${basename(out)}`;
  if (process.argv.includes('--check')) {
    const same = readFileSync(out, 'utf8') === json;
    console.log(same ? `${name} is up to date` : `${name} differs from a fresh training run`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(out, json);
  console.log(`wrote ${weights} weights to ${name}`);
}
