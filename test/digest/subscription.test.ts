import { DELIVERIES } from '../../src/digest/records.ts';
import { put } from '../../src/store/types.ts';
import { data } from '../helpers/store.ts';
import { describe, expect, it } from 'vitest';
import { defaultZone, nextDue, parseSubscribeArgs, subscribe, unsubscribe } from '../../src/digest/subscription.ts';
import { memoryStore } from '../../src/store/open.ts';

describe('/subscribe arguments', () => {
  it('reads time, zone and --always in any order', () => {
    expect(parseSubscribeArgs('')).toEqual({ kind: 'show' });
    expect(parseSubscribeArgs('08:00 Asia/Riyadh')).toEqual({ kind: 'set', minutes: 480, tz: 'Asia/Riyadh', always: false });
    expect(parseSubscribeArgs('--always asia/riyadh 8:00')).toEqual({ kind: 'set', minutes: 480, tz: 'Asia/Riyadh', always: true });
    expect(parseSubscribeArgs('07:30 —always')).toEqual({ kind: 'set', minutes: 450, tz: null, always: true });
  });

  it('names what is wrong', () => {
    expect(parseSubscribeArgs('25:00')).toEqual({ kind: 'bad-time', input: '25:00' });
    expect(parseSubscribeArgs('8')).toEqual({ kind: 'bad-time', input: '8' });
    expect(parseSubscribeArgs('08:00 Mars/Olympus')).toEqual({ kind: 'bad-zone', input: 'Mars/Olympus' });
    expect(parseSubscribeArgs('Asia/Riyadh')).toEqual({ kind: 'no-time' });
    expect(parseSubscribeArgs('08:00 UTC Asia/Riyadh')).toEqual({ kind: 'usage' });
    expect(parseSubscribeArgs('<script>')).toEqual({ kind: 'bad-zone', input: '<script>' });
  });
});

describe('subscriptions in the store', () => {
  it('keeps the content cursor when the time changes, and is gone after unsubscribe', async () => {
    const store = memoryStore();
    const chat = { chatKey: 'telegram:1', platform: 'telegram' as const, chatId: '1' };
    const now = new Date('2026-06-10T06:00:00Z');
    await subscribe(store, chat, { minutes: 480, tz: 'UTC', always: false }, now);
    data(store).subscriptions['telegram:1']!.cursor = '2026-06-09T08:00:00.000Z';
    await subscribe(store, chat, { minutes: 540, tz: 'Europe/Berlin', always: false }, now);
    expect(data(store).subscriptions['telegram:1']).toMatchObject({ minutes: 540, cursor: '2026-06-09T08:00:00.000Z' });
    expect(defaultZone(store, 'telegram:1')).toBe('Europe/Berlin');
    expect(defaultZone(store, 'telegram:2')).toBe('UTC');
    expect(await unsubscribe(store, 'telegram:1')).toBe(true);
    expect(await unsubscribe(store, 'telegram:1')).toBe(false);
  });

  it('tells the next digest date: today until today’s is settled', async () => {
    const store = memoryStore();
    const now = new Date('2026-06-10T06:00:00Z');
    const sub = await subscribe(store, { chatKey: 'console:c', platform: 'console', chatId: 'c' }, { minutes: 480, tz: 'UTC', always: false }, now);
    expect(nextDue(store, sub, now)).toBe('2026-06-10');
    await store.write([put(DELIVERIES, 'console:c|2026-06-10', {
      chatKey: 'console:c', localDate: '2026-06-10', status: 'sent', by: 'x', at: now.toISOString(), attempts: 1, briefingIds: [], upTo: now.toISOString(), via: 'schedule',
    })]);
    expect(nextDue(store, sub, now)).toBe('2026-06-11');
  });

  it('moving to a zone a day behind does not repeat a date already delivered', async () => {
    const store = memoryStore();
    const chat = { chatKey: 'telegram:1', platform: 'telegram' as const, chatId: '1' };
    // Tokyo's 06-11 digest went out at 08:00 JST = 06-10 23:00Z.
    await store.write([put(DELIVERIES, 'telegram:1|2026-06-11', {
      chatKey: 'telegram:1', localDate: '2026-06-11', status: 'sent', by: 'x', at: '2026-06-10T23:00:00Z', attempts: 1, briefingIds: [], upTo: '2026-06-10T23:00:00Z', via: 'schedule',
    })]);
    // Half an hour later it moves to New York, where it is still 06-10.
    const sub = await subscribe(store, chat, { minutes: 20 * 60, tz: 'America/New_York', always: false }, new Date('2026-06-10T23:30:00Z'));
    expect(sub.from).toBe('2026-06-12');
  });
});
