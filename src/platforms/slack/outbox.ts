/**
 * Every message mujaz posts to Slack goes through here: one queue per channel, at most one post
 * per `intervalMs` in a channel on average, with a burst of `burst` (Slack: "1 message per second
 * to a channel, with short bursts allowed"; the parts of a long reply go out together). A 429's
 * Retry-After holds the channel exactly that long from the answer, with no burst allowance,
 * then the post is tried again; network failures and Slack's own outages are retried with a
 * back-off until `giveUpMs` after the post was queued, then reported as given up. A post that can
 * never succeed (channel gone, bad blocks) is reported at once.
 *
 * A network failure after the request left (a reset, no answer) is not simply retried: Slack may
 * have posted it, and a second copy cannot be taken back. Every post carries a mark of its own in
 * its message metadata (a digest's, or `mujaz_post` with an id), and such a post is looked for
 * in the channel's history (the thread's, for a reply in a thread) after the back-off, as digests
 * are: there, it is delivered; not there, it never arrived and is sent again; the history not
 * readable (a channel without channels:history, a 429, the network), it comes back `in-doubt` and
 * is not sent again (Telegram, which has no history to read, does the same: see
 * telegram/net-retry.ts). A post with one attempt (`giveUpMs: 0`, digests) comes back `in-doubt`
 * at once: the digest scheduler does its own looking.
 *
 * The posts of one reply are queued as one unit, so two replies in a channel never interleave.
 * Digests ask for a 429 to be handed back instead of waited out: their scheduler paces the whole
 * fan-out and defers what cannot go now.
 *
 * Where instances share a database (a `pacer`), each post also takes a slot of its channel's
 * scope there, and a 429 holds that scope for every instance: a reply from one instance and a
 * digest from another do not together break the channel's limit.
 */
import { webApi } from '@slack/bolt';
import { neverConnected, type SendOutcome } from '../../core/transport.ts';
import { causeOf, log } from '../../log.ts';
import { Backoff, sleep } from '../outage.ts';
import { classifySlackError } from './errors.ts';
import { SlackHistory } from './history.ts';
import type { Pacer } from '../../store/types.ts';
import { randomUUID } from 'node:crypto';

type Client = InstanceType<typeof webApi.WebClient>;
type PostArgs = Parameters<Client['chat']['postMessage']>[0];
/** One message of a reply, as mujaz posts it. */
export interface OutMessage {
  text: string;
  blocks?: unknown[];
  thread_ts?: string;
  unfurl_links?: boolean;
  unfurl_media?: boolean;
  /** Message metadata (a digest's mark, so the bot can find its own post again). */
  metadata?: { event_type: string; event_payload: Record<string, string | number | boolean> };
}

/** What became of a post: the platform-free outcome the digest scheduler also understands. */
export type PostResult = SendOutcome;

export interface OutboxOptions {
  /** Average spacing between two posts to one channel. */
  intervalMs?: number;
  /** Posts that may go to a quiet channel back to back. */
  burst?: number;
  /** A post not delivered this long after it was queued is given up. */
  giveUpMs?: number;
  /** Channel slots shared with other instances (app.store.pacer); absent when this process is alone. */
  pacer?: Pacer;
}

export interface PostOptions {
  /** false: a 429 ends the attempt and comes back as 'rate-limited' (the channel still waits it out). */
  waitOutRateLimits?: boolean;
  /** Overrides the outbox's give-up time for this post (0: one attempt). */
  giveUpMs?: number;
}

/**
 * The Web API client for posting: it neither retries nor waits out a 429 itself. (A client that
 * waits pauses its whole request queue, so one channel's 429 would hold every other answer.)
 */
export function slackPostClient(botToken: string, slackApiUrl?: string): Client {
  return new webApi.WebClient(botToken, {
    ...(slackApiUrl ? { slackApiUrl: slackApiUrl.endsWith('/') ? slackApiUrl : `${slackApiUrl}/` } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
  });
}

/** The metadata event type marking a post that is not a digest, so it can be found again. */
export const POST_EVENT_TYPE = 'mujaz_post';
type Mark = NonNullable<OutMessage['metadata']>;

/** Slack errors that say "try again later", as opposed to "this request is wrong". */
const TRANSIENT = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited']);

function transient(e: unknown): boolean {
  const err = e as { code?: string; statusCode?: number; data?: { error?: string } };
  if (err.code === 'slack_webapi_request_error') return true;
  if (err.code === 'slack_webapi_http_error') return (err.statusCode ?? 500) >= 500 || err.statusCode === 408;
  return err.code === 'slack_webapi_platform_error' && TRANSIENT.has(err.data?.error ?? '');
}

interface Lane {
  tail: Promise<unknown>;
  /** Theoretical arrival time (GCRA): `intervalMs` added per post. */
  tat: number;
  /** Nothing goes before this (a 429's Retry-After, a back-off after a failure). */
  heldUntil: number;
  queued: number;
}

export class SlackOutbox {
  private readonly lanes = new Map<string, Lane>();
  private readonly intervalMs: number;
  private readonly burst: number;
  private readonly giveUpMs: number;
  private readonly pacer: Pacer | undefined;
  /** Where a post in doubt is looked for (the digest transport looks through it too). */
  readonly history: SlackHistory;

  constructor(
    /** A client that neither retries nor waits out rate limits itself (see slackPostClient). */
    private readonly client: Client,
    opts: OutboxOptions = {},
  ) {
    this.intervalMs = opts.intervalMs ?? 1000;
    this.burst = Math.max(1, opts.burst ?? 3);
    this.giveUpMs = opts.giveUpMs ?? 120_000;
    this.pacer = opts.pacer;
    this.history = new SlackHistory(client);
  }

  /** Wait for this channel's shared slot; an unreachable database must not stop the answer. */
  private async sharedSlot(channel: string): Promise<void> {
    if (!this.pacer) return;
    const scope = { scope: `slack-post:${channel}`, intervalMs: this.intervalMs, burst: this.burst };
    try {
      const wait = (await this.pacer.reserve([scope], Date.now(), Infinity)) - Date.now();
      if (wait > 0) await sleep(wait);
    } catch (e) {
      log.debug(`slack: post to ${channel} not paced with other instances: ${(e as Error).message}`);
    }
  }

  /** Queue the messages of one reply for a channel; resolves when all went out, or with the first failure. */
  post(channel: string, messages: OutMessage[], o: PostOptions = {}): Promise<PostResult> {
    let lane = this.lanes.get(channel);
    if (!lane) {
      lane = { tail: Promise.resolve(), tat: 0, heldUntil: 0, queued: 0 };
      this.lanes.set(channel, lane);
    }
    const l = lane;
    l.queued++;
    const queuedAt = Date.now();
    const run = l.tail.then(async (): Promise<PostResult> => {
      for (const m of messages) {
        // Marked, so that a post whose answer was lost can be looked for (a digest has its own mark).
        const metadata: Mark = m.metadata ?? { event_type: POST_EVENT_TYPE, event_payload: { id: randomUUID() } };
        const r = await this.deliver(l, { ...m, metadata, channel } as PostArgs, queuedAt, o);
        if (!r.ok) return r;
      }
      return { ok: true };
    });
    l.tail = run.catch(() => undefined);
    return run.finally(() => {
      // An idle channel whose spacing has passed needs no lane.
      if (--l.queued === 0 && Math.max(l.tat, l.heldUntil) <= Date.now()) this.lanes.delete(channel);
    });
  }

  private async deliver(lane: Lane, args: PostArgs, queuedAt: number, o: PostOptions): Promise<PostResult> {
    const giveUpMs = o.giveUpMs ?? this.giveUpMs;
    const backoff = new Backoff({ firstMs: 1000, maxMs: 8000 });
    for (;;) {
      const allowAt = Math.max(lane.tat - (this.burst - 1) * this.intervalMs, lane.heldUntil);
      const wait = allowAt - Date.now();
      if (wait > 0) await sleep(wait);
      await this.sharedSlot(args.channel);
      const attemptAt = Date.now();
      try {
        await this.client.chat.postMessage(args);
        // Counted from the answer, the latest the post can have reached Slack: however the
        // network delays each request, Slack never sees two closer together than this allows.
        lane.tat = Math.max(lane.tat, Date.now()) + this.intervalMs;
        return { ok: true };
      } catch (e) {
        const f = classifySlackError(e);
        if (f.kind === 'gone') return { ok: false, reason: 'blocked', detail: f.error };
        const waited = Date.now() - queuedAt;
        if (f.kind === 'rate-limited') {
          // Slack counts Retry-After from its answer: nothing goes to this channel before then.
          lane.heldUntil = Date.now() + f.retryAfterMs;
          await this.pacer?.hold(`slack-post:${args.channel}`, lane.heldUntil).catch(() => undefined);
          if (o.waitOutRateLimits === false) return { ok: false, reason: 'rate-limited', retryAfterMs: f.retryAfterMs, detail: f.error };
          if (waited + f.retryAfterMs > giveUpMs) return { ok: false, reason: 'error', detail: `gave up after ${Math.round(waited / 1000)} s: ${f.error}` };
          continue;
        }
        const network = (e as { code?: string }).code === 'slack_webapi_request_error';
        const detail = network ? `network: ${causeOf(e)}` : f.error;
        if (!transient(e)) return { ok: false, reason: 'error', detail };
        const pause = backoff.next();
        // A request that failed on the network after it left may have been posted: in doubt.
        const doubt = network && !neverConnected(e);
        if (waited + pause > giveUpMs) return { ok: false, reason: doubt ? 'in-doubt' : 'error', detail: giveUpMs ? `gave up after ${Math.round(waited / 1000)} s: ${detail}` : detail };
        lane.heldUntil = Date.now() + pause;
        if (doubt) {
          // Not resent blindly: looked for first, once the back-off has given Slack time to post it.
          await sleep(pause);
          const mark = (args as { metadata?: Mark }).metadata!;
          const thread = (args as { thread_ts?: string }).thread_ts;
          const seen = await this.history.findMarked({ channel: args.channel, thread, sentAt: attemptAt, eventType: mark.event_type, match: mark.event_payload });
          if (seen === 'found') {
            lane.tat = Math.max(lane.tat, Date.now()) + this.intervalMs;
            log.info(`slack: a post to ${args.channel} whose answer was lost (${detail}) is in the channel; not sent again`);
            return { ok: true };
          }
          if (seen !== 'absent') return { ok: false, reason: 'in-doubt', detail: `${detail}; not sent again: the channel's history could not be read to see whether it arrived` };
          // Absent: it never arrived; sent again.
        }
      }
    }
  }
}
