/**
 * `npm start` part of digests: schedules the minute tick and runs a catch-up tick at once, so a
 * digest missed while the process was down goes out if the chat's local day is not over.
 */
import type { Starter } from '../core/app-types.ts';
import { consoleTransport } from '../platforms/console/transport.ts';
import { DigestScheduler } from './scheduler.ts';

export const digestStarter: Starter = async (app) => {
  if (app.config.MUJAZ_DIGESTS === 'off') return null;
  // The console adapter registers no outbound transport of its own; print console digests.
  app.services.transports.console ??= consoleTransport();
  const scheduler = new DigestScheduler({
    store: app.store,
    library: app.library,
    // Read at every tick: platform starters register their transports before or after this one.
    transports: app.services.transports,
    langFor: (m) => app.dispatcher.langFor(m),
    now: () => app.services.now(),
  });
  scheduler.start();
  app.services.digests = scheduler;
  return { name: 'digests', stop: () => scheduler.stop() };
};
