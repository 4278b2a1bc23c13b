import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryLine } from '../../src/ingest/cli.ts';
import { readBack } from '../helpers/store.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { startFakeWeb, type FakeWeb } from '../helpers/fake-web.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIX = join(ROOT, 'test', 'fixtures', 'web');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'src/cli.ts', ...args],
      { cwd: ROOT, env: { ...process.env, MUJAZ_LOG_LEVEL: 'silent', ...env }, timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let web: FakeWeb;
beforeAll(async () => {
  web = await startFakeWeb();
});
afterAll(() => web.close());

describe('mujaz ingest', () => {
  it('ingests a folder recursively, reports failures per item, and is idempotent', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'mujaz-cli-'));
    const dir = join(tmp, 'articles');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    copyFileSync(join(FIX, 'article-ar-2.txt'), join(dir, 'festival.txt'));
    copyFileSync(join(FIX, 'article-en.html'), join(dir, 'strike.html'));
    copyFileSync(join(FIX, 'article-ar.html'), join(dir, 'sub', 'water.htm'));
    writeFileSync(join(dir, 'scan.txt'), Buffer.concat([Buffer.from('%PDF-1.5\n'), Buffer.alloc(32, 0)]));
    writeFileSync(join(dir, 'sub', 'blank.txt'), '\n  \n');
    writeFileSync(join(dir, 'notes.md'), 'not walked');
    writeFileSync(join(dir, '.hidden.txt'), 'not walked either');
    const env = { MUJAZ_DATA_FILE: join(tmp, 'db.json') };

    const first = await cli(['ingest', dir], env);
    expect(first.code).toBe(1); // two items failed: not a whole ingest
    expect(first.stdout.trim().split('\n')).toHaveLength(1);
    expect(first.stdout).toMatch(/^added 3, unchanged 0, failed 2: /);
    expect(first.stdout).toContain('scan.txt (a binary file, not text (PDF))');
    expect(first.stdout).toContain('blank.txt (empty: no text in it)');
    expect(first.stdout).not.toContain('notes.md');
    expect(first.stderr).toContain('festival.txt: added');

    const db = await readBack(env.MUJAZ_DATA_FILE);
    expect(db.briefings).toHaveLength(3);
    expect(db.briefings.map((b) => b.meta.file).sort()).toEqual(
      [join(dir, 'festival.txt'), join(dir, 'strike.html'), join(dir, 'sub', 'water.htm')].sort(),
    );
    expect(db.briefings.every((b) => !!b.meta.ingestedAt)).toBe(true);

    const second = await cli(['ingest', dir], env);
    expect(second.code).toBe(1);
    expect(second.stdout).toMatch(/^added 0, unchanged 3, failed 2/);
    expect((await readBack(env.MUJAZ_DATA_FILE)).briefings).toHaveLength(3);

    const allBad = await cli(['ingest', join(dir, 'scan.txt'), join(dir, 'nope.txt')], env);
    expect(allBad.code).toBe(1);
    expect(allBad.stdout).toMatch(/^added 0, unchanged 0, failed 2: .*nope\.txt \(not found/);
  }, 120_000);

  it('refuses system files by path, whatever their contents, and exits 1', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'mujaz-cli-'));
    const r = await cli(['ingest', '/etc/passwd'], { MUJAZ_DATA_FILE: join(tmp, 'db.json') });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('/etc/passwd (system files are not ingested');
  });

  it('ingests web pages by URL', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'mujaz-cli-'));
    const env = { MUJAZ_DATA_FILE: join(tmp, 'db.json'), MUJAZ_ALLOW_PRIVATE_FETCH: 'true' };
    const r = await cli(['ingest', web.url('/articles/port-strike.html'), web.url('/nav.html')], env);
    expect(r.code).toBe(1); // nav.html failed
    const whole = await cli(['ingest', web.url('/articles/port-strike.html')], env);
    expect(whole.code).toBe(0); // every item went in (already there counts)
    expect(r.stdout).toMatch(/^added 1, unchanged 0, failed 1: .*nav\.html \(no article body found/);
    const db = await readBack(env.MUJAZ_DATA_FILE);
    expect(db.briefings[0]!.meta).toMatchObject({ url: web.url('/articles/port-strike.html'), outlet: 'Harbour Courier' });
  }, 60_000);

  it('refuses loopback URLs by default and explains usage', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'mujaz-cli-'));
    const r = await cli(['ingest', web.url('/articles/port-strike.html')], { MUJAZ_DATA_FILE: join(tmp, 'db.json') });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('private, loopback or link-local');
    const usage = await cli(['ingest'], { MUJAZ_DATA_FILE: join(tmp, 'db.json') });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage: mujaz ingest');
  }, 60_000);
});

describe('summaryLine', () => {
  it('counts each status and lists failures with reasons', () => {
    expect(
      summaryLine([
        { source: 'a.txt', status: 'added' },
        { source: 'b.txt', status: 'updated' },
        { source: 'c.txt', status: 'failed', error: new IngestError('empty') },
      ]),
    ).toBe('added 1, unchanged 0, updated 1, failed 1: c.txt (empty: no text in it)');
  });
});
