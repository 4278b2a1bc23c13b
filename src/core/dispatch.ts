/**
 * The core: text in, reply out. Knows commands, languages and briefings; knows nothing of
 * Telegram, Slack or the console (they hand it an IncomingMessage and render the Reply).
 */
import type { Lang } from '../briefing/types.ts';
import { errorReply, type Reply } from '../reply/model.ts';
import type { CommandSpec } from './command.ts';
import { M, tr } from './i18n.ts';
import { chatKey, userKey, type IncomingMessage } from './message.ts';
import { oneLine, sanitizeInput } from './sanitize.ts';
import type { Services } from './services.ts';
import { foldForPhrase } from './phrase.ts';
import { log } from '../log.ts';
import { isStoreError } from '../store/types.ts';

/** Longer messages are refused outright: no article command needs more, and /ingest has its own path. */
export const MAX_MESSAGE_CHARS = 20_000;

export interface Dispatcher {
  handle(msg: IncomingMessage): Promise<Reply | null>;
  /** The reply language for a message (chat setting, else user setting, else platform locale, else default). */
  langFor(msg: Pick<IncomingMessage, 'platform' | 'chatId' | 'userId' | 'userLocale'>): Lang;
  readonly commands: readonly CommandSpec[];
}

interface Parsed {
  name: string;
  args: string;
  /** Matched by a plain-text phrasing rather than a /command. */
  viaPhrase: boolean;
}

export function createDispatcher(commands: readonly CommandSpec[], services: Services): Dispatcher {
  const byName = new Map(commands.map((c) => [c.name, c]));
  // Longest phrase first, so "من هو" wins over a shorter phrase that is its prefix.
  const phrases = commands
    .flatMap((c) => (c.phrases ?? []).map((p) => ({ fold: foldForPhrase(p), name: c.name })))
    .sort((a, b) => b.fold.length - a.fold.length);

  function langFor(m: Pick<IncomingMessage, 'platform' | 'chatId' | 'userId' | 'userLocale'>): Lang {
    const chat = services.chats.chat(chatKey(m)).lang;
    if (chat) return chat;
    const user = services.chats.user(userKey(m)).lang;
    if (user) return user;
    const loc = (m.userLocale ?? '').toLowerCase();
    if (loc.startsWith('ar')) return 'ar';
    if (loc.startsWith('en')) return 'en';
    return services.config.MUJAZ_DEFAULT_LANG;
  }

  function parse(text: string, msg: IncomingMessage): Parsed | 'other-bot' | null {
    const slash = /^\/([A-Za-z0-9_]{1,64})(?:@([A-Za-z0-9_]{1,64}))?(?=\s|$)/.exec(text);
    if (slash) {
      const target = slash[2];
      if (target && msg.botUsername && target.toLowerCase() !== msg.botUsername.toLowerCase()) return 'other-bot';
      return { name: slash[1]!.toLowerCase(), args: text.slice(slash[0].length).trim(), viaPhrase: false };
    }
    if (!msg.addressed) return null;
    const folded = foldForPhrase(text);
    for (const p of phrases) {
      if (folded === p.fold || folded.startsWith(p.fold + ' ')) {
        // Drop as many words from the original as the phrase has, keeping the argument as typed.
        const words = p.fold.split(' ').length;
        const args = text.trim().split(/\s+/).slice(words).join(' ');
        return { name: p.name, args, viaPhrase: true };
      }
    }
    // In a DM, "who araghchi" works like "/who araghchi" (Slack users type no slash there).
    const bare = /^([A-Za-z_]{2,32})(?=\s|$)/.exec(text);
    if (bare && byName.has(bare[1]!.toLowerCase()))
      return { name: bare[1]!.toLowerCase(), args: text.slice(bare[0].length).trim(), viaPhrase: true };
    return null;
  }

  async function handle(msg: IncomingMessage): Promise<Reply | null> {
    const lang = langFor(msg);
    const p = msg.commandPrefix ?? '/';
    const raw = typeof msg.text === 'string' ? msg.text : '';
    if (raw.length > MAX_MESSAGE_CHARS) {
      return msg.addressed || raw.startsWith('/')
        ? errorReply(lang, tr(lang, M.tooLong, { n: raw.length, max: MAX_MESSAGE_CHARS }))
        : null;
    }
    const text = sanitizeInput(raw).trim();
    if (!text) return msg.addressed ? errorReply(lang, tr(lang, M.notUnderstood, { p })) : null;
    const parsed = parse(text, msg);
    if (parsed === 'other-bot') return null;
    if (!parsed) return msg.addressed ? errorReply(lang, tr(lang, M.notUnderstood, { p })) : null;

    const cmd = byName.get(parsed.name);
    if (!cmd) {
      const near = closestCommand(parsed.name, commands);
      return errorReply(
        lang,
        tr(lang, M.unknownCommand, { p, name: oneLine(parsed.name).slice(0, 40) }),
        near ? tr(lang, M.didYouMean, { p, name: near }) : tr(lang, M.seeHelp, { p }),
      );
    }
    if (cmd.access === 'admin' && !services.isAdmin(msg.platform, msg.userId)) return errorReply(lang, tr(lang, M.adminOnly));
    if (cmd.access === 'group-admin' && msg.chatType !== 'private' && msg.isChatAdmin && !(await msg.isChatAdmin()))
      return errorReply(lang, tr(lang, M.groupAdminOnly));

    const ck = chatKey(msg);
    const briefing = await services.library.current(ck);
    if (cmd.needsBriefing && !briefing) return errorReply(lang, tr(lang, M.noBriefing));
    // Each chat's current briefing is its own: the one it first saw stays until it picks another
    // (/use, or an ingest in this chat), so an article added elsewhere never switches it silently.
    // Kept in memory at once; the reply does not wait for the disk.
    if (briefing && !services.chats.chat(ck).currentBriefingId)
      services.chats.setChat(ck, { currentBriefingId: briefing.id }).catch((err: Error) => log.warn(`could not save ${ck}'s briefing: ${err.message}`));
    try {
      return await cmd.run({
        args: parsed.args,
        lang,
        msg,
        chatKey: ck,
        userKey: userKey(msg),
        briefing,
        services,
        commands,
      });
    } catch (e) {
      // A disk or database problem is the operator's to fix: the log says what, the chat gets
      // a short line in its language (never "EACCES ... .tmp").
      if (!isStoreError(e)) throw e;
      log.error(`storage: ${e.message}`);
      return errorReply(lang, tr(lang, M.storageUnavailable));
    }
  }

  return { handle, langFor, commands };
}

/** The known command nearest to a mistyped one (small edit distance), for "did you mean". */
export function closestCommand(name: string, commands: readonly CommandSpec[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const c of commands) {
    if (c.hidden) continue;
    const d = editDistance(name.slice(0, 40), c.name);
    if (!best || d < best.d) best = { name: c.name, d };
  }
  return best && best.d <= Math.max(1, Math.floor(best.name.length / 3)) ? best.name : undefined;
}

/** Edit distance counting a swap of neighbours as one edit ("ehco" is one typo from "echo"). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
