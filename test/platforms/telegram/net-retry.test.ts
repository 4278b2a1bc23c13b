/**
 * Replies through a network blip: a few quick retries, then the failure is reported — never the
 * open-ended 3 s…1 h wait that would hold an update (and a clean stop) for a whole outage. A
 * message whose request may have reached Telegram (the connection failed after it left) is not
 * sent again: Telegram may have delivered it, and a bot cannot read the chat back to find out.
 */
import { Api, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { boundedNetworkRetry } from '../../../src/platforms/telegram/net-retry.ts';
import { sendReply } from '../../../src/platforms/telegram/send.ts';
import { Chats } from '../../../src/core/chats.ts';
import { memoryStore } from '../../../src/store/open.ts';
import { reply, text } from '../../../src/reply/model.ts';
import { droppingServer } from '../../helpers/dropping-server.ts';

type Prev = Parameters<ReturnType<typeof boundedNetworkRetry>>[0];

const refused = () => new HttpError('Network request failed', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }));
const reset = () => new HttpError('Network request failed', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));

function failing(times: number, error: () => HttpError = refused): { prev: Prev; calls: () => number } {
  let n = 0;
  const prev = (async () => {
    n++;
    if (n <= times) throw error();
    return { ok: true, result: true };
  }) as unknown as Prev;
  return { prev, calls: () => n };
}

describe('boundedNetworkRetry', () => {
  it('retries a connection never made and delivers', async () => {
    const f = failing(2);
    const t = boundedNetworkRetry({ firstMs: 10, maxMs: 20 });
    await expect(t(f.prev, 'sendMessage', { chat_id: 1, text: 'x' } as never)).resolves.toMatchObject({ ok: true });
    expect(f.calls()).toBe(3);
  });

  it('gives up after a few attempts, quickly, with the network error', async () => {
    const f = failing(100);
    const t = boundedNetworkRetry({ attempts: 3, firstMs: 10, maxMs: 20 });
    const t0 = Date.now();
    await expect(t(f.prev, 'sendMessage', { chat_id: 1, text: 'x' } as never)).rejects.toBeInstanceOf(HttpError);
    expect(f.calls()).toBe(4);
    expect(Date.now() - t0).toBeLessThan(500);
  });

  it('a message whose connection failed after the request left is not sent again (in doubt)', async () => {
    const f = failing(1, reset);
    const t = boundedNetworkRetry({ firstMs: 10, maxMs: 20 });
    await expect(t(f.prev, 'sendMessage', { chat_id: 1, text: 'x' } as never)).rejects.toBeInstanceOf(HttpError);
    expect(f.calls()).toBe(1);
  });

  it('a call that posts nothing (getUpdates, getFile) is retried after a reset all the same', async () => {
    const f = failing(2, reset);
    const t = boundedNetworkRetry({ firstMs: 10, maxMs: 20 });
    await expect(t(f.prev, 'getFile', { file_id: 'f' } as never)).resolves.toMatchObject({ ok: true });
    expect(f.calls()).toBe(3);
  });

  it('through grammY against a server that reads the request and drops the connection: one request, the reply in doubt', async () => {
    const server = await droppingServer();
    try {
      const api = new Api('123:abc', { apiRoot: server.url });
      api.config.use(boundedNetworkRetry({ firstMs: 1, maxMs: 2 }));
      const out = await sendReply(api, new Chats(memoryStore()), 42, reply('en', [text('the answer')]));
      expect(out).toMatchObject({ ok: false, reason: 'in-doubt' });
      // Before: 4 (the first and three retries), each a possible copy of the answer.
      expect(server.received()).toBe(1);
    } finally {
      server.close();
    }
  });

  it('does not retry what the Bot API refused (not a network failure)', async () => {
    let n = 0;
    const prev = (async () => {
      n++;
      throw new Error('400 Bad Request');
    }) as unknown as Prev;
    await expect(boundedNetworkRetry()(prev, 'sendMessage', {} as never)).rejects.toThrow(/400/);
    expect(n).toBe(1);
  });
});
