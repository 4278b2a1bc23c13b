/**
 * The feed poller started by `npm start`: every MUJAZ_FEED_POLL_CRON tick, all feeds are
 * polled in turn. A tick that is still running when the next one is due is skipped
 * (noOverlap), and nothing a feed does can throw out of the schedule.
 */
import cron from 'node-cron';
import type { App } from '../core/app-types.ts';
import { log } from '../log.ts';
import type { Running } from '../core/app-types.ts';
import { pollAllFeeds } from './service.ts';

export async function startFeedPoller(app: App): Promise<Running | null> {
  const expr = app.config.MUJAZ_FEED_POLL_CRON;
  if (expr === 'off') return null;
  const task = cron.schedule(
    expr,
    async () => {
      try {
        await pollAllFeeds(app.services);
      } catch (e) {
        log.error(`feed poll failed: ${(e as Error).message}`);
      }
    },
    { name: 'feeds', noOverlap: true },
  );
  log.info(`feeds: polling on "${expr}"`);
  return {
    name: 'feeds',
    stop: async () => {
      await task.stop();
      await task.destroy();
    },
  };
}
