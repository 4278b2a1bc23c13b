import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, RateLimiter } from '../../src/digest/rate-limit.ts';

/** A limiter on a fake clock: sleeping advances the clock; returns the send times. */
function fake(limits: ConstructorParameters<typeof RateLimiter>[0]) {
  let t = 0;
  const limiter = new RateLimiter(
    limits,
    () => t,
    async (ms) => {
      t += ms;
    },
  );
  const sendAt = async (chatId: string) => {
    await limiter.acquire(chatId);
    return t;
  };
  return { limiter, sendAt, advance: (ms: number) => (t += ms) };
}

describe('digest rate limiter', () => {
  it('paces the overall rate after the burst', async () => {
    const { sendAt } = fake({ perSecond: 10, burst: 3, chatIntervalMs: () => 0 });
    const times: number[] = [];
    for (let i = 0; i < 8; i++) times.push(await sendAt(`c${i}`));
    expect(times.slice(0, 3)).toEqual([0, 0, 0]);
    // then one every 100 ms
    for (let i = 3; i < 8; i++) expect(times[i]).toBeCloseTo((i - 2) * 100, 5);
  });

  it('spaces messages to the same chat: 1 s per chat, 3 s in a Telegram group (20/min)', async () => {
    const { sendAt } = fake(DEFAULT_LIMITS.telegram);
    const a = [await sendAt('42'), await sendAt('42')];
    expect(a[1]! - a[0]!).toBeGreaterThanOrEqual(1000);
    const g = [await sendAt('-100'), await sendAt('-100'), await sendAt('-100')];
    expect(g[1]! - g[0]!).toBeGreaterThanOrEqual(3000);
    expect(g[2]! - g[1]!).toBeGreaterThanOrEqual(3000);
    expect(60_000 / 3000).toBe(20);
  });

  it('Slack: one message per second per channel', async () => {
    const { sendAt } = fake(DEFAULT_LIMITS.slack);
    const c = [await sendAt('C1'), await sendAt('C1')];
    expect(c[1]! - c[0]!).toBeGreaterThanOrEqual(1000);
  });

  it('holds everything back for retry_after, and gives the refused message its chat slot back', async () => {
    const { limiter, sendAt } = fake({ perSecond: 1000, burst: 1, chatIntervalMs: () => 1000 });
    expect(await sendAt('x')).toBe(0);
    limiter.pause(2500, 'x');
    // The retry of x goes after the pause, not a further second later.
    expect(await sendAt('x')).toBeCloseTo(2500, 5);
    expect(await sendAt('y')).toBeGreaterThanOrEqual(2500);
  });

  it('waits out retry_after exactly, even with a burst allowance (no message before the platform said)', async () => {
    const { limiter, sendAt } = fake(DEFAULT_LIMITS.slack); // burst 3 at 10/s: 200 ms of allowance
    await sendAt('C1');
    limiter.pause(1000, 'C1');
    expect(await sendAt('C2')).toBeGreaterThanOrEqual(1000);
    expect(await sendAt('C1')).toBeGreaterThanOrEqual(1000);
  });

  it('a slot further away than the caller will wait is reported, not taken', async () => {
    const { limiter, sendAt } = fake({ perSecond: 10, burst: 1, chatIntervalMs: () => 0 });
    expect(await sendAt('a')).toBe(0);
    await limiter.pause(90_000);
    expect(await limiter.acquire('b', 60_000)).toBeCloseTo(90_000, 5);
    expect(await limiter.acquire('c', 60_000)).toBeCloseTo(90_000, 5);
    // Nothing was reserved by the refusals: the next send goes right at the end of the hold.
    expect(await sendAt('d')).toBeCloseTo(90_000, 5);
  });
});
