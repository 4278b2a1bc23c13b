/**
 * Sending a rendered reply to a Telegram chat and classifying what went wrong, shared by the
 * interactive bot (whose API retries 429s) and the digest transport (whose API does not).
 */
import { GrammyError, HttpError, type Api } from 'grammy';
import { neverConnected, type SendOutcome } from '../../core/transport.ts';
import { log } from '../../log.ts';
import type { Reply } from '../../reply/model.ts';
import type { Chats } from '../../core/chats.ts';
import { renderMessages } from './render.ts';

export const telegramChatKey = (chatId: string | number): string => `telegram:${chatId}`;

/** Map a failed Bot API call to the platform-free outcome the core understands. */
export function classifyError(e: unknown): Exclude<SendOutcome, { ok: true }> {
  if (e instanceof GrammyError) {
    const detail = `${e.error_code} ${e.description}`;
    // 403: blocked by the user, kicked from the group, user deactivated. 400 "chat not found"
    // is just as permanent: retrying will never reach that chat.
    if (e.error_code === 403 || (e.error_code === 400 && /chat not found/i.test(e.description))) return { ok: false, reason: 'blocked', detail };
    if (e.error_code === 429) {
      const s = e.parameters?.retry_after;
      return { ok: false, reason: 'rate-limited', retryAfterMs: (typeof s === 'number' && s > 0 ? s : 1) * 1000, detail };
    }
    return { ok: false, reason: 'error', detail };
  }
  // A network failure after the request left may come after Telegram delivered the message.
  if (e instanceof HttpError) return { ok: false, reason: neverConnected(e) ? 'error' : 'in-doubt', detail: `network: ${e.message}` };
  return { ok: false, reason: 'error', detail: e instanceof Error ? e.message : String(e) };
}

/** Remember that the bot can no longer write to this chat, so nothing else is sent there. */
export async function markInactive(chats: Chats, chatId: string | number, reason: string): Promise<void> {
  const key = telegramChatKey(chatId);
  if (chats.chat(key).active === false) return;
  log.warn(`telegram: chat ${chatId} is no longer reachable (${reason}); marked inactive`);
  await chats.setChat(key, { active: false, inactiveReason: reason });
}

/** The chat spoke to the bot again (unblocked, re-added): it is reachable again. */
export async function markActive(chats: Chats, chatId: string | number): Promise<void> {
  const key = telegramChatKey(chatId);
  if (chats.chat(key).active !== false) return;
  log.info(`telegram: chat ${chatId} is reachable again`);
  await chats.setChat(key, { active: true, inactiveReason: undefined });
}

export interface SendOptions {
  /** Reply to this message (groups): the first part quotes the question. */
  replyTo?: number;
  /** Forum topic the question came from. */
  threadId?: number;
}

/**
 * Render and send a reply, part by part. Stops at the first failure: a 403 marks the chat
 * inactive; the outcome tells the caller what happened (parts already sent stay sent).
 */
export async function sendReply(api: Api, chats: Chats, chatId: string | number, reply: Reply, opts: SendOptions = {}): Promise<SendOutcome> {
  const parts = renderMessages(reply);
  for (const [i, html] of parts.entries()) {
    try {
      await api.sendMessage(chatId, html, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(opts.threadId ? { message_thread_id: opts.threadId } : {}),
        ...(i === 0 && opts.replyTo ? { reply_parameters: { message_id: opts.replyTo, allow_sending_without_reply: true } } : {}),
      });
    } catch (e) {
      const outcome = classifyError(e);
      if (outcome.reason === 'blocked') await markInactive(chats, chatId, outcome.detail);
      return outcome;
    }
  }
  return { ok: true };
}
