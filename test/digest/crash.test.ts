/**
 * kill -9 in the middle of a fan-out, then a restart: the data file still parses, no chat gets
 * two digests, and every chat whose digest was not left in doubt by the crash gets its digest.
 */
import { LowdbStore } from '../../src/store/lowdb/engine.ts';
import { data } from '../helpers/store.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DigestScheduler } from '../../src/digest/scheduler.ts';
import { subscribe } from '../../src/digest/subscription.ts';
import { Library } from '../../src/library/library.ts';
import { memoryStore } from '../../src/store/open.ts';
import { FakePlatformTransport, plainTransport, startFakePlatform, type FakePlatform } from '../helpers/fake-rate-limited.ts';
import { tempFile } from '../helpers/app.ts';
import { journalFlushes } from '../helpers/journal.ts';
import { harness, makeBriefing, recordingTransport, tickAt } from './fixtures/briefings.ts';
import { DELIVERIES, type Delivery } from '../../src/digest/records.ts';
import { put } from '../../src/store/types.ts';
import { renderPlain } from '../../src/reply/render-text.ts';

const CHILD = fileURLToPath(new URL('./fixtures/fanout-child.ts', import.meta.url));
const NOW = '2026-06-10T08:00:00Z';
const N = 120;

let server: FakePlatform | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  child?.kill('SIGKILL');
  await server?.close();
});

async function prepare(): Promise<string> {
  const file = tempFile();
  const store = await LowdbStore.open(file);
  await new Library(store.briefings).add(makeBriefing('b', '2026-06-10T06:00:00Z'));
  for (let i = 0; i < N; i++) {
    const id = String(5000 + i);
    await subscribe(store, { chatKey: `telegram:${id}`, platform: 'telegram', chatId: id }, { minutes: 8 * 60, tz: 'UTC', always: false }, new Date('2026-06-10T07:00:00Z'));
  }
  await store.close();
  return file;
}

/** Run the child until the server has received `killAfter` messages, then SIGKILL it. */
async function runAndKill(file: string, mode: 'plain' | 'idempotent', killAfter: number, ratePerSec?: number): Promise<void> {
  child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, server!.url, NOW, mode, 'crashed-run'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MUJAZ_LOG_LEVEL: 'silent', ...(ratePerSec ? { FANOUT_CHILD_RATE: String(ratePerSec) } : {}) },
  });
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
  const deadline = Date.now() + 20_000;
  while (server!.received.length < killAfter) {
    if (child.exitCode !== null) throw new Error(`child exited early (${child.exitCode}): ${err}`);
    if (Date.now() > deadline) throw new Error(`child too slow: ${server!.received.length} received; ${err}`);
    await new Promise((r) => setTimeout(r, 2));
  }
  child.kill('SIGKILL');
  await exited;
  // Requests the dead process had already sent still complete on the platform's side.
  await new Promise((r) => setTimeout(r, 100));
}

/** The journal line (one per flush) that last wrote each delivery record still claimed. */
function claimLines(file: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const { line, changes } of journalFlushes(file)) {
    for (const c of changes) {
      if (c.section !== DELIVERIES.name) continue;
      if (c.value?.status === 'claimed') out.set(c.key, line);
      else out.delete(c.key);
    }
  }
  return out;
}

const isNotice = (text: string) => /may not have arrived/.test(text);

/** Digests received per chat (the notices of a digest in doubt are counted apart). */
function perChat(s: FakePlatform): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of s.received) if (!isNotice(r.text)) m.set(r.chatId, (m.get(r.chatId) ?? 0) + 1);
  return m;
}

function notices(s: FakePlatform): string[] {
  return s.received.filter((r) => isNotice(r.text)).map((r) => r.chatId);
}

async function restart(file: string, mode: 'plain' | 'idempotent') {
  // The file a SIGKILL left behind is complete JSON (steno writes a temp file, then renames).
  expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
  const store = await LowdbStore.open(file);
  server!.options.delayMs = 0;
  const t = mode === 'idempotent' ? new FakePlatformTransport(server!.url) : plainTransport(server!.url);
  const s = new DigestScheduler(
    { store, library: new Library(store.briefings), transports: { telegram: t }, langFor: () => 'en', now: () => new Date(NOW) },
    { limits: { telegram: { perSecond: 10_000, burst: 50, chatIntervalMs: () => 1000 } } },
  );
  const summary = await s.tick();
  await store.close();
  return { store, summary };
}

describe('a crash in the middle of a fan-out', () => {
  it('plain platform: after kill -9 and restart, nobody gets two digests and only in-doubt claims go unsent', async () => {
    server = await startFakePlatform({ delayMs: 15 });
    const file = await prepare();
    // Paced at 100/s, one at a time: the four senders spend most of their time waiting for a slot.
    await runAndKill(file, 'plain', 30, 100);
    const before = server.received.length;
    expect(before).toBeLessThan(N);
    const claimLine = claimLines(file);

    const { store, summary } = await restart(file, 'plain');
    const got = perChat(server);
    for (const [chat, n] of got) expect(n, chat).toBe(1);
    const unknown = Object.values(data(store).deliveries).filter((d) => d.status === 'unknown');
    // The doubt is bounded by the messages in flight at the kill: the child sends 4 at a time,
    // each claimed just before its send and marked just after.
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.length).toBeLessThanOrEqual(4);
    // And each was a message in flight: its sender claimed it only once its slot had come, so its
    // digest reached the platform, except those the last journal append had just released to their
    // sends (claims queued during one fsync share the next: under load two senders' claims can, and
    // the kill can fall before either request is out). Those all come from one append, the newest
    // holding any claim in doubt; an older one would be a sender sitting on a durable claim.
    for (const u of unknown) expect(claimLine.has(`${u.chatKey}|${u.localDate}`), u.chatKey).toBe(true);
    const unsent = unknown.filter((u) => !got.has(u.chatKey.split(':')[1]!));
    const lines = new Set(unsent.map((u) => claimLine.get(`${u.chatKey}|${u.localDate}`) ?? -1));
    expect(lines.size).toBeLessThanOrEqual(1);
    if (unsent.length) expect([...lines][0]).toBe(Math.max(...unknown.map((u) => claimLine.get(`${u.chatKey}|${u.localDate}`) ?? -1)));
    for (let i = 0; i < N; i++) {
      const key = `telegram:${5000 + i}|2026-06-10`;
      const rec = data(store).deliveries[key]!;
      expect(rec, key).toBeDefined();
      if (rec.status !== 'unknown') {
        expect(rec.status, key).toBe('sent');
        expect(got.get(String(5000 + i)), key).toBe(1);
      }
    }
    expect(summary?.sent).toBe(N - before - unknown.filter((u) => !got.has(u.chatKey.split(':')[1]!)).length);
    // Every chat whose digest is in doubt was told, once.
    expect(notices(server).sort()).toEqual(unknown.map((u) => u.chatKey.split(':')[1]!).sort());
    expect(notices(server)[0] && server.received.find((r) => isNotice(r.text))!.text).toMatch(/\/digest shows it/);
    // A second restart changes nothing (no second digest, no second notice).
    const again = await restart(file, 'plain');
    expect(again.summary).toMatchObject({ due: 0, sent: 0 });
    expect(server.received.length).toBe(got.size + unknown.length);
  });

  it('idempotent platform: the in-doubt claims are re-sent once with their key and everyone gets exactly one', async () => {
    server = await startFakePlatform({ delayMs: 15 });
    const file = await prepare();
    await runAndKill(file, 'idempotent', 30);
    const { store } = await restart(file, 'idempotent');
    const got = perChat(server);
    expect(got.size).toBe(N);
    for (const [chat, n] of got) expect(n, chat).toBe(1);
    expect(Object.values(data(store).deliveries).every((d) => d.status === 'sent')).toBe(true);
  });
});

describe('a claim a crashed run left, found before the platform has connected', () => {
  it('is settled once the platform is there, so the chat is told its digest may not have arrived', async () => {
    // Found by bench/crash.ts: the start-up catch-up tick runs before Telegram has connected and
    // registered its transport; it marked the claim unknown with nobody to tell, and a claim
    // settled is never looked at again, so the chat was never told.
    const h = harness(() => ({}), { start: '2026-06-10T09:00:00Z' });
    await new Library(h.store.briefings).add(makeBriefing('b', '2026-06-10T06:00:00Z'));
    await subscribe(h.store, { chatKey: 'telegram:c', platform: 'telegram', chatId: 'c' }, { minutes: 8 * 60, tz: 'UTC', always: true }, new Date('2026-06-10T07:00:00Z'));
    const claim: Delivery = {
      chatKey: 'telegram:c', localDate: '2026-06-10', status: 'claimed', by: 'a-run-that-died', at: '2026-06-10T08:00:00.000Z',
      attempts: 0, briefingIds: ['b'], upTo: '2026-06-10T08:00:00.000Z', via: 'schedule',
    };
    await h.store.write([put(DELIVERIES, 'telegram:c|2026-06-10', claim)]);
    await tickAt(h, '2026-06-10T09:00:00Z');
    const t = recordingTransport('telegram', () => h.clock.now);
    h.transports.telegram = t;
    await tickAt(h, '2026-06-10T09:01:00Z');
    expect(t.sent.map((s) => renderPlain(s.reply))).toEqual([expect.stringMatching(/may not have arrived/)]);
    expect(data(h.store).deliveries['telegram:c|2026-06-10']).toMatchObject({ status: 'unknown', notified: true });
  });
});

describe('a delivery marked unknown whose chat was never told (the process died in between)', () => {
  it('is told on a later run, once; one told already, or from more than a day ago, is left alone', async () => {
    // Found by bench/crash.ts (seed 15, PostgreSQL): 69 unknown deliveries, 67 notices. Settling
    // marks every claim unknown first and tells the chats after; a kill in between left the
    // rest marked but untold, and only claims were ever looked at again.
    const h = harness((clock) => ({ telegram: recordingTransport('telegram', clock) }), { start: '2026-06-11T09:00:00Z' });
    const t = h.transports.telegram as ReturnType<typeof recordingTransport>;
    for (const c of ['c', 'told', 'old']) await subscribe(h.store, { chatKey: `telegram:${c}`, platform: 'telegram', chatId: c }, { minutes: 23 * 60, tz: 'UTC', always: false }, new Date('2026-06-09T07:00:00Z'));
    const unknown = (chat: string, localDate: string, at: string, notified?: boolean): Delivery => ({
      chatKey: `telegram:${chat}`, localDate, status: 'unknown', by: 'a-run-that-died', at,
      attempts: 0, briefingIds: [], upTo: at, via: 'schedule', ...(notified ? { notified } : {}),
    });
    await h.store.write([
      put(DELIVERIES, 'telegram:c|2026-06-11', unknown('c', '2026-06-11', '2026-06-11T08:00:00.000Z')),
      put(DELIVERIES, 'telegram:told|2026-06-11', unknown('told', '2026-06-11', '2026-06-11T08:00:00.000Z', true)),
      put(DELIVERIES, 'telegram:old|2026-06-09', unknown('old', '2026-06-09', '2026-06-09T08:00:00.000Z')),
    ]);
    await tickAt(h, '2026-06-11T09:00:00Z');
    await tickAt(h, '2026-06-11T09:01:00Z');
    expect(t.sent.map((s) => `${s.chatId}: ${renderPlain(s.reply)}`)).toEqual([expect.stringMatching(/^c: .*may not have arrived/)]);
    expect(data(h.store).deliveries['telegram:c|2026-06-11']).toMatchObject({ status: 'unknown', notified: true });
  });
});
