/**
 * The real process, as `npm start` runs it, against the fake Bot API: SIGTERM in the middle of a
 * flood stops it cleanly (exit 0, data file written) and the next run answers the rest, every
 * update exactly once; killing the npm process itself reaches the bot too (no orphan left polling).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeTelegram, groupMessage } from '../helpers/fake-telegram.ts';
import { tempFile } from '../helpers/app.ts';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

function launch(cmd: string, args: string[], env: Record<string, string>): { child: ChildProcess; log: () => string; exited: Promise<number | null> } {
  const child = spawn(cmd, args, {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', MUJAZ_LOG_LEVEL: 'info', MUJAZ_DIGESTS: 'off', MUJAZ_FEED_POLL_CRON: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, log: () => out, exited };
}

/** How many times each message (by message_id) was answered. */
function answered(fake: FakeTelegram): Map<number, number> {
  const n = new Map<number, number>();
  for (const c of fake.callsOf('sendMessage')) {
    const id = c.params.reply_parameters?.message_id;
    if (c.ok && typeof id === 'number') n.set(id, (n.get(id) ?? 0) + 1);
  }
  return n;
}

describe('the process', () => {
  it('SIGTERM mid-flood of 200 updates: exit 0, and across a restart all 200 answered exactly once', async () => {
    const fake = await FakeTelegram.start({ maxHoldMs: 200 });
    try {
      const env = { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, MUJAZ_DATA_FILE: tempFile() };
      const ids: number[] = [];
      for (let i = 0; i < 200; i++) {
        const u = groupMessage(-200 - (i % 5), { id: 1000 + i }, '/summary');
        ids.push((u.message as { message_id: number }).message_id);
        fake.push(u);
      }
      const first = launch(process.execPath, ['--import', 'tsx', 'src/main.ts'], env);
      await fake.waitFor((c) => c.method === 'sendMessage', { timeoutMs: 20_000 });
      const t0 = Date.now();
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(Date.now() - t0).toBeLessThan(30_000);
      expect(first.log()).toMatch(/INFO SIGTERM: stopping[\s\S]*INFO stopped/);
      expect(existsSync(env.MUJAZ_DATA_FILE)).toBe(true);
      const atStop = answered(fake).size;
      expect(atStop).toBeLessThan(200);

      const second = launch(process.execPath, ['--import', 'tsx', 'src/main.ts'], env);
      await fake.waitFor(() => answered(fake).size === 200, { timeoutMs: 30_000 });
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
      const counts = answered(fake);
      expect(ids.every((id) => counts.get(id) === 1)).toBe(true);
    } finally {
      await fake.close();
    }
  }, 90_000);

  it('`npm start` passes SIGTERM on: killing npm stops the bot too, cleanly', async () => {
    const fake = await FakeTelegram.start({ maxHoldMs: 200 });
    try {
      const npm = launch('npm', ['start', '--silent'], { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, MUJAZ_DATA_FILE: tempFile() });
      await fake.waitFor((c) => c.method === 'getUpdates', { timeoutMs: 20_000 });
      npm.child.kill('SIGTERM');
      await npm.exited;
      // The bot's own log, relayed by npm until it exited: it got the signal and stopped.
      const deadline = Date.now() + 10_000;
      while (!/INFO stopped/.test(npm.log()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(npm.log()).toMatch(/INFO SIGTERM: stopping/);
      const polls = fake.callsOf('getUpdates').length;
      await new Promise((r) => setTimeout(r, 1500));
      expect(fake.callsOf('getUpdates').length).toBeLessThanOrEqual(polls + 1); // no orphan still polling
    } finally {
      await fake.close();
    }
  }, 60_000);
});
