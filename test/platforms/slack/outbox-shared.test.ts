/**
 * Two instances' outboxes on one PostgreSQL database post to one channel: their posts are spaced
 * as one outbox's would be, and a Retry-After one of them heard holds the other. Time is scaled
 * (200 ms spacing, burst 1). Needs a server; without one it is skipped with one line.
 */
import { afterEach, expect, it } from 'vitest';
import { setLogLevel } from '../../../src/log.ts';
import { SlackOutbox, slackPostClient } from '../../../src/platforms/slack/outbox.ts';
import { FakeSlack } from '../../helpers/fake-slack.ts';
import { describeOnPostgres, pgReachable } from '../../store/engines.ts';

setLogLevel('silent');
const reachable = await pgReachable();

describeOnPostgres(reachable, 'Slack outboxes of two instances sharing PostgreSQL', `the shared Slack outbox tests`, (engine) => {
  let fake: FakeSlack | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it("space their posts to one channel together, and both wait out a Retry-After one of them heard", async () => {
    const slack = (fake = await FakeSlack.start());
    const a = await engine.fresh();
    const b = await engine.second!(a);
    const outbox = (pacer: typeof a.pacer) => new SlackOutbox(slackPostClient('xoxb-test', slack.apiUrl), { intervalMs: 200, burst: 1, pacer });
    const [oa, ob] = [outbox(a.pacer), outbox(b.pacer)];
    const post = (o: SlackOutbox, text: string) => o.post('C1', [{ text }]);
    // Each client's first request sets up its connection: warm both up elsewhere, so the
    // arrival times below show the pacing, not that.
    await Promise.all([oa.post('C0', [{ text: 'warm' }]), ob.post('C9', [{ text: 'warm' }])]);
    slack.reset();
    const results = await Promise.all([post(oa, 'a1'), post(ob, 'b1'), post(oa, 'a2'), post(ob, 'b2')]);
    expect(results.every((r) => r.ok)).toBe(true);
    const at = slack.callsOf('chat.postMessage').map((c) => c.at);
    expect(at).toHaveLength(4);
    // Alone, each outbox would post its first message at once: both instances at the same moment.
    // Reserved 200 ms apart; arrival jitter on a busy machine (tens of ms) moves single arrivals.
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(100);
    expect(at[3]! - at[0]!).toBeGreaterThanOrEqual(3 * 200 - 50);

    slack.reset();
    let limited = 1;
    slack.on('chat.postMessage', () => (limited-- > 0 ? { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } } : undefined));
    const t0 = Date.now();
    const first = await oa.post('C1', [{ text: 'limited' }], { waitOutRateLimits: false, giveUpMs: 0 });
    expect(first).toMatchObject({ ok: false, reason: 'rate-limited' });
    // B never heard the 429, yet waits for it.
    expect(await post(ob, 'after')).toEqual({ ok: true });
    expect(slack.callsOf('chat.postMessage').at(-1)!.at - t0).toBeGreaterThanOrEqual(990);
    await a.close();
    await b.close();
  });
});
