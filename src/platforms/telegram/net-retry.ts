/**
 * Retrying a reply through a short network failure, briefly. auto-retry's own network retry
 * doubles from 3 s up to an hour and never gives up, which would hold an update (and a clean
 * shutdown) for as long as an outage lasts; a reply that cannot go out within seconds is
 * reported instead.
 *
 * A call that posts a message is retried only when its connection was never made (refused, no
 * such host: nothing can have reached Telegram). One that failed after its request left (a reset,
 * no answer) may have been delivered, and Telegram has no history a bot can read to find out (nor
 * a way to send idempotently): it is not sent again but reported, and the reply is in doubt, as a
 * digest in that case is (the Slack outbox looks in the channel first). A duplicate answer cannot
 * be taken back; a missing one is seen by whoever asked, who can ask again. Other calls (reading
 * updates, files, answering an inline query) are retried on any network failure.
 */
import { HttpError, type Transformer } from 'grammy';
import { neverConnected } from '../../core/transport.ts';
import { sleep } from '../outage.ts';

/** Bot API methods that post a message to a chat: a repeat is a second message. */
export const POSTING_METHODS = new Set(['sendMessage', 'sendPhoto', 'sendDocument', 'sendMediaGroup', 'copyMessage', 'forwardMessage']);

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
        if (POSTING_METHODS.has(method) && !neverConnected(e)) throw e;
        await sleep(wait, signal as unknown as AbortSignal | undefined);
        wait = Math.min(maxMs, wait * 2);
      }
    }
  };
}
