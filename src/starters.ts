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
  /** Stop taking new work and finish what is in hand, within `graceMs` when given. */
  stop(graceMs?: number): Promise<void>;
  /** Rejects if it stops by itself for good (e.g. its token was refused after start-up). */
  failed?: Promise<never>;
}

export type Starter = (app: App) => Promise<Running | null>;

export const starters: Starter[] = [startTelegram, startSlack, startFeedPoller, digestStarter];
