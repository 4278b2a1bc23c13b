/**
 * The command set, defined once and served on every platform. Listed explicitly (not
 * discovered) so the order of /help and of the Telegram menu is a deliberate choice.
 */
import type { CommandSpec } from '../src/core/command.ts';
import { digest } from './digest.ts';
import { help } from './help.ts';
import { lang } from './lang.ts';
import { people } from './people.ts';
import { precedents } from './precedents.ts';
import { quotes } from './quotes.ts';
import { sources } from './sources.ts';
import { subscribe } from './subscribe.ts';
import { start } from './start.ts';
import { summary } from './summary.ts';
import { timeline } from './timeline.ts';
import { unsubscribe } from './unsubscribe.ts';
import { who } from './who.ts';
import { briefings } from './briefings.ts';
import { feeds } from './feeds.ts';
import { ingest } from './ingest.ts';
import { search } from './search.ts';
import { use } from './use.ts';

export const commands: readonly CommandSpec[] = [
  start,
  help,
  summary,
  who,
  people,
  quotes,
  precedents,
  timeline,
  sources,
  lang,
  digest,
  subscribe,
  unsubscribe,
  briefings,
  use,
  search,
  ingest,
  feeds,
];
