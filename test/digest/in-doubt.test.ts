/**
 * A send whose request failed on the network after it left (a reset, no answer) may have been
 * delivered: it is recorded unknown and not sent again (the chat is told), unless the transport
 * sends idempotently (retried with the same key) or the chat can be read back (looked in first).
 * Before, it was recorded failed and retried on a later tick: a second copy when the first had
 * in fact arrived.
 */
import { describe, expect, it } from 'vitest';
import type { FindOutcome, IdempotentTransport, SendOutcome, TraceableTransport, Transport } from '../../src/core/transport.ts';
import { subscribe } from '../../src/digest/subscription.ts';
import { setLogLevel } from '../../src/log.ts';
import { renderPlain } from '../../src/reply/render-text.ts';
import type { Reply } from '../../src/reply/model.ts';
import { data } from '../helpers/store.ts';
import { everyMinute, harness, makeBriefing, type Harness } from './fixtures/briefings.ts';

setLogLevel('silent');

const IN_DOUBT: SendOutcome = { ok: false, reason: 'in-doubt', detail: 'network: socket hang up' };

interface Call {
  chatId: string;
  text: string;
  key?: string;
}

/** A platform whose first digest to chat "x" fails in doubt; every call is recorded. */
function flaky() {
  const calls: Call[] = [];
  let failed = false;
  const answer = (chatId: string, r: Reply, key?: string): SendOutcome => {
    calls.push({ chatId, text: renderPlain(r), ...(key ? { key } : {}) });
    if (chatId === 'x' && !failed) {
      failed = true;
      return IN_DOUBT;
    }
    return { ok: true };
  };
  return { calls, answer };
}

async function twoChats(h: Harness) {
  await h.library.add(makeBriefing('b1', '2026-06-10T06:00:00Z'));
  for (const id of ['x', 'y']) await subscribe(h.store, { chatKey: `telegram:${id}`, platform: 'telegram', chatId: id }, { minutes: 480, tz: 'UTC', always: false }, h.clock.now);
}

const digests = (calls: Call[], chatId: string) => calls.filter((c) => c.chatId === chatId && /digest/i.test(c.text) && !/may not have arrived/i.test(c.text));
const notices = (calls: Call[], chatId: string) => calls.filter((c) => c.chatId === chatId && /may not have arrived/i.test(c.text));

describe('a send left in doubt by the network', () => {
  it('plain transport: recorded unknown, never sent again, the chat told once; the cursor moves past it', async () => {
    const p = flaky();
    const t: Transport = { platform: 'telegram', send: async (chatId, r) => p.answer(chatId, r) };
    const h = harness(() => ({ telegram: t }), { start: '2026-06-10T07:00:00Z' });
    await twoChats(h);
    await everyMinute(h, '2026-06-10T08:00:00Z', '2026-06-10T09:00:00Z');
    expect(digests(p.calls, 'x')).toHaveLength(1);
    expect(notices(p.calls, 'x')).toHaveLength(1);
    expect(digests(p.calls, 'y')).toHaveLength(1);
    expect(notices(p.calls, 'y')).toHaveLength(0);
    const d = data(h.store);
    expect(d.deliveries['telegram:x|2026-06-10']).toMatchObject({ status: 'unknown', notified: true, detail: expect.stringMatching(/in doubt: network/) });
    expect(d.subscriptions['telegram:x']!.cursor).toBe(d.deliveries['telegram:x|2026-06-10']!.upTo);
  });

  it('idempotent transport: retried on a later tick with the same key (the platform drops a repeat), no notice', async () => {
    const p = flaky();
    const t: IdempotentTransport = {
      platform: 'telegram',
      send: async (chatId, r) => p.answer(chatId, r),
      sendIdempotent: async (chatId, r, key) => p.answer(chatId, r, key),
    };
    const h = harness(() => ({ telegram: t }), { start: '2026-06-10T07:00:00Z' });
    await twoChats(h);
    await everyMinute(h, '2026-06-10T08:00:00Z', '2026-06-10T09:00:00Z');
    const sends = digests(p.calls, 'x');
    expect(sends).toHaveLength(2);
    expect(new Set(sends.map((c) => c.key))).toEqual(new Set(['telegram:x|2026-06-10']));
    expect(notices(p.calls, 'x')).toHaveLength(0);
    expect(data(h.store).deliveries['telegram:x|2026-06-10']).toMatchObject({ status: 'sent' });
  });

  for (const [found, expected] of [
    ['found', { sends: 1, notices: 0, status: 'sent' }],
    ['absent', { sends: 2, notices: 0, status: 'sent' }],
    ['unavailable', { sends: 1, notices: 1, status: 'unknown' }],
  ] as const) {
    it(`readable chat, the digest ${found} there: ${expected.status}, sent ${expected.sends === 1 ? 'once' : 'again'}${expected.notices ? ', the chat told' : ''}`, async () => {
      const p = flaky();
      const looked: string[] = [];
      const t: TraceableTransport = {
        platform: 'telegram',
        send: async (chatId, r) => p.answer(chatId, r),
        sendMarked: async (chatId, r) => p.answer(chatId, r),
        findMarked: async (chatId, mark): Promise<FindOutcome> => {
          looked.push(`${chatId} ${mark.key}`);
          return found;
        },
      };
      const h = harness(() => ({ telegram: t }), { start: '2026-06-10T07:00:00Z' });
      await twoChats(h);
      await everyMinute(h, '2026-06-10T08:00:00Z', '2026-06-10T09:00:00Z');
      expect(looked).toEqual(['x telegram:x|2026-06-10']);
      expect(digests(p.calls, 'x')).toHaveLength(expected.sends);
      expect(notices(p.calls, 'x')).toHaveLength(expected.notices);
      expect(data(h.store).deliveries['telegram:x|2026-06-10']).toMatchObject({ status: expected.status });
    });
  }
});
