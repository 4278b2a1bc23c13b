import { execFile, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { readBack } from '../../helpers/store.ts';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../../src/platforms/console/console.ts';
import { tempFile, testApp } from '../../helpers/app.ts';

async function chat(lines: string[]): Promise<string> {
  const app = await testApp();
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (c: Buffer) => (out += c.toString()));
  const done = runConsole(app.dispatcher, { input, output });
  for (const l of lines) input.write(`${l}\n`);
  input.end();
  await done;
  return out;
}

describe('console chat', () => {
  it('greets, answers commands in order and says goodbye at end of input', async () => {
    const out = await chat(['/who putin', 'ملخص']);
    expect(out).toMatch(/^Hello! I am mujaz/);
    expect(out.indexOf('Vladimir Putin')).toBeGreaterThan(0);
    // The chat is in English, so the Arabic phrasing gets an English summary.
    expect(out.indexOf('== Summary')).toBeGreaterThan(out.indexOf('Vladimir Putin'));
    expect(out.trim().endsWith('Bye.')).toBe(true);
  });

  it('stops at /quit', async () => {
    const out = await chat(['/quit', '/summary']);
    expect(out).not.toMatch(/Summary/);
  });
});

const run = promisify(execFile);

describe('npm start with no tokens', () => {
  it('opens the console on the sample article and remembers /lang in the data file', async () => {
    const file = tempFile();
    const child = spawn('npx', ['tsx', 'src/main.ts'], {
      env: { ...process.env, MUJAZ_DATA_FILE: file, MUJAZ_LOG_LEVEL: 'warn', TELEGRAM_BOT_TOKEN: '', SLACK_BOT_TOKEN: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stdin.write('/lang ar\n/who araghchi\n');
    child.stdin.end();
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(0);
    expect(out).toContain('عباس عراقجي');
    const data = await readBack(file);
    expect(data.chats["console:local"]?.lang).toBe("ar");
    expect(data.briefings).toHaveLength(1);
  });

  it('refuses to start on a corrupt data file, with a clear message, leaving it untouched', async () => {
    const file = tempFile();
    writeFileSync(file, '{ not json');
    const r = await run('npx', ['tsx', 'src/main.ts'], { env: { ...process.env, MUJAZ_DATA_FILE: file } }).catch((e) => e);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not valid JSON/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe('{ not json');
  });

  it('refuses an invalid configuration with one line per problem', async () => {
    const r = await run('npx', ['tsx', 'src/main.ts'], {
      env: { ...process.env, MUJAZ_DEFAULT_LANG: 'fr', TELEGRAM_WEBHOOK_URL: 'https://x.example/hook' },
    }).catch((e) => e);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/MUJAZ_DEFAULT_LANG/);
    expect(r.stderr).toMatch(/TELEGRAM_WEBHOOK_SECRET/);
  });
});
