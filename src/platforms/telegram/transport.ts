/**
 * The Telegram Transport for digests. It deliberately uses a bare Api without auto-retry:
 * a 429 comes back to the caller as "rate-limited" with Telegram's retry_after, so the digest
 * scheduler paces the whole fan-out instead of one send silently sleeping inside it.
 */
import { Api } from 'grammy';
import type { Transport } from '../../core/transport.ts';
import type { Reply } from '../../reply/model.ts';
import type { Chats } from '../../core/chats.ts';
import { sendReply, telegramChatKey } from './send.ts';

export interface TelegramTransportOptions {
  token: string;
  apiRoot?: string;
}

export function createTelegramTransport(chats: Chats, opts: TelegramTransportOptions): Transport {
  const api = new Api(opts.token, opts.apiRoot ? { apiRoot: opts.apiRoot } : {});
  return {
    platform: 'telegram',
    async send(chatId: string, r: Reply) {
      const state = chats.chat(telegramChatKey(chatId));
      // Telegram already said no: do not knock again (the chat comes back when it writes to the bot).
      if (state.active === false) return { ok: false, reason: 'blocked', detail: `chat inactive: ${state.inactiveReason ?? 'unknown reason'}` };
      return sendReply(api, chats, chatId, r);
    },
  };
}
