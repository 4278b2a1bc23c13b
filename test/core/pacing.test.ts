/**
 * SharedRateLimiter on the PostgreSQL pacer: two instances, each with its own connection pool to
 * one database, on a fake clock that stands still (sleeping only records when each slot was), so
 * the exact slots handed out can be checked. Needs a server; without one it is skipped with one line.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { expect, it } from 'vitest';
import { SharedRateLimiter, type Limits } from '../../src/core/pacing.ts';
import type { Store } from '../../src/store/types.ts';
import { describeOnPostgres, pgReachable } from '../store/engines.ts';

const reachable = await pgReachable();

/**
 * A limiter on a fake clock that stands still: sleeping only records when the slot was. Each
 * send keeps its own wait (async context), since sends in flight together may be answered in
 * one turn of the event loop (the pacer sends reservations asked at once in one statement).
 */
function onFakeClock(store: Store, limits: Limits, t0: number) {
  const slots: number[] = [];
  let now = t0;
  // Each send's own wait (sends run concurrently, and one reservation may serve several).
  const waits = new AsyncLocalStorage<{ ms: number }>();
  const limiter = new SharedRateLimiter(
    store.pacer!,
    'telegram',
    limits,
    () => now,
    async (ms) => {
      waits.getStore()!.ms = ms;
    },
  );
  const send = (chatId: string | undefined, maxWaitMs = 60_000) => {
    const wait = { ms: 0 };
    return waits.run(wait, async () => {
      const backlog = await limiter.acquire(chatId, maxWaitMs);
      if (backlog === 0) slots.push(now + wait.ms);
      return backlog;
    });
  };
  return { limiter, slots, send, at: (t: number) => (now = t) };
}

describeOnPostgres(reachable, 'SharedRateLimiter on PostgreSQL', `the shared rate limiter tests`, (engine) => {

  it('two instances asking at once are handed one sequence of slots: the burst, then one per interval', async () => {
    const a = await engine.fresh();
    const b = await engine.second!(a);
    const limits: Limits = { perSecond: 10, burst: 3, chatIntervalMs: () => 0 };
    const t0 = 1_780_000_000_000;
    const x = onFakeClock(a, limits, t0);
    const y = onFakeClock(b, limits, t0);
    // Four workers per instance, ten sends each, all at the same (frozen) instant.
    const worker = (l: typeof x, w: number) => async () => {
      for (let i = 0; i < 10; i++) await l.send(`c${w}-${i}`);
    };
    await Promise.all([0, 1, 2, 3].flatMap((w) => [worker(x, w)(), worker(y, w + 4)()]));
    const all = [...x.slots, ...y.slots].sort((p, q) => p - q);
    expect(all).toHaveLength(80);
    // Both instances got slots out of the one sequence (neither was starved, neither had its own).
    expect(x.slots.length).toBeGreaterThan(10);
    expect(y.slots.length).toBeGreaterThan(10);
    all.forEach((s, i) => expect(s - t0).toBeCloseTo(Math.max(0, i - 2) * 100, 6));
    await a.close();
    await b.close();
  });

  it('asks made together go in one reservation: the same slots, none beyond the wait allowed taken', async () => {
    const a = await engine.fresh();
    const limits: Limits = { perSecond: 10, burst: 3, chatIntervalMs: () => 1000 };
    const t0 = 1_780_000_000_000;
    const x = onFakeClock(a, limits, t0);
    const y = onFakeClock(a, limits, t0);
    // Twelve senders without a chat yet (a digest sender claims its chat once its slot has come).
    const backlogs = (await Promise.all(Array.from({ length: 12 }, () => y.send(undefined, 500)))).filter((b) => b > 0);
    const slots = y.slots;
    // The burst of three, then one per 100 ms up to 500 ms away; the rest not taken, each told
    // the wait for the first free slot.
    expect(slots.map((s) => s - t0).sort((p, q) => p - q)).toEqual([0, 0, 0, 100, 200, 300, 400, 500]);
    expect(backlogs).toEqual([600, 600, 600, 600]);
    // Nothing was taken past the wait: the next ask, from another limiter, gets 600 ms.
    await x.send('c1');
    expect(x.slots).toEqual([t0 + 600]);
    await a.close();
  });

  it("a retry_after one instance heard holds the other; the refused message's chat slot is handed back; a wait past the limit takes no slot", async () => {
    const a = await engine.fresh();
    const b = await engine.second!(a);
    const limits: Limits = { perSecond: 1000, burst: 1, chatIntervalMs: () => 1000 };
    const t0 = 1_780_000_000_000;
    const x = onFakeClock(a, limits, t0);
    const y = onFakeClock(b, limits, t0);
    await x.send('42');
    await x.send('42');
    expect(x.slots[1]! - x.slots[0]!).toBeCloseTo(1000, 6);

    // The second was refused with retry_after 0.3 s: its retry goes then, not a second after it.
    x.at(t0 + 1000);
    y.at(t0 + 1000);
    await x.limiter.pause(300, '42');
    await x.send('42');
    expect(x.slots[2]! - t0).toBeCloseTo(1300, 6);
    // B never heard that 429, yet its next send (another chat) comes after the hold too.
    await y.send('7');
    expect(y.slots[0]! - t0).toBeCloseTo(1301, 6);

    // A 429 with retry_after 5 s on B: A's next send waits for it.
    x.at(t0 + 2000);
    y.at(t0 + 2000);
    await y.limiter.pause(5000, '7');
    await x.send('9');
    expect(x.slots[3]! - t0).toBeCloseTo(7000, 6);

    // Asked to wait 100 s: reported at once, and the slots it would have taken stay free.
    await b.pacer!.hold('telegram', t0 + 100_000);
    x.at(t0 + 3000);
    expect(await x.send('8')).toBeCloseTo(97_000, 6);
    expect(await x.send('8')).toBeCloseTo(97_000, 6);
    x.at(t0 + 100_000);
    await x.send('8');
    expect(x.slots[4]! - t0).toBeCloseTo(100_000, 6);
    await a.close();
    await b.close();
  });
});
