/**
 * Replies through a network blip: a few quick retries, then the failure is reported — never the
 * open-ended 3 s…1 h wait that would hold an update (and a clean stop) for a whole outage.
 */
import { HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { boundedNetworkRetry } from '../../../src/platforms/telegram/net-retry.ts';

type Prev = Parameters<ReturnType<typeof boundedNetworkRetry>>[0];

function failing(times: number): { prev: Prev; calls: () => number } {
  let n = 0;
  const prev = (async () => {
    n++;
    if (n <= times) throw new HttpError('Network request failed', new Error('ECONNRESET'));
    return { ok: true, result: true };
  }) as unknown as Prev;
  return { prev, calls: () => n };
}

describe('boundedNetworkRetry', () => {
  it('retries a network failure and delivers', async () => {
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
