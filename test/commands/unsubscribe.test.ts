import { data } from '../helpers/store.ts';
import { describe, expect, it } from 'vitest';
import { renderPlain } from '../../src/reply/render-text.ts';
import { msg, testApp } from '../helpers/app.ts';

describe('/unsubscribe', () => {
  it('stops the chat’s digest, and says so when there was none', async () => {
    const app = await testApp({ sample: false });
    await app.dispatcher.handle(msg('/subscribe 08:00 UTC'));
    expect(data(app.store).subscriptions['console:c1']).toBeDefined();
    const r = await app.dispatcher.handle(msg('/unsubscribe'));
    expect(renderPlain(r!)).toContain('off');
    expect(data(app.store).subscriptions['console:c1']).toBeUndefined();
    expect(renderPlain((await app.dispatcher.handle(msg('/unsubscribe')))!)).toContain('had no daily digest');
  });

  it('is refused to a group member who is not an admin', async () => {
    const app = await testApp({ sample: false });
    const group = { platform: 'telegram' as const, chatId: '-5', chatType: 'group' as const };
    await app.dispatcher.handle(msg('/subscribe 08:00', { ...group, isChatAdmin: async () => true }));
    const r = await app.dispatcher.handle(msg('/unsubscribe', { ...group, isChatAdmin: async () => false }));
    expect(r!.error).toBe(true);
    expect(data(app.store).subscriptions['telegram:-5']).toBeDefined();
  });

  it('answers in Arabic', async () => {
    const app = await testApp({ sample: false });
    await app.chats.setChat('console:c1', { lang: 'ar' });
    expect(renderPlain((await app.dispatcher.handle(msg('/unsubscribe')))!)).toMatch(/غير مشتركة/);
  });
});
