/**
 * Outbound Slack messages nobody asked for in this turn (digests). Uses its own Web API
 * client that neither retries nor waits out rate limits: the digest scheduler decides when
 * to try again, so a 429 must come back to it as "rate-limited" with Slack's Retry-After.
 */
import { webApi } from '@slack/bolt';
import type { SendOutcome, Transport } from '../../core/transport.ts';
import type { Reply } from '../../reply/model.ts';
import { apiBase } from './app.ts';
import { classifySlackError } from './errors.ts';
import { renderSlack } from './render.ts';

export interface SlackTransportOptions {
  botToken: string;
  slackApiUrl?: string;
}

export function slackTransport(opts: SlackTransportOptions): Transport {
  const client = new webApi.WebClient(opts.botToken, {
    slackApiUrl: apiBase(opts.slackApiUrl),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
  });
  return {
    platform: 'slack',
    async send(chatId: string, r: Reply): Promise<SendOutcome> {
      const messages = renderSlack(r);
      // A multi-message reply that fails part-way reports the failure: the scheduler retries
      // the whole digest, and a second partial copy is better than a silently cut one.
      for (const m of messages) {
        try {
          await client.chat.postMessage({ channel: chatId, text: m.text, blocks: m.blocks, unfurl_links: false, unfurl_media: false });
        } catch (e) {
          const f = classifySlackError(e);
          if (f.kind === 'gone') return { ok: false, reason: 'blocked', detail: f.error };
          if (f.kind === 'rate-limited') return { ok: false, reason: 'rate-limited', retryAfterMs: f.retryAfterMs, detail: f.error };
          return { ok: false, reason: 'error', detail: f.error };
        }
      }
      return { ok: true };
    },
  };
}
