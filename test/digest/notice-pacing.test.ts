/**
 * The "may not have arrived" notices are messages like any other: each takes its slot from the
 * platform's limiter before it goes, shared by every instance on PostgreSQL (the store's pacer),
 * in memory otherwise. Before, tellDoubt called the transport directly: a crash that left eight
 * chats in doubt sent eight notices in one instant, outside the rate every instance keeps
 * together.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SendOutcome, Transport } from '../../src/core/transport.ts';
import { DELIVERIES, deliveryKey, type Delivery } from '../../src/digest/records.ts';
import { subscribe } from '../../src/digest/subscription.ts';
import { setLogLevel } from '../../src/log.ts';
import { renderPlain } from '../../src/reply/render-text.ts';
import { memoryStore } from '../../src/store/open.ts';
import { put, type PaceScope, type Pacer, type Store } from '../../src/store/types.ts';
import { harness, makeBriefing } from './fixtures/briefings.ts';

setLogLevel('silent');
afterEach(() => vi.useRealTimers());

const NOTICE = /may not have arrived/i;

/** A pacer that grants every slot at once and counts them per scope. */
function countingPacer(): Pacer & { slots: Map<string, number> } {
  const slots = new Map<string, number>();
  const take = (s: PaceScope, n = 1) => slots.set(s.scope, (slots.get(s.scope) ?? 0) + n);
  return {
    slots,
    reserve: async (scopes, now) => {
      for (const s of scopes) take(s);
      return now;
    },
    reserveMany: async (scope, now, _max, n) => {
      take(scope, n);
      return Array.from({ length: n }, () => now);
    },
    hold: async () => undefined,
  };
}

function withPacer(store: Store, pacer: Pacer): Store {
  Object.defineProperty(store, 'pacer', { value: pacer, configurable: true });
  return store;
}

/** Every message the platform got, with the wall clock (faked where the test fakes it). */
function recording(answer: (chatId: string, text: string) => SendOutcome = () => ({ ok: true })) {
  const got: Array<{ chatId: string; text: string; at: number }> = [];
  const t: Transport = {
    platform: 'telegram',
    send: async (chatId, r) => {
      const text = renderPlain(r);
      got.push({ chatId, text, at: Date.now() });
      return answer(chatId, text);
    },
  };
  return { t, got };
}

/** Claims a run of another process left behind (a crash mid-send), one per chat. */
async function crashedClaims(store: Store, ids: string[]): Promise<void> {
  const at = '2026-06-10T08:00:01Z';
  for (const id of ids) {
    const chatKey = `telegram:${id}`;
    const r: Delivery = { chatKey, localDate: '2026-06-10', status: 'claimed', by: 'crashed-run', at, attempts: 0, briefingIds: ['b1'], upTo: at, via: 'schedule' };
    await store.write([put(DELIVERIES, deliveryKey(chatKey, '2026-06-10'), r)]);
  }
}

async function subscribed(h: ReturnType<typeof harness>, ids: string[]): Promise<void> {
  await h.library.add(makeBriefing('b1', '2026-06-10T06:00:00Z'));
  for (const id of ids) await subscribe(h.store, { chatKey: `telegram:${id}`, platform: 'telegram', chatId: id }, { minutes: 480, tz: 'UTC', always: false }, h.clock.now);
}

describe('"may not have arrived" notices go through the platform limiter', () => {
  it('shared (PostgreSQL pacer): a notice for a send left in doubt takes a slot of the platform scope, as the digests do', async () => {
    const pacer = countingPacer();
    let failed = false;
    const p = recording((chatId, text) => {
      if (chatId === 'x' && !failed && !NOTICE.test(text)) {
        failed = true;
        return { ok: false, reason: 'in-doubt', detail: 'network: socket hang up' };
      }
      return { ok: true };
    });
    // One sender, so that the digests' slots are counted exactly: one per chat and the one it takes
    // before finding nothing left.
    const h = harness(() => ({ telegram: p.t }), { store: withPacer(memoryStore(), pacer), start: '2026-06-10T07:00:00Z', options: { concurrency: 1 } });
    await subscribed(h, ['x', 'y']);
    h.clock.now = new Date('2026-06-10T08:00:00Z');
    await h.scheduler.tick(h.clock.now);
    expect(p.got.filter((g) => NOTICE.test(g.text)).map((g) => g.chatId)).toEqual(['x']);
    // Two digests and one notice: three messages; the sender's three slots and the notice's (before: 3).
    expect(p.got).toHaveLength(3);
    expect(pacer.slots.get('telegram')).toBe(4);
  });

  it('shared: the notices for claims a crash left take a slot each', async () => {
    const pacer = countingPacer();
    const p = recording();
    const h = harness(() => ({ telegram: p.t }), { store: withPacer(memoryStore(), pacer), start: '2026-06-10T07:00:00Z' });
    const ids = ['a', 'b', 'c', 'd'];
    await subscribed(h, ids);
    await crashedClaims(h.store, ids);
    h.clock.now = new Date('2026-06-10T09:00:00Z');
    await h.scheduler.tick(h.clock.now);
    expect(p.got.map((g) => g.chatId).sort()).toEqual(ids);
    expect(p.got.every((g) => NOTICE.test(g.text))).toBe(true);
    expect(pacer.slots.get('telegram')).toBe(ids.length);
  });

  it('alone (in-memory limiter): eight notices after a crash are spaced at the platform rate, not sent in one instant', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-06-10T09:00:00Z') });
    const p = recording();
    const ids = Array.from({ length: 8 }, (_, i) => String(100 + i));
    const h = harness(() => ({ telegram: p.t }), {
      start: '2026-06-10T07:00:00Z',
      // 4 messages/s after a burst of 2.
      options: { limits: { telegram: { perSecond: 4, burst: 2, chatIntervalMs: () => 1000 } } },
    });
    await subscribed(h, ids);
    await crashedClaims(h.store, ids);
    h.clock.now = new Date('2026-06-10T09:00:00Z');
    let done = false;
    const run = h.scheduler.tick(h.clock.now).finally(() => (done = true));
    for (let i = 0; i < 100 && !done; i++) await vi.advanceTimersByTimeAsync(50);
    await run;
    const at = p.got.map((g) => g.at);
    expect(p.got).toHaveLength(8);
    // The first two together (the burst), then one every 250 ms: the last 1.5 s after the first.
    expect(at.at(-1)! - at[0]!).toBeGreaterThanOrEqual(1500);
    for (let i = 2; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(249);
    // Every one marked told, once.
    const d = h.store.section(DELIVERIES);
    for (const id of ids) expect(d.get(deliveryKey(`telegram:${id}`, '2026-06-10'))).toMatchObject({ status: 'unknown', notified: true });
  });

  it('no slot in this run (the platform asked for a long wait): the chat is not marked told, and a later run tells it', async () => {
    const p = recording();
    let heldUntil = 0;
    // The shared scope is held for ten minutes by another instance's 429.
    const pacer: Pacer = {
      reserve: async (_s, now) => Math.max(now, heldUntil),
      reserveMany: async (_s, now, _m, n) => Array.from({ length: n }, () => Math.max(now, heldUntil)),
      hold: async () => undefined,
    };
    const h = harness(() => ({ telegram: p.t }), { store: withPacer(memoryStore(), pacer), start: '2026-06-10T07:00:00Z', options: { claimLeaseMs: 60_000 } });
    await subscribed(h, ['z']);
    await crashedClaims(h.store, ['z']);
    heldUntil = Date.now() + 10 * 60_000;
    h.clock.now = new Date('2026-06-10T09:00:00Z');
    await h.scheduler.tick(h.clock.now);
    expect(p.got).toHaveLength(0);
    const key = deliveryKey('telegram:z', '2026-06-10');
    expect(h.store.section(DELIVERIES).get(key)).toMatchObject({ status: 'unknown' });
    expect(h.store.section(DELIVERIES).get(key)?.notified).toBeFalsy();
    heldUntil = 0;
    h.clock.now = new Date('2026-06-10T09:05:00Z');
    await h.scheduler.tick(h.clock.now);
    expect(p.got.map((g) => g.chatId)).toEqual(['z']);
    expect(h.store.section(DELIVERIES).get(key)).toMatchObject({ notified: true });
  });
});
