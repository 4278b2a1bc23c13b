/**
 * End to end with the real Slack transport (Web API client without retries) against the fake
 * Slack: a 429 is waited out via Retry-After, not_in_channel / channel_not_found deactivate.
 */
import { data } from '../helpers/store.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { subscribe } from '../../src/digest/subscription.ts';
import { slackTransport } from '../../src/platforms/slack/transport.ts';
import { memoryStore } from '../../src/store/open.ts';
import { Chats } from '../../src/core/chats.ts';
import { FakeSlack } from '../helpers/fake-slack.ts';
import { harness, makeBriefing, tickAt } from './fixtures/briefings.ts';

let fake: FakeSlack | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('digests through the real Slack transport', () => {
  it('retries after Retry-After, deactivates channels the bot left or lost, posts one digest per channel', async () => {
    const slack = (fake = await FakeSlack.start());
    let limited = 1;
    slack.on('chat.postMessage', (args) => {
      if (args.channel === 'C1' && limited-- > 0) return { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } };
      if (args.channel === 'C2') return { ok: false, error: 'not_in_channel' };
      if (args.channel === 'C3') return { ok: false, error: 'channel_not_found' };
      return undefined;
    });
    const store = memoryStore();
    const h = harness(() => ({ slack: slackTransport({ botToken: 'xoxb-test', slackApiUrl: slack.apiUrl }) }), { store, start: '2026-06-10T07:00:00Z' });
    await h.library.add(makeBriefing('b', '2026-06-10T06:00:00Z'));
    for (const id of ['C1', 'C2', 'C3', 'C4'])
      await subscribe(store, { chatKey: `slack:${id}`, platform: 'slack', chatId: id }, { minutes: 480, tz: 'UTC', always: false }, h.clock.now);

    const t0 = performance.now();
    const s = await tickAt(h, '2026-06-10T08:00:00Z');
    expect(s).toMatchObject({ sent: 2, deactivated: 2, failed: 0 });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(900);
    const posted = (ch: string) => slack.callsOf('chat.postMessage').filter((c) => c.args.channel === ch);
    expect(posted('C1')).toHaveLength(2); // the 429, then the digest
    expect(posted('C4')).toHaveLength(1);
    expect(String(posted('C4')[0]!.args.text)).toContain('/mujaz who');
    expect(data(store).subscriptions['slack:C2']).toMatchObject({ active: false, inactiveReason: 'not_in_channel' });
    expect(data(store).subscriptions['slack:C3']).toMatchObject({ active: false, inactiveReason: 'channel_not_found' });
    expect(data(store).chats['slack:C3']!.active).toBe(false);

    await tickAt(h, '2026-06-11T08:00:00Z');
    expect(posted('C2')).toHaveLength(1);
  });

  it('a channel marked inactive by a failed reply gets no digest (paused until /subscribe), others do', async () => {
    const slack = (fake = await FakeSlack.start());
    const store = memoryStore();
    const chats = new Chats(store);
    const h = harness(() => ({ slack: slackTransport({ botToken: 'xoxb-test', slackApiUrl: slack.apiUrl, chats }) }), { store, start: '2026-06-10T07:00:00Z' });
    await h.library.add(makeBriefing('b', '2026-06-10T06:00:00Z'));
    for (const id of ['C5', 'C6']) await subscribe(store, { chatKey: `slack:${id}`, platform: 'slack', chatId: id }, { minutes: 480, tz: 'UTC', always: false }, h.clock.now);
    await chats.setChat('slack:C5', { active: false, inactiveReason: 'not_in_channel' }); // as a failed reply leaves it
    const s = await tickAt(h, '2026-06-10T08:00:00Z');
    expect(s).toMatchObject({ sent: 1, deactivated: 1 });
    expect(slack.callsOf('chat.postMessage').map((c) => c.args.channel)).toEqual(['C6']);
    expect(data(store).subscriptions['slack:C5']).toMatchObject({ active: false });
  });
});
