/**
 * A command is a declaration (Hubot's idea): name, descriptions, arguments, and a handler
 * that *returns* its reply. Handlers never send anything and know no platform.
 */
import type { Briefing, Lang } from '../briefing/types.ts';
import type { Reply } from '../reply/model.ts';
import type { IncomingMessage } from './message.ts';
import type { Services } from './services.ts';
import type { Bi } from '../briefing/types.ts';

export interface CommandArg {
  name: string;
  description: Bi;
  required?: boolean;
}

export interface CommandContext {
  /** Everything after the command word, trimmed and sanitised. */
  args: string;
  lang: Lang;
  msg: IncomingMessage;
  chatKey: string;
  userKey: string;
  /** The chat's current briefing (overlays applied), if the library has any. */
  briefing: Briefing | undefined;
  services: Services;
  /** The whole command set, for /help. */
  commands: readonly CommandSpec[];
}

export interface CommandSpec {
  /** Telegram-valid: 1–32 chars of [a-z0-9_]. */
  name: string;
  description: Bi;
  /** A few words for the /help list (the description is used when absent). */
  brief?: Bi;
  args?: CommandArg[];
  /**
   * Plain-text phrasings that invoke the command (Arabic first: "ملخص", "من هو").
   * Matched on normalised text at the start of the message; the rest becomes the args.
   */
  phrases?: string[];
  /** Needs a briefing to work on; the core answers "no briefing yet" otherwise. */
  needsBriefing?: boolean;
  /**
   * Where /help lists it, by what people do: read the current briefing, follow the news
   * (library, digests, settings), or run the bot (admins only). A command that needs a briefing
   * reads one unless it says otherwise; others without a group (/start, /help) are left out of
   * the grouped list.
   */
  group?: 'read' | 'follow' | 'admin';
  /** Left out of menus and /help (still callable). */
  hidden?: boolean;
  /** Who may run it: everyone (default), mujaz admins (MUJAZ_ADMINS), or group admins in groups. */
  access?: 'everyone' | 'admin' | 'group-admin';
  run(ctx: CommandContext): Reply | Promise<Reply>;
}
