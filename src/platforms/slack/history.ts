/**
 * Looking for mujaz's own marked post in a Slack channel's recent history (a thread's replies for
 * a post in a thread): the one place that reads Slack back, for a digest a crash or a lost answer
 * left in doubt (transport.ts, asked by the digest scheduler) and for a reply whose answer was lost
 * (outbox.ts). Every post mujaz makes carries a mark in its message metadata (an event type and a
 * payload: a digest's delivery key and part, or a reply's own id).
 */
import { webApi } from '@slack/bolt';
import type { FindOutcome } from '../../core/transport.ts';
import { log } from '../../log.ts';
import { classifySlackError } from './errors.ts';

type Client = InstanceType<typeof webApi.WebClient>;

/** How much earlier than the send (or claim) a post is looked for: Slack's clock and ours differ. */
const LOOK_BACK_MS = 10 * 60_000;
/** History pages (200 messages each) read before giving up as unavailable. */
const MAX_HISTORY_PAGES = 5;

export interface MarkedPostQuery {
  channel: string;
  /** The post was a reply in this thread: looked for among the thread's replies. */
  thread?: string;
  /** When it was sent (or claimed), ms since the epoch: a post from well before cannot be it. */
  sentAt: number;
  eventType: string;
  /** Payload fields the mark must hold, each equal. */
  match: Record<string, unknown>;
  /**
   * A message in several posts (each marked `part` of `parts`): found only when every part is
   * there; some of them is 'partial'.
   */
  whole?: boolean;
}

interface Marked {
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/**
 * Reads history through a client that neither retries nor waits out a 429 (slackPostClient): a
 * look that cannot be made now says 'unavailable' and its caller keeps the post in doubt.
 */
export class SlackHistory {
  /** A missing scope is the operator's to fix and the same for every channel: said once, at warn. */
  private scopeWarned = false;

  constructor(private readonly client: Client) {}

  async findMarked(q: MarkedPostQuery): Promise<FindOutcome> {
    const oldest = ((q.sentAt - LOOK_BACK_MS) / 1000).toFixed(6);
    const want = Object.entries(q.match);
    const parts = new Set<number>();
    let of = 0;
    let cursor: string | undefined;
    try {
      for (let page = 0; page < MAX_HISTORY_PAGES; page++) {
        const args = { channel: q.channel, oldest, limit: 200, include_all_metadata: true, ...(cursor ? { cursor } : {}) };
        const res = q.thread ? await this.client.conversations.replies({ ...args, ts: q.thread }) : await this.client.conversations.history(args);
        for (const m of (res.messages ?? []) as Marked[]) {
          const p = m.metadata?.event_payload;
          if (m.metadata?.event_type !== q.eventType || !p || !want.every(([k, v]) => p[k] === v)) continue;
          if (!q.whole) return 'found';
          parts.add(typeof p.part === 'number' ? p.part : 1);
          if (typeof p.parts === 'number') of = p.parts;
        }
        if (of && parts.size >= of) return 'found';
        cursor = res.response_metadata?.next_cursor || undefined;
        if (!res.has_more || !cursor) return parts.size ? 'partial' : 'absent';
      }
      // More history than is worth reading: what was not read may hold it.
      return 'unavailable';
    } catch (e) {
      // missing_scope (a channel without channels:history), not_in_channel, a 429, the network.
      this.unreadable(q.channel, e);
      return 'unavailable';
    }
  }

  private unreadable(channel: string, e: unknown): void {
    const f = classifySlackError(e);
    if (f.error === 'missing_scope' && !this.scopeWarned) {
      this.scopeWarned = true;
      const needed = (e as { data?: { needed?: unknown } }).data?.needed;
      log.warn(
        `slack: cannot read channel history to look for posts left in doubt (missing_scope${typeof needed === 'string' ? `, needed: ${needed}` : ''}); ` +
          `digests are marked unknown and their channels told, replies are not sent again. Add channels:history and groups:history to the app's bot scopes to have them looked for.`,
      );
    } else log.debug(`slack: cannot read ${channel}'s history to look for a post left in doubt: ${f.error}`);
  }
}
