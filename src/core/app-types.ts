/**
 * The shapes the wiring (src/app.ts, src/starters.ts) hands to features and platforms, kept
 * below the wiring so that nothing has to import it.
 */
import type { Config } from '../config.ts';
import type { Library } from '../library/library.ts';
import type { Store } from '../store/types.ts';
import type { Chats } from './chats.ts';
import type { Dispatcher } from './dispatch.ts';
import type { Services } from './services.ts';

export interface App {
  config: Config;
  store: Store;
  chats: Chats;
  library: Library;
  services: Services;
  dispatcher: Dispatcher;
}

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

/** Builds the app from a configuration (src/app.ts's createApp, handed to CLI subcommands by src/cli.ts). */
export type CreateApp = (config: Config) => Promise<App>;
