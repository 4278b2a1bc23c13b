/**
 * `npm start`: validate the configuration, open the data file, make sure the bundled article
 * is in the library, then start every platform whose tokens are set — or, with none set,
 * the console chat on the sample article (the embedded default).
 */
import { createApp, ensureBundledArticle } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { log, setLogLevel } from './log.ts';
import { runConsole } from './platforms/console/console.ts';
import { StoreError } from './store/types.ts';
import { starters, type Running } from './starters.ts';


async function start(): Promise<void> {
  const config = loadConfig();
  setLogLevel(config.MUJAZ_LOG_LEVEL);
  const app = await createApp(config);
  await ensureBundledArticle(app);

  const running: Running[] = [];
  for (const s of starters) {
    const r = await s(app);
    if (r) running.push(r);
  }
  const platforms = running.filter((r) => r.name.startsWith('platform:'));
  if (platforms.length === 0) {
    await runConsole(app.dispatcher, { prompt: process.stdin.isTTY });
    await Promise.all(running.map((r) => r.stop()));
    await app.store.close();
    return;
  }
  log.info(`running: ${running.map((r) => r.name).join(', ')}`);
  const shutdown = async (sig: string) => {
    log.info(`${sig}: stopping`);
    await Promise.allSettled(running.map((r) => r.stop()));
    await app.store.close().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

start().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof StoreError) {
    process.stderr.write(`mujaz: ${e.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`mujaz: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
