/**
 * Issue 14's "platform rate limits held across instances": two schedulers, each with its own
 * connection pool to one PostgreSQL database, take their send slots from it, so together they keep
 * a rate-limited fake platform's overall rate (the slots themselves, on a fake clock, are tested in
 * test/core/pacing.test.ts). Needs a server; without one it is skipped with one line.
 */
import { afterEach, expect, it } from 'vitest';
import { SECTIONS } from '../../src/app.ts';
import { subscribe } from '../../src/digest/subscription.ts';
import { FakePlatformTransport, startFakePlatform, type FakePlatform } from '../helpers/fake-rate-limited.ts';
import { describeOnPostgres, pgReachable } from '../store/engines.ts';
import { harness, makeBriefing } from './fixtures/briefings.ts';

const reachable = await pgReachable();

describeOnPostgres(reachable, 'platform rate limits shared through PostgreSQL', `the shared rate limit tests`, (engine) => {
  let server: FakePlatform | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('two schedulers on one database against a rate-limited fake platform: every chat once, no 429, the combined rate within the limit', async () => {
    // The platform allows 40/s with a little burst for arrival jitter; each instance alone may
    // send 40/s, so without a shared limiter the two together would send at 80/s.
    server = await startFakePlatform({ ratePerSec: 40, burst: 6 });
    const url = server.url;
    const limits = { telegram: { perSecond: 40, burst: 2, chatIntervalMs: () => 1000 } };
    const storeA = await engine.fresh(SECTIONS);
    const storeB = await engine.second!(storeA);
    for (const s of SECTIONS) storeB.section(s);
    const start = '2026-06-10T07:00:00Z';
    const a = harness(() => ({ telegram: new FakePlatformTransport(url) }), { store: storeA, start, options: { instanceId: 'A', limits, concurrency: 4 } });
    const b = harness(() => ({ telegram: new FakePlatformTransport(url) }), { store: storeB, start, options: { instanceId: 'B', limits, concurrency: 4 } });
    await a.library.add(makeBriefing('b', '2026-06-10T06:00:00Z'));
    const chats = Array.from({ length: 40 }, (_, i) => String(7000 + i));
    for (const [i, id] of chats.entries())
      await subscribe(i % 2 ? storeB : storeA, { chatKey: `telegram:${id}`, platform: 'telegram', chatId: id }, { minutes: 480, tz: 'UTC', always: false }, a.clock.now);

    const now = new Date('2026-06-10T08:00:00Z');
    const t0 = performance.now();
    const [sa, sb] = await Promise.all([a.scheduler.tick(now), b.scheduler.tick(now)]);
    const ms = performance.now() - t0;

    expect(sa!.sent + sb!.sent).toBe(40);
    // Both instances did part of the work.
    expect(Math.min(sa!.sent, sb!.sent)).toBeGreaterThan(0);
    expect(server.stats.tooMany).toBe(0);
    expect(server.received.map((r) => r.chatId).sort()).toEqual(chats);
    // 40 messages at 40/s after a burst of 2 take at least 38 intervals of 25 ms.
    expect(ms).toBeGreaterThanOrEqual(38 * 25 - 5);
    await storeA.close();
    await storeB.close();
  }, 20_000);
});
