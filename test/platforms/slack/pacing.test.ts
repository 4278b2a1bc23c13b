/**
 * Slack pacing against a fake Web API that limits chat.postMessage per channel the way Slack does
 * (a token bucket: a burst, then a steady rate; 429 with Retry-After past it): a burst of mentions
 * in one channel is answered in full; Retry-After is honoured exactly; a slow or rate-limited
 * users.info never holds an answer.
 *
 * Time is scaled to keep the tests short: the outbox spaces posts 200 ms apart (burst 3) and the
 * fake allows 5 per second (burst 3) — the proportions of Slack's 1 per second with its default
 * 1000 ms spacing.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import { setLogLevel } from '../../../src/log.ts';
import { createSlackApp, type SlackApp } from '../../../src/platforms/slack/app.ts';
import { SlackOutbox, slackPostClient } from '../../../src/platforms/slack/outbox.ts';
import { testApp } from '../../helpers/app.ts';
import { BOT_USER_ID, eventEnvelope, FakeSlack, postEvent } from '../../helpers/fake-slack.ts';
import { droppingServer } from '../../helpers/dropping-server.ts';

setLogLevel('silent');
const SECRET = 'pacing-secret';
const RATE = 5; // per second per channel, in the fake
const BURST = 3;

let fake: FakeSlack;
let app: App;
let slack: SlackApp;
let url: string;
let seq = 0;
const limited: { channel: string; at: number }[] = [];

/** Slack's per-channel limit, as a token bucket per channel. */
function limitPerChannel(): void {
  const buckets = new Map<string, { tokens: number; at: number }>();
  fake.on('chat.postMessage', (args) => {
    const ch = String(args.channel);
    const now = Date.now();
    const b = buckets.get(ch) ?? { tokens: BURST, at: now };
    b.tokens = Math.min(BURST, b.tokens + ((now - b.at) / 1000) * RATE);
    b.at = now;
    buckets.set(ch, b);
    if (b.tokens < 1) {
      limited.push({ channel: ch, at: now });
      return { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } };
    }
    b.tokens -= 1;
    return undefined; // the default answer: posted
  });
}

beforeAll(async () => {
  fake = await FakeSlack.start();
  app = await testApp();
  const outbox = new SlackOutbox(slackPostClient('xoxb-pace', fake.apiUrl), { intervalMs: 1000 / RATE, burst: BURST });
  slack = createSlackApp(app, { botToken: 'xoxb-pace', signingSecret: SECRET, slackApiUrl: fake.apiUrl, port: 0, host: '127.0.0.1', outbox, userLookupWaitMs: 300 });
  const { port } = await slack.start();
  url = `http://127.0.0.1:${port}/slack/events`;
});
afterAll(async () => {
  await slack?.stop();
  await fake?.close();
});
afterEach(() => {
  fake.reset();
  limited.length = 0;
});

const mention = (channel: string, text = 'help', user = 'U1') => {
  seq += 1;
  return postEvent(url, eventEnvelope({ type: 'app_mention', user, text: `<@${BOT_USER_ID}> ${text}`, channel, ts: `${3000 + seq}.0001`, event_ts: `${3000 + seq}.0001` }), { secret: SECRET });
};
const posts = (channel: string) => fake.callsOf('chat.postMessage').filter((c) => c.args.channel === channel);

describe('Slack pacing', () => {
  it('10 mentions in one channel within a second, under a per-channel limit with a burst of 3: 10 answers, none refused', async () => {
    limitPerChannel();
    const t0 = Date.now();
    await Promise.all(Array.from({ length: 10 }, () => mention('CBURST')));
    expect(Date.now() - t0).toBeLessThan(1000);
    // Every answer arrives (counted as Slack accepted them: the fake's default answer).
    await fake.waitFor(() => posts('CBURST').length - limited.length >= 10, 10_000);
    expect(limited).toHaveLength(0);
    const at = posts('CBURST').map((c) => c.at);
    // Paced: the last one no sooner than the burst allows.
    expect(at.at(-1)! - at[0]!).toBeGreaterThanOrEqual(((10 - BURST) * 1000) / RATE - 50);
  });

  it('honours Retry-After exactly: the retry goes no sooner than Slack said, and not much later', async () => {
    let first = true;
    fake.on('chat.postMessage', () => {
      if (!first) return undefined;
      first = false;
      return { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } };
    });
    await mention('CRETRY');
    await fake.waitFor(() => posts('CRETRY').length >= 2, 5000);
    const [refused, retry] = posts('CRETRY');
    expect(retry!.at - refused!.at).toBeGreaterThanOrEqual(1000);
    expect(retry!.at - refused!.at).toBeLessThan(1400);
  });

  it('a rate-limited or slow users.info holds no answer, in this channel or another', async () => {
    fake.on('users.info', async () => {
      await new Promise((r) => setTimeout(r, 4000));
      return { status: 429, headers: { 'retry-after': '16' }, body: { ok: false, error: 'ratelimited' } };
    });
    const t0 = Date.now();
    await Promise.all([mention('CSLOW1', 'help', 'UNEW1'), mention('CSLOW2', 'help', 'UNEW2')]);
    await fake.waitFor(() => posts('CSLOW1').length && posts('CSLOW2').length, 5000);
    expect(Date.now() - t0).toBeLessThan(1500);
  });

  it('gives up on a post after the bounded time when Slack cannot be reached, saying why', async () => {
    const gone = await FakeSlack.start();
    const apiUrl = gone.apiUrl;
    await gone.close();
    const outbox = new SlackOutbox(slackPostClient('xoxb-pace', apiUrl), { giveUpMs: 1500 });
    const t0 = Date.now();
    const r = await outbox.post('CGONE', [{ text: 'hello' }]);
    expect(r).toMatchObject({ ok: false, reason: 'error' });
    expect((r as { detail: string }).detail).toMatch(/^gave up after 1 s: network: ECONNREFUSED/);
    expect(Date.now() - t0).toBeLessThan(2500);
  });

  it('a post whose connection drops after the request went out is in doubt, not failed (Slack may have posted it)', async () => {
    const server = await droppingServer();
    try {
      const outbox = new SlackOutbox(slackPostClient('xoxb-pace', `${server.url}/api/`));
      const r = await outbox.post('CDROP', [{ text: 'hello' }], { waitOutRateLimits: false, giveUpMs: 0 });
      expect(r).toMatchObject({ ok: false, reason: 'in-doubt', detail: expect.stringMatching(/^network: /) });
      expect(server.received()).toBe(1);
    } finally {
      server.close();
    }
  });
});
