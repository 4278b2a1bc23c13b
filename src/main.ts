/**
 * `npm start`: validate the configuration, open the data file, make sure the bundled article
 * is in the library, then start every platform whose tokens are set — or, with none set,
 * the console chat on the sample article (the embedded default).
 *
 * Stopping (SIGTERM from a deploy, Ctrl-C): every part stops taking work and finishes what it
 * holds within GRACE_MS (platforms give about 30 s before they kill), the data file is written,
 * and the process exits 0. A second signal exits at once.
 */
import { createApp, ensureBundledArticle } from './app.ts';
import type { App, Running } from './core/app-types.ts';
import { ConfigError, loadConfig } from './config.ts';
import { causeOf, log, setLogLevel } from './log.ts';
import { runConsole } from './platforms/console/console.ts';
import { StoreError } from './store/types.ts';
import { starters } from './starters.ts';

const GRACE_MS = 25_000;
const CONSOLE_END = 'end of the console chat';

async function start(): Promise<void> {
  const config = loadConfig();
  setLogLevel(config.MUJAZ_LOG_LEVEL);
  const app = await createApp(config);
  await ensureBundledArticle(app);

  // Signals are handled from here on: a deploy may stop the process while a platform still connects.
  const running: Running[] = [];
  const stop = stopper(app, running);
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // Started side by side: one platform slow to connect must not hold up the others.
  const results = await Promise.allSettled(
    starters.map(async (s) => {
      const r = await s(app);
      if (r) {
        running.push(r);
        r.failed?.catch((e: unknown) => void stop(`${r.name} stopped`, e));
      }
    }),
  );
  const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (refused) {
    await Promise.allSettled(running.map((r) => r.stop(1000)));
    throw refused.reason;
  }

  const platforms = running.filter((r) => r.name.startsWith('platform:'));
  if (platforms.length === 0) {
    await runConsole(app.dispatcher, { prompt: process.stdin.isTTY });
    await stop(CONSOLE_END);
    return;
  }
  log.info(`running: ${running.map((r) => r.name).join(', ')}`);
}

/** The one way out: stop everything (bounded), write the data file, exit (1 after a fatal error). */
function stopper(app: App, running: Running[]): (why: string, error?: unknown) => Promise<void> {
  let stopping = false;
  return async (why, error) => {
    if (stopping) {
      if (why.startsWith('SIG')) {
        log.warn(`${why} again: exiting without waiting`);
        process.exit(1);
      }
      return;
    }
    stopping = true;
    if (error) log.error(`${why}: ${error instanceof ConfigError ? error.message : causeOf(error)}`);
    // The console chat ending is no news to the person who just typed /quit.
    const say = why === CONSOLE_END ? log.debug : log.info;
    say(`${why}: stopping (finishing work in hand, at most ${GRACE_MS / 1000} s)`);
    // Stops that hang past the grace period must not keep the process from exiting.
    setTimeout(() => {
      log.error('stopping took too long; exiting');
      process.exit(1);
    }, GRACE_MS + 4000).unref();
    await Promise.allSettled(running.map((r) => r.stop(GRACE_MS)));
    try {
      // close() flushes what is pending and releases the one-writer lock.
      await app.store.close();
    } catch (e) {
      log.error(`could not write the data file: ${causeOf(e)}`);
      process.exit(1);
    }
    say('stopped');
    process.exit(error ? 1 : 0);
  };
}

// A last safety net: a promise some library forgot to handle is one log line, not a crash.
process.on('unhandledRejection', (e) => log.error(`unhandled failure: ${causeOf(e)}`));

start().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof StoreError) {
    process.stderr.write(`mujaz: ${e.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`mujaz: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
