/**
 * `npm start` part for Slack: nothing without SLACK_BOT_TOKEN; Socket Mode with
 * SLACK_APP_TOKEN; otherwise HTTP mode on SLACK_PORT (default: PORT).
 *
 * A refused token or a taken port stops start-up with one line naming what to change. Slack
 * being unreachable does not: start-up waits at most FIRST_WAIT_MS for it, then the rest of the
 * bot runs while this keeps trying in the background (growing back-off, logged once with its
 * cause, and once when connected).
 */
import type { App } from '../../core/app-types.ts';
import { ConfigError } from '../../config.ts';
import { log } from '../../log.ts';
import type { Running } from '../../core/app-types.ts';
import { Backoff, OutageLog, sleep } from '../outage.ts';
import { StoreSeenIds } from '../seen-ids-store.ts';
import { createSlackApp, type SlackApp } from './app.ts';
import { explainConnectFailure } from './errors.ts';
import { SlackOutbox, slackPostClient } from './outbox.ts';
import { SOCKET_BACKOFF } from './socket.ts';
import { slackTransport } from './transport.ts';

/** How long start-up waits for Slack before going on without it. */
export const FIRST_WAIT_MS = 10_000;

export interface SlackStartOptions {
  firstWaitMs?: number;
  backoff?: { firstMs: number; maxMs: number };
}

type Attempt = { ok: true; port?: number } | { ok: false; error: unknown };

export async function startSlack(app: App, o: SlackStartOptions = {}): Promise<Running | null> {
  const c = app.config;
  if (!c.SLACK_BOT_TOKEN) return null;
  const port = c.SLACK_PORT ?? c.PORT;
  let fatal!: (e: Error) => void;
  const failed = new Promise<never>((_, reject) => (fatal = reject));
  failed.catch(() => undefined); // observed by main.ts
  const backoff = o.backoff ?? SOCKET_BACKOFF;
  // One per-channel queue for every post: replies, digests and notices are paced together.
  const outbox = new SlackOutbox(slackPostClient(c.SLACK_BOT_TOKEN, c.SLACK_API_URL), { pacer: app.store.pacer });
  const slack = createSlackApp(app, {
    outbox,
    // Remembered in the data file: a redelivery after a restart is not answered again.
    seen: new StoreSeenIds(app.store),
    botToken: c.SLACK_BOT_TOKEN,
    appToken: c.SLACK_APP_TOKEN,
    signingSecret: c.SLACK_SIGNING_SECRET,
    slackApiUrl: c.SLACK_API_URL,
    port,
    host: c.MUJAZ_LISTEN_HOST,
    onFatal: (e) => fatal(new ConfigError(e.message)),
    reconnectBackoff: backoff,
  });
  const stopping = new AbortController();

  const attempt = (): Promise<Attempt> =>
    slack.start().then(
      (r) => ({ ok: true, ...r }),
      (error: unknown) => ({ ok: false, error }),
    );
  /** The one line for a failure that retrying cannot fix; null when retrying may. */
  const hopeless = (error: unknown): ConfigError | null => {
    if ((error as { code?: string }).code === 'EADDRINUSE')
      return new ConfigError(`Slack HTTP mode: port ${port} is already in use (Telegram's webhook too?). Set SLACK_PORT to another port.`);
    const f = explainConnectFailure(error);
    return f.fatal ? new ConfigError(f.message) : null;
  };
  const connected = (r: { port?: number }) =>
    log.info(slack.mode === 'socket' ? 'slack: connected (Socket Mode)' : `slack: HTTP mode, POST /slack/events on ${c.MUJAZ_LISTEN_HOST}:${r.port}`);

  const first = attempt();
  const early = await Promise.race([first, sleep(o.firstWaitMs ?? FIRST_WAIT_MS).then(() => null)]);
  if (early && !early.ok) {
    const h = hopeless(early.error);
    if (h) {
      await slack.stop();
      throw h;
    }
  }
  if (early?.ok) connected(early);
  else void keepTrying(slack, first, early === null, { attempt, hopeless, connected, fatal, signal: stopping.signal, backoff });

  app.services.transports.slack = slackTransport({ botToken: c.SLACK_BOT_TOKEN, slackApiUrl: c.SLACK_API_URL, outbox, chats: app.chats });
  return {
    name: 'platform:slack',
    failed,
    stop: async (graceMs) => {
      stopping.abort();
      delete app.services.transports.slack;
      await slack.stop(graceMs);
    },
  };
}

/** Start-up's first attempt failed or is slow: retry in the background until connected or stopped. */
async function keepTrying(
  slack: SlackApp,
  first: Promise<Attempt>,
  slow: boolean,
  k: {
    attempt: () => Promise<Attempt>;
    hopeless: (e: unknown) => ConfigError | null;
    connected: (r: { port?: number }) => void;
    fatal: (e: Error) => void;
    signal: AbortSignal;
    backoff: { firstMs: number; maxMs: number };
  },
): Promise<void> {
  const outage = new OutageLog('slack');
  const backoff = new Backoff(k.backoff);
  if (slow) log.warn(`slack: no answer from Slack yet; the rest of the bot runs meanwhile`);
  let r = await first;
  while (!r.ok) {
    if (k.signal.aborted) return;
    const h = k.hopeless(r.error);
    if (h) {
      log.error(`slack: ${h.message}`);
      k.fatal(h);
      return;
    }
    const f = explainConnectFailure(r.error);
    outage.failed(`${f.message} at start-up`, backoff.capMs, f.kind);
    await sleep(backoff.next(), k.signal);
    if (k.signal.aborted) return;
    r = await k.attempt();
  }
  outage.ok('connected');
  k.connected(r);
  if (k.signal.aborted) await slack.stop();
}
