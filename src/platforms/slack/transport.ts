/**
 * Outbound Slack messages nobody asked for in this turn (digests, notices). They share the
 * per-channel outbox with replies, so a digest and an answer in one channel are paced together;
 * a 429 comes back to the digest scheduler as "rate-limited" with Slack's Retry-After (the
 * scheduler decides when to try again), and other failures come back at once for the same reason.
 */
import { chatKey } from '../../core/message.ts';
import type { SendOutcome, Transport } from '../../core/transport.ts';
import type { Reply } from '../../reply/model.ts';
import type { Chats } from '../../core/chats.ts';
import { SlackOutbox, slackPostClient } from './outbox.ts';
import { renderSlack } from './render.ts';

export interface SlackTransportOptions {
  botToken: string;
  slackApiUrl?: string;
  /** The outbox the platform's replies use (one per process); a private one when absent. */
  outbox?: SlackOutbox;
  /** Where chats marked inactive are known: nothing is sent to them (as on Telegram). */
  chats?: Chats;
}

export function slackTransport(opts: SlackTransportOptions): Transport {
  const outbox = opts.outbox ?? new SlackOutbox(slackPostClient(opts.botToken, opts.slackApiUrl));
  return {
    platform: 'slack',
    async send(chatId: string, r: Reply): Promise<SendOutcome> {
      // Slack already refused this channel (a failed reply): do not knock again until someone
      // there talks to the bot, which marks it active.
      const state = opts.chats?.chat(chatKey({ platform: 'slack', chatId }));
      if (state?.active === false) return { ok: false, reason: 'blocked', detail: `chat inactive: ${state.inactiveReason ?? 'unknown reason'}` };
      // A multi-message reply that fails part-way reports the failure: the scheduler retries
      // the whole digest, and a second partial copy is better than a silently cut one.
      const messages = renderSlack(r).map((m) => ({ text: m.text, blocks: m.blocks, unfurl_links: false, unfurl_media: false }));
      return outbox.post(chatId, messages, { waitOutRateLimits: false, giveUpMs: 0 });
    },
  };
}
