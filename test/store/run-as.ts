/**
 * Running mujaz (npm start, the CLI) in a child process, as an ordinary user: permission
 * mistakes cannot be shown as root, who may write anything. As root the child runs as nobody.
 */
import { spawn } from 'node:child_process';
import { chownSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = join(import.meta.dirname, '..', '..');
const LOADER = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
export const IS_ROOT = process.getuid?.() === 0;
const NOBODY = 65534;

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Give a test's file or folder to the user the child runs as. */
export function giveToChild(path: string): void {
  if (IS_ROOT) chownSync(path, NOBODY, NOBODY);
}

export function runMujaz(script: 'src/main.ts' | 'src/cli.ts', args: string[], env: Record<string, string>, opts: { cwd?: string; stdin?: string; sameUser?: boolean } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', LOADER, join(ROOT, script), ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { PATH: process.env.PATH ?? '', TELEGRAM_BOT_TOKEN: '', SLACK_BOT_TOKEN: '', MUJAZ_LOG_LEVEL: 'warn', MUJAZ_DIGESTS: 'off', MUJAZ_FEED_POLL_CRON: 'off', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(IS_ROOT && !opts.sameUser ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdin.end(opts.stdin ?? '');
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** One line, and nothing that looks like a stack trace. */
export function oneLine(text: string): string {
  const lines = text.trim().split('\n');
  if (lines.length !== 1 || /\n\s+at |\bat .*\.ts:\d+/.test(text)) throw new Error(`expected one line, got:\n${text}`);
  return lines[0]!;
}
