/**
 * Wiring shared by `npm start`, the CLI and the tests: config + store + library + services +
 * dispatcher. Platforms and schedulers are started on top of this by main.ts.
 */
import { readFileSync } from 'node:fs';
import { commands as defaultCommands } from '../commands/index.ts';
import type { Briefing } from './briefing/types.ts';
import type { App } from './core/app-types.ts';
import type { CommandSpec } from './core/command.ts';
import { createDispatcher, type Dispatcher } from './core/dispatch.ts';
import type { Services } from './core/services.ts';
import { parseAdmins, type Config } from './config.ts';
import { afterIngest, ingestText } from './library/ingest-text.ts';
import { applyOverlay } from './overlay/apply.ts';
import { OverlayStore } from './overlay/store.ts';
import { overlayView } from './overlay/view.ts';
import { TranslationCache } from './translate/cache.ts';
import { createTranslator } from './translate/setup.ts';
import { machineView } from './translate/view.ts';
import { Library } from './library/library.ts';
import { CHATS, Chats, USERS } from './core/chats.ts';
import { DELIVERIES, SUBSCRIPTIONS } from './digest/records.ts';
import { FEEDS } from './ingest/feed-store.ts';
import { HANDLED_UNCONFIRMED, SEEN_IDS } from './platforms/seen-ids-store.ts';
import { openStore } from './store/open.ts';
import type { AnySectionSpec, Store } from './store/types.ts';
import { TRANSLATIONS } from './translate/cache.ts';
import { log } from './log.ts';

export type { App };

/** The sections every feature keeps in the store (each feature owns its own). */
export const SECTIONS: readonly AnySectionSpec[] = [CHATS, USERS, SUBSCRIPTIONS, DELIVERIES, FEEDS, TRANSLATIONS, SEEN_IDS, HANDLED_UNCONFIRMED];

export interface AppOptions {
  /** Use this store instead of opening config.MUJAZ_DATA_FILE. */
  store?: Store;
  now?: () => Date;
  commands?: readonly CommandSpec[];
}

export async function createApp(config: Config, opts: AppOptions = {}): Promise<App> {
  const store = opts.store ?? (await openStore(config, { sections: SECTIONS }));
  // Every section is checked before anything runs, so a malformed file is refused untouched.
  for (const s of SECTIONS) store.section(s);
  const chats = new Chats(store);
  const library = new Library(store.briefings, chats);
  // Precedence when reading: editor overlay > machine translation > the parser's output.
  const overlays = new OverlayStore(config.MUJAZ_OVERLAY_DIR);
  const cache = new TranslationCache(store);
  library.addView(machineView(cache));
  library.addView(overlayView(overlays));
  const withOverlay = (b: Briefing) => {
    const st = overlays.state(b.id);
    return st.status === 'ok' ? applyOverlay(b, st.overlay) : b;
  };
  const translator = createTranslator(config, cache, withOverlay) ?? undefined;
  if (translator) afterIngest(library, (r) => translator.translate(r.briefing));
  const admins = parseAdmins(config.MUJAZ_ADMINS);
  const services: Services = {
    store,
    chats,
    library,
    config,
    now: opts.now ?? (() => new Date()),
    transports: {},
    translator,
    isAdmin: (platform, userId) => platform === 'console' || admins.has(`${platform}:${userId}`),
  };
  const dispatcher = createDispatcher(opts.commands ?? defaultCommands, services);
  return { config, store, chats, library, services, dispatcher };
}

/**
 * The embedded default: make sure the bundled article is in the library (parsed at ingest,
 * re-parsed when the parser has improved since it was stored).
 */
export async function ensureBundledArticle(app: App): Promise<void> {
  const file = app.config.MUJAZ_ARTICLE;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    log.warn(`bundled article ${file} could not be read (${(e as Error).message}); starting without it`);
    return;
  }
  const r = await ingestText(app.library, text, { file });
  if (r.status !== 'unchanged') log.info(`briefing ${r.status}: ${file}`);
}
