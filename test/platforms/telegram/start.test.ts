/**
 * Starting the platform: the Starter's configuration switch, and webhook mode end to end
 * (secret check, malformed bodies, updates answered through the fake Bot API).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import type { App } from '../../../src/app.ts';
import { setLogLevel } from '../../../src/log.ts';
import { startTelegram, startTelegramWith, type TelegramRunning } from '../../../src/platforms/telegram/start.ts';
import { testApp } from '../../helpers/app.ts';
import { BOT_USER, FakeTelegram, parseTelegramHtml, privateMessage } from '../../helpers/fake-telegram.ts';

setLogLevel('silent');

const SECRET = 'Sup3r_secret-token';

describe('startTelegram (the Starter)', () => {
  it('does nothing without TELEGRAM_BOT_TOKEN', async () => {
    const app = await testApp({ sample: false });
    expect(await startTelegram(app)).toBeNull();
    expect(app.services.transports.telegram).toBeUndefined();
  });

  it('polls with the configured token and API root, and stops cleanly', async () => {
    const fake = await FakeTelegram.start();
    try {
      const app = await testApp({ sample: false, env: { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: `${fake.apiRoot}/` } });
      const running = await startTelegram(app);
      expect(running?.name).toBe('platform:telegram');
      expect(fake.callsOf('getMe')).toHaveLength(1); // no botInfo given: identity fetched once
      fake.push(privateMessage({ id: 61, language_code: 'en' }, '/help'));
      await fake.waitFor((c) => c.method === 'sendMessage' && String(c.params.chat_id) === '61');
      await running!.stop();
      expect(app.services.transports.telegram).toBeUndefined();
    } finally {
      await fake.close();
    }
  });

  it('shows /ingest in the menu of MUJAZ_ADMINS only (chat-scoped), not in everyone\'s', async () => {
    const fake = await FakeTelegram.start();
    try {
      const app = await testApp({ sample: false, env: { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, MUJAZ_ADMINS: 'telegram:99,slack:U1' } });
      const running = await startTelegram(app);
      await running!.stop();
      const menus = fake.callsOf('setMyCommands').map((c) => ({ scope: c.params.scope, lang: c.params.language_code, names: (c.params.commands as Array<{ command: string }>).map((x) => x.command) }));
      const everyone = menus.filter((m) => !m.scope);
      const admin = menus.filter((m) => m.scope?.type === 'chat' && m.scope.chat_id === 99);
      expect(everyone).toHaveLength(2);
      expect(admin.map((m) => m.lang ?? 'en')).toEqual(['en', 'ar']);
      for (const m of everyone) expect(m.names).not.toContain('ingest');
      for (const m of admin) expect(m.names).toContain('ingest');
    } finally {
      await fake.close();
    }
  });

  it('fails fast on a token Telegram rejects', async () => {
    const fake = await FakeTelegram.start();
    try {
      const app = await testApp({ sample: false, env: { TELEGRAM_BOT_TOKEN: '1:wrong', TELEGRAM_API_ROOT: fake.apiRoot } });
      await expect(startTelegram(app)).rejects.toThrow(/401|Unauthorized/);
    } finally {
      await fake.close();
    }
  });
});

describe('webhook mode', () => {
  let fake: FakeTelegram;
  let app: App;
  let running: TelegramRunning;
  let url: string;

  beforeAll(async () => {
    fake = await FakeTelegram.start();
    const boom = { name: 'boom', hidden: true, description: { ar: 'عطل', en: 'Fails' }, run: () => { throw new Error('boom (on purpose)'); } };
    app = await testApp({ sample: false, commands: [...commands, boom] });
    running = await startTelegramWith(app, {
      token: fake.token,
      apiRoot: fake.apiRoot,
      botInfo: BOT_USER,
      webhook: { url: 'https://bot.example.test/telegram/hook', secret: SECRET, port: 0, host: '127.0.0.1' },
    });
    url = `http://127.0.0.1:${running.port}/telegram/hook`;
  });
  afterAll(async () => {
    await running?.stop();
    await fake?.close();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('registers the webhook with its secret and does not poll', () => {
    expect(fake.webhook).toEqual({ url: 'https://bot.example.test/telegram/hook', secret_token: SECRET });
    const set = fake.callsOf('setWebhook')[0]!;
    expect(set.params.allowed_updates).toEqual(['message', 'inline_query', 'my_chat_member']);
    expect(fake.callsOf('getUpdates')).toHaveLength(0);
  });

  it('answers 401 without the secret header or with a wrong one, and handles nothing', async () => {
    const update = JSON.stringify({ update_id: 1, ...privateMessage({ id: 71 }, '/start') });
    expect((await post(update)).status).toBe(401);
    expect((await post(update, { 'X-Telegram-Bot-Api-Secret-Token': 'wrong' })).status).toBe(401);
    expect((await post(update, { 'X-Telegram-Bot-Api-Secret-Token': `${SECRET}x` })).status).toBe(401);
    expect(fake.sent(71)).toHaveLength(0);
  });

  it('handles an update with the right secret (200) and replies through the API', async () => {
    const update = JSON.stringify({ update_id: 2, ...privateMessage({ id: 72, language_code: 'ar' }, '/start') });
    const res = await post(update, { 'X-Telegram-Bot-Api-Secret-Token': SECRET });
    expect(res.status).toBe(200);
    const [m] = fake.sent(72);
    const v = parseTelegramHtml(String(m!.params.text));
    expect('text' in v && v.text).toMatch(/أهلًا/);
  });

  it('rejects malformed bodies, other paths and methods, and keeps serving', async () => {
    expect((await post('{"update_id": 3, "message": ', { 'X-Telegram-Bot-Api-Secret-Token': SECRET })).status).toBe(400);
    expect((await fetch(url, { headers: { 'X-Telegram-Bot-Api-Secret-Token': SECRET } })).status).toBe(405);
    expect((await fetch(url.replace('/hook', '/other'), { method: 'POST', body: '{}' })).status).toBe(404);
    const odd = JSON.stringify({ update_id: 4, edited_message: { message_id: 1, date: 1, chat: { id: 73, type: 'private' }, text: '/start' } });
    expect((await post(odd, { 'X-Telegram-Bot-Api-Secret-Token': SECRET })).status).toBe(200);
    const next = JSON.stringify({ update_id: 5, ...privateMessage({ id: 73, language_code: 'en' }, '/start') });
    expect((await post(next, { 'X-Telegram-Bot-Api-Secret-Token': SECRET })).status).toBe(200);
    expect(fake.sent(73)).toHaveLength(1);
  });

  it('apologises for an update that fails, answers 200 (no redelivery), and keeps serving', async () => {
    const bad = JSON.stringify({ update_id: 6, ...privateMessage({ id: 74, language_code: 'en' }, '/boom') });
    expect((await post(bad, { 'X-Telegram-Bot-Api-Secret-Token': SECRET })).status).toBe(200);
    const [sorry] = fake.sent(74);
    expect(String(sorry!.params.text)).toMatch(/Sorry/);
    const next = JSON.stringify({ update_id: 7, ...privateMessage({ id: 74, language_code: 'en' }, '/help') });
    expect((await post(next, { 'X-Telegram-Bot-Api-Secret-Token': SECRET })).status).toBe(200);
    expect(fake.sent(74)).toHaveLength(2);
  });
});
