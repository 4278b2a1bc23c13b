import { SUBSCRIPTIONS } from '../../src/digest/records.ts';
import { put } from '../../src/store/types.ts';
import { describe, expect, it } from 'vitest';
import { digestStarter } from '../../src/digest/starter.ts';
import { starters } from '../../src/starters.ts';
import { testApp } from '../helpers/app.ts';
import { makeBriefing, recordingTransport } from './fixtures/briefings.ts';

describe('the digests starter', () => {
  it('is listed for npm start, registers the scheduler and catches up at once', async () => {
    expect(starters).toContain(digestStarter);
    let now = new Date('2026-06-10T09:00:00Z');
    const app = await testApp({ sample: false, now: () => now });
    const t = recordingTransport('console', () => now);
    app.services.transports.console = t;
    await app.library.add(makeBriefing('b', '2026-06-10T07:00:00Z'));
    await app.store.write([
      put(SUBSCRIPTIONS, 'console:c', {
        chatKey: 'console:c', platform: 'console', chatId: 'c', minutes: 480, tz: 'UTC', always: false, active: true, from: '2026-06-10', createdAt: '2026-06-09T00:00:00Z',
      }),
    ]);
    const running = await digestStarter(app);
    expect(running?.name).toBe('digests');
    expect(app.services.digests).toBeDefined();
    // The catch-up run started by start() sends the 08:00 digest missed before 09:00.
    for (let i = 0; i < 100 && t.sent.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(t.sent.map((s) => s.chatId)).toEqual(['c']);
    await running!.stop();
    now = new Date('2026-06-10T09:01:00Z');
    expect(await app.services.digests!.tick()).toMatchObject({ due: 0 });
  });

  it('starts nothing when MUJAZ_DIGESTS=off', async () => {
    const app = await testApp({ sample: false, env: { MUJAZ_DIGESTS: 'off' } });
    expect(await digestStarter(app)).toBeNull();
    expect(app.services.digests).toBeUndefined();
  });
});
