/**
 * End to end with the real Telegram transport (grammY Api, no auto-retry) against the fake Bot
 * API: a 429 is waited out via retry_after and retried, a 403 deactivates the subscription.
 */
import { Chats } from '../../src/core/chats.ts';
import { data } from '../helpers/store.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { subscribe } from '../../src/digest/subscription.ts';
import { createTelegramTransport } from '../../src/platforms/telegram/transport.ts';
import { BLOCKED, FakeTelegram, tooManyRequests } from '../helpers/fake-telegram.ts';
import { harness, makeBriefing, tickAt } from './fixtures/briefings.ts';
import { memoryStore } from '../../src/store/open.ts';

let tg: FakeTelegram | undefined;
afterEach(async () => {
  await tg?.close();
  tg = undefined;
});

describe('digests through the real Telegram transport', () => {
  it('retries after retry_after, deactivates a chat that blocked the bot, sends each chat one digest', async () => {
    tg = await FakeTelegram.start();
    const fake = tg;
    const store = memoryStore();
    const h = harness(() => ({ telegram: createTelegramTransport(new Chats(store), { token: fake.token, apiRoot: fake.apiRoot }) }), {
      store,
      start: '2026-06-10T07:00:00Z',
    });
    await h.library.add(makeBriefing('b', '2026-06-10T06:00:00Z'));
    for (const id of ['101', '102', '103'])
      await subscribe(store, { chatKey: `telegram:${id}`, platform: 'telegram', chatId: id }, { minutes: 480, tz: 'UTC', always: false }, h.clock.now);
    fake.fail('sendMessage', tooManyRequests(1), { when: (p) => String(p.chat_id) === '101' });
    fake.fail('sendMessage', BLOCKED, { when: (p) => String(p.chat_id) === '102' });

    const t0 = performance.now();
    const s = await tickAt(h, '2026-06-10T08:00:00Z');
    expect(s, JSON.stringify(data(store).deliveries)).toMatchObject({ sent: 2, deactivated: 1, failed: 0 });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(900);
    expect(fake.sent('101')).toHaveLength(1);
    expect(fake.sent('103')).toHaveLength(1);
    expect(fake.sent('102')).toHaveLength(0);
    expect(data(store).subscriptions['telegram:102']!.active).toBe(false);
    expect(fake.sent('101')[0]!.params.text).toContain('Title b');

    await tickAt(h, '2026-06-10T08:01:00Z');
    expect(fake.callsOf('sendMessage').filter((c) => c.ok)).toHaveLength(2);
  });
});
