/**
 * The grammY bot: Telegram updates in, normalised IncomingMessages to the core, replies out
 * as Telegram HTML. Knows Telegram; the commands know nothing of it.
 */
import { createHash } from 'node:crypto';
import { autoRetry } from '@grammyjs/auto-retry';
import { limit } from '@grammyjs/ratelimiter';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type Api, type Context } from 'grammy';
import type { InlineQueryResultArticle, Message, UserFromGetMe } from 'grammy/types';
import type { App } from '../../core/app-types.ts';
import type { Lang } from '../../briefing/types.ts';
import type { CommandSpec } from '../../core/command.ts';
import { M, tr } from '../../core/i18n.ts';
import { userKey, type Attachment, type IncomingMessage } from '../../core/message.ts';
import { oneLine, sanitizeInput } from '../../core/sanitize.ts';
import { log } from '../../log.ts';
import { matchPeople, MATCH_THRESHOLD } from '../../names/index.ts';
import { reply, text as textBlock } from '../../reply/model.ts';
import { personCard, personName, personRole } from '../../views/briefing-views.ts';
import { escapeHtml, renderMessages } from './render.ts';
import { requestAround } from '../mention.ts';
import type { SeenIds } from '../seen-ids.ts';
import type { InFlight } from '../in-flight.ts';
import { boundedNetworkRetry } from './net-retry.ts';
import { markActive, markInactive, sendReply } from './send.ts';
import { sharedPacing } from './shared-pacing.ts';
import type { Pacer } from '../../store/types.ts';

export interface TelegramBotOptions {
  token: string;
  /** Bot API root (tests: the local fake server). */
  apiRoot?: string;
  /** Known bot identity, so no getMe is needed (tests); otherwise bot.init() fetches it. */
  botInfo?: UserFromGetMe;
  /** Per-user flood limit: at most `limit` requests per `timeFrameMs` (default 6 per 10 s). */
  rateLimit?: { limit: number; timeFrameMs: number };
  /** Longest Telegram-imposed wait (retry_after) honoured when answering users, in seconds. */
  maxRetryDelaySeconds?: number;
  /** Counts updates being handled (a stop waits for them). */
  busy?: InFlight;
  /** Webhook mode: update ids already handled, so a re-posted update is not answered twice. */
  seen?: SeenIds;
  /** Send slots shared with other instances on the same database (app.store.pacer). */
  pacer?: Pacer;
}

/** Telegram keeps an undelivered update for 24 hours; a repeat cannot come later than that. */
const UPDATE_TTL_MS = 24 * 60 * 60 * 1000;
/** Telegram's download limit for bots (getFile): 20 MB. */
export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;
/** Inline queries: a name, not an essay. */
const MAX_INLINE_QUERY = 80;
const DEFAULT_API_ROOT = 'https://api.telegram.org';

const S = {
  slowDown: {
    ar: 'رويدك! أرسلت رسائل كثيرة بسرعة. انتظر بضع ثوانٍ ثم حاول مجددًا.',
    en: 'Easy there! You are sending messages too fast. Please wait a few seconds and try again.',
  },
  noBriefingInline: { ar: 'لا يوجد موجز بعد', en: 'No briefing yet' },
  noMatchInline: { ar: 'لا أحد بهذا الاسم في المقال', en: 'No one by that name in the article' },
} satisfies Record<string, { ar: string; en: string }>;

type Incoming = IncomingMessage & { replyTo?: number; threadId?: number };

export function createTelegramBot(app: App, opts: TelegramBotOptions): Bot {
  const bot = new Bot(opts.token, {
    ...(opts.botInfo ? { botInfo: opts.botInfo } : {}),
    client: { ...(opts.apiRoot ? { apiRoot: opts.apiRoot } : {}) },
  });
  const apiRoot = opts.apiRoot ?? DEFAULT_API_ROOT;
  // Instances sharing a database share the bot's send rate (innermost: each attempt takes a slot).
  if (opts.pacer) bot.api.config.use(sharedPacing(opts.pacer));
  // 429 -> wait retry_after and try again; a wait longer than the cap fails the call instead of
  // leaving the user staring at nothing for minutes.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: opts.maxRetryDelaySeconds ?? 60, rethrowHttpErrors: true }));
  // Network failures: a few quick retries, then the reply is reported as failed (see net-retry.ts).
  bot.api.config.use(boundedNetworkRetry());

  const { chats, dispatcher, library } = app;
  const normalised = new WeakMap<Context, Incoming | null>();
  const incoming = (ctx: Context): Incoming | null => {
    if (!normalised.has(ctx)) normalised.set(ctx, toIncoming(ctx, { apiRoot, token: opts.token }));
    return normalised.get(ctx) ?? null;
  };
  const langOf = (ctx: Context): Lang => {
    const from = ctx.from;
    const chatId = ctx.chat?.id ?? from?.id;
    return dispatcher.langFor({ platform: 'telegram', chatId: String(chatId ?? ''), userId: String(from?.id ?? ''), userLocale: from?.language_code });
  };

  if (opts.busy) {
    const busy = opts.busy;
    bot.use((_ctx, next) => busy.run(next));
  }
  if (opts.seen) {
    const seen = opts.seen;
    bot.use(async (ctx, next) => {
      if (await seen.firstSeen(`telegram:update:${ctx.update.update_id}`, UPDATE_TTL_MS)) return next();
      log.debug(`telegram: dropping repeated update ${ctx.update.update_id}`);
    });
  }
  // One chat's updates are handled in order, even when many chats' updates are handled at once.
  bot.use(sequentialize((ctx: Context) => (ctx.chat ? String(ctx.chat.id) : ctx.from ? `u${ctx.from.id}` : undefined)));

  // Blocked / unblocked, kicked / re-added: Telegram says so in my_chat_member updates.
  bot.on('my_chat_member', async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if (status === 'kicked' || status === 'left') await markInactive(chats, ctx.chat.id, `my_chat_member: ${status}`);
    else await markActive(chats, ctx.chat.id);
  });

  // Per-user flood control, counted only for requests the bot would actually answer.
  const rl = opts.rateLimit ?? { limit: 6, timeFrameMs: 10_000 };
  bot.filter(
    (ctx) => Boolean(ctx.inlineQuery) || isForBot(incoming(ctx)),
    limit({
      timeFrame: rl.timeFrameMs,
      limit: rl.limit,
      keyGenerator: (ctx: Context) => (ctx.from ? String(ctx.from.id) : undefined),
      onLimitExceeded: async (ctx: Context) => {
        const m = incoming(ctx);
        if (!m) return; // inline queries just get no answer
        log.info(`telegram: rate limit hit by user ${m.userId}`);
        await sendReply(ctx.api, chats, m.chatId, reply(langOf(ctx), [textBlock(tr(langOf(ctx), S.slowDown))]), m);
      },
    }),
  );

  bot.on('message', async (ctx) => {
    const m = incoming(ctx);
    if (!m) return;
    await markActive(chats, m.chatId);
    if (m.userLocale) chats.noteLocale(userKey(m), m.userLocale);
    const r = await dispatcher.handle(m);
    if (!r) return;
    const outcome = await sendReply(ctx.api, chats, m.chatId, r, m);
    if (!outcome.ok && outcome.reason === 'in-doubt') log.warn(`telegram: a reply in chat ${m.chatId} may or may not have arrived (${outcome.detail}); not sent again`);
    else if (!outcome.ok && outcome.reason !== 'blocked') log.warn(`telegram: reply to chat ${m.chatId} failed: ${outcome.detail}`);
  });

  bot.on('inline_query', async (ctx) => {
    const q = oneLine(sanitizeInput(String(ctx.inlineQuery.query ?? ''))).slice(0, MAX_INLINE_QUERY);
    const lang = langOf(ctx);
    const b = await library.latest();
    if (!b) {
      await ctx.answerInlineQuery([], { cache_time: 0, is_personal: true, button: { text: tr(lang, S.noBriefingInline), start_parameter: 'start' } });
      return;
    }
    // An empty query offers the most mentioned people: a quick way to browse the article.
    const people = q
      ? matchPeople(q, b.people)
          .filter((x) => x.score >= MATCH_THRESHOLD)
          .slice(0, 5)
          .map((x) => x.person)
      : [...b.people].sort((x, y) => y.mentions - x.mentions).slice(0, 10);
    const results: InlineQueryResultArticle[] = people.map((p) => {
      const [first] = renderMessages(reply(lang, personCard(b, p, lang)));
      const role = personRole(p, lang);
      return {
        type: 'article',
        id: createHash('sha256').update(`${b.id}|${p.id}|${lang}`).digest('hex').slice(0, 40),
        title: personName(p, lang) || p.id,
        ...(role ? { description: role } : {}),
        input_message_content: { message_text: first ?? escapeHtml(personName(p, lang)), parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
      };
    });
    await ctx.answerInlineQuery(results, {
      cache_time: 30,
      // The card's language depends on who asks.
      is_personal: true,
      ...(results.length === 0 && q ? { button: { text: tr(lang, S.noMatchInline), start_parameter: 'help' } } : {}),
    });
  });

  bot.catch(async (err) => {
    const ctx = err.ctx;
    const e = err.error;
    log.error(`telegram: update ${ctx.update.update_id} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    const m = incoming(ctx);
    if (!m || !isForBot(m)) return;
    try {
      await ctx.api.sendMessage(m.chatId, escapeHtml(tr(langOf(ctx), M.internalError)), { parse_mode: 'HTML' });
    } catch (e2) {
      log.warn(`telegram: could not apologise in chat ${m.chatId}: ${(e2 as Error).message}`);
    }
  });

  return bot;
}

/** A message the bot will answer: addressed to it, or a /command not aimed at another bot. */
function isForBot(m: IncomingMessage | null): boolean {
  if (!m) return false;
  if (m.addressed) return true;
  const cmd = /^\/[A-Za-z0-9_]+(?:@([A-Za-z0-9_]+))?/.exec(m.text.trimStart());
  return Boolean(cmd && (!cmd[1] || !m.botUsername || cmd[1].toLowerCase() === m.botUsername.toLowerCase()));
}

const TEXT_DOCUMENT = /\.(txt|html?)$/i;
/** Message kinds a person sends; a message with none of them (and no text) is a service message. */
const USER_CONTENT = ['document', 'sticker', 'photo', 'video', 'voice', 'audio', 'animation', 'video_note', 'contact', 'location', 'venue', 'poll', 'dice'] as const;

/**
 * Normalise a Telegram message update; null for anything the core should not see (no chat or
 * sender, channel posts, service messages from malformed updates).
 */
export function toIncoming(ctx: Context, dl: { apiRoot: string; token: string }): Incoming | null {
  const m = ctx.message as Partial<Message> | undefined;
  if (!m || typeof m !== 'object' || !m.chat || typeof m.chat.id !== 'number' || !m.from || typeof m.from.id !== 'number') return null;
  const chatType = m.chat.type === 'private' ? 'private' : m.chat.type === 'channel' ? 'channel' : 'group';
  if (chatType === 'channel') return null;
  const me = ctx.me;
  let text = typeof m.text === 'string' ? m.text : typeof m.caption === 'string' ? m.caption : '';
  // Service messages (pinned, joined, chat photo changed...) are not something a person said.
  if (!text && !USER_CONTENT.some((k) => k in m)) return null;
  let addressed = chatType === 'private';
  if (me?.username) {
    const mention = new RegExp(`(^|\\s)@${me.username}(?![A-Za-z0-9_])`, 'gi');
    const m = mention.exec(text);
    if (m) {
      addressed = true;
      const after = text.slice(m.index + m[0].length).replace(mention, ' ');
      text = requestAround(text.slice(0, m.index), after);
    }
  }
  // Replying to one of the bot's messages is talking to it (Telegram delivers these even in privacy mode).
  if (me && m.reply_to_message?.from?.id === me.id) addressed = true;

  const chatId = m.chat.id;
  const fromId = m.from.id;
  const attachments: Attachment[] = [];
  const doc = m.document;
  if (doc && typeof doc.file_id === 'string' && (TEXT_DOCUMENT.test(doc.file_name ?? '') || /^text\/(plain|html)\b/.test(doc.mime_type ?? ''))) {
    attachments.push({
      name: doc.file_name ?? 'document.txt',
      ...(doc.mime_type ? { mime: doc.mime_type } : {}),
      ...(typeof doc.file_size === 'number' ? { size: doc.file_size } : {}),
      fetch: () => downloadFile(ctx.api, dl, doc.file_id, doc.file_size),
    });
  }

  const out: Incoming = {
    platform: 'telegram',
    chatId: String(chatId),
    userId: String(fromId),
    text,
    chatType,
    addressed,
    ...(m.from.language_code ? { userLocale: m.from.language_code } : {}),
    ...(me?.username ? { botUsername: me.username } : {}),
    isChatAdmin: async () => {
      if (chatType === 'private') return true;
      // An anonymous admin writes as the group itself.
      if (m.sender_chat?.id === chatId) return true;
      try {
        const cm = await ctx.api.getChatMember(chatId, fromId);
        return cm.status === 'creator' || cm.status === 'administrator';
      } catch (e) {
        log.warn(`telegram: getChatMember(${chatId}, ${fromId}) failed: ${(e as Error).message}`);
        return false;
      }
    },
    ...(attachments.length ? { attachments } : {}),
  };
  if (chatType !== 'private' && typeof m.message_id === 'number') out.replyTo = m.message_id;
  if (m.is_topic_message && typeof m.message_thread_id === 'number') out.threadId = m.message_thread_id;
  return out;
}

async function downloadFile(api: Api, dl: { apiRoot: string; token: string }, fileId: string, knownSize?: number): Promise<Buffer> {
  if (knownSize !== undefined && knownSize > MAX_DOWNLOAD_BYTES) throw new Error(`file too large for the Bot API (${knownSize} bytes, limit ${MAX_DOWNLOAD_BYTES})`);
  const f = await api.getFile(fileId);
  if (!f.file_path) throw new Error('Telegram returned no file_path for this file');
  const res = await fetch(`${dl.apiRoot}/file/bot${dl.token}/${f.file_path}`);
  if (!res.ok) throw new Error(`file download failed: HTTP ${res.status}`);
  const buf = Buffer.from(await res.arrayBuffer());
  if (buf.length > MAX_DOWNLOAD_BYTES) throw new Error(`file too large (${buf.length} bytes)`);
  return buf;
}

/**
 * The command menu: English by default, Arabic for users whose Telegram is in Arabic. Commands
 * only mujaz admins may run (/ingest) are left out of everyone's menu and shown in the admins'
 * own chats with the bot (a chat-scoped menu per admin user id).
 */
export async function registerCommands(api: Api, commands: readonly CommandSpec[], adminIds: readonly number[] = []): Promise<void> {
  const shown = commands.filter((c) => !c.hidden && /^[a-z0-9_]{1,32}$/.test(c.name));
  const menu = (lang: Lang, forAdmins: boolean) =>
    shown.filter((c) => forAdmins || c.access !== 'admin').map((c) => ({ command: c.name, description: (c.description[lang].trim() || c.name).slice(0, 256) }));
  await api.setMyCommands(menu('en', false));
  await api.setMyCommands(menu('ar', false), { language_code: 'ar' });
  if (!shown.some((c) => c.access === 'admin')) return;
  for (const id of adminIds) {
    const scope = { type: 'chat' as const, chat_id: id };
    await api.setMyCommands(menu('en', true), { scope });
    await api.setMyCommands(menu('ar', true), { scope, language_code: 'ar' });
  }
}
