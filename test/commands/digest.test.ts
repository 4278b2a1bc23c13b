import { data } from '../helpers/store.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { DELIVERIES } from '../../src/digest/records.ts';
import { DigestScheduler } from '../../src/digest/scheduler.ts';
import { put } from '../../src/store/types.ts';
import { renderPlain } from '../../src/reply/render-text.ts';
import { msg, testApp } from '../helpers/app.ts';
import { makeBriefing, recordingTransport } from '../digest/fixtures/briefings.ts';

let app: App;
let now: Date;
beforeEach(async () => {
  now = new Date('2026-06-10T06:00:00Z');
  app = await testApp({ sample: false, now: () => now });
});

const ask = async (text: string, extra: Parameters<typeof msg>[1] = {}) => renderPlain((await app.dispatcher.handle(msg(text, extra)))!);

describe('/digest', () => {
  it('says so when there are no briefings at all', async () => {
    expect(await ask('/digest')).toContain('no briefings yet');
  });

  it('without a subscription, shows the last day’s briefings (or the latest) with the /who hint', async () => {
    await app.library.add(makeBriefing('x', '2026-06-01T00:00:00Z'));
    const old = await ask('/digest');
    expect(old).toContain('Title x');
    expect(old).toContain('Nothing new');
    await app.library.add(makeBriefing('y', '2026-06-10T05:00:00Z'));
    const fresh = await ask('/digest');
    expect(fresh).toContain('Title y');
    expect(fresh).not.toContain('Title x');
    expect(fresh).toContain('/who');
    expect(data(app.store).deliveries).toEqual({});
  });

  it('is today’s digest for a subscribed chat: the scheduler does not push it again, and /digest shows it again', async () => {
    await app.library.add(makeBriefing('a', '2026-06-10T05:00:00Z'));
    await ask('/subscribe 08:00 UTC');
    const first = await ask('/digest');
    expect(first).toContain('Title a');
    // (the record names the interval it showed, not each briefing: /digest reads them again from it)
    expect(data(app.store).deliveries['console:c1|2026-06-10']).toMatchObject({ status: 'sent', via: 'command', briefingIds: [], after: '2026-06-09T06:00:00.000Z', upTo: '2026-06-10T06:00:00.000Z' });
    // A briefing ingested after it is not part of today's digest shown again.
    await app.library.add(makeBriefing('late', '2026-06-10T07:00:00Z'));

    const t = recordingTransport('console', () => now);
    app.services.transports.console = t;
    const s = new DigestScheduler({ store: app.store, library: app.library, transports: app.services.transports, langFor: () => 'en', now: () => now });
    now = new Date('2026-06-10T08:00:00Z');
    expect(await s.tick(now)).toMatchObject({ due: 0, sent: 0 });
    expect(t.sent).toHaveLength(0);
    const again = await ask('/digest');
    expect(again).toContain('Title a');
    expect(again).not.toContain('Title late');

    // Tomorrow only what came after today's digest.
    await app.library.add(makeBriefing('b', '2026-06-10T12:00:00Z'));
    now = new Date('2026-06-11T08:00:00Z');
    await s.tick(now);
    expect(t.sent).toHaveLength(1);
    const pushed = renderPlain(t.sent[0]!.reply);
    expect(pushed).toContain('Title b');
    expect(pushed).not.toContain('Title a');
    // The scheduled record names its interval from the chat's cursor (the command's upTo), and
    // /digest shows that digest again from it.
    expect(data(app.store).deliveries['console:c1|2026-06-11']).toMatchObject({ status: 'sent', via: 'schedule', briefingIds: [], after: '2026-06-10T06:00:00.000Z', upTo: '2026-06-11T08:00:00.000Z' });
    const shown = await ask('/digest');
    expect(shown).toContain('Title b');
    expect(shown).not.toContain('Title a');
  });

  it('shows again a digest recorded by its briefing ids (records written before intervals)', async () => {
    await app.library.add(makeBriefing('a', '2026-06-10T05:00:00Z'));
    await app.library.add(makeBriefing('z', '2026-06-10T05:30:00Z'));
    await ask('/subscribe 08:00 UTC');
    await app.store.write([
      put(DELIVERIES, 'console:c1|2026-06-10', { chatKey: 'console:c1', localDate: '2026-06-10', status: 'sent', by: 'x', at: '2026-06-10T05:45:00Z', attempts: 1, briefingIds: ['a'], upTo: '2026-06-10T05:45:00Z', via: 'schedule' }),
    ]);
    const r = await ask('/digest');
    expect(r).toContain('Title a');
    expect(r).not.toContain('Title z');
  });

  it('answers in the chat’s language', async () => {
    await app.library.add(makeBriefing('a', '2026-06-10T05:00:00Z'));
    await app.chats.setChat('console:c1', { lang: 'ar' });
    const r = await ask('/digest');
    expect(r).toContain('موجزك اليومي');
    expect(r).toContain('عنوان a');
  });
});
