/**
 * Durable de-duplication: a delivery already answered is not answered again — a Slack event
 * retried after a restart, a replayed slash command, a Telegram update re-posted to the webhook
 * after a restart — with the ids kept in the data file. Also Slack's clock check both ways.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLogLevel } from '../../src/log.ts';
import { MemorySeenIds } from '../../src/platforms/seen-ids.ts';
import { StoreSeenIds } from '../../src/platforms/seen-ids-store.ts';
import { createSlackApp } from '../../src/platforms/slack/app.ts';
import { startTelegramWith } from '../../src/platforms/telegram/start.ts';
import { LowdbStore } from '../../src/store/lowdb/engine.ts';
import { SECTIONS } from '../../src/app.ts';
import { tempFile, testApp } from '../helpers/app.ts';
import { eventEnvelope, FakeSlack, postCommand, postEvent, TEAM_ID } from '../helpers/fake-slack.ts';
import { BOT_USER, FakeTelegram, privateMessage } from '../helpers/fake-telegram.ts';

setLogLevel('silent');
const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe('SeenIds', () => {
  it('in memory: yes once per key within the time limit, and again after it; stays bounded', async () => {
    let now = 0;
    const s = new MemorySeenIds(() => now, 100);
    expect(await s.firstSeen('a', 1000)).toBe(true);
    expect(await s.firstSeen('a', 1000)).toBe(false);
    now = 1500;
    expect(await s.firstSeen('a', 1000)).toBe(true);
    for (let i = 0; i < 1000; i++) await s.firstSeen(`k${i}`, 60_000);
    expect((s as unknown as { seen: Map<string, number> }).seen.size).toBeLessThanOrEqual(100);
    expect(await s.firstSeen('k999', 60_000)).toBe(false); // the newest are kept
  });

  it('in the data file: remembered across a reopen, forgotten after the time limit, one winner among simultaneous repeats', async () => {
    const file = tempFile();
    let now = 1_000_000;
    const store = await LowdbStore.open(file, { sections: SECTIONS });
    const a = new StoreSeenIds(store, () => now);
    const first = await Promise.all([a.firstSeen('ev1', 60_000), a.firstSeen('ev1', 60_000)]);
    expect(first.filter(Boolean)).toHaveLength(1);
    await store.close(); // as a stop does (the write has started already; this waits for it)
    const reopened = await LowdbStore.open(file, { sections: SECTIONS }); // a restart
    const b = new StoreSeenIds(reopened, () => now);
    expect(await b.firstSeen('ev1', 60_000)).toBe(false);
    expect(await b.firstSeen('ev2', 60_000)).toBe(true);
    await reopened.close();
    now += 61_000;
    const again = await LowdbStore.open(file, { sections: SECTIONS });
    expect(await new StoreSeenIds(again, () => now).firstSeen('ev1', 60_000)).toBe(true);
    await again.close();
  });
});

describe('Slack redeliveries', () => {
  const SECRET = 'redelivery-secret';
  async function slackOn(fake: FakeSlack, file: string) {
    const store = await LowdbStore.open(file, { sections: SECTIONS });
    const app = await testApp({ store });
    const slack = createSlackApp(app, { botToken: 'xoxb-r', signingSecret: SECRET, slackApiUrl: fake.apiUrl, port: 0, host: '127.0.0.1', seen: new StoreSeenIds(store) });
    const { port } = await slack.start();
    return { slack, store, url: `http://127.0.0.1:${port}/slack/events` };
  }
  const posts = (fake: FakeSlack, ch: string) => fake.callsOf('chat.postMessage').filter((c) => c.args.channel === ch);

  it('an event retried after a restart is not answered again', async () => {
    const fake = await FakeSlack.start();
    cleanup.push(() => fake.close());
    const file = tempFile();
    const env = eventEnvelope({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: 'help', ts: '1.1', event_ts: '1.1' });
    const one = await slackOn(fake, file);
    await postEvent(one.url, env, { secret: SECRET });
    await fake.waitFor(() => posts(fake, 'D1').length === 1);
    await one.slack.stop();
    await one.store.close();

    const two = await slackOn(fake, file);
    cleanup.push(() => two.slack.stop());
    const retry = await postEvent(two.url, env, { secret: SECRET, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    await postEvent(two.url, eventEnvelope({ type: 'message', channel_type: 'im', channel: 'D2', user: 'U1', text: 'help', ts: '2.1', event_ts: '2.1' }), { secret: SECRET });
    await fake.waitFor(() => posts(fake, 'D2').length === 1); // sentinel: handled after the retry
    expect(posts(fake, 'D1')).toHaveLength(1);
  });

  it('a slash command replayed within 5 minutes is acknowledged but answered once; requests dated > 5 minutes ahead are refused', async () => {
    const fake = await FakeSlack.start();
    cleanup.push(() => fake.close());
    const s = await slackOn(fake, tempFile());
    cleanup.push(() => s.slack.stop());
    const fields = { token: 'legacy', team_id: TEAM_ID, channel_id: 'C1', user_id: 'U1', command: '/mujaz', text: 'help', response_url: fake.responseUrl('r1'), trigger_id: 'trig-1' };
    const ts = Math.floor(Date.now() / 1000);
    const a = await postCommand(s.url, fields, { secret: SECRET, timestamp: ts });
    const b = await postCommand(s.url, fields, { secret: SECRET, timestamp: ts }); // the same signed request again
    expect([a.status, b.status]).toEqual([200, 200]);
    await fake.waitFor(() => fake.responses.some((r) => r.id === 'r1'));
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.responses.filter((r) => r.id === 'r1')).toHaveLength(1);

    const future = await postCommand(s.url, { ...fields, trigger_id: 'trig-2', response_url: fake.responseUrl('r2') }, { secret: SECRET, timestamp: ts + 6 * 60 });
    expect(future.status).toBe(401);
    const nearFuture = await postCommand(s.url, { ...fields, trigger_id: 'trig-3', response_url: fake.responseUrl('r3') }, { secret: SECRET, timestamp: ts + 60 });
    expect(nearFuture.status).toBe(200); // clocks a minute apart still work
    await fake.waitFor(() => fake.responses.some((r) => r.id === 'r3'));
    expect(fake.responses.some((r) => r.id === 'r2')).toBe(false);
  });
});

describe('Telegram webhook redeliveries', () => {
  it('an update re-posted with the same update_id after a restart is not answered again', async () => {
    const fake = await FakeTelegram.start();
    cleanup.push(() => fake.close());
    const file = tempFile();
    const SECRET = 'hook-secret';
    const start = async () => {
      const store = await LowdbStore.open(file, { sections: SECTIONS });
      const app = await testApp({ sample: false, store });
      const r = await startTelegramWith(app, { token: fake.token, apiRoot: fake.apiRoot, botInfo: BOT_USER, webhook: { url: 'https://x.example/hook', secret: SECRET, port: 0, host: '127.0.0.1' } });
      return { r, store, post: (body: string) => fetch(`http://127.0.0.1:${r.port}/hook`, { method: 'POST', headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': SECRET }, body }) };
    };
    const update = JSON.stringify({ update_id: 4242, ...privateMessage({ id: 81 }, '/help') });
    const one = await start();
    expect((await one.post(update)).status).toBe(200);
    expect(fake.sent(81)).toHaveLength(1);
    await one.r.stop(1000);
    await one.store.close();

    const two = await start();
    cleanup.push(() => two.r.stop(1000));
    expect((await two.post(update)).status).toBe(200);
    expect((await two.post(JSON.stringify({ update_id: 4243, ...privateMessage({ id: 81 }, '/help') }))).status).toBe(200);
    expect(fake.sent(81)).toHaveLength(2); // the new update only
  });
});
