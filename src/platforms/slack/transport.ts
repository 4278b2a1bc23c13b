/**
 * Outbound Slack messages nobody asked for in this turn (digests, notices). They share the
 * per-channel outbox with replies, so a digest and an answer in one channel are paced together;
 * a 429 comes back to the digest scheduler as "rate-limited" with Slack's Retry-After (the
 * scheduler decides when to try again), and other failures come back at once for the same reason.
 *
 * Digests are marked with message metadata (event_type mujaz_digest, their delivery key and local
 * date), so after a crash mid-send the bot can look for its own post in the channel's history
 * (conversations.history) instead of guessing whether it arrived.
 */
import { chatKey } from '../../core/message.ts';
import type { FindOutcome, SendMark, SendOutcome, TraceableTransport } from '../../core/transport.ts';
import type { Reply } from '../../reply/model.ts';
import type { Chats } from '../../core/chats.ts';
import { SlackOutbox, slackPostClient, type OutMessage } from './outbox.ts';
import { renderSlack } from './render.ts';

export interface SlackTransportOptions {
  botToken: string;
  slackApiUrl?: string;
  /** The outbox the platform's replies use (one per process); a private one when absent. */
  outbox?: SlackOutbox;
  /** Where chats marked inactive are known: nothing is sent to them (as on Telegram). */
  chats?: Chats;
}

/** The metadata event type of a digest post. */
export const DIGEST_EVENT_TYPE = 'mujaz_digest';

export function slackTransport(opts: SlackTransportOptions): TraceableTransport {
  const outbox = opts.outbox ?? new SlackOutbox(slackPostClient(opts.botToken, opts.slackApiUrl));

  const post = (chatId: string, r: Reply, mark?: SendMark): Promise<SendOutcome> => {
    // Slack already refused this channel (a failed reply): do not knock again until someone
    // there talks to the bot, which marks it active.
    const state = opts.chats?.chat(chatKey({ platform: 'slack', chatId }));
    if (state?.active === false) return Promise.resolve({ ok: false, reason: 'blocked', detail: `chat inactive: ${state.inactiveReason ?? 'unknown reason'}` });
    // A multi-message reply that fails part-way reports the failure: the scheduler retries
    // the whole digest, and a second partial copy is better than a silently cut one.
    const parts = renderSlack(r);
    const messages: OutMessage[] = parts.map((m, i) => ({
      text: m.text,
      blocks: m.blocks,
      unfurl_links: false,
      unfurl_media: false,
      ...(mark ? { metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { key: mark.key, local_date: mark.localDate, part: i + 1, parts: parts.length } } } : {}),
    }));
    return outbox.post(chatId, messages, { waitOutRateLimits: false, giveUpMs: 0 });
  };

  return {
    platform: 'slack',
    send: (chatId, r) => post(chatId, r),
    sendMarked: (chatId, r, mark) => post(chatId, r, mark),

    // One reader of history for digests and replies: outbox.ts's, through history.ts.
    findMarked: (chatId: string, mark: SendMark, since: string): Promise<FindOutcome> =>
      outbox.history.findMarked({ channel: chatId, sentAt: Date.parse(since), eventType: DIGEST_EVENT_TYPE, match: { key: mark.key }, whole: true }),
  };
}
