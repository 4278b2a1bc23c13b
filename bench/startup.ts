/**
 * Start-up time and memory of the two ways to run the bot: `npm start` (TypeScript through the
 * tsx loader, for newcomers and development) and the Procfile's `node dist/src/main.js` (compiled
 * by `npm run build`; built here first when dist/ is missing). Each starts in console mode on a
 * throw-away data file with the bundled article; "ready" is the console greeting on stdout.
 * Memory is the process's resident set once ready, and its peak (VmHWM) when it exits.
 * Prints the median of RUNS runs (the machine is shared; single runs are noisy).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.STARTUP_RUNS ?? 3);

interface Sample {
  readyMs: number;
  rssMb: number;
  peakMb: number;
}

function memMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

async function once(args: string[]): Promise<Sample> {
  const dir = mkdtempSync(join(tmpdir(), 'mujaz-startup-'));
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', MUJAZ_DATA_FILE: join(dir, 'db.json'), MUJAZ_LOG_LEVEL: 'warn', MUJAZ_DIGESTS: 'off', MUJAZ_FEED_POLL_CRON: 'off' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  try {
    const readyMs = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('Hello')) resolve(performance.now() - t0);
      });
      child.once('exit', (code) => reject(new Error(`exited (${code}) before the greeting: ${out.slice(0, 200)}`)));
    });
    const rssMb = memMb(child.pid!, 'VmRSS');
    // The peak is read just before the process ends: /quit, then a moment for the reply.
    child.stdin!.write('/summary\n');
    await new Promise((r) => setTimeout(r, 300));
    const peakMb = memMb(child.pid!, 'VmHWM');
    child.stdin!.end('/quit\n');
    await new Promise((r) => child.once('exit', r));
    return { readyMs, rssMb, peakMb };
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<boolean> {
  if (!existsSync(join(ROOT, 'dist', 'src', 'main.js'))) {
    process.stdout.write('building dist/ (npm run build)…\n');
    const b = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    if (b.status !== 0) throw new Error('npm run build failed');
  }
  const ways: Array<[string, string[]]> = [
    ['npm start (node --import tsx src/main.ts)', ['--import', 'tsx', 'src/main.ts']],
    ['Procfile (node dist/src/main.js)', ['dist/src/main.js']],
  ];
  for (const [name, args] of ways) {
    const samples: Sample[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await once(args));
    const m = (k: keyof Sample) => median(samples.map((s) => s[k]));
    process.stdout.write(
      `${name}: ready in ${Math.round(m('readyMs'))} ms, RSS ${m('rssMb').toFixed(0)} MB when ready, peak ${m('peakMb').toFixed(0)} MB ` +
        `(median of ${RUNS}; runs: ${samples.map((s) => Math.round(s.readyMs)).join(', ')} ms)\n`,
    );
  }
  return true;
}
