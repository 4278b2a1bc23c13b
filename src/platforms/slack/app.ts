/**
 * The Slack adapter: a Bolt app that turns slash commands, mentions, DMs and Home-tab opens
 * into IncomingMessages for the dispatcher and renders its replies as Block Kit.
 *
 * Slack expects an answer to every request within 3 seconds, so everything is acknowledged
 * first and answered after (slash commands through response_url, events with chat.postMessage).
 */
import { downloadSlackFile } from './files.ts';
import { App as BoltApp, LogLevel, type AllMiddlewareArgs, type SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../../app.ts';
import { M, tr } from '../../core/i18n.ts';
import { chatKey, userKey, type Attachment, type IncomingMessage } from '../../core/message.ts';
import { log } from '../../log.ts';
import { heading, reply, text, type Block, type Reply } from '../../reply/model.ts';
import { summaryBlocks } from '../../views/briefing-views.ts';
import { SeenIds } from './dedupe.ts';
import { classifySlackError } from './errors.ts';
import { boltLogger } from './logger.ts';
import { chatTypeOf, decodeSlackText, slashToCommand } from './normalize.ts';
import { renderSlack, type SlackBlock, type SlackMessage } from './render.ts';
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
}

export interface SlackApp {
  bolt: BoltApp;
  mode: 'socket' | 'http';
  /** Checks the token (auth.test) and starts receiving; resolves with the HTTP port in HTTP mode. */
  start(): Promise<{ port?: number }>;
  stop(): Promise<void>;
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
  const { services, dispatcher, store } = app;
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
  const bolt = socket
    ? new BoltApp({ ...common, appToken: opts.appToken, socketMode: true })
    : new BoltApp({
        ...common,
        signingSecret: opts.signingSecret!,
        port: opts.port,
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

  const users = new UserCache(opts.userCacheTtlMs);
  const seen = new SeenIds();
  let botUserId: string | undefined;

  const usersInfo =
    (client: AllMiddlewareArgs['client']): UsersInfo =>
    (args) =>
      client.users.info(args);

  /** The user's Slack locale, asked only when neither the chat nor the user has chosen a language. */
  async function localeFor(client: AllMiddlewareArgs['client'], platformChat: string, userId: string): Promise<string | undefined> {
    const uk = userKey({ platform: 'slack', userId });
    if (store.chat(chatKey({ platform: 'slack', chatId: platformChat })).lang || store.user(uk).lang) return undefined;
    const info = await users.get(userId, usersInfo(client));
    const locale = info?.locale;
    if (locale && store.user(uk).locale !== locale) await store.setUser(uk, { locale });
    return locale ?? store.user(uk).locale;
  }

  function baseMessage(
    client: AllMiddlewareArgs['client'],
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
      isChatAdmin: async () => Boolean((await users.get(m.userId, usersInfo(client)))?.isAdmin),
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

  /** Post a reply with chat.postMessage; a channel the bot cannot write to is logged and marked, never thrown. */
  async function post(client: AllMiddlewareArgs['client'], channel: string, r: Reply, threadTs?: string): Promise<void> {
    for (const m of renderSlack(r)) {
      try {
        await client.chat.postMessage({
          channel,
          text: m.text,
          blocks: m.blocks,
          ...(threadTs ? { thread_ts: threadTs } : {}),
          unfurl_links: false,
          unfurl_media: false,
        });
      } catch (e) {
        await reportPostFailure(channel, e);
        return;
      }
    }
    const ck = chatKey({ platform: 'slack', chatId: channel });
    if (store.chat(ck).active === false) await store.setChat(ck, { active: true, inactiveReason: undefined });
  }

  async function reportPostFailure(channel: string, e: unknown): Promise<void> {
    const f = classifySlackError(e);
    if (f.kind === 'gone') {
      log.warn(`slack: cannot post in ${channel} (${f.error}); marking the chat inactive — invite the bot or ignore`);
      await store.setChat(chatKey({ platform: 'slack', chatId: channel }), { active: false, inactiveReason: f.error });
    } else {
      log.error(`slack: posting in ${channel} failed: ${f.error}`);
    }
  }

  /** Messages from bots (ours included) are never answered: two bots must not talk forever. */
  function fromBot(e: { bot_id?: unknown; subtype?: unknown; user?: unknown; bot_profile?: unknown }): boolean {
    return Boolean(e.bot_id || e.bot_profile || e.subtype === 'bot_message' || (botUserId && e.user === botUserId));
  }

  // Retries and duplicates: dropped before any listener runs (events are already acknowledged).
  bolt.use(async ({ body, context, next }) => {
    const id = (body as { event_id?: unknown }).event_id;
    if (typeof id === 'string' && !seen.firstTime(id)) {
      log.debug(`slack: dropping repeated event ${id} (retry ${String(context.retryNum ?? 0)}, ${String(context.retryReason ?? 'duplicate')})`);
      return;
    }
    if (context.botUserId && !botUserId) botUserId = context.botUserId;
    await next();
  });

  bolt.command(SLASH_COMMAND, async ({ command, ack, respond, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    try {
      const userLocale = await localeFor(client, command.channel_id, command.user_id);
      const msg = baseMessage(client, {
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

  bolt.event('app_mention', async ({ event, client }) => {
    if (fromBot(event)) return;
    // A mention in a DM also arrives as a message.im event, which answers it.
    if (event.channel.startsWith('D')) return;
    try {
      const userId = event.user ?? '';
      if (!userId) return;
      const r = await answer(
        baseMessage(client, {
          chatId: event.channel,
          userId,
          text: decodeSlackText(event.text ?? '', botUserId),
          userLocale: await localeFor(client, event.channel, userId),
        }),
      );
      if (r) await post(client, event.channel, r, event.thread_ts);
    } catch (e) {
      log.error(`slack: answering a mention in ${event.channel} failed: ${(e as Error).message}`);
    }
  });

  bolt.message(async ({ message, client, context }) => {
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
        baseMessage(client, {
          chatId: m.channel,
          userId: m.user,
          text: decodeSlackText(m.text ?? '', botUserId),
          channelType: 'im',
          userLocale: await localeFor(client, m.channel, m.user),
          attachments,
        }),
      );
      if (r) await post(client, m.channel, r, m.thread_ts);
    } catch (e) {
      log.error(`slack: answering a DM in ${m.channel} failed: ${(e as Error).message}`);
    }
  });

  bolt.event('app_home_opened', async ({ event, client }) => {
    if (event.tab && event.tab !== 'home') return;
    try {
      const userLocale = await localeFor(client, event.channel, event.user);
      const base = baseMessage(client, { chatId: event.channel, userId: event.user, text: '/help', channelType: 'im', userLocale });
      const lang = dispatcher.langFor(base);
      const briefing = services.library.current(chatKey(base));
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

  let server: Server | undefined;
  return {
    bolt,
    mode: socket ? 'socket' : 'http',
    async start() {
      await bolt.init();
      if (socket) {
        await bolt.start();
        return {};
      }
      const port = opts.port ?? 3000;
      server = (await bolt.start(opts.host ? { port, host: opts.host } : port)) as Server;
      return { port: (server.address() as AddressInfo).port };
    },
    async stop() {
      await bolt.stop().catch((e: unknown) => log.warn(`slack: stop: ${(e as Error).message}`));
    },
  };
}

export type { SlackBlock, SlackMessage };
