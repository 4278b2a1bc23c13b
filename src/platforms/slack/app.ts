/**
 * The Slack adapter: a Bolt app that turns slash commands, mentions, DMs and Home-tab opens
 * into IncomingMessages for the dispatcher and renders its replies as Block Kit.
 *
 * Slack expects an answer to every request within 3 seconds, so everything is acknowledged
 * first and answered after (slash commands through response_url, events with chat.postMessage).
 */
import { App as BoltApp, HTTPReceiver, LogLevel, SocketModeReceiver, type AllMiddlewareArgs, type SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../../core/app-types.ts';
import { M, tr } from '../../core/i18n.ts';
import { chatKey, userKey, type Attachment, type IncomingMessage } from '../../core/message.ts';
import { causeOf, log } from '../../log.ts';
import { heading, reply, text, type Block, type Reply } from '../../reply/model.ts';
import { summaryBlocks } from '../../views/briefing-views.ts';
import { MemorySeenIds, type SeenIds } from '../seen-ids.ts';
import { classifySlackError, SlackConnectError } from './errors.ts';
import { downloadSlackFile } from './files.ts';
import { boltLogger } from './logger.ts';
import { chatTypeOf, decodeSlackText, slashToCommand } from './normalize.ts';
import { renderSlack, type SlackBlock, type SlackMessage } from './render.ts';
import { InFlight } from '../in-flight.ts';
import { SlackOutbox, slackPostClient, type PostResult } from './outbox.ts';
import { SocketConnection } from './socket.ts';
import { UserCache, type UsersInfo } from './users.ts';

export const SLASH_COMMAND = '/mujaz';
export const COMMAND_PREFIX = `${SLASH_COMMAND} `;
/** Slack accepts at most five posts to one response_url. */
const MAX_RESPONSES = 5;
/** A Home tab holds at most 100 blocks. */
const MAX_HOME_BLOCKS = 100;

export interface SlackAppOptions {
  botToken: string;
  /** Socket Mode when set (xapp-...); HTTP mode otherwise. */
  appToken?: string;
  /** Required in HTTP mode: Bolt verifies every request's signature and timestamp with it. */
  signingSecret?: string;
  /** Web API base URL (tests: the fake server). */
  slackApiUrl?: string;
  /** HTTP mode port (0 = any free port). */
  port?: number;
  /** HTTP mode bind address (default: all interfaces). */
  host?: string;
  /** How long a user's locale/admin flag is trusted before users.info is asked again. */
  userCacheTtlMs?: number;
  /** Longest an answer waits for the user's locale (users.info) before going out without it. */
  userLookupWaitMs?: number;
  /** Socket Mode: the app token was refused while reconnecting (nothing more will arrive). */
  onFatal?: (e: Error) => void;
  /** The per-channel queue every post goes through (shared with the digest transport). */
  outbox?: SlackOutbox;
  /** Deliveries already handled (events, slash commands); in memory when absent. */
  seen?: SeenIds;
  /** Socket Mode reconnection pacing (tests shorten it). */
  reconnectBackoff?: { firstMs: number; maxMs: number };
}

export interface SlackApp {
  bolt: BoltApp;
  mode: 'socket' | 'http';
  /** Checks the token (auth.test) and starts receiving; resolves with the HTTP port in HTTP mode. */
  start(): Promise<{ port?: number }>;
  /** Stops receiving, then waits up to `graceMs` for requests being answered. */
  stop(graceMs?: number): Promise<void>;
}

/** Slack wants the API base URL with a trailing slash. */
export function apiBase(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return url.endsWith('/') ? url : `${url}/`;
}

const HOME = {
  title: { ar: 'موجز · mujaz', en: 'mujaz · موجز' },
  commands: { ar: 'الأوامر', en: 'Commands' },
  howTo: {
    ar: 'اكتب ‎/mujaz‎ ثم الأمر في أي قناة، أو راسلني هنا مباشرة: «من هو عراقجي»، «ملخص».',
    en: 'Type /mujaz and a command in any channel, or message me here: "who araghchi", "summary".',
  },
};

export function createSlackApp(app: App, opts: SlackAppOptions): SlackApp {
  const { services, dispatcher, chats } = app;
  const socket = Boolean(opts.appToken);
  if (!socket && !opts.signingSecret) throw new Error('Slack HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)');

  const logger = boltLogger(app.config.MUJAZ_LOG_LEVEL);
  const clientOptions = {
    slackApiUrl: apiBase(opts.slackApiUrl),
    // An answer that arrives many minutes late is worse than none: retry briefly only.
    retryConfig: { retries: 2, factor: 2, minTimeout: 300, maxTimeout: 2000 },
  };
  const common = {
    token: opts.botToken,
    logger,
    logLevel: LogLevel.DEBUG,
    clientOptions,
    // auth.test runs in start(), where a bad token becomes one clear error instead of an unhandled rejection.
    deferInitialization: true,
  };
  // Socket Mode without the client's own reconnection: SocketConnection does it, with a cause logged.
  const receiver = socket
    ? new SocketModeReceiver({
        appToken: opts.appToken!,
        logger: boltLogger(app.config.MUJAZ_LOG_LEVEL, /WebSocket error|Failed to retrieve a new WSS URL|WebSocket connection|Socket Mode connection/i),
        logLevel: LogLevel.DEBUG,
        autoReconnectEnabled: false,
        installerOptions: { clientOptions: { slackApiUrl: apiBase(opts.slackApiUrl), retryConfig: { retries: 0 } } },
      })
    : undefined;
  const bolt = new BoltApp({ ...common, receiver: receiver ?? httpReceiver(opts.signingSecret!, logger) });

  const users = new UserCache(opts.userCacheTtlMs);
  const outbox = opts.outbox ?? new SlackOutbox(slackPostClient(opts.botToken, opts.slackApiUrl));
  const seen = opts.seen ?? new MemorySeenIds();
  let botUserId: string | undefined;

  // users.info through its own client that never waits out a 429: a rate-limited look-up must
  // not pause the queue other answers go through.
  const lookups = slackPostClient(opts.botToken, opts.slackApiUrl);
  const usersInfo: UsersInfo = (args) => lookups.users.info(args);
  const lookupWaitMs = opts.userLookupWaitMs ?? 500;

  /**
   * The user's Slack locale, asked only when neither the chat nor the user has chosen a language.
   * Nice to have, so it never holds an answer long: past `lookupWaitMs` the answer goes out in the
   * language known so far, and the look-up, still running, serves the next message.
   */
  async function localeFor(platformChat: string, userId: string): Promise<string | undefined> {
    const uk = userKey({ platform: 'slack', userId });
    if (chats.chat(chatKey({ platform: 'slack', chatId: platformChat })).lang || chats.user(uk).lang) return undefined;
    const looked = users.get(userId, usersInfo).then((info) => {
      const locale = info?.locale;
      if (locale) chats.noteLocale(uk, locale);
      return locale;
    });
    const locale = await Promise.race([looked, new Promise<undefined>((r) => setTimeout(() => r(undefined), lookupWaitMs).unref())]);
    return locale ?? chats.user(uk).locale;
  }

  function baseMessage(
    m: { chatId: string; userId: string; text: string; channelType?: string; userLocale?: string; attachments?: Attachment[] },
  ): IncomingMessage {
    return {
      platform: 'slack',
      chatId: m.chatId,
      userId: m.userId,
      text: m.text,
      chatType: chatTypeOf(m.chatId, m.channelType),
      addressed: true,
      userLocale: m.userLocale,
      commandPrefix: COMMAND_PREFIX,
      // Slack has no per-channel admins for bots to query; workspace admins and owners count.
      isChatAdmin: async () => Boolean((await users.get(m.userId, usersInfo))?.isAdmin),
      ...(m.attachments?.length ? { attachments: m.attachments } : {}),
    };
  }

  async function answer(msg: IncomingMessage): Promise<Reply | null> {
    try {
      return await dispatcher.handle(msg);
    } catch (e) {
      log.error(`slack: command failed in ${msg.chatId}: ${(e as Error).stack ?? String(e)}`);
      const lang = dispatcher.langFor(msg);
      return reply(lang, [text(tr(lang, M.internalError))], { error: true, ephemeral: true });
    }
  }

  /** Post a reply through the channel's queue; a channel the bot cannot write to is logged and marked, never thrown. */
  async function post(channel: string, r: Reply, threadTs?: string): Promise<void> {
    const messages = renderSlack(r).map((m) => ({
      text: m.text,
      blocks: m.blocks,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      unfurl_links: false,
      unfurl_media: false,
    }));
    const out = await outbox.post(channel, messages);
    if (!out.ok) return reportPostFailure(channel, out);
    const ck = chatKey({ platform: 'slack', chatId: channel });
    if (chats.chat(ck).active === false) await chats.setChat(ck, { active: true, inactiveReason: undefined });
  }

  async function reportPostFailure(channel: string, out: Exclude<PostResult, { ok: true }>): Promise<void> {
    if (out.reason === 'blocked') {
      log.warn(`slack: cannot post in ${channel} (${out.detail}); marking the chat inactive — invite the bot or ignore`);
      await chats.setChat(chatKey({ platform: 'slack', chatId: channel }), { active: false, inactiveReason: out.detail });
    } else if (out.reason === 'in-doubt') {
      // Slack may have posted it and its history could not tell: not sent again (a duplicate
      // answer cannot be taken back; a missing one is seen by whoever asked, who can ask again).
      log.warn(`slack: a reply in ${channel} may or may not have arrived (${out.detail})`);
    } else {
      log.error(`slack: posting in ${channel} failed: ${out.detail}`);
    }
  }

  /** Messages from bots (ours included) are never answered: two bots must not talk forever. */
  function fromBot(e: { bot_id?: unknown; subtype?: unknown; user?: unknown; bot_profile?: unknown }): boolean {
    return Boolean(e.bot_id || e.bot_profile || e.subtype === 'bot_message' || (botUserId && e.user === botUserId));
  }

  // Retries and duplicates: dropped before any listener runs (events are already acknowledged).
  // Counts what is being handled (listeners and their posts), so a stop can finish it.
  const busy = new InFlight();
  bolt.use(({ next }) => busy.run(next));
  bolt.use(async (args) => {
    const { body, context, next } = args;
    const repeat = repeatKey(body);
    if (repeat && !(await seen.firstSeen(repeat.key, repeat.ttlMs))) {
      log.debug(`slack: dropping repeated ${repeat.key} (retry ${String(context.retryNum ?? 0)}, ${String(context.retryReason ?? 'duplicate')})`);
      // A repeated slash command is still acknowledged, or Slack reports a failure to the user.
      const ack = (args as { ack?: () => Promise<void> }).ack;
      if (ack) await ack();
      return;
    }
    if (context.botUserId && !botUserId) botUserId = context.botUserId;
    await next();
  });

  bolt.command(SLASH_COMMAND, async ({ command, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    try {
      const userLocale = await localeFor(command.channel_id, command.user_id);
      const msg = baseMessage({
        chatId: command.channel_id,
        userId: command.user_id,
        text: slashToCommand(decodeSlackText(command.text ?? '')),
        userLocale,
      });
      const r = await answer(msg);
      if (!r) return;
      const ephemeral = Boolean(r.ephemeral || r.error);
      const messages = renderSlack(r);
      if (messages.length > MAX_RESPONSES) log.warn(`slack: reply cut to ${MAX_RESPONSES} messages (response_url limit)`);
      for (const m of messages.slice(0, MAX_RESPONSES)) {
        await respond({ response_type: ephemeral ? 'ephemeral' : 'in_channel', text: m.text, blocks: m.blocks, replace_original: false });
      }
    } catch (e) {
      log.error(`slack: answering ${SLASH_COMMAND} in ${command.channel_id} failed: ${(e as Error).message}`);
    }
  });

  bolt.event('app_mention', async ({ event }) => {
    if (fromBot(event)) return;
    // A mention in a DM also arrives as a message.im event, which answers it.
    if (event.channel.startsWith('D')) return;
    try {
      const userId = event.user ?? '';
      if (!userId) return;
      const r = await answer(
        baseMessage({
          chatId: event.channel,
          userId,
          text: decodeSlackText(event.text ?? '', botUserId),
          userLocale: await localeFor(event.channel, userId),
        }),
      );
      if (r) await post(event.channel, r, event.thread_ts);
    } catch (e) {
      log.error(`slack: answering a mention in ${event.channel} failed: ${(e as Error).message}`);
    }
  });

  bolt.message(async ({ message, context }) => {
    const m = message as {
      channel: string;
      channel_type?: string;
      user?: string;
      text?: string;
      subtype?: string;
      thread_ts?: string;
      bot_id?: string;
      files?: { name?: string; mimetype?: string; size?: number; url_private_download?: string }[];
    };
    if (m.channel_type !== 'im') return;
    // Edits, deletions, joins...: only new messages (with or without files) are requests.
    if (m.subtype && m.subtype !== 'file_share') return;
    if (fromBot(m) || !m.user) return;
    try {
      const token = context.botToken;
      const attachments: Attachment[] = (m.files ?? [])
        .filter((f) => f.url_private_download)
        .map((f) => ({
          name: f.name ?? 'file',
          mime: f.mimetype,
          size: f.size,
          fetch: () =>
            downloadSlackFile(f.url_private_download!, {
              token,
              apiBase: clientOptions.slackApiUrl,
              maxBytes: app.config.MUJAZ_FETCH_MAX_BYTES,
              timeoutMs: app.config.MUJAZ_FETCH_TIMEOUT_MS,
            }),
        }));
      const r = await answer(
        baseMessage({
          chatId: m.channel,
          userId: m.user,
          text: decodeSlackText(m.text ?? '', botUserId),
          channelType: 'im',
          userLocale: await localeFor(m.channel, m.user),
          attachments,
        }),
      );
      if (r) await post(m.channel, r, m.thread_ts);
    } catch (e) {
      log.error(`slack: answering a DM in ${m.channel} failed: ${(e as Error).message}`);
    }
  });

  bolt.event('app_home_opened', async ({ event, client }) => {
    if (event.tab && event.tab !== 'home') return;
    try {
      const userLocale = await localeFor(event.channel, event.user);
      const base = baseMessage({ chatId: event.channel, userId: event.user, text: '/help', channelType: 'im', userLocale });
      const lang = dispatcher.langFor(base);
      const briefing = await services.library.current(chatKey(base));
      const blocks: Block[] = [heading(tr(lang, HOME.title)), text(tr(lang, HOME.howTo))];
      blocks.push(...(briefing ? summaryBlocks(briefing, lang) : [text(tr(lang, M.noBriefing))]));
      const help = await answer(base);
      if (help && !help.error) blocks.push(heading(tr(lang, HOME.commands)), ...help.blocks.filter((b) => b.type !== 'heading'));
      const rendered = renderSlack(reply(lang, blocks))
        .flatMap((m) => m.blocks)
        .slice(0, MAX_HOME_BLOCKS);
      await client.views.publish({ user_id: event.user, view: { type: 'home', blocks: rendered } });
    } catch (e) {
      log.error(`slack: publishing the Home tab for ${event.user} failed: ${classifySlackError(e).error}`);
    }
  });

  // The last stop for anything a listener let through: one line, never a crash.
  bolt.error(async (error) => {
    const f = classifySlackError(error.original ?? error);
    log.error(`slack: ${error.code ?? 'error'}: ${f.error}`);
  });

  const connection = receiver ? new SocketConnection(bolt, receiver, opts.onFatal ?? (() => undefined), opts.reconnectBackoff) : undefined;
  let server: Server | undefined;
  return {
    bolt,
    mode: socket ? 'socket' : 'http',
    async start() {
      try {
        await bolt.init();
      } catch (e) {
        throw new SlackConnectError('SLACK_BOT_TOKEN', e);
      }
      if (connection) {
        await connection.connect();
        return {};
      }
      const port = opts.port ?? 3000;
      server = (await bolt.start(opts.host ? { port, host: opts.host } : port)) as Server;
      return { port: (server.address() as AddressInfo).port };
    },
    async stop(graceMs = 0) {
      // Stop receiving, then let what was received be answered (posts included), within graceMs.
      if (connection) await connection.stop();
      else await bolt.stop().catch((e: unknown) => log.debug(`slack: stop: ${causeOf(e)}`));
      const left = await busy.settled(graceMs);
      if (left) log.warn(`slack: ${left} request(s) still being answered after ${Math.round(graceMs / 1000)} s; stopping anyway`);
    },
  };
}

/** Slack retries an event for about an hour at most; a slash command request is valid for 5 minutes. */
const EVENT_TTL_MS = 2 * 60 * 60 * 1000;
const COMMAND_TTL_MS = 10 * 60 * 1000;

/**
 * What makes a delivery the same as an earlier one: an event's event_id (kept by Slack across its
 * retries); a slash command's trigger_id (unique per invocation, so a replayed request carries
 * the same one).
 */
function repeatKey(body: unknown): { key: string; ttlMs: number } | null {
  const b = body as { event_id?: unknown; command?: unknown; trigger_id?: unknown };
  if (typeof b.event_id === 'string' && b.event_id) return { key: `slack:event:${b.event_id}`, ttlMs: EVENT_TTL_MS };
  if (typeof b.command === 'string' && typeof b.trigger_id === 'string' && b.trigger_id) return { key: `slack:command:${b.trigger_id}`, ttlMs: COMMAND_TTL_MS };
  return null;
}

/** How far a request's timestamp may be from now, either way (Slack's own rule is 5 minutes). */
const MAX_CLOCK_SKEW_S = 5 * 60;

/**
 * HTTP mode's receiver. Bolt checks every request's signature and refuses one signed more than
 * 5 minutes ago, but accepts one dated in the future — a replay window that would not close. Those
 * are refused here before Bolt sees them.
 */
function httpReceiver(signingSecret: string, logger: ReturnType<typeof boltLogger>): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret,
    logger,
    customRoutes: [
      {
        path: '/healthz',
        method: ['GET'],
        handler: (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('ok');
        },
      },
    ],
  });
  const listener = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    const ts = Number(req.headers['x-slack-request-timestamp']);
    if (Number.isFinite(ts) && ts - Date.now() / 1000 > MAX_CLOCK_SKEW_S) {
      log.warn('slack: refused a request dated more than 5 minutes in the future');
      res.writeHead(401).end();
      return;
    }
    return listener(req, res);
  };
  return receiver;
}

export type { SlackBlock, SlackMessage };
