/**
 * One Ingester per running app (commands, the poller and the CLI share it), built from the
 * app's services on first use so that no wiring in app.ts is needed.
 */
import type { Services } from '../core/services.ts';
import { Ingester } from './ingest.ts';
import { pollAll, type PollResult } from './feeds.ts';

const cache = new WeakMap<Services, Ingester>();

export function ingesterFor(services: Services): Ingester {
  let i = cache.get(services);
  if (!i) {
    i = new Ingester({ library: services.library, config: services.config, now: () => services.now() });
    cache.set(services, i);
  }
  return i;
}

export function pollAllFeeds(services: Services): Promise<PollResult[]> {
  return pollAll(services.store, ingesterFor(services), { now: () => services.now() });
}
