/**
 * Slack connections through outages, against the fake Web API and Socket Mode endpoint: an
 * unreachable Slack at start-up is a network problem (not "check the token") retried in the
 * background while start-up goes on; a lost Socket Mode connection comes back with a growing
 * back-off, logged once with its cause and once when connected again; refused tokens are one
 * clear line naming the variable.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../../../src/config.ts';
import { setLogLevel } from '../../../src/log.ts';
import { commands } from '../../../commands/index.ts';
import type { CommandSpec } from '../../../src/core/command.ts';
import { createSlackApp } from '../../../src/platforms/slack/app.ts';
import { startSlack } from '../../../src/platforms/slack/start.ts';
import { reply, text } from '../../../src/reply/model.ts';
import type { Running } from '../../../src/starters.ts';
import { testApp } from '../../helpers/app.ts';
import { captureLog } from '../../helpers/log.ts';
import { eventEnvelope, FakeSlack, postEvent } from '../../helpers/fake-slack.ts';

setLogLevel('silent');
const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
  vi.restoreAllMocks();
  setLogLevel('silent');
});


const socketEnv = (apiUrl: string) => ({ SLACK_BOT_TOKEN: 'xoxb-t', SLACK_APP_TOKEN: 'xapp-t', SLACK_API_URL: apiUrl });
const fast = { firstWaitMs: 2000, backoff: { firstMs: 50, maxMs: 400 } };

async function start(env: Record<string, string>): Promise<Running> {
  const app = await testApp({ sample: false, env });
  const r = (await startSlack(app, fast))!;
  cleanup.push(() => r.stop());
  return r;
}

/** A DM over Socket Mode, answered with chat.postMessage in that DM. */
async function answersDm(fake: FakeSlack, channel: string): Promise<void> {
  fake.sendSocket({ envelope_id: `env-${channel}`, type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload: eventEnvelope({ type: 'message', channel_type: 'im', channel, user: 'U1', text: 'help', ts: '1.1', event_ts: '1.1' }) });
  await fake.waitFor(() => fake.callsOf('chat.postMessage').some((c) => c.args.channel === channel));
}

describe('Slack outages', () => {
  it('unreachable at start-up: a network line (not "check the token"), start-up goes on, connects once Slack is there', async () => {
    const probe = await FakeSlack.start();
    const port = Number(new URL(probe.base).port);
    const apiUrl = probe.apiUrl;
    await probe.close();
    const lines = captureLog();
    const t0 = Date.now();
    await start(socketEnv(apiUrl));
    expect(Date.now() - t0).toBeLessThan(3000);
    await vi.waitFor(() => expect(lines.some((l) => /WARN slack: Slack cannot be reached \(ECONNREFUSED\) at start-up; retrying/.test(l))).toBe(true));
    await new Promise((r) => setTimeout(r, 500)); // several retries: still one line
    expect(lines.filter((l) => /slack:.*cannot be reached/.test(l))).toHaveLength(1);
    expect(lines.join('')).not.toMatch(/SLACK_BOT_TOKEN|SLACK_APP_TOKEN|xoxb-t|xapp-t/);

    const fake = await FakeSlack.start({ port });
    cleanup.push(() => fake.close());
    await fake.waitFor(() => fake.socketConnected, 5000);
    await answersDm(fake, 'D1');
    expect(lines.some((l) => /INFO slack: connected after [\d.]+ s/.test(l))).toBe(true);
  });

  it('a lost Socket Mode connection: reconnects with a growing back-off, one line for the outage and one for the return', async () => {
    const fake = await FakeSlack.start();
    cleanup.push(() => fake.close());
    const lines = captureLog();
    await start(socketEnv(fake.apiUrl));
    await fake.waitFor(() => fake.socketConnected);
    fake.on('apps.connections.open', () => ({ status: 503, body: { ok: false, error: 'service_unavailable' } }));
    fake.dropSocket();
    await fake.waitFor(() => fake.callsOf('apps.connections.open').length >= 5, 5000);
    const at = fake.callsOf('apps.connections.open').slice(1).map((c) => c.at);
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    // Growing: pauses of 50, 100, 200 ms (+ the time each attempt takes) — the third at least 200.
    expect(gaps.at(-1)!, `gaps ${gaps.join(', ')}`).toBeGreaterThanOrEqual(195);
    expect(gaps[0]!, `gaps ${gaps.join(', ')}`).toBeLessThan(gaps.at(-1)!);
    fake.on('apps.connections.open', null);
    await fake.waitFor(() => fake.socketConnected, 5000);
    await answersDm(fake, 'D2');
    expect(lines.filter((l) => / WARN slack:/.test(l)), lines.join('')).toEqual([expect.stringMatching(/ WARN slack: Slack answered HTTP 503; retrying/)]);
    expect(lines.filter((l) => /INFO slack: Socket Mode connected again after/.test(l))).toHaveLength(1);
    expect(lines.join('')).not.toMatch(/WebSocket error occurred/);
  });

  it('a refused app token is one line naming SLACK_APP_TOKEN', async () => {
    const fake = await FakeSlack.start();
    cleanup.push(() => fake.close());
    fake.on('apps.connections.open', () => ({ ok: false, error: 'invalid_auth' }));
    const app = await testApp({ sample: false, env: socketEnv(fake.apiUrl) });
    const e = await startSlack(app, fast).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as Error).message).toMatch(/^Slack refused SLACK_APP_TOKEN \(invalid_auth\)/);
  });

  it('a stop lets the answers in hand go out first (bounded), then returns', async () => {
    const fake = await FakeSlack.start();
    cleanup.push(() => fake.close());
    const slow: CommandSpec = { name: 'slow', hidden: true, description: { ar: 'بطيء', en: 'Slow' }, run: async ({ lang }) => (await new Promise((r) => setTimeout(r, 400)), reply(lang, [text('slow answer')])) };
    const app = await testApp({ sample: false, commands: [...commands, slow] });
    const slack = createSlackApp(app, { botToken: 'xoxb-d', signingSecret: 'sec', slackApiUrl: fake.apiUrl, port: 0, host: '127.0.0.1' });
    const { port } = await slack.start();
    const env = eventEnvelope({ type: 'message', channel_type: 'im', channel: 'DSTOP', user: 'U1', text: 'slow', ts: '5.1', event_ts: '5.1' });
    const res = await postEvent(`http://127.0.0.1:${port}/slack/events`, env, { secret: 'sec' });
    expect(res.status).toBe(200); // acknowledged; the answer is still being worked on
    expect(fake.callsOf('chat.postMessage')).toHaveLength(0);
    await slack.stop(5000);
    expect(fake.callsOf('chat.postMessage').map((c) => c.args.channel)).toEqual(['DSTOP']);
  });
});
