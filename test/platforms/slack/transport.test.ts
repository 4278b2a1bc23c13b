import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { slackTransport } from '../../../src/platforms/slack/transport.ts';
import { heading, list, reply, text } from '../../../src/reply/model.ts';
import { FakeSlack } from '../../helpers/fake-slack.ts';

let fake: FakeSlack;
beforeAll(async () => {
  fake = await FakeSlack.start();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const digest = reply('en', [heading('Today'), text('Iran & Russia sign a pact.')]);
const transport = () => slackTransport({ botToken: 'xoxb-digest', slackApiUrl: fake.apiUrl });

describe('slackTransport', () => {
  it('posts the rendered reply with blocks and fallback', async () => {
    expect(await transport().send('C1', digest)).toEqual({ ok: true });
    const [c] = fake.callsOf('chat.postMessage');
    expect(c!.token).toBe('xoxb-digest');
    expect(c!.args.channel).toBe('C1');
    expect(c!.args.text).toContain('Iran &amp; Russia');
    expect((c!.args.blocks as { type: string }[]).map((b) => b.type)).toEqual(['header', 'section']);
  });

  it('sends a long reply as several messages', async () => {
    const items = Array.from({ length: 40 }, (_, i) => `${i} ${'word '.repeat(120)}`);
    expect(await transport().send('C1', reply('en', [list(items)]))).toEqual({ ok: true });
    expect(fake.callsOf('chat.postMessage').length).toBeGreaterThan(1);
  });

  it('reports channels it cannot write to as blocked', async () => {
    for (const error of ['not_in_channel', 'channel_not_found', 'is_archived', 'account_inactive']) {
      fake.on('chat.postMessage', () => ({ ok: false, error }));
      expect(await transport().send('C9', digest)).toEqual({ ok: false, reason: 'blocked', detail: error });
    }
  });

  it('hands a 429 back at once with Slack\'s Retry-After instead of waiting it out', async () => {
    fake.on('chat.postMessage', () => ({ status: 429, headers: { 'retry-after': '7' }, body: { ok: false, error: 'ratelimited' } }));
    const t0 = Date.now();
    const r = await transport().send('C1', digest);
    expect(r).toMatchObject({ ok: false, reason: 'rate-limited', retryAfterMs: 7000 });
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(fake.callsOf('chat.postMessage')).toHaveLength(1);
  });

  it('reports other failures as errors without retrying', async () => {
    fake.on('chat.postMessage', () => ({ status: 500, body: { ok: false } }));
    const r = await transport().send('C1', digest);
    expect(r).toMatchObject({ ok: false, reason: 'error' });
    expect(fake.callsOf('chat.postMessage')).toHaveLength(1);
    fake.on('chat.postMessage', () => ({ ok: false, error: 'msg_too_long' }));
    expect(await transport().send('C1', digest)).toEqual({ ok: false, reason: 'error', detail: 'msg_too_long' });
  });

  it('reports an unreachable API as an error', async () => {
    const t = slackTransport({ botToken: 'x', slackApiUrl: 'http://127.0.0.1:1/api/' });
    expect(await t.send('C1', digest)).toMatchObject({ ok: false, reason: 'error' });
  });
});
