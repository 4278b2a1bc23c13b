/**
 * Everything `npm start` may start besides the console, listed explicitly. Each starter
 * returns null when its configuration is absent (no token, feature off).
 */
import type { Running, Starter } from './core/app-types.ts';
import { digestStarter } from './digest/starter.ts';
import { startInbox } from './ingest/inbox.ts';
import { startFeedPoller } from './ingest/poller.ts';
import { startSlack } from './platforms/slack/start.ts';
import { startTelegram } from './platforms/telegram/start.ts';

export type { Running, Starter };

export const starters: Starter[] = [startTelegram, startSlack, startFeedPoller, digestStarter, startInbox];
