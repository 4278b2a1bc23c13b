/**
 * Starting the Telegram platform: long polling with grammY runner (default), or a webhook
 * server on $PORT when TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET are set.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Api, BotError, webhookCallback, type Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { App } from '../../core/app-types.ts';
import { ConfigError, parseAdmins } from '../../config.ts';
import { causeOf, log } from '../../log.ts';
import type { Running, Starter } from '../../core/app-types.ts';
import { Backoff, OutageLog, sleep, type BackoffOptions } from '../outage.ts';
import type { SeenIds } from '../seen-ids.ts';
import { StoreHandledLog, StoreSeenIds } from '../seen-ids-store.ts';
import { createTelegramBot, registerCommands, type TelegramBotOptions } from './bot.ts';
import { InFlight } from '../in-flight.ts';
import { classifyApiFailure, describeFailure, type ApiFailure } from './failure.ts';
import { grammySignal, UpdatePoller } from './poller.ts';
import { createTelegramTransport } from './transport.ts';

/** The update kinds mujaz handles; everything else is not even fetched. */
export const ALLOWED_UPDATES = ['message', 'inline_query', 'my_chat_member'] as const;
/** How long a stop waits for updates being handled (a platform gives ~30 s before SIGKILL). */
export const DRAIN_MS = 25_000;

export interface TelegramStartOptions {
  token: string;
  apiRoot?: string;
  botInfo?: UserFromGetMe;
  rateLimit?: TelegramBotOptions['rateLimit'];
  maxRetryDelaySeconds?: number;
  /** Webhook mode: where handled update ids are remembered (default: the data file). */
  seen?: SeenIds;
  /** Retry pacing after failures (tests shorten it). */
  backoff?: BackoffOptions;
  /** Webhook mode: the public URL Telegram posts to, its secret, and where to listen (host default 0.0.0.0). */
  webhook?: { url: string; secret: string; port: number; host?: string };
}

export interface TelegramRunning extends Running {
  bot: Bot;
  /** Polling mode: the loop (its counters help tests and the bench). */
  poller?: UpdatePoller;
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
      ? { webhook: { url: c.TELEGRAM_WEBHOOK_URL, secret: c.TELEGRAM_WEBHOOK_SECRET, port: c.PORT, host: c.MUJAZ_LISTEN_HOST } }
      : {}),
  });
};

export async function startTelegramWith(app: App, opts: TelegramStartOptions): Promise<TelegramRunning> {
  const busy = new InFlight();
  // Webhook mode: Telegram re-posts an update it got no 200 for, also across our restarts.
  const seen = opts.webhook ? (opts.seen ?? new StoreSeenIds(app.store)) : undefined;
  const bot = createTelegramBot(app, { ...opts, busy, ...(seen ? { seen } : {}), ...(app.store.pacer ? { pacer: app.store.pacer } : {}) });
  // Start-up and polling calls go through an Api without auto-retry: they decide themselves when
  // to try again, and log why. (auto-retry would sit silently in a 3, 6, 12… s back-off.)
  const api = new Api(opts.token, { ...(opts.apiRoot ? { apiRoot: opts.apiRoot } : {}), timeoutSeconds: 60 });
  const stopping = new AbortController();
  let fatal!: (e: Error) => void;
  const failed = new Promise<never>((_, reject) => (fatal = reject));
  failed.catch(() => undefined); // observed by main.ts; a test may not look

  const connect = async () => {
    if (!opts.botInfo) bot.botInfo = await api.getMe(grammySignal(AbortSignal.any([stopping.signal, AbortSignal.timeout(15_000)])));
    else bot.botInfo = opts.botInfo;
    try {
      await registerCommands(api, app.dispatcher.commands, telegramAdminIds(app.config.MUJAZ_ADMINS));
    } catch (e) {
      // The menu is a convenience: a failure here must not keep the bot from answering.
      log.warn(`telegram: setMyCommands failed: ${causeOf(e)}`);
    }
    if (opts.webhook) await api.setWebhook(opts.webhook.url, { secret_token: opts.webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
    // Polling and a webhook exclude each other: clear any webhook left by an earlier deployment.
    else await api.deleteWebhook();
  };
  // A wrong token stops start-up with one line; an unreachable API is retried in the background
  // so that the rest (console, Slack, digests) starts meanwhile.
  const { connected } = await connectOrRetry(connect, stopping.signal, fatal, opts.backoff);

  app.services.transports.telegram = createTelegramTransport(app.chats, opts);
  const stopTransport = () => {
    if (app.services.transports.telegram?.platform === 'telegram') delete app.services.transports.telegram;
  };

  if (opts.webhook) {
    const hook = await listenWebhook(bot, opts.webhook, busy);
    void connected.then((ok) => ok && log.info(`telegram: @${bot.botInfo.username} receiving updates by webhook on ${hook.host}:${hook.port}`));
    return {
      name: 'platform:telegram',
      bot,
      port: hook.port,
      failed,
      stop: async (graceMs = DRAIN_MS) => {
        stopping.abort();
        stopTransport();
        await hook.close(graceMs);
      },
    };
  }

  const poller = new UpdatePoller(bot, api, {
    allowedUpdates: ALLOWED_UPDATES,
    ...(opts.backoff ? { backoff: opts.backoff } : {}),
    onFatal: (f) => fatal(new ConfigError(describeFailure(f))),
    // A kill between answering and confirming must not answer again after the restart.
    handled: new StoreHandledLog(app.store),
  });
  void connected.then((ok) => {
    if (!ok) return;
    poller.start();
    log.info(`telegram: @${bot.botInfo.username} polling for updates`);
  });
  return {
    name: 'platform:telegram',
    bot,
    poller,
    failed,
    stop: async (graceMs = DRAIN_MS) => {
      stopping.abort();
      stopTransport();
      await connected;
      if (poller.running || poller.pending) await poller.stop(graceMs);
    },
  };
}

/** Telegram user ids listed in MUJAZ_ADMINS ("telegram:12345"). */
function telegramAdminIds(spec: string): number[] {
  return [...parseAdmins(spec)].flatMap((a) => (/^telegram:\d+$/.test(a) ? [Number(a.slice('telegram:'.length))] : []));
}

/**
 * Run `connect` once; on a failure other than a refused token, keep retrying it in the background
 * (logged once, back-off capped at a few seconds). Resolves once the first attempt is over;
 * `connected` then resolves true once connected, false if stopped first.
 */
async function connectOrRetry(
  connect: () => Promise<void>,
  signal: AbortSignal,
  fatal: (e: Error) => void,
  pacing?: BackoffOptions,
): Promise<{ connected: Promise<boolean> }> {
  const outage = new OutageLog('telegram');
  const backoff = new Backoff(pacing);
  const attempt = async (): Promise<ApiFailure | null> => {
    try {
      await connect();
      return null;
    } catch (e) {
      return classifyApiFailure(e);
    }
  };
  const first = await attempt();
  if (!first) return { connected: Promise.resolve(true) };
  if (first.kind === 'auth') throw new ConfigError(describeFailure(first));
  outage.failed(`${describeFailure(first)} at start-up`, backoff.capMs, first.kind);
  const connected = (async () => {
    for (;;) {
      await sleep(backoff.next(), signal);
      if (signal.aborted) return false;
      const f = await attempt();
      if (!f) {
        outage.ok('connected');
        return true;
      }
      if (f.kind === 'auth') {
        log.error(`telegram: ${describeFailure(f)}`);
        fatal(new ConfigError(describeFailure(f)));
        return false;
      }
      outage.failed(`${describeFailure(f)} at start-up`, backoff.capMs, f.kind);
    }
  })();
  return { connected };
}

/**
 * The webhook endpoint: POST only, on the URL's path; grammY checks the
 * X-Telegram-Bot-Api-Secret-Token header (401 when missing or wrong) before reading the body.
 * Closing stops taking requests, lets the updates being handled finish (bounded), then cuts
 * what is left: Telegram re-sends an update it got no answer for.
 */
async function listenWebhook(
  bot: Bot,
  wh: NonNullable<TelegramStartOptions['webhook']>,
  busy: InFlight,
): Promise<{ port: number; host: string; close(graceMs: number): Promise<void> }> {
  const path = new URL(wh.url).pathname || '/';
  const handle = webhookCallback(bot, 'http', { secretToken: wh.secret, onTimeout: 'return', timeoutMilliseconds: 9_000 });
  const serve = (req: IncomingMessage, res: ServerResponse) => {
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
      log.warn(`telegram: bad webhook request: ${causeOf(e)}`);
      if (!res.headersSent) res.writeHead(400).end('bad request');
    });
  };
  // Requests count from their arrival (their body may still be on its way): a stop lets them finish.
  const requests = new InFlight();
  const server = createServer((req, res) => {
    void requests.run(
      () =>
        new Promise<void>((done) => {
          res.once('close', done);
          serve(req, res);
        }),
    );
  });
  const host = wh.host ?? '0.0.0.0';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(wh.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  let closing: Promise<void> | null = null;
  const close = async (graceMs: number) => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const deadline = Date.now() + graceMs;
    // Requests answered, then handlers that outlived their request (grammY answers after 9 s).
    const left = (await requests.settled(graceMs)) + (await busy.settled(Math.max(0, deadline - Date.now())));
    if (left) log.warn(`telegram: ${left} update(s) still being handled after ${Math.round(graceMs / 1000)} s; Telegram will deliver them again`);
    server.closeAllConnections();
    await closed;
  };
  return {
    port: (server.address() as AddressInfo).port,
    host,
    close: (graceMs) => (closing ??= close(graceMs)),
  };
}
