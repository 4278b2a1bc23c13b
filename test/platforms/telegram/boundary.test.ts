/** grammY stays inside src/platforms/telegram: the core and the commands know no platform. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('grammY boundary', () => {
  it('is imported only under src/platforms/telegram', () => {
    const offenders = [...files('src'), ...files('commands')]
      .filter((f) => !f.startsWith(join('src', 'platforms', 'telegram')))
      .filter((f) => /from\s+['"](grammy|@grammyjs\/)[^'"]*['"]|import\(\s*['"](grammy|@grammyjs\/)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
