/**
 * Socket Mode: the real Bolt Socket Mode client connected to the fake's WebSocket endpoint
 * (handed out by apps.connections.open), receiving envelopes as Slack sends them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import { createSlackApp, type SlackApp } from '../../../src/platforms/slack/app.ts';
import { testApp } from '../../helpers/app.ts';
import { eventEnvelope, FakeSlack, TEAM_ID } from '../../helpers/fake-slack.ts';

let fake: FakeSlack;
let app: App;
let slack: SlackApp;

beforeAll(async () => {
  fake = await FakeSlack.start();
  fake.users.set('UEN', { locale: 'en-US' });
  app = await testApp();
  slack = createSlackApp(app, { botToken: 'xoxb-sock', appToken: 'xapp-sock', slackApiUrl: fake.apiUrl });
  await slack.start();
});
afterAll(async () => {
  await slack?.stop();
  // stop() does not wait for the close handshake; let it finish before the server goes.
  await fake.waitFor(() => !fake.socketConnected).catch(() => undefined);
  await fake?.close();
});

describe('Slack over Socket Mode', () => {
  it('connects with the app token', () => {
    expect(slack.mode).toBe('socket');
    expect(fake.callsOf('apps.connections.open').map((c) => c.token)).toEqual(['xapp-sock']);
    expect(fake.socketConnected).toBe(true);
  });

  it('acknowledges a slash command envelope and answers through response_url', async () => {
    fake.sendSocket({
      envelope_id: 'env-cmd-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        token: 'legacy', team_id: TEAM_ID, team_domain: 'fake', channel_id: 'C1', channel_name: 'general', user_id: 'UEN', user_name: 'eve',
        command: '/mujaz', text: 'summary', api_app_id: 'A0001', response_url: fake.responseUrl('sock1'), trigger_id: 't1',
      },
    });
    await fake.waitFor(() => fake.socketReceived.some((m) => m.envelope_id === 'env-cmd-1'));
    const [r] = await fake.waitFor(() => (fake.responses.length ? fake.responses : null));
    expect(r!.id).toBe('sock1');
    expect(r!.body.response_type).toBe('in_channel');
    expect(JSON.stringify(r!.body.blocks)).toMatch(/Summary/);
  });

  it('answers a DM event once even when redelivered with retry_attempt', async () => {
    const env = eventEnvelope({ type: 'message', channel_type: 'im', channel: 'D9', user: 'UEN', text: 'help', ts: '9.1', event_ts: '9.1' });
    fake.sendSocket({ envelope_id: 'env-ev-1', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload: env });
    fake.sendSocket({ envelope_id: 'env-ev-2', type: 'events_api', accepts_response_payload: false, retry_attempt: 1, retry_reason: 'timeout', payload: env });
    await fake.waitFor(() => fake.socketReceived.some((m) => m.envelope_id === 'env-ev-2'));
    const sentinel = eventEnvelope({ type: 'message', channel_type: 'im', channel: 'D10', user: 'UEN', text: 'help', ts: '10.1', event_ts: '10.1' });
    fake.sendSocket({ envelope_id: 'env-ev-3', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload: sentinel });
    await fake.waitFor(() => fake.callsOf('chat.postMessage').some((c) => c.args.channel === 'D10'));
    expect(fake.callsOf('chat.postMessage').filter((c) => c.args.channel === 'D9')).toHaveLength(1);
  });
});
