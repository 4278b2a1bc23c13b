/**
 * The real Bolt app over HTTP: requests signed like Slack signs them, Web API calls and
 * response_url posts answered and recorded by a local fake Slack.
 */
import { CHATS } from '../../../src/core/chats.ts';
import { LowdbStore } from '../../../src/store/lowdb/engine.ts';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App } from '../../../src/app.ts';
import { createSlackApp, type SlackApp } from '../../../src/platforms/slack/app.ts';
import { readFileSync } from 'node:fs';
import { memoryStore } from '../../../src/store/open.ts';
import { tempFile, testApp } from '../../helpers/app.ts';
import {
  BOT_ID,
  BOT_USER_ID,
  eventEnvelope,
  FakeSlack,
  postCommand,
  postEvent,
  TEAM_ID,
  type FakeCall,
} from '../../helpers/fake-slack.ts';

const SECRET = 'test-signing-secret';
const sign = { secret: SECRET };

let fake: FakeSlack;
let app: App;
let slack: SlackApp;
let url: string;
let seq = 0;

/** Everything a message shows, blocks and fallback, as one string. */
function shown(m: { text?: unknown; blocks?: unknown }): string {
  return `${String(m.text ?? '')}\n${JSON.stringify(m.blocks ?? [])}`;
}

function command(text: string, extra: Record<string, string> = {}) {
  seq += 1;
  const rid = `r${seq}`;
  const fields = {
    token: 'legacy',
    team_id: TEAM_ID,
    team_domain: 'fake',
    channel_id: 'C100',
    channel_name: 'general',
    user_id: 'UEN',
    user_name: 'eve',
    command: '/mujaz',
    text,
    api_app_id: 'A0001',
    response_url: fake.responseUrl(rid),
    trigger_id: `t${seq}`,
    ...extra,
  };
  return { rid, post: () => postCommand(url, fields, sign) };
}

async function responseTo(rid: string, n = 1) {
  await fake.waitFor(() => fake.responses.filter((r) => r.id === rid).length >= n);
  return fake.responses.filter((r) => r.id === rid).map((r) => r.body);
}

const posts = (channel?: string): FakeCall[] => fake.callsOf('chat.postMessage').filter((c) => !channel || c.args.channel === channel);

function dm(text: string, extra: Record<string, unknown> = {}) {
  seq += 1;
  return eventEnvelope({ type: 'message', channel_type: 'im', channel: 'D300', user: 'UEN', text, ts: `${1000 + seq}.0001`, event_ts: `${1000 + seq}.0001`, ...extra });
}

beforeAll(async () => {
  fake = await FakeSlack.start();
  fake.users.set('UEN', { locale: 'en-US' });
  fake.users.set('UAR', { locale: 'ar-SA' });
  fake.users.set('UADMIN', { locale: 'en-GB', is_admin: true });
  // A real data file, so settings are checked where they must survive a restart.
  app = await testApp({ store: await LowdbStore.open(tempFile()) });
  slack = createSlackApp(app, { botToken: 'xoxb-test', signingSecret: SECRET, slackApiUrl: fake.apiUrl, port: 0, host: '127.0.0.1' });
  const { port } = await slack.start();
  url = `http://127.0.0.1:${port}/slack/events`;
});

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
});

beforeEach(() => fake.reset());
afterEach(() => vi.restoreAllMocks());

describe('Slack app over HTTP', () => {
  it('checks its token with auth.test against the configured API URL at start', async () => {
    // start() ran in beforeAll; a fresh app shows the call.
    const other = createSlackApp(app, { botToken: 'xoxb-other', signingSecret: SECRET, slackApiUrl: fake.apiUrl, port: 0, host: '127.0.0.1' });
    await other.start();
    await other.stop();
    expect(fake.callsOf('auth.test').map((c) => c.token)).toContain('xoxb-other');
  });

  it('answers /mujaz summary in a channel for everyone (in_channel), after acknowledging', async () => {
    const c = command('summary');
    const res = await c.post();
    expect(res.status).toBe(200);
    const [body] = await responseTo(c.rid);
    expect(body!.response_type).toBe('in_channel');
    const blocks = body!.blocks as { type: string }[];
    expect(blocks[0]!.type).toBe('header');
    expect(shown(body!)).toMatch(/Summary/);
    expect(String(body!.text).length).toBeGreaterThan(0);
  });

  it('answers /mujaz help only to the asker (ephemeral), listing commands as /mujaz <command>', async () => {
    const c = command('help');
    await c.post();
    const [body] = await responseTo(c.rid);
    expect(body!.response_type).toBe('ephemeral');
    expect(shown(body!)).toContain('/mujaz who');
    expect(shown(body!)).toContain('/mujaz summary');
  });

  it('acknowledges within 3 seconds even when the answer itself is slow', async () => {
    fake.on('users.info', async () => {
      await new Promise((r) => setTimeout(r, 1500));
      return undefined; // then the default answer
    });
    const c = command('summary', { user_id: 'USLOW', channel_id: 'C101' });
    const res = await c.post();
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(1000);
    expect(fake.responses.filter((r) => r.id === c.rid)).toHaveLength(0); // the answer comes after the ack
    await responseTo(c.rid);
  });

  it('answers an @mention in the thread it was asked in, without the mention in the text', async () => {
    seq += 1;
    const env = eventEnvelope({ type: 'app_mention', user: 'UEN', text: `<@${BOT_USER_ID}> summary`, channel: 'C200', ts: '2000.0002', thread_ts: '2000.0001', event_ts: '2000.0002' });
    const res = await postEvent(url, env, sign);
    expect(res.status).toBe(200);
    const [p] = await fake.waitFor(() => (posts('C200').length ? posts('C200') : null));
    expect(p!.args.thread_ts).toBe('2000.0001');
    expect(p!.token).toBe('xoxb-test');
    expect(shown(p!.args)).toMatch(/Summary/);
  });

  it('answers an unthreaded @mention in the channel itself', async () => {
    await postEvent(url, eventEnvelope({ type: 'app_mention', user: 'UEN', text: `<@${BOT_USER_ID}> help`, channel: 'C201', ts: '2001.0001', event_ts: '2001.0001' }), sign);
    const [p] = await fake.waitFor(() => (posts('C201').length ? posts('C201') : null));
    expect(p!.args.thread_ts).toBeUndefined();
    expect(shown(p!.args)).toContain('/mujaz who');
  });

  it('answers a DM typed without a slash', async () => {
    await postEvent(url, dm('who araghchi'), sign);
    const [p] = await fake.waitFor(() => (posts('D300').length ? posts('D300') : null));
    // The person card: the name as its header.
    const [first] = p!.args.blocks as { type: string; text?: { text: string } }[];
    expect(first!.type).toBe('header');
    expect(first!.text!.text).toMatch(/Araghchi/);
  });

  it('replies in Arabic to a user whose Slack locale is Arabic, and remembers the locale', async () => {
    await postEvent(url, dm('summary', { user: 'UAR', channel: 'D301' }), sign);
    const [p] = await fake.waitFor(() => (posts('D301').length ? posts('D301') : null));
    expect(shown(p!.args)).toContain('الملخص');
    const info = fake.callsOf('users.info').find((c) => c.args.user === 'UAR');
    expect(info?.args.include_locale).toBe('true');
    expect(app.chats.user('slack:UAR').locale).toBe('ar-SA');
  });

  it('keeps a channel on /mujaz lang ar for every later reply, whatever the asker\'s locale', async () => {
    const set = command('lang ar', { channel_id: 'C400' });
    await set.post();
    const [ok] = await responseTo(set.rid);
    expect(shown(ok!)).toMatch(/بالعربية/);
    await fake.waitFor(() => app.chats.chat('slack:C400').lang === 'ar');
    await app.store.flush();
    // Durable: a reopened store (snapshot + journal) has it.
    const again = await LowdbStore.open(app.store.where, { readOnly: true });
    expect(again.section(CHATS).get('slack:C400')?.lang).toBe('ar');
    const next = command('summary', { channel_id: 'C400', user_id: 'UEN' });
    await next.post();
    const [body] = await responseTo(next.rid);
    expect(shown(body!)).toContain('الملخص');
    expect(shown(body!)).not.toMatch(/Summary/);
  });

  it('publishes the Home tab with the briefing summary and the command list', async () => {
    await postEvent(url, eventEnvelope({ type: 'app_home_opened', user: 'UEN', channel: 'D500', tab: 'home', event_ts: '3000.0001' }), sign);
    const [call] = await fake.waitFor(() => (fake.callsOf('views.publish').length ? fake.callsOf('views.publish') : null));
    expect(call!.args.user_id).toBe('UEN');
    const view = call!.args.view as { type: string; blocks: { type: string }[] };
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const all = JSON.stringify(view.blocks);
    expect(all).toMatch(/Summary/);
    expect(all).toContain('/mujaz who');
  });

  it('ignores the messages tab opening', async () => {
    await postEvent(url, eventEnvelope({ type: 'app_home_opened', user: 'UEN', channel: 'D500', tab: 'messages', event_ts: '3000.0002' }), sign);
    await postEvent(url, dm('help', { channel: 'D599' }), sign); // sentinel
    await fake.waitFor(() => posts('D599').length > 0);
    expect(fake.callsOf('views.publish')).toHaveLength(0);
  });
});

describe('Slack request verification', () => {
  it('rejects a wrong signature with 401 and does nothing', async () => {
    const fields = { command: '/mujaz', text: 'summary', channel_id: 'C1', user_id: 'UEN', response_url: fake.responseUrl('bad') };
    const res = await postCommand(url, fields, { secret: 'not-the-secret' });
    expect(res.status).toBe(401);
    const forged = await postEvent(url, dm('summary'), { secret: SECRET, signature: 'v0=deadbeef' });
    expect(forged.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.responses).toHaveLength(0);
    expect(posts()).toHaveLength(0);
  });

  it('rejects a correctly signed but stale request (> 5 minutes) with 401', async () => {
    const old = Math.floor(Date.now() / 1000) - 6 * 60;
    const res = await postEvent(url, dm('summary'), { secret: SECRET, timestamp: old });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(posts()).toHaveLength(0);
  });
});

describe('Slack retries and bots', () => {
  it('answers an event once even when Slack retries it (x-slack-retry-num)', async () => {
    const env = dm('summary', { channel: 'D600' });
    await postEvent(url, env, sign);
    const retry = await postEvent(url, env, { ...sign, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    await postEvent(url, env, { ...sign, headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } });
    await fake.waitFor(() => posts('D600').length > 0);
    await postEvent(url, dm('help', { channel: 'D699' }), sign); // sentinel: processed after the retries
    await fake.waitFor(() => posts('D699').length > 0);
    expect(posts('D600')).toHaveLength(1);
  });

  it('ignores messages from bots and from itself', async () => {
    await postEvent(url, dm('summary', { channel: 'D700', subtype: 'bot_message', bot_id: 'BOTHER', user: undefined }), sign);
    await postEvent(url, dm('summary', { channel: 'D700', bot_id: 'BOTHER', user: 'UOTHERBOT' }), sign);
    await postEvent(url, dm('summary', { channel: 'D700', user: BOT_USER_ID, bot_id: BOT_ID }), sign);
    await postEvent(url, eventEnvelope({ type: 'app_mention', user: 'UOTHERBOT', bot_id: 'BOTHER', text: `<@${BOT_USER_ID}> summary`, channel: 'C700', ts: '7000.1', event_ts: '7000.1' }), sign);
    await postEvent(url, dm('summary', { channel: 'D700', subtype: 'message_changed' }), sign);
    await postEvent(url, dm('help', { channel: 'D799' }), sign); // sentinel
    await fake.waitFor(() => posts('D799').length > 0);
    expect(posts('D700')).toHaveLength(0);
    expect(posts('C700')).toHaveLength(0);
  });
});

describe('Slack failures and bad input', () => {
  it('logs not_in_channel once, marks the chat inactive and keeps serving', async () => {
    const lines: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
      lines.push(String(chunk));
      return write(chunk, ...(rest as []));
    }) as typeof process.stderr.write);
    fake.on('chat.postMessage', (args) => (args.channel === 'C800' ? { ok: false, error: 'not_in_channel' } : undefined));
    await postEvent(url, eventEnvelope({ type: 'app_mention', user: 'UEN', text: `<@${BOT_USER_ID}> summary`, channel: 'C800', ts: '8000.1', event_ts: '8000.1' }), sign);
    await fake.waitFor(() => app.chats.chat('slack:C800').active === false);
    expect(app.chats.chat('slack:C800').inactiveReason).toBe('not_in_channel');
    const logged = lines.filter((l) => l.includes('not_in_channel'));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/C800/);
    // Still alive.
    const c = command('help');
    await c.post();
    await responseTo(c.rid);
  });

  it('answers an unknown subcommand briefly and privately', async () => {
    const c = command('frobnicate now');
    await c.post();
    const [body] = await responseTo(c.rid);
    expect(body!.response_type).toBe('ephemeral');
    expect(shown(body!)).toMatch(/frobnicate/);
    expect(String(body!.text).length).toBeLessThan(300);
  });

  it('treats an empty /mujaz as a request for help', async () => {
    const c = command('   ');
    await c.post();
    const [body] = await responseTo(c.rid);
    expect(body!.response_type).toBe('ephemeral');
    expect(shown(body!)).toContain('/mujaz who');
  });

  it('answers 4,000-character arguments briefly', async () => {
    const c1 = command(`who ${'x'.repeat(4000)}`);
    const c2 = command('y'.repeat(4000));
    await c1.post();
    await c2.post();
    for (const rid of [c1.rid, c2.rid]) {
      const [body] = await responseTo(rid);
      expect(shown(body!).length).toBeLessThan(1500);
      expect(body!.response_type).toBe('ephemeral');
    }
  });

  it('answers an Arabic phrasing given to /mujaz', async () => {
    const c = command('ملخص', { user_id: 'UAR', channel_id: 'C900' });
    await c.post();
    const [body] = await responseTo(c.rid);
    expect(shown(body!)).toContain('الملخص');
  });
});

describe('Slack connection modes', () => {
  it('uses Socket Mode when an app token is given, HTTP mode otherwise', () => {
    expect(createSlackApp(app, { botToken: 'xoxb-t', appToken: 'xapp-1-test', slackApiUrl: fake.apiUrl }).mode).toBe('socket');
    expect(createSlackApp(app, { botToken: 'xoxb-t', signingSecret: SECRET, slackApiUrl: fake.apiUrl }).mode).toBe('http');
  });

  it('refuses HTTP mode without a signing secret', () => {
    expect(() => createSlackApp(app, { botToken: 'xoxb-t' })).toThrow(/SLACK_SIGNING_SECRET/);
  });
});
