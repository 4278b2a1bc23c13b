/**
 * A kill -9 can land between any two macrotasks. At every such point of a fan-out, each claim
 * already durable must belong to a message being sent (send called, its outcome not yet durable):
 * then a crash leaves at most one delivery in doubt per message in flight, and none for a sender
 * still waiting on the rate limiter. Fake timers drive a store whose writes become durable a few
 * (fake) ms after they are made, and a platform that holds each message before answering.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SendOutcome, Transport } from '../../src/core/transport.ts';
import { DELIVERIES, type Delivery } from '../../src/digest/records.ts';
import { subscribe } from '../../src/digest/subscription.ts';
import { setLogLevel } from '../../src/log.ts';
import { memoryStore } from '../../src/store/open.ts';
import type { Change, ClaimCandidate, Store } from '../../src/store/types.ts';
import { harness, makeBriefing } from './fixtures/briefings.ts';

setLogLevel('silent');
afterEach(() => {
  vi.useRealTimers();
});

/** A message's way: handed to the platform, answered, its outcome being written (then forgotten). */
type Phase = 'sending' | 'answered' | 'recording';

/** What a restart would read back: each delivery's status as of its last durable write. */
function durableStore(base: Store, writeMs: () => number) {
  const durable = new Map<string, Delivery['status'] | undefined>();
  const phase = new Map<string, Phase>();
  const later = () => new Promise<void>((r) => setTimeout(r, writeMs()));
  const settle = (changes: readonly Change[]) => {
    for (const c of changes) {
      if (c.section !== DELIVERIES.name) continue;
      const status = (c.value as Delivery | undefined)?.status;
      durable.set(c.key, status);
      // Its outcome on disk: that message is no longer in flight.
      if (status !== 'claimed' && phase.get(c.key) === 'recording') phase.delete(c.key);
    }
  };
  const store = new Proxy(base, {
    get(target, prop, recv) {
      if (prop === 'write')
        return async (changes: readonly Change[]) => {
          // An outcome on its way to disk: the message it records is still counted in flight.
          for (const c of changes) if (c.section === DELIVERIES.name && phase.get(c.key) === 'answered') phase.set(c.key, 'recording');
          await target.write(changes);
          await later();
          settle(changes);
        };
      if (prop === 'claimFirst')
        return async (spec: typeof DELIVERIES, lock: unknown, cands: ReadonlyArray<ClaimCandidate<Delivery>>) => {
          const r = await target.claimFirst(spec, lock as typeof DELIVERIES, cands);
          await later();
          const c = cands.find((x) => x.key === r.took);
          if (c) settle([{ section: spec.name, key: c.key, value: c.value }]);
          return r;
        };
      if (prop === 'claim')
        return async (spec: typeof DELIVERIES, key: string, value: Delivery, opts: unknown) => {
          const ok = await target.claim(spec, key, value, opts as never);
          await later();
          if (ok) settle([{ section: spec.name, key, value }]);
          return ok;
        };
      const v = Reflect.get(target, prop, recv);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return { store, durable, phase };
}

describe('claims in doubt at any kill point', () => {
  it('are never more than the messages in flight: each durable claim has its send under way', async () => {
    const base = memoryStore();
    // Writes take 1–6 ms to become durable, in a fixed but uneven pattern (they finish out of order).
    let w = 0;
    const { store, durable, phase } = durableStore(base, () => 1 + ((w++ * 7) % 6));
    const HOLD_MS = 40;
    const N = 40;
    let sends = 0;
    const received: string[] = [];
    const key = (chatId: string) => `telegram:${chatId}|2026-06-10`;
    const transport: Transport = {
      platform: 'telegram',
      async send(chatId): Promise<SendOutcome> {
        const k = key(chatId);
        phase.set(k, 'sending');
        const n = ++sends;
        await new Promise((r) => setTimeout(r, HOLD_MS));
        phase.set(k, 'answered');
        // The 10th message meets a 429: the platform did not take it; it is retried after 2 s.
        if (n === 10) return { ok: false, reason: 'rate-limited', retryAfterMs: 2000, detail: '429' };
        received.push(chatId);
        return { ok: true };
      },
    };
    const h = harness(() => ({ telegram: transport }), {
      store,
      start: '2026-06-10T07:00:00Z',
      // Telegram's pacing: 30/s after a burst of 5; the default 8 senders.
      options: { limits: { telegram: { perSecond: 30, burst: 5, chatIntervalMs: () => 1000 } } },
    });
    await h.library.add(makeBriefing('b', '2026-06-10T06:00:00Z'));
    for (let i = 0; i < N; i++) {
      const id = String(100 + i);
      await subscribe(store, { chatKey: `telegram:${id}`, platform: 'telegram', chatId: id }, { minutes: 480, tz: 'UTC', always: false }, h.clock.now);
    }

    vi.useFakeTimers({ now: Date.parse('2026-06-10T08:00:00Z') });
    h.clock.now = new Date('2026-06-10T08:00:00Z');
    let done = false;
    const run = h.scheduler.tick(h.clock.now).finally(() => (done = true));
    let points = 0;
    let mostInDoubt = 0;
    const bad: string[] = [];
    while (!done) {
      await vi.advanceTimersToNextTimerAsync();
      // A kill here: the claims a restart would find in doubt.
      points++;
      const inDoubt = [...durable].filter(([, s]) => s === 'claimed').map(([k]) => k);
      mostInDoubt = Math.max(mostInDoubt, inDoubt.length);
      const inFlight = [...phase.values()].filter((p) => p === 'sending' || p === 'recording').length;
      for (const k of inDoubt) if (phase.get(k) !== 'sending' && phase.get(k) !== 'recording') bad.push(`${k} claimed on disk while ${phase.get(k) ?? 'not sent'}`);
      if (inDoubt.length > inFlight) bad.push(`${inDoubt.length} in doubt, ${inFlight} in flight`);
    }
    const summary = await run;
    expect(bad.slice(0, 5)).toEqual([]);
    expect(points).toBeGreaterThan(N);
    expect(mostInDoubt).toBeGreaterThan(0);
    // Every chat got its digest, once; nothing is left claimed.
    expect(summary).toMatchObject({ due: N, sent: N, failed: 0 });
    expect(new Set(received).size).toBe(N);
    expect(received).toHaveLength(N);
    expect([...durable.values()].filter((s) => s === 'sent')).toHaveLength(N);
  });
});
