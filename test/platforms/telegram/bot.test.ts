/**
 * The real grammY bot (runner, auto-retry, rate limiter) against the local fake Bot API:
 * updates go in through getUpdates, replies are read from the recorded sendMessage calls.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands as allCommands } from '../../../commands/index.ts';
import type { App } from '../../../src/app.ts';
import type { CommandSpec } from '../../../src/core/command.ts';
import { setLogLevel } from '../../../src/log.ts';
import { startTelegramWith, type TelegramRunning } from '../../../src/platforms/telegram/start.ts';
import { RLM, TELEGRAM_MAX_CHARS } from '../../../src/platforms/telegram/render.ts';
import { list, reply, text } from '../../../src/reply/model.ts';
import { testApp } from '../../helpers/app.ts';
import {
  BLOCKED,
  BOT_USER,
  FakeTelegram,
  groupMessage,
  inlineQuery,
  parseTelegramHtml,
  privateMessage,
  tooManyRequests,
  type FakeCall,
} from '../../helpers/fake-telegram.ts';

setLogLevel('silent');

/** Test-only commands: a reply longer than one message, a crash, attachment and group-admin probes. */
const extra: CommandSpec[] = [
  {
    name: 'long',
    hidden: true,
    description: { ar: 'رد طويل', en: 'A long reply' },
    run: ({ lang }) => reply(lang, [text('Long reply'), list(Array.from({ length: 250 }, (_, i) => `Item ${i}: Tom & Jerry <friends> go on and on`))]),
  },
  {
    name: 'boom',
    hidden: true,
    description: { ar: 'عطل', en: 'Fails' },
    run: () => {
      throw new Error('boom (on purpose)');
    },
  },
  {
    name: 'peek',
    hidden: true,
    description: { ar: 'المرفق', en: 'Attachment' },
    run: async ({ lang, msg }) => {
      const a = msg.attachments?.[0];
      if (!a) return reply(lang, [text('no attachment')]);
      const body = (await a.fetch()).toString('utf8');
      return reply(lang, [text(`${a.name} ${a.mime ?? '-'} ${body.length}: ${body.slice(0, 40)}`)]);
    },
  },
  {
    name: 'adminonly',
    hidden: true,
    access: 'group-admin',
    description: { ar: 'للمشرفين', en: 'Admins only' },
    run: ({ lang }) => reply(lang, [text('admin ok')]),
  },
];

let fake: FakeTelegram;
let app: App;
let running: TelegramRunning;
let nextChat = 1000;
const newUser = (language_code?: string) => ({ id: nextChat++, ...(language_code ? { language_code } : {}) });

beforeAll(async () => {
  fake = await FakeTelegram.start();
  app = await testApp({ commands: [...allCommands, ...extra] });
  running = await startTelegramWith(app, {
    token: fake.token,
    apiRoot: fake.apiRoot,
    botInfo: BOT_USER,
    rateLimit: { limit: 1000, timeFrameMs: 1000 },
  });
});

afterAll(async () => {
  await running?.stop();
  await fake?.close();
});

/** Push an update, then wait for `n` messages sent to `chatId` after it. */
async function ask(update: Record<string, unknown>, chatId: number, n = 1): Promise<FakeCall[]> {
  const from = fake.calls.length;
  fake.push(update);
  await fake.waitFor(() => sentAfter(from, chatId).length >= n, { from });
  return sentAfter(from, chatId);
}

function sentAfter(from: number, chatId: number): FakeCall[] {
  return fake.calls.slice(from).filter((c) => c.method === 'sendMessage' && c.ok && String(c.params.chat_id) === String(chatId));
}

const visible = (c: FakeCall): string => {
  const r = parseTelegramHtml(String(c.params.text));
  if ('error' in r) throw new Error(r.error);
  return r.text;
};

/**
 * Assert that `update` gets no answer: a sentinel sent after it in the same chat is answered
 * (updates of one chat are handled in order), and nothing else was.
 */
async function expectIgnored(update: Record<string, unknown>, chatId: number, sentinel: Record<string, unknown>): Promise<void> {
  const from = fake.calls.length;
  fake.push(update);
  await ask(sentinel, chatId);
  expect(sentAfter(from, chatId)).toHaveLength(1);
}

describe('start-up', () => {
  it('registers the command menu in English and, for Arabic users, in Arabic', () => {
    const calls = fake.callsOf('setMyCommands');
    const en = calls.find((c) => !c.params.language_code);
    const ar = calls.find((c) => c.params.language_code === 'ar');
    expect(en && ar).toBeTruthy();
    const names = (c: FakeCall) => (c.params.commands as Array<{ command: string }>).map((x) => x.command);
    expect(names(en!)).toEqual(allCommands.filter((c) => !c.hidden && c.access !== 'admin').map((c) => c.name));
    expect(names(en!)).not.toContain('ingest'); // admins only: not in everyone's menu
    expect(names(ar!)).toEqual(names(en!));
    expect(names(en!)).not.toContain('boom');
    const who = (c: FakeCall) => (c.params.commands as Array<{ command: string; description: string }>).find((x) => x.command === 'who')!.description;
    expect(who(en!)).toBe(allCommands.find((c) => c.name === 'who')!.description.en);
    expect(who(ar!)).toMatch(/[\u0600-\u06FF]/);
  });

  it('polls without a webhook and registers the digest transport', async () => {
    expect(fake.callsOf('deleteWebhook').length).toBeGreaterThan(0);
    const poll = await fake.waitFor((c) => c.method === 'getUpdates');
    expect(poll.params.allowed_updates).toEqual(['message', 'inline_query', 'my_chat_member']);
    expect(app.services.transports.telegram?.platform).toBe('telegram');
  });
});

describe('private chats', () => {
  it('answers /start in English for an English-speaking user, as HTML', async () => {
    const u = newUser('en');
    const [m] = await ask(privateMessage(u, '/start'), u.id);
    expect(m!.params.parse_mode).toBe('HTML');
    expect(visible(m!)).toMatch(/Hello! I am mujaz/);
    expect(m!.params.reply_parameters).toBeUndefined();
  });

  it('answers in Arabic when the Telegram language is Arabic, and remembers the locale', async () => {
    const u = newUser('ar');
    const [m] = await ask(privateMessage(u, '/help'), u.id);
    expect(visible(m!)).toMatch(/الأوامر/);
    expect(app.chats.user(`telegram:${u.id}`).locale).toBe('ar');
  });

  it('lets /lang override the Telegram language', async () => {
    const u = newUser('ar');
    const [set] = await ask(privateMessage(u, '/lang en'), u.id);
    expect(visible(set!)).toMatch(/English/);
    const [m] = await ask(privateMessage(u, '/help'), u.id);
    expect(visible(m!)).toMatch(/Commands/);
    expect(visible(m!)).not.toMatch(/الأوامر/);
  });

  it('answers /who with the person card, and the Arabic phrasing in Arabic, right-to-left', async () => {
    const u = newUser('en');
    const [en] = await ask(privateMessage(u, '/who araghchi'), u.id);
    expect(visible(en!)).toMatch(/Araghchi/);
    const a = newUser('ar');
    const [ar] = await ask(privateMessage(a, 'من هو عراقجي'), a.id);
    const t = visible(ar!);
    expect(t).toMatch(/عراقجي/);
    // Every line of an Arabic reply starts right-to-left: with Arabic, or with an RLM.
    for (const line of t.split('\n').filter((l) => /[A-Za-z\u0600-\u06FF]/.test(l))) {
      const first = /[A-Za-z\u0600-\u06FF]/.exec(line)![0];
      expect(/[\u0600-\u06FF]/.test(first) || line.startsWith(RLM), line).toBe(true);
    }
  });

  it('splits a reply longer than 4096 characters into several valid messages', async () => {
    const u = newUser('en');
    fake.push(privateMessage(u, '/long'));
    const from = fake.calls.length;
    await fake.waitFor((c) => c.method === 'sendMessage' && String(c.params.chat_id) === String(u.id) && visible(c).includes('Item 249'), { from });
    const parts = fake.sent(u.id);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(String(p.params.text).length).toBeLessThanOrEqual(TELEGRAM_MAX_CHARS);
    const all = parts.map(visible).join('\n');
    for (let i = 0; i < 250; i++) expect(all).toContain(`Item ${i}: Tom & Jerry <friends> go on and on`);
  });

  it('hands .txt documents to the core as attachments it can download', async () => {
    const u = newUser('en');
    fake.files.set('doc-1', { path: 'documents/file_1.txt', content: Buffer.from('مقال قصير للتجربة', 'utf8') });
    const update = privateMessage(u, '', {
      text: undefined,
      caption: '/peek',
      caption_entities: [{ type: 'bot_command', offset: 0, length: 5 }],
      document: { file_id: 'doc-1', file_unique_id: 'u1', file_name: 'article.txt', mime_type: 'text/plain', file_size: 31 },
    });
    const [m] = await ask(update, u.id);
    expect(visible(m!)).toBe('article.txt text/plain 17: مقال قصير للتجربة');
    expect(fake.callsOf('getFile').some((c) => c.params.file_id === 'doc-1')).toBe(true);
  });
});

describe('groups', () => {
  const group = -100_777;
  const member = { id: 555, language_code: 'en' };

  it('answers /who@mujaz_bot, replying to the question', async () => {
    const update = groupMessage(group, member, '/who@mujaz_bot araghchi');
    const [m] = await ask(update, group);
    expect(visible(m!)).toMatch(/Araghchi/);
    expect((m!.params.reply_parameters as { message_id: number }).message_id).toBe((update.message as { message_id: number }).message_id);
  });

  it("ignores another bot's command and plain chatter, but answers a mention", async () => {
    await expectIgnored(groupMessage(group, member, '/who@other_bot araghchi'), group, groupMessage(group, member, '/help@mujaz_bot'));
    await expectIgnored(groupMessage(group, member, 'who is araghchi anyway'), group, groupMessage(group, member, '/help'));
    const [m] = await ask(groupMessage(group, member, '@mujaz_bot who araghchi'), group);
    expect(visible(m!)).toMatch(/Araghchi/);
  });

  it('understands a mention after a greeting: "hey @mujaz_bot who is araghchi?"', async () => {
    const [m] = await ask(groupMessage(group, member, 'hey @mujaz_bot who is araghchi?'), group);
    expect(visible(m!)).toMatch(/Araghchi/);
    expect(visible(m!)).not.toMatch(/didn.t understand/i);
  });

  it('treats an Arabic mention and a reply to the bot as addressed to it', async () => {
    const ar = { id: 556, language_code: 'ar' };
    const [m] = await ask(groupMessage(group, ar, '@mujaz_bot من هو عراقجي'), group);
    expect(visible(m!)).toMatch(/عراقجي/);
    const [r] = await ask(groupMessage(group, ar, 'ملخص', { reply_to_message: { message_id: 1, date: 1, chat: { id: group, type: 'supergroup', title: 'Newsroom' }, from: BOT_USER, text: 'x' } }), group);
    expect(visible(r!)).toMatch(/الملخص/);
  });

  it('checks group admin rights with getChatMember', async () => {
    const [refused] = await ask(groupMessage(group, member, '/adminonly'), group);
    expect(visible(refused!)).toMatch(/admins/);
    fake.members.set(`${group}:${member.id}`, 'administrator');
    const [ok] = await ask(groupMessage(group, member, '/adminonly'), group);
    expect(visible(ok!)).toBe('admin ok');
  });
});

describe('inline mode', () => {
  it('offers the person card for "@bot araghchi"', async () => {
    const from = fake.calls.length;
    fake.push(inlineQuery({ id: 31, language_code: 'en' }, 'araghchi'));
    const call = await fake.waitFor((c) => c.method === 'answerInlineQuery', { from });
    expect(call.ok).toBe(true);
    const results = call.params.results as Array<{ title: string; input_message_content: { message_text: string; parse_mode: string } }>;
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.title).toMatch(/Araghchi/);
    expect(results[0]!.input_message_content.parse_mode).toBe('HTML');
    expect(results[0]!.input_message_content.message_text).toMatch(/<b>[^<]*Araghchi/);
  });

  it('answers in Arabic for Arabic users and lists the main people for an empty query', async () => {
    const from = fake.calls.length;
    fake.push(inlineQuery({ id: 32, language_code: 'ar' }, ''));
    const call = await fake.waitFor((c) => c.method === 'answerInlineQuery', { from });
    const results = call.params.results as Array<{ title: string }>;
    expect(results.length).toBeGreaterThan(1);
    expect(results.some((r) => /[\u0600-\u06FF]/.test(r.title))).toBe(true);
  });
});

describe('failures', () => {
  it('waits out a 429 and delivers the reply (auto-retry)', async () => {
    const u = newUser('en');
    fake.fail('sendMessage', tooManyRequests(1), { when: (p) => String(p.chat_id) === String(u.id) });
    const from = fake.calls.length;
    const [m] = await ask(privateMessage(u, '/start'), u.id);
    const failed = fake.calls.slice(from).find((c) => c.method === 'sendMessage' && !c.ok && String(c.params.chat_id) === String(u.id));
    expect(failed).toBeTruthy();
    expect(m!.at - failed!.at).toBeGreaterThanOrEqual(900);
  });

  it('marks a chat inactive on 403 and stops sending there; it comes back when the user writes again', async () => {
    const u = newUser('en');
    fake.fail('sendMessage', BLOCKED, { when: (p) => String(p.chat_id) === String(u.id), times: 1 });
    const from = fake.calls.length;
    fake.push(privateMessage(u, '/long'));
    await fake.waitFor((c) => c.method === 'sendMessage' && !c.ok && String(c.params.chat_id) === String(u.id), { from });
    await expect.poll(() => app.chats.chat(`telegram:${u.id}`).active).toBe(false);
    expect(app.chats.chat(`telegram:${u.id}`).inactiveReason).toMatch(/blocked/);
    // The rest of the long reply was not attempted.
    expect(fake.calls.slice(from).filter((c) => c.method === 'sendMessage' && String(c.params.chat_id) === String(u.id))).toHaveLength(1);
    // Digests see the chat as blocked without calling Telegram.
    const before = fake.calls.length;
    const out = await app.services.transports.telegram!.send(String(u.id), reply('en', [text('digest')]));
    expect(out).toMatchObject({ ok: false, reason: 'blocked' });
    expect(fake.calls.length).toBe(before);
    // Unblocking and writing again makes the chat reachable.
    await ask(privateMessage(u, '/start'), u.id);
    expect(app.chats.chat(`telegram:${u.id}`).active).toBe(true);
  });

  it('follows my_chat_member: kicked -> inactive', async () => {
    const chat = -100_888;
    fake.push({
      my_chat_member: {
        chat: { id: chat, type: 'supergroup', title: 'Gone' },
        from: { id: 9, is_bot: false, first_name: 'Admin' },
        date: 1,
        old_chat_member: { status: 'member', user: BOT_USER },
        new_chat_member: { status: 'left', user: BOT_USER },
      },
    });
    await expect.poll(() => app.chats.chat(`telegram:${chat}`).active).toBe(false);
  });

  it('logs an error in one update, apologises in the user language, and keeps running', async () => {
    const u = newUser('ar');
    const [sorry] = await ask(privateMessage(u, '/boom'), u.id);
    expect(visible(sorry!)).toMatch(/عذرًا/);
    const [next] = await ask(privateMessage(u, '/start'), u.id);
    expect(visible(next!)).toMatch(/موجز/);
  });
});

describe('bad input', () => {
  it('ignores edited messages and channel posts, answers stickers and photos briefly', async () => {
    const u = newUser('en');
    const edited = privateMessage(u, '/start');
    await expectIgnored({ edited_message: { ...(edited.message as object), edit_date: 2 } }, u.id, privateMessage(u, '/help'));
    fake.push({ channel_post: { message_id: 1, date: 1, chat: { id: -100_999, type: 'channel', title: 'News' }, text: '/start' } });

    const sticker = privateMessage(u, '', { text: undefined, sticker: { file_id: 's', file_unique_id: 's', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } });
    const [s] = await ask(sticker, u.id);
    expect(visible(s!).length).toBeLessThan(200);
    const photo = privateMessage(u, '', { text: undefined, photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }] });
    const [p] = await ask(photo, u.id);
    expect(visible(p!).length).toBeLessThan(200);
    const pinned = privateMessage(u, '', { text: undefined, pinned_message: { message_id: 1, date: 1, chat: { id: u.id, type: 'private' } } });
    await expectIgnored(pinned, u.id, privateMessage(u, '/help'));
    await fake.drained();
    expect(fake.sent(-100_999)).toHaveLength(0);
  });

  it('survives malformed updates and answers a 10,000-character argument briefly', async () => {
    const u = newUser('en');
    fake.push({ message: { message_id: 1, text: '/start' } }); // no chat, no sender
    fake.push({ something_new: { x: 1 } });
    // A text that is not a string: nothing a person said, ignored.
    const odd = { message: { message_id: 2, date: 1, chat: { id: u.id, type: 'private' }, from: { id: u.id, is_bot: false, first_name: 'U' }, text: 42 } };
    await expectIgnored(odd, u.id, privateMessage(u, '/help'));
    const [long] = await ask(privateMessage(u, `/who ${'x'.repeat(10_000)}`), u.id);
    expect(visible(long!).length).toBeLessThan(400);
    const [next] = await ask(privateMessage(u, '/start'), u.id);
    expect(visible(next!)).toMatch(/Hello/);
  });
});

describe('rate limiting', () => {
  let limited: TelegramRunning;
  let fake2: FakeTelegram;
  afterEach(async () => {
    await limited?.stop();
    await fake2?.close();
  });

  it('answers a flooding user politely once, then ignores the excess', async () => {
    fake2 = await FakeTelegram.start();
    const app2 = await testApp({ sample: false });
    limited = await startTelegramWith(app2, { token: fake2.token, apiRoot: fake2.apiRoot, botInfo: BOT_USER, rateLimit: { limit: 2, timeFrameMs: 60_000 } });
    const u = { id: 77, language_code: 'en' };
    for (let i = 0; i < 5; i++) fake2.push(privateMessage(u, '/start'));
    await fake2.waitFor((c) => c.method === 'sendMessage' && /too fast/.test(String(c.params.text)));
    await fake2.drained();
    await new Promise((r) => setTimeout(r, 200));
    const texts = fake2.sent(77).map((c) => String(c.params.text));
    expect(texts.filter((t) => /Hello/.test(t))).toHaveLength(2);
    expect(texts.filter((t) => /too fast/.test(t))).toHaveLength(1);
  });
});
