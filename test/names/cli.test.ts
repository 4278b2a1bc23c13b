/** `mujaz names romanise|arabise` through a real pipe, as a scoring script runs it. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function pipe(args: string[], input: string): Promise<{ out: string; err: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ out, err, code }));
    child.stdin.end(input);
  });
}

describe('mujaz names', () => {
  it('romanises one line per input line, in order, input then up to five spellings', async () => {
    const input = ['خاشقجي', '', 'جمال خاشقجي', 'abc', 'بوردييه'];
    const { out, code } = await pipe(['names', 'romanise'], `${input.join('\n')}\n`);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => l.split('\t')[0])).toEqual(input);
    expect(lines[0]!.split('\t')[1]).toBe('khashoggi');
    expect(lines[1]).toBe('');
    expect(lines[2]!.split('\t')[1]).toBe('jamal khashoggi');
    expect(lines[3]).toBe('abc');
    for (const l of lines) expect(l.split('\t').length).toBeLessThanOrEqual(6);
  }, 30_000);

  it('writes the whole output of a long input before exiting', async () => {
    const words = ['برينان', 'كوربن', 'بيلدت', 'لودريان', 'كوتس'];
    const input = Array.from({ length: 3000 }, (_, i) => words[i % words.length]).join('\n');
    const { out, code } = await pipe(['names', 'romanise'], input);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(3000);
    expect(lines[2999]!.split('\t')[0]).toBe(words[2999 % words.length]);
  }, 30_000);

  it('arabises Latin names', async () => {
    const { out, code } = await pipe(['names', 'arabise'], 'Khashoggi\nBrennan\n');
    expect(code).toBe(0);
    const [a, b] = out.trimEnd().split('\n');
    expect(a!.split('\t').slice(0, 2)).toEqual(['Khashoggi', 'خاشقجي']);
    expect(b!.split('\t')).toContain('برينان');
  }, 30_000);

  it('fails clearly on a wrong direction', async () => {
    const { err, code } = await pipe(['names', 'translate'], '');
    expect(code).toBe(2);
    expect(err).toMatch(/romanise or arabise/);
  }, 30_000);
});
