/**
 * A reply whose request reached Slack but whose answer was lost (the connection dropped after the
 * request went out) may have been posted. Before, the outbox retried it like any network failure:
 * a second copy of the reply whenever Slack had in fact posted the first. Now each post carries a
 * mark of its own in its metadata and is looked for in the channel's history before anything is
 * sent again, as digests are: found, delivered; absent, sent again; history unreadable, left in
 * doubt and not sent again (as on Telegram, which has no history to read).
 *
 * The real Web API client against the local fake Slack (which can drop a call's connection after
 * acting on it, or before); the outbox's back-off runs on fake timers.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setLogLevel } from '../../../src/log.ts';
import { POST_EVENT_TYPE, SlackOutbox, slackPostClient, type PostResult } from '../../../src/platforms/slack/outbox.ts';
import { FakeSlack } from '../../helpers/fake-slack.ts';

setLogLevel('silent');

let fake: FakeSlack;
beforeAll(async () => {
  fake = await FakeSlack.start();
});
afterAll(async () => {
  await fake?.close();
});
afterEach(() => {
  vi.useRealTimers();
  fake.reset();
});

const outbox = () => new SlackOutbox(slackPostClient('xoxb-lost', fake.apiUrl));

/** Run a post to its end, the back-off's timers advanced by hand while the sockets work for real. */
async function settle(p: Promise<PostResult>): Promise<PostResult> {
  let out: PostResult | undefined;
  void p.then((r) => (out = r));
  for (let i = 0; i < 400 && !out; i++) {
    await new Promise((r) => setImmediate(r));
    await vi.advanceTimersByTimeAsync(100);
  }
  if (!out) throw new Error('the post did not settle');
  return out;
}

const posts = (channel: string) => fake.callsOf('chat.postMessage').filter((c) => c.args.channel === channel);

describe('a reply whose answer was lost', () => {
  it('posted by Slack all the same: found in the channel, not posted again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fake.dropAnswers('chat.postMessage', 1, { act: true });
    const r = await settle(outbox().post('DLOST1', [{ text: 'the answer' }]));
    expect(r).toEqual({ ok: true });
    expect(fake.history.get('DLOST1')?.map((m) => m.text)).toEqual(['the answer']);
    expect(posts('DLOST1')).toHaveLength(1);
    expect(fake.callsOf('conversations.history')).toHaveLength(1);
    expect(fake.history.get('DLOST1')![0]!.metadata?.event_type).toBe(POST_EVENT_TYPE);
  });

  it('never posted (Slack did not act on it): absent from the channel, so posted again, once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fake.dropAnswers('chat.postMessage', 1, { act: false });
    const r = await settle(outbox().post('DLOST2', [{ text: 'the answer' }]));
    expect(r).toEqual({ ok: true });
    expect(fake.history.get('DLOST2')?.map((m) => m.text)).toEqual(['the answer']);
    expect(posts('DLOST2')).toHaveLength(2);
    // The same mark both times: the second is the same post, not a new one.
    expect(posts('DLOST2')[1]!.args.metadata).toEqual(posts('DLOST2')[0]!.args.metadata);
  });

  it('the channel history cannot be read (no channels:history): in doubt, not posted again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fake.on('conversations.history', () => ({ ok: false, error: 'missing_scope', needed: 'channels:history' }));
    fake.dropAnswers('chat.postMessage', 1, { act: true });
    const r = await settle(outbox().post('CLOST3', [{ text: 'the answer' }, { text: 'its second part' }]));
    expect(r).toMatchObject({ ok: false, reason: 'in-doubt', detail: expect.stringMatching(/^network: .*not sent again/) });
    expect(posts('CLOST3')).toHaveLength(1);
    expect(fake.history.get('CLOST3')?.map((m) => m.text)).toEqual(['the answer']);
  });

  it('in a thread: looked for among the thread\'s replies', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fake.dropAnswers('chat.postMessage', 1, { act: true });
    const r = await settle(outbox().post('CLOST4', [{ text: 'in the thread', thread_ts: '1700000000.000100' }]));
    expect(r).toEqual({ ok: true });
    expect(posts('CLOST4')).toHaveLength(1);
    expect(fake.callsOf('conversations.replies').map((c) => c.args.ts)).toEqual(['1700000000.000100']);
  });

  it('a connection never made (refused) is still retried: nothing can have been posted', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const gone = await FakeSlack.start();
    const apiUrl = gone.apiUrl;
    await gone.close();
    const r = await settle(new SlackOutbox(slackPostClient('xoxb-lost', apiUrl), { giveUpMs: 3000 }).post('CGONE', [{ text: 'x' }]));
    expect(r).toMatchObject({ ok: false, reason: 'error', detail: expect.stringMatching(/^gave up after \d s: network: ECONNREFUSED/) });
  });
});
