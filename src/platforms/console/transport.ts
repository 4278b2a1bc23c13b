/**
 * Digests for the console chat: printed on stdout like any reply, so a console subscriber sees
 * the digest appear at its time while the chat is open.
 */
import type { Writable } from 'node:stream';
import type { Transport } from '../../core/transport.ts';
import { renderPlain } from '../../reply/render-text.ts';

export function consoleTransport(out: Writable = process.stdout): Transport {
  return {
    platform: 'console',
    send: async (_chatId, reply) => {
      if (!out.writable) return { ok: false, reason: 'error', detail: 'console output closed' };
      out.write(`${renderPlain(reply)}\n`);
      return { ok: true };
    },
  };
}
