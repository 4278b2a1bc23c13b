/**
 * Retrying a reply through a short network failure, briefly. auto-retry's own network retry
 * doubles from 3 s up to an hour and never gives up, which would hold an update (and a clean
 * shutdown) for as long as an outage lasts; a reply that cannot go out within seconds is
 * reported instead.
 */
import { HttpError, type Transformer } from 'grammy';
import { sleep } from '../outage.ts';

export function boundedNetworkRetry(opts: { attempts?: number; firstMs?: number; maxMs?: number } = {}): Transformer {
  const attempts = opts.attempts ?? 3;
  const firstMs = opts.firstMs ?? 500;
  const maxMs = opts.maxMs ?? 2000;
  return async (prev, method, payload, signal) => {
    let wait = firstMs;
    for (let i = 0; ; i++) {
      try {
        return await prev(method, payload, signal);
      } catch (e) {
        if (!(e instanceof HttpError) || i >= attempts || signal?.aborted) throw e;
        await sleep(wait, signal as unknown as AbortSignal | undefined);
        wait = Math.min(maxMs, wait * 2);
      }
    }
  };
}
