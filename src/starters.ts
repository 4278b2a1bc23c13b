/**
 * Everything `npm start` may start besides the console, listed explicitly. Each starter
 * returns null when its configuration is absent (no token, feature off).
 */
import type { App } from './app.ts';
import { digestStarter } from './digest/starter.ts';
import { startFeedPoller } from './ingest/poller.ts';
import { startSlack } from './platforms/slack/start.ts';
import { startTelegram } from './platforms/telegram/start.ts';

/** A started platform or scheduler; stop() lets the process exit cleanly. */
export interface Running {
  /** "platform:telegram", "platform:slack", "digests", "feeds"... Platforms start with "platform:". */
  name: string;
  stop(): Promise<void>;
}

export type Starter = (app: App) => Promise<Running | null>;

export const starters: Starter[] = [startTelegram, startSlack, startFeedPoller, digestStarter];
