/**
 * The wiring files put the program together (src/main.ts, src/cli.ts, src/app.ts, src/starters.ts):
 * they import features and platforms, never the other way round. A feature that imports the app
 * to build one for itself (a CLI subcommand) is handed it by src/cli.ts instead. And the store
 * imports no feature: features register their own sections with it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;
const WIRING = ['src/main.ts', 'src/cli.ts', 'src/app.ts', 'src/starters.ts'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(name) ? [p] : [];
  });
}

/** Project files each file imports (static and dynamic imports, relative paths resolved). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) out.push(relative(root, join(file, '..', m[1]!)));
  return out;
}

const sources = ['src', 'commands'].flatMap((d) => files(join(root, d))).map((p) => relative(root, p));

describe('wiring', () => {
  it('is imported by no platform, feature or command', () => {
    const offenders = sources
      .filter((f) => !WIRING.includes(f))
      .flatMap((f) => imports(join(root, f)).filter((i) => WIRING.includes(i)).map((i) => `${f} -> ${i}`));
    expect(offenders).toEqual([]);
  });

  it('the store imports only the briefing shape, text folding and logging from outside it', () => {
    const allowed = /^src\/(store|briefing|text|log\.ts)/;
    const offenders = sources
      .filter((f) => f.startsWith('src/store/'))
      .flatMap((f) => imports(join(root, f)).filter((i) => !allowed.test(i)).map((i) => `${f} -> ${i}`));
    expect(offenders).toEqual([]);
  });
});
