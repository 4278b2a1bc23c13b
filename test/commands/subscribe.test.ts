import { CHATS } from '../../src/core/chats.ts';
import { SUBSCRIPTIONS } from '../../src/digest/records.ts';
import { put } from '../../src/store/types.ts';
import { data } from '../helpers/store.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { renderPlain } from '../../src/reply/render-text.ts';
import { msg, testApp } from '../helpers/app.ts';

let app: App;
let now: Date;
beforeEach(async () => {
  now = new Date('2026-06-10T06:00:00Z');
  app = await testApp({ sample: false, now: () => now });
});

async function say(text: string, extra: Parameters<typeof msg>[1] = {}) {
  const r = await app.dispatcher.handle(msg(text, extra));
  expect(r).not.toBeNull();
  return { r: r!, text: renderPlain(r!) };
}

describe('/subscribe', () => {
  it('subscribes the chat at a local time in a zone and shows it back', async () => {
    // 06:00Z is 09:00 in Riyadh: a 10:00 digest is still ahead today.
    const { r, text } = await say('/subscribe 10:00 Asia/Riyadh');
    expect(r.error).toBeFalsy();
    expect(text).toContain('10:00 (Asia/Riyadh)');
    expect(data(app.store).subscriptions['console:c1']).toMatchObject({ minutes: 600, tz: 'Asia/Riyadh', always: false, active: true, from: '2026-06-10' });
    expect(app.chats.chat('console:c1').tz).toBe('Asia/Riyadh');
    const shown = await say('/subscribe');
    expect(shown.text).toContain('Daily digest at 10:00 (Asia/Riyadh)');
    expect(shown.text).toContain('Next digest: 2026-06-10');
    expect(shown.text).toContain('/unsubscribe');
  });

  it('defaults the zone to the chat’s last one, else UTC, and accepts --always', async () => {
    await say('/subscribe 07:15 --always');
    expect(data(app.store).subscriptions['console:c1']).toMatchObject({ minutes: 435, tz: 'UTC', always: true });
    await app.chats.setChat('console:c2', { tz: 'America/New_York' });
    await say('/subscribe 9:00', { chatId: 'c2' });
    expect(data(app.store).subscriptions['console:c2']).toMatchObject({ minutes: 540, tz: 'America/New_York' });
  });

  it('starts tomorrow when today’s time has passed', async () => {
    await say('/subscribe 05:00 UTC');
    expect(data(app.store).subscriptions['console:c1']!.from).toBe('2026-06-11');
    expect((await say('/subscribe')).text).toContain('Next digest: 2026-06-11');
  });

  it('refuses bad input with a short clear message and changes nothing', async () => {
    const t = await say('/subscribe 25:00');
    expect(t.r.error).toBe(true);
    expect(t.text).toContain('25:00 is not a time');
    const z = await say('/subscribe 08:00 Mars/Olympus');
    expect(z.r.error).toBe(true);
    expect(z.text).toContain('Mars/Olympus is not a time zone');
    expect((await say('/subscribe Asia/Riyadh')).text).toMatch(/time is missing/);
    expect((await say('/subscribe 08:00 09:00')).r.error).toBe(true);
    expect(data(app.store).subscriptions['console:c1']).toBeUndefined();
    expect((await say('/subscribe')).text).toContain('This chat has no daily digest');
  });

  it('answers in Arabic in an Arabic chat, and takes Arabic digits', async () => {
    await app.chats.setChat('console:c1', { lang: 'ar' });
    const ok = await say('/subscribe ٠٨:٣٠ Asia/Riyadh');
    expect(ok.text).toContain('08:30');
    expect(ok.text).toMatch(/تم/);
    expect((await say('/subscribe 24:00')).text).toContain('ليس وقتًا');
    expect((await say('/subscribe 08:00 Mars/Olympus')).text).toContain('ليست منطقة زمنية');
  });

  it('lets only group admins subscribe a group', async () => {
    const group = { chatType: 'group' as const, platform: 'telegram' as const, chatId: '-100', botUsername: 'mujaz_bot' };
    const refused = await say('/subscribe 08:00', { ...group, isChatAdmin: async () => false });
    expect(refused.r.error).toBe(true);
    expect(data(app.store).subscriptions['telegram:-100']).toBeUndefined();
    await say('/subscribe 08:00', { ...group, isChatAdmin: async () => true });
    expect(data(app.store).subscriptions['telegram:-100']).toMatchObject({ platform: 'telegram', chatId: '-100' });
  });

  it('works the same for a Slack channel through /mujaz subscribe', async () => {
    const slack = { platform: 'slack' as const, chatId: 'C123', chatType: 'channel' as const, commandPrefix: '/mujaz ', isChatAdmin: async () => true };
    const { text } = await say('/subscribe 08:00 Europe/Berlin', slack);
    expect(text).toContain('/mujaz unsubscribe');
    expect(data(app.store).subscriptions['slack:C123']).toMatchObject({ platform: 'slack', chatId: 'C123', tz: 'Europe/Berlin' });
  });

  it('re-subscribing reactivates a chat the platform had refused', async () => {
    await say('/subscribe 08:00');
    const sub = data(app.store).subscriptions['console:c1']!;
    await app.store.write([
      put(SUBSCRIPTIONS, 'console:c1', { ...sub, active: false, inactiveReason: 'Forbidden: bot was blocked by the user' }),
      put(CHATS, 'console:c1', { ...app.chats.chat('console:c1'), active: false }),
    ]);
    expect((await say('/subscribe')).text).toMatch(/paused.*blocked/);
    await say('/subscribe 08:00');
    expect(data(app.store).subscriptions['console:c1']!.active).toBe(true);
    expect(app.chats.chat('console:c1').active).toBe(true);
  });
});
