/**
 * `npm run build` compiles TypeScript only; the files the code reads beside itself (PostgreSQL's
 * migrations) must reach dist/ too. Found by bench/crash.ts: the compiled bot on PostgreSQL
 * stopped at start-up (ENOENT … dist/src/store/postgres/migrations).
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { copyAssets } from '../scripts/build-assets.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('the build', () => {
  it('copies the non-TypeScript files of src/ and commands/ (the migrations), and no sources', () => {
    const out = mkdtempSync(join(tmpdir(), 'mujaz-dist-'));
    (copyAssets as (root: string, dist: string) => void)(ROOT, out);
    const want = readdirSync(join(ROOT, 'src/store/postgres/migrations')).filter((f) => f.endsWith('.sql'));
    expect(want.length).toBeGreaterThan(0);
    expect(readdirSync(join(out, 'src/store/postgres/migrations')).sort()).toEqual(want.sort());
    expect(existsSync(join(out, 'src/main.ts'))).toBe(false);
    expect(readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.ts'))).toEqual([]);
  });
});
