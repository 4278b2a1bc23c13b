/** Only src/platforms/slack knows Slack: the core, commands and other platforms never import it. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;

function files(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(files(p));
    else if (/\.(ts|mts|js)$/.test(name)) out.push(p);
  }
  return out;
}

describe('Slack imports', () => {
  it('are confined to src/platforms/slack', () => {
    const offenders = ['src', 'commands', 'bench']
      .flatMap((d) => {
        try {
          return files(join(root, d));
        } catch {
          return [];
        }
      })
      .map((p) => relative(root, p))
      .filter((p) => !p.startsWith('src/platforms/slack/'))
      .filter((p) => /(from\s+|import\s*\(\s*|require\s*\(\s*)['"]@slack\//.test(readFileSync(join(root, p), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
