/**
 * Starting the Telegram platform: long polling with grammY runner (default), or a webhook
 * server on $PORT when TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET are set.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { BotError, webhookCallback, type Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { App } from '../../core/app-types.ts';
import { log } from '../../log.ts';
import type { Running, Starter } from '../../core/app-types.ts';
import { createTelegramBot, registerCommands, type TelegramBotOptions } from './bot.ts';
import { createTelegramTransport } from './transport.ts';

/** The update kinds mujaz handles; everything else is not even fetched. */
export const ALLOWED_UPDATES = ['message', 'inline_query', 'my_chat_member'] as const;

export interface TelegramStartOptions {
  token: string;
  apiRoot?: string;
  botInfo?: UserFromGetMe;
  rateLimit?: TelegramBotOptions['rateLimit'];
  maxRetryDelaySeconds?: number;
  /** Webhook mode: the public URL Telegram posts to, its secret, and where to listen. */
  webhook?: { url: string; secret: string; port: number; host?: string };
}

export interface TelegramRunning extends Running {
  bot: Bot;
  /** Webhook mode: the port actually listened on (useful with port 0). */
  port?: number;
}

/** The Starter for src/starters.ts: null unless TELEGRAM_BOT_TOKEN is set. */
export const startTelegram: Starter = async (app) => {
  const c = app.config;
  if (!c.TELEGRAM_BOT_TOKEN) return null;
  return startTelegramWith(app, {
    token: c.TELEGRAM_BOT_TOKEN,
    ...(c.TELEGRAM_API_ROOT ? { apiRoot: c.TELEGRAM_API_ROOT.replace(/\/+$/, '') } : {}),
    ...(c.TELEGRAM_WEBHOOK_URL && c.TELEGRAM_WEBHOOK_SECRET
      ? { webhook: { url: c.TELEGRAM_WEBHOOK_URL, secret: c.TELEGRAM_WEBHOOK_SECRET, port: c.PORT } }
      : {}),
  });
};

export async function startTelegramWith(app: App, opts: TelegramStartOptions): Promise<TelegramRunning> {
  const bot = createTelegramBot(app, opts);
  await bot.init(); // getMe, unless botInfo was given: fails fast on a wrong token
  try {
    await registerCommands(bot.api, app.dispatcher.commands);
  } catch (e) {
    // The menu is a convenience: a failure here must not keep the bot from answering.
    log.warn(`telegram: setMyCommands failed: ${(e as Error).message}`);
  }
  app.services.transports.telegram = createTelegramTransport(app.chats, opts);
  const stopTransport = () => {
    if (app.services.transports.telegram?.platform === 'telegram') delete app.services.transports.telegram;
  };

  if (opts.webhook) {
    const { server, port } = await listenWebhook(bot, opts.webhook);
    await bot.api.setWebhook(opts.webhook.url, { secret_token: opts.webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
    log.info(`telegram: @${bot.botInfo.username} receiving updates by webhook on port ${port}`);
    return {
      name: 'platform:telegram',
      bot,
      port,
      stop: async () => {
        stopTransport();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  }

  // Polling and a webhook exclude each other: clear any webhook left by an earlier deployment.
  await bot.api.deleteWebhook();
  const handle: RunnerHandle = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
  log.info(`telegram: @${bot.botInfo.username} polling for updates`);
  return {
    name: 'platform:telegram',
    bot,
    stop: async () => {
      stopTransport();
      if (handle.isRunning()) await handle.stop();
    },
  };
}

/**
 * The webhook endpoint: POST only, on the URL's path; grammY checks the
 * X-Telegram-Bot-Api-Secret-Token header (401 when missing or wrong) before reading the body.
 */
async function listenWebhook(bot: Bot, wh: NonNullable<TelegramStartOptions['webhook']>): Promise<{ server: Server; port: number }> {
  const path = new URL(wh.url).pathname || '/';
  const handle = webhookCallback(bot, 'http', { secretToken: wh.secret, onTimeout: 'return', timeoutMilliseconds: 9_000 });
  const server = createServer((req, res) => {
    const reqPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (reqPath !== path) return void res.writeHead(404).end();
    if (req.method !== 'POST') return void res.writeHead(405, { Allow: 'POST' }).end();
    handle(req, res).catch(async (e: unknown) => {
      if (e instanceof BotError) {
        // A failing update is answered 200 after the apology: Telegram would only redeliver it.
        await bot.errorHandler(e);
        if (!res.headersSent) res.writeHead(200).end();
        return;
      }
      // Unparseable body and the like: reject this request, keep serving.
      log.warn(`telegram: bad webhook request: ${(e as Error).message}`);
      if (!res.headersSent) res.writeHead(400).end('bad request');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(wh.port, wh.host ?? '0.0.0.0', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return { server, port: (server.address() as AddressInfo).port };
}
