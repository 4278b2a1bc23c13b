/**
 * The digest transport: outcomes classified for the scheduler, and no hidden retries (a 429
 * must reach the caller with its retry_after, after exactly one attempt).
 */
import { Chats } from '../../../src/core/chats.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLogLevel } from '../../../src/log.ts';
import { createTelegramTransport } from '../../../src/platforms/telegram/transport.ts';
import { classifyError } from '../../../src/platforms/telegram/send.ts';
import { neverConnected } from '../../../src/core/transport.ts';
import { heading, list, reply, text } from '../../../src/reply/model.ts';
import { memoryStore } from '../../../src/store/open.ts';
import { BLOCKED, FakeTelegram, parseTelegramHtml, tooManyRequests } from '../../helpers/fake-telegram.ts';
import { droppingServer } from '../../helpers/dropping-server.ts';

setLogLevel('silent');

let fake: FakeTelegram;
beforeAll(async () => {
  fake = await FakeTelegram.start();
});
afterAll(async () => {
  await fake.close();
});

const digest = reply('ar', [heading('موجز اليوم'), list(['Putin & Pezeshkian <met>', 'نقطة ثانية'])]);

describe('telegram transport', () => {
  it('sends a reply as Telegram HTML', async () => {
    const store = memoryStore();
    const t = createTelegramTransport(new Chats(store), { token: fake.token, apiRoot: fake.apiRoot });
    expect(t.platform).toBe('telegram');
    expect(await t.send('501', digest)).toEqual({ ok: true });
    const [m] = fake.sent(501);
    expect(m!.params.parse_mode).toBe('HTML');
    const v = parseTelegramHtml(String(m!.params.text));
    expect('text' in v && v.text).toContain('Putin & Pezeshkian <met>');
  });

  it('returns rate-limited with retry_after after a single attempt (no auto-retry here)', async () => {
    const store = memoryStore();
    const t = createTelegramTransport(new Chats(store), { token: fake.token, apiRoot: fake.apiRoot });
    fake.fail('sendMessage', tooManyRequests(7), { when: (p) => p.chat_id === '502' });
    const started = Date.now();
    const out = await t.send('502', digest);
    expect(out).toMatchObject({ ok: false, reason: 'rate-limited', retryAfterMs: 7000 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(fake.callsOf('sendMessage').filter((c) => c.params.chat_id === '502')).toHaveLength(1);
  });

  it('returns blocked on 403, marks the chat inactive, and does not call Telegram again', async () => {
    const store = memoryStore();
    const t = createTelegramTransport(new Chats(store), { token: fake.token, apiRoot: fake.apiRoot });
    fake.fail('sendMessage', BLOCKED, { when: (p) => p.chat_id === '503' });
    expect(await t.send('503', digest)).toMatchObject({ ok: false, reason: 'blocked' });
    expect(new Chats(store).chat('telegram:503')).toMatchObject({ active: false, inactiveReason: expect.stringMatching(/blocked by the user/) });
    const before = fake.calls.length;
    expect(await t.send('503', digest)).toMatchObject({ ok: false, reason: 'blocked' });
    expect(fake.calls.length).toBe(before);
  });

  it('returns error for other failures (bad request, unreachable API)', async () => {
    const store = memoryStore();
    const t = createTelegramTransport(new Chats(store), { token: fake.token, apiRoot: fake.apiRoot });
    fake.fail('sendMessage', { error_code: 400, description: 'Bad Request: message thread not found' });
    expect(await t.send('504', digest)).toMatchObject({ ok: false, reason: 'error', detail: expect.stringMatching(/thread not found/) });
    expect(new Chats(store).chat('telegram:504').active).toBeUndefined();
    const down = createTelegramTransport(new Chats(store), { token: fake.token, apiRoot: 'http://127.0.0.1:1' });
    expect(await down.send('505', reply('en', [text('x')]))).toMatchObject({ ok: false, reason: 'error' });
  });

  it('returns in-doubt when the connection drops after the request went out (Telegram may have delivered it)', async () => {
    const server = await droppingServer();
    try {
      const t = createTelegramTransport(new Chats(memoryStore()), { token: fake.token, apiRoot: server.url });
      expect(await t.send('506', digest)).toMatchObject({ ok: false, reason: 'in-doubt', detail: expect.stringMatching(/^network: /) });
      expect(server.received()).toBe(1);
    } finally {
      server.close();
    }
  });

  it('tells a connection never made (nothing can have arrived) from one that failed later', () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    const reset = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
    expect(neverConnected({ error: refused })).toBe(true);
    expect(neverConnected({ error: reset })).toBe(false);
    expect(neverConnected(new Error('timeout'))).toBe(false);
  });

  it('classifies unknown throwables as errors', () => {
    expect(classifyError(new Error('x'))).toEqual({ ok: false, reason: 'error', detail: 'x' });
    expect(classifyError('weird')).toEqual({ ok: false, reason: 'error', detail: 'weird' });
  });
});
