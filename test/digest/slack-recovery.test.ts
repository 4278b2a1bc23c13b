/**
 * A digest left in doubt by a crash, on Slack: the bot looks for its own marked post in the
 * channel's history before deciding. Found → sent, nothing posted again; not there → it never
 * arrived, posted now; history unreadable (no channels:history scope) or only part of a long
 * digest there → unknown, and the channel is told. Against the fake Slack, asserting what reached it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLogLevel } from '../../src/log.ts';
import { DELIVERIES, deliveryKey, type Delivery } from '../../src/digest/records.ts';
import { subscribe } from '../../src/digest/subscription.ts';
import { POST_EVENT_TYPE, slackPostClient } from '../../src/platforms/slack/outbox.ts';
import { DIGEST_EVENT_TYPE, slackTransport } from '../../src/platforms/slack/transport.ts';
import { reply, text } from '../../src/reply/model.ts';
import { memoryStore } from '../../src/store/open.ts';
import { put } from '../../src/store/types.ts';
import { data } from '../helpers/store.ts';
import { FakeSlack } from '../helpers/fake-slack.ts';
import { captureLog } from '../helpers/log.ts';
import { harness, makeBriefing, tickAt } from './fixtures/briefings.ts';

setLogLevel('silent');
let fake: FakeSlack | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  setLogLevel('silent');
  await fake?.close();
  fake = undefined;
});

const DATE = '2026-06-10';
const CLAIMED_AT = '2026-06-10T08:00:05Z';

describe('a Slack digest left in doubt by a crash', () => {
  it('is looked for in the channel: found → sent; absent → sent now; history unreadable or partial → unknown and the channel told', async () => {
    const slack = (fake = await FakeSlack.start());
    const store = memoryStore();
    const transport = slackTransport({ botToken: 'xoxb-test', slackApiUrl: slack.apiUrl });
    const h = harness(() => ({ slack: transport }), { store, start: '2026-06-10T07:00:00Z' });
    await h.library.add(makeBriefing('b', '2026-06-10T06:00:00Z'));
    const channels = ['CFOUND', 'CLOST', 'CPRIVATE', 'CPART'];
    for (const id of channels)
      await subscribe(store, { chatKey: `slack:${id}`, platform: 'slack', chatId: id }, { minutes: 480, tz: 'UTC', always: false }, h.clock.now);
    // What a run killed mid-send leaves: claims of another process, durable before their sends.
    for (const id of channels) {
      const claim: Delivery = {
        chatKey: `slack:${id}`,
        localDate: DATE,
        status: 'claimed',
        by: 'crashed-run',
        at: CLAIMED_AT,
        attempts: 0,
        briefingIds: ['b'],
        upTo: '2026-06-10T08:00:00Z',
        via: 'schedule',
      };
      await store.write([put(DELIVERIES, deliveryKey(`slack:${id}`, DATE), claim)]);
    }
    const key = (id: string) => deliveryKey(`slack:${id}`, DATE);
    // The crashed run's post that did reach CFOUND (and CPRIVATE, where the bot cannot read it back).
    const digest = reply('en', [text('Your daily digest')]);
    expect(await transport.sendMarked('CFOUND', digest, { key: key('CFOUND'), localDate: DATE })).toEqual({ ok: true });
    expect(await transport.sendMarked('CPRIVATE', digest, { key: key('CPRIVATE'), localDate: DATE })).toEqual({ ok: true });
    // Only the first of a two-message digest reached CPART.
    const client = slackPostClient('xoxb-test', slack.apiUrl);
    await client.chat.postMessage({ channel: 'CPART', text: 'part 1', metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { key: key('CPART'), local_date: DATE, part: 1, parts: 2 } } });
    // A channel the bot was never given history access to.
    slack.on('conversations.history', (args) => (args.channel === 'CPRIVATE' ? { ok: false, error: 'missing_scope' } : undefined));
    slack.calls.length = 0;

    // The next tick, on a restarted process.
    const s = await tickAt(h, '2026-06-10T08:20:00Z');
    const posted = (ch: string) => slack.callsOf('chat.postMessage').filter((c) => c.args.channel === ch);
    const texts = (ch: string) => posted(ch).map((c) => String(c.args.text));

    // Every channel was looked for, with metadata asked for.
    expect(slack.callsOf('conversations.history').map((c) => c.args.channel).sort()).toEqual([...channels].sort());
    expect(slack.callsOf('conversations.history').every((c) => c.args.include_all_metadata === 'true' || c.args.include_all_metadata === true)).toBe(true);

    // Found: not posted again, recorded as sent.
    expect(posted('CFOUND')).toHaveLength(0);
    expect(data(store).deliveries[key('CFOUND')]).toMatchObject({ status: 'sent' });
    // Never arrived: posted now, once, marked like every digest.
    expect(posted('CLOST')).toHaveLength(1);
    expect(texts('CLOST')[0]).toContain('Title b');
    expect(posted('CLOST')[0]!.args.metadata).toMatchObject({ event_type: DIGEST_EVENT_TYPE, event_payload: { key: key('CLOST'), local_date: DATE, part: 1, parts: 1 } });
    expect(data(store).deliveries[key('CLOST')]).toMatchObject({ status: 'sent' });
    // Cannot know (history unreadable; only part of it there): not re-sent; the channel is told.
    for (const ch of ['CPRIVATE', 'CPART']) {
      expect(posted(ch)).toHaveLength(1);
      expect(texts(ch)[0]).toMatch(/may not have arrived/i);
      expect(texts(ch)[0]).toContain('/mujaz digest');
      // Not marked as a digest (a later look must not take the notice for one); it carries the
      // outbox's own post mark, as every post does.
      expect(posted(ch)[0]!.args.metadata).toMatchObject({ event_type: POST_EVENT_TYPE });
      expect(data(store).deliveries[key(ch)]).toMatchObject({ status: 'unknown', notified: true });
    }
    expect(s).toMatchObject({ sent: 1, skipped: 2 });

    // Settled: the next minutes send nothing more.
    slack.calls.length = 0;
    await tickAt(h, '2026-06-10T08:21:00Z');
    expect(slack.callsOf('chat.postMessage')).toHaveLength(0);
  });

  it('reads further pages of a busy channel to find the post', async () => {
    const slack = (fake = await FakeSlack.start());
    const transport = slackTransport({ botToken: 'xoxb-test', slackApiUrl: slack.apiUrl });
    const mark = { key: deliveryKey('slack:CBUSY', DATE), localDate: DATE };
    const since = new Date(Date.now() - 60_000).toISOString();
    await transport.sendMarked('CBUSY', reply('en', [text('Your daily digest')]), mark);
    const client = slackPostClient('xoxb-test', slack.apiUrl);
    for (let i = 0; i < 205; i++) await client.chat.postMessage({ channel: 'CBUSY', text: `chatter ${i}` });
    expect(await transport.findMarked('CBUSY', mark, since)).toBe('found');
    expect(slack.callsOf('conversations.history')).toHaveLength(2);
    expect(await transport.findMarked('CBUSY', { ...mark, key: deliveryKey('slack:CBUSY', '2026-06-11') }, since)).toBe('absent');
  });

  it('without the history scopes: the cause is logged once, every channel in doubt is told, the run goes on', async () => {
    const slack = (fake = await FakeSlack.start());
    const store = memoryStore();
    const transport = slackTransport({ botToken: 'xoxb-test', slackApiUrl: slack.apiUrl });
    const h = harness(() => ({ slack: transport }), { store, start: '2026-06-10T07:00:00Z' });
    await h.library.add(makeBriefing('b', '2026-06-10T06:00:00Z'));
    const channels = ['CA', 'CB', 'CC'];
    for (const id of [...channels, 'CDUE'])
      await subscribe(store, { chatKey: `slack:${id}`, platform: 'slack', chatId: id }, { minutes: 480, tz: 'UTC', always: false }, h.clock.now);
    for (const id of channels) {
      const claim: Delivery = { chatKey: `slack:${id}`, localDate: DATE, status: 'claimed', by: 'crashed-run', at: CLAIMED_AT, attempts: 0, briefingIds: ['b'], upTo: '2026-06-10T08:00:00Z', via: 'schedule' };
      await store.write([put(DELIVERIES, deliveryKey(`slack:${id}`, DATE), claim)]);
    }
    // What Slack answers a bot token without channels:history (the scope the call needs is named).
    slack.on('conversations.history', () => ({ ok: false, error: 'missing_scope', needed: 'channels:history', provided: 'chat:write,commands,im:history' }));
    const lines = captureLog();
    const s = await tickAt(h, '2026-06-10T08:20:00Z');
    const warned = lines.filter((l) => /missing_scope/.test(l));
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/WARN/);
    expect(warned[0]).toMatch(/needed: channels:history/);
    expect(warned[0]).toMatch(/groups:history/);
    const posted = (ch: string) => slack.callsOf('chat.postMessage').filter((c) => c.args.channel === ch).map((c) => String(c.args.text));
    for (const ch of channels) {
      expect(posted(ch)).toEqual([expect.stringMatching(/may not have arrived/i)]);
      expect(data(store).deliveries[deliveryKey(`slack:${ch}`, DATE)]).toMatchObject({ status: 'unknown', notified: true });
    }
    // The chat that was simply due still gets its digest in the same run.
    expect(posted('CDUE')).toEqual([expect.stringContaining('Title b')]);
    expect(s).toMatchObject({ sent: 1, skipped: 3 });
  });
});
