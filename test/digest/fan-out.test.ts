/** The scheduler against a local fake platform server: 429 retry_after, 403 blocked, 500 retried later. */
import { SUBSCRIPTIONS } from '../../src/digest/records.ts';
import { put } from '../../src/store/types.ts';
import { data } from '../helpers/store.ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLogLevel } from '../../src/log.ts';
import { subscribe } from '../../src/digest/subscription.ts';
import { FakePlatformTransport, startFakePlatform, type FakePlatform } from '../helpers/fake-rate-limited.ts';
import { harness, makeBriefing, tickAt } from './fixtures/briefings.ts';

let server: FakePlatform | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(opts: Parameters<typeof startFakePlatform>[0], chats: string[], concurrency?: number) {
  server = await startFakePlatform(opts);
  const url = server.url;
  const h = harness(() => ({ telegram: new FakePlatformTransport(url, 'telegram') }), {
    start: '2026-06-10T07:00:00Z',
    options: { retryBackoffMs: 10 * 60_000, ...(concurrency ? { concurrency } : {}) },
  });
  await h.library.add(makeBriefing('b', '2026-06-10T06:00:00Z'));
  for (const id of chats)
    await subscribe(h.store, { chatKey: `telegram:${id}`, platform: 'telegram', chatId: id }, { minutes: 8 * 60, tz: 'UTC', always: false }, h.clock.now);
  return h;
}

const counts = (s: FakePlatform) => {
  const m = new Map<string, number>();
  for (const r of s.received) m.set(r.chatId, (m.get(r.chatId) ?? 0) + 1);
  return m;
};

describe('digest fan-out against a fake platform', () => {
  it('waits retry_after on 429 and delivers every digest once', async () => {
    const chats = Array.from({ length: 20 }, (_, i) => String(1000 + i));
    const h = await setup({ tooManyFirst: 5, retryAfterSec: 0.05 }, chats);
    const t0 = performance.now();
    const s = await tickAt(h, '2026-06-10T08:00:00Z');
    expect(s).toMatchObject({ due: 20, sent: 20, failed: 0, deactivated: 0 });
    expect(server!.stats.tooMany).toBe(5);
    // The pause after each 429 was honoured.
    expect(performance.now() - t0).toBeGreaterThanOrEqual(50);
    const c = counts(server!);
    expect([...c.keys()].sort()).toEqual(chats);
    expect([...c.values()].every((n) => n === 1)).toBe(true);
  });

  it('paces to the overall limit so the platform never answers 429', async () => {
    const chats = Array.from({ length: 60 }, (_, i) => String(2000 + i));
    // The platform tolerates a little more burst than the sender uses (arrival jitter on a busy machine).
    server = await startFakePlatform({ ratePerSec: 200, burst: 20 });
    const url = server.url;
    const h = harness(() => ({ telegram: new FakePlatformTransport(url) }), {
      start: '2026-06-10T07:00:00Z',
      options: { limits: { telegram: { perSecond: 200, burst: 5, chatIntervalMs: () => 1000 } }, concurrency: 16 },
    });
    await h.library.add(makeBriefing('b', '2026-06-10T06:00:00Z'));
    for (const id of chats)
      await subscribe(h.store, { chatKey: `telegram:${id}`, platform: 'telegram', chatId: id }, { minutes: 480, tz: 'UTC', always: false }, h.clock.now);
    const t0 = performance.now();
    const s = await tickAt(h, '2026-06-10T08:00:00Z');
    const ms = performance.now() - t0;
    expect(s?.sent).toBe(60);
    expect(server.stats.tooMany).toBe(0);
    // 60 messages at 200/s with a burst of 5 cannot take less than ~275 ms.
    expect(ms).toBeGreaterThanOrEqual(250);
  });

  it('does not sit out a long flood-control wait: the rest of the run is deferred until it is over', async () => {
    const chats = ['1', '2', '3', '4'];
    // One send at a time, so every message after the 429 meets the long wait.
    const h = await setup({ tooManyFirst: 1, retryAfterSec: 3600 }, chats, 1);
    const t0 = performance.now();
    const s = await tickAt(h, '2026-06-10T08:00:00Z');
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(s).toMatchObject({ due: 4, sent: 0, failed: 4 });
    const rec = data(h.store).deliveries['telegram:1|2026-06-10']!;
    expect(rec.status).toBe('failed');
    expect(Date.parse(rec.notBefore!)).toBeGreaterThanOrEqual(Date.parse('2026-06-10T08:59:00Z'));
    // Not before the hour is over; then everyone gets theirs, once.
    expect(await tickAt(h, '2026-06-10T08:30:00Z')).toMatchObject({ due: 0 });
    expect(await tickAt(h, '2026-06-10T09:01:00Z')).toMatchObject({ due: 4, sent: 4 });
    expect(server!.received.map((r) => r.chatId).sort()).toEqual(chats);
  });

  it('logs one line per run with sent, skipped, failed and deactivated', async () => {
    const h = await setup({ blocked: ['3'], failing: ['2'] }, ['1', '2', '3']);
    const one = data(h.store).subscriptions['telegram:1']!;
    await h.store.write([put(SUBSCRIPTIONS, 'telegram:4', { ...one, chatKey: 'telegram:4', chatId: '4', always: false })]);
    await h.library.add(makeBriefing('b2', '2026-06-10T06:30:00Z'));
    // Chat 4 has seen everything already: nothing new, so it is skipped.
    await h.store.write([put(SUBSCRIPTIONS, 'telegram:4', { ...data(h.store).subscriptions['telegram:4']!, cursor: '2026-06-10T07:30:00Z' })]);
    setLogLevel('info');
    const lines: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => {
      lines.push(String(c));
      return true;
    });
    try {
      await tickAt(h, '2026-06-10T08:00:00Z');
    } finally {
      spy.mockRestore();
    }
    const runs = lines.filter((l) => l.includes('digests: run'));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatch(/due=4 sent=1 skipped=1 failed=1 deactivated=1/);
  });

  it('deactivates the subscription and the chat on 403, and does not try again', async () => {
    const h = await setup({ blocked: ['666'] }, ['1', '666']);
    const s = await tickAt(h, '2026-06-10T08:00:00Z');
    expect(s).toMatchObject({ sent: 1, deactivated: 1, failed: 0 });
    expect(data(h.store).subscriptions['telegram:666']).toMatchObject({ active: false });
    expect(data(h.store).subscriptions['telegram:666']!.inactiveReason).toMatch(/blocked/);
    expect(h.chats.chat('telegram:666')).toMatchObject({ active: false });
    expect(data(h.store).deliveries['telegram:666|2026-06-10']?.status).toBe('blocked');
    const requests = server!.stats.requests;
    await tickAt(h, '2026-06-11T08:00:00Z');
    expect(server!.stats.blocked).toBe(1);
    // Only chat 1 was tried on day two (and it had nothing new, so nothing was sent at all).
    expect(server!.stats.requests).toBe(requests);
  });

  it('counts a 500 as failed and retries it on a later tick the same local day, once', async () => {
    const h = await setup({ failing: ['7'] }, ['7', '8']);
    expect(await tickAt(h, '2026-06-10T08:00:00Z')).toMatchObject({ sent: 1, failed: 1 });
    expect(data(h.store).deliveries['telegram:7|2026-06-10']).toMatchObject({ status: 'failed', attempts: 1 });
    // Not before the back-off.
    expect(await tickAt(h, '2026-06-10T08:05:00Z')).toMatchObject({ due: 0 });
    // The platform recovers.
    server!.options.failing = [];
    const recovered = await startFakePlatform({});
    (h.transports as Record<string, unknown>).telegram = new FakePlatformTransport(recovered.url);
    try {
      expect(await tickAt(h, '2026-06-10T08:10:00Z')).toMatchObject({ due: 1, sent: 1 });
      expect(data(h.store).deliveries['telegram:7|2026-06-10']).toMatchObject({ status: 'sent', attempts: 2 });
      expect(recovered.received.map((r) => r.chatId)).toEqual(['7']);
      expect(await tickAt(h, '2026-06-10T09:00:00Z')).toMatchObject({ due: 0 });
    } finally {
      await recovered.close();
    }
  });

  it('gives up on a chat for the day after the maximum number of attempts', async () => {
    const h = await setup({ failing: ['9'] }, ['9']);
    for (let m = 0; m < 24 * 60 - 8 * 60; m += 1) await tickAt(h, Date.parse('2026-06-10T08:00:00Z') + m * 60_000);
    expect(server!.stats.failed).toBe(5);
    expect(data(h.store).deliveries['telegram:9|2026-06-10']).toMatchObject({ status: 'failed', attempts: 5 });
  });
});
