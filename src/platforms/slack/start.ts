/**
 * `npm start` part for Slack: nothing without SLACK_BOT_TOKEN; Socket Mode with
 * SLACK_APP_TOKEN; otherwise HTTP mode on SLACK_PORT (default: PORT).
 */
import type { App } from '../../core/app-types.ts';
import { ConfigError } from '../../config.ts';
import { log } from '../../log.ts';
import type { Running } from '../../core/app-types.ts';
import { createSlackApp } from './app.ts';
import { classifySlackError } from './errors.ts';
import { slackTransport } from './transport.ts';

export async function startSlack(app: App): Promise<Running | null> {
  const c = app.config;
  if (!c.SLACK_BOT_TOKEN) return null;
  const port = c.SLACK_PORT ?? c.PORT;
  const slack = createSlackApp(app, {
    botToken: c.SLACK_BOT_TOKEN,
    appToken: c.SLACK_APP_TOKEN,
    signingSecret: c.SLACK_SIGNING_SECRET,
    slackApiUrl: c.SLACK_API_URL,
    port,
  });
  let started: { port?: number };
  try {
    started = await slack.start();
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'EADDRINUSE')
      throw new ConfigError(`Slack HTTP mode: port ${port} is already in use (Telegram's webhook too?). Set SLACK_PORT to another port.`);
    throw new ConfigError(`Slack would not start: ${classifySlackError(e).error}. Check SLACK_BOT_TOKEN${c.SLACK_APP_TOKEN ? ' and SLACK_APP_TOKEN' : ''}.`);
  }
  app.services.transports.slack = slackTransport({ botToken: c.SLACK_BOT_TOKEN, slackApiUrl: c.SLACK_API_URL });
  log.info(slack.mode === 'socket' ? 'slack: connected (Socket Mode)' : `slack: HTTP mode, POST /slack/events on port ${started.port}`);
  return {
    name: 'platform:slack',
    stop: async () => {
      delete app.services.transports.slack;
      await slack.stop();
    },
  };
}
