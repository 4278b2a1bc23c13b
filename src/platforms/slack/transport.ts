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
import { log } from '../../log.ts';
import type { Reply } from '../../reply/model.ts';
import type { Chats } from '../../core/chats.ts';
import { SlackOutbox, slackPostClient, type OutMessage } from './outbox.ts';
import { renderSlack } from './render.ts';
import { classifySlackError } from './errors.ts';

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
/** History pages read when looking for a post (200 messages each) before giving up as unknown. */
const MAX_HISTORY_PAGES = 5;

interface DigestPayload {
  key?: unknown;
  local_date?: unknown;
  part?: unknown;
  parts?: unknown;
}

export function slackTransport(opts: SlackTransportOptions): TraceableTransport {
  const outbox = opts.outbox ?? new SlackOutbox(slackPostClient(opts.botToken, opts.slackApiUrl));
  // Reading history never waits out a 429: a look that cannot be made now leaves the digest unknown.
  const history = slackPostClient(opts.botToken, opts.slackApiUrl);
  // A missing scope is the operator's to fix and the same for every channel: said once, at warn.
  let scopeWarned = false;

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

    async findMarked(chatId: string, mark: SendMark, since: string): Promise<FindOutcome> {
      const oldest = (Date.parse(since) / 1000).toFixed(6);
      const seen = new Set<number>();
      let parts = 0;
      let cursor: string | undefined;
      for (let page = 0; page < MAX_HISTORY_PAGES; page++) {
        let res;
        try {
          res = await history.conversations.history({ channel: chatId, oldest, limit: 200, include_all_metadata: true, ...(cursor ? { cursor } : {}) });
        } catch (e) {
          // missing_scope (no channels:history), not_in_channel, a 429, the network: cannot know.
          const f = classifySlackError(e);
          if (f.error === 'missing_scope' && !scopeWarned) {
            scopeWarned = true;
            const needed = (e as { data?: { needed?: unknown } }).data?.needed;
            log.warn(
              `slack: cannot read channel history to look for digests a crash left in doubt (missing_scope${typeof needed === 'string' ? `, needed: ${needed}` : ''}); ` +
                `they are marked unknown and their channels told. Add channels:history and groups:history to the app's bot scopes to have them looked for.`,
            );
          } else log.debug(`slack: cannot read ${chatId}'s history to find a digest: ${f.error}`);
          return 'unavailable';
        }
        for (const m of res.messages ?? []) {
          if (m.metadata?.event_type !== DIGEST_EVENT_TYPE) continue;
          const p = (m.metadata.event_payload ?? {}) as DigestPayload;
          if (p.key !== mark.key) continue;
          seen.add(typeof p.part === 'number' ? p.part : 1);
          if (typeof p.parts === 'number') parts = p.parts;
        }
        if (parts && seen.size >= parts) return 'found';
        cursor = res.response_metadata?.next_cursor || undefined;
        if (!res.has_more || !cursor) return seen.size ? 'partial' : 'absent';
      }
      // More history than is worth reading: what was not read may hold it.
      return 'unavailable';
    },
  };
}
