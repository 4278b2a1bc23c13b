/** The command-line entry points, run as a user or a script would run them. */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempFile } from './helpers/app.ts';

const run = promisify(execFile);
const SAMPLE = 'data/russia-iran-partnership.ar.txt';

async function mujaz(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const r = await run('npx', ['tsx', 'src/cli.ts', ...args], { env: { ...process.env, MUJAZ_LOG_LEVEL: 'silent' } });
    return { ...r, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { stdout: err.stdout, stderr: err.stderr, code: err.code };
  }
}

describe('mujaz parse', () => {
  it('prints the briefing as JSON with the stable fields', async () => {
    const { stdout, code } = await mujaz('parse', SAMPLE);
    expect(code).toBe(0);
    const b = JSON.parse(stdout);
    const araghchi = b.people.find((p: { name: { ar: string } }) => p.name.ar === 'عباس عراقجي');
    expect(araghchi.name.en).toBe('Abbas Araghchi');
    expect(araghchi.role.ar).toBeTruthy();
    expect(araghchi.role.en).toBeTruthy();
    expect(b.quotes[0]).toHaveProperty('speaker.ar');
    expect(b.quotes[0]).toHaveProperty('speaker.en');
    expect(typeof b.quotes[0].text).toBe('string');
    expect(b.precedents[0]).toHaveProperty('text.ar');
    expect(b.precedents[0]).toHaveProperty('text.en');
    expect(Array.isArray(b.precedents[0].years)).toBe(true);
    expect(b.summary.ar.length).toBeGreaterThanOrEqual(3);
    expect(Array.isArray(b.summary.en)).toBe(true);
  });

  it('writes a briefing larger than a pipe buffer whole to a slow reader', async () => {
    // A consumer that starts reading late: before the fix, exit() cut the JSON at 64 KiB.
    const big = tempFile('big.ar.txt');
    writeFileSync(big, readFileSync(SAMPLE, 'utf8').repeat(12));
    const { stdout } = await run('sh', ['-c', `npx tsx src/cli.ts parse "${big}" | (sleep 1; cat)`], { maxBuffer: 64 << 20 });
    expect(stdout.length).toBeGreaterThan(128 * 1024);
    expect(JSON.parse(stdout).people.length).toBeGreaterThan(3);
  });

  it('fails clearly on a missing file and on a binary file', async () => {
    const missing = await mujaz('parse', 'no/such/file.txt');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read no\/such\/file.txt/);
    const bin = tempFile('bin.txt');
    writeFileSync(bin, Buffer.from([0, 1, 2, 3, 0, 255, 254, 0]));
    const r = await mujaz('parse', bin);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('resolves relative dates against --date, and refuses a malformed one', async () => {
    const f = tempFile('dated.ar.txt');
    writeFileSync(f, 'وقال الوزير الثلاثاء إن المحادثات مستمرة.\nوأطيح بالحكومة العام الماضي بعد احتجاجات واسعة.\n');
    const { stdout, code } = await mujaz('parse', f, '--date', '2018-03-06');
    expect(code).toBe(0);
    const b = JSON.parse(stdout);
    expect(b.meta.publishedAt).toBe('2018-03-06');
    expect(b.precedents.map((p: { years: number[] }) => p.years)).toContainEqual([2017]);
    expect((await mujaz('parse', f, '--date', 'March')).code).toBe(2);
  });

  it('reads a UTF-16 file with a BOM, as ingest does', async () => {
    const f = tempFile('utf16.ar.txt');
    writeFileSync(f, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(SAMPLE, 'utf8'), 'utf16le')]));
    const { stdout, code } = await mujaz('parse', f);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).people.some((p: { name: { ar: string } }) => p.name.ar === 'عباس عراقجي')).toBe(true);
  });
});

describe('mujaz ask', () => {
  it('answers /who araghchi in English with his name and role', async () => {
    const { stdout, code } = await mujaz('ask', '--article', SAMPLE, '--lang', 'en', '/who araghchi');
    expect(code).toBe(0);
    expect(stdout).toContain('Abbas Araghchi');
    expect(stdout).toMatch(/Iran/);
  });

  it('answers an Arabic phrasing in Arabic', async () => {
    const { stdout, code } = await mujaz('ask', '--article', SAMPLE, '--lang', 'ar', 'من هو عراقجي');
    expect(code).toBe(0);
    expect(stdout).toContain('عباس عراقجي');
  });

  it('rejects a bad --lang', async () => {
    const r = await mujaz('ask', '--article', SAMPLE, '--lang', 'fr', '/summary');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--lang must be ar or en/);
  });
});
