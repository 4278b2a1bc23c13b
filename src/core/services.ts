/**
 * What commands may use besides the briefing. Features register themselves here
 * (digests, ingest, translation); a command checks for its service and says plainly
 * when the feature is not available in this process.
 */
import type { Library } from '../library/library.ts';
import type { Store } from '../store/types.ts';
import type { Chats } from './chats.ts';
import type { Config } from '../config.ts';
import type { PlatformName } from '../core/platform.ts';
import type { Transport } from './transport.ts';
import type { DigestScheduler } from '../digest/scheduler.ts';
import type { Translator } from '../translate/translator.ts';

export interface Services {
  store: Store;
  /** Per-chat and per-user settings (a core section of the store). */
  chats: Chats;
  library: Library;
  config: Config;
  /** Current time; injectable so tests and digests can run in fake time. */
  now(): Date;
  /** Is this user a mujaz admin (MUJAZ_ADMINS)? */
  isAdmin(platform: string, userId: string): boolean;
  /** Outbound senders by platform, filled in by each platform's starter (digests use them). */
  transports: Partial<Record<PlatformName, Transport>>;
  /* Optional features add a field below (present when that feature is running). */
  /** The daily digest scheduler (src/digest), when running. */
  digests?: DigestScheduler;
  /** Machine translation (src/translate): present when MUJAZ_LLM_* configure a provider. */
  translator?: Translator;
}
