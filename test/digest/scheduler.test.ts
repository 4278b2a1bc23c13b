import { data } from '../helpers/store.ts';
import { describe, expect, it } from 'vitest';
import { localParts } from '../../src/digest/local-time.ts';
import { CRON_EXPRESSION } from '../../src/digest/scheduler.ts';
import { subscribe } from '../../src/digest/subscription.ts';
import { renderPlain } from '../../src/reply/render-text.ts';
import { everyMinute, harness, makeBriefing, recordingTransport, type Harness, type Sent } from './fixtures/briefings.ts';

function tg(h: Harness): Sent[] {
  return (h.transports.telegram as unknown as { sent: Sent[] }).sent;
}

async function sub(h: Harness, chatId: string, time: string, tz: string, always = true, lang?: 'ar' | 'en') {
  const [hh, mm] = time.split(':').map(Number);
  await subscribe(h.store, { chatKey: `telegram:${chatId}`, platform: 'telegram', chatId }, { minutes: hh! * 60 + mm!, tz, always }, h.clock.now);
  if (lang) await h.chats.setChat(`telegram:${chatId}`, { lang });
}

/** chatId -> local dates it received a digest on (by the local clock at the moment of sending). */
function perDay(sent: Sent[], zones: Record<string, string>): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const s of sent) {
    const d = localParts(s.at, zones[s.chatId]!).date;
    m.set(s.chatId, [...(m.get(s.chatId) ?? []), d]);
  }
  return m;
}

describe('digest scheduler in fake time', () => {
  it('sends each chat one digest per local day at its local time, across two days in several zones', async () => {
    const h = harness((clock) => ({ telegram: recordingTransport('telegram', clock) }), { start: '2026-06-09T20:00:00Z' });
    await h.library.add(makeBriefing('b1', '2026-06-09T12:00:00Z'));
    const zones = { riyadh: 'Asia/Riyadh', ny: 'America/New_York', tokyo: 'Asia/Tokyo', kolkata: 'Asia/Kolkata', utc: 'UTC' };
    await sub(h, 'riyadh', '08:00', zones.riyadh);
    await sub(h, 'ny', '07:30', zones.ny);
    await sub(h, 'tokyo', '23:59', zones.tokyo);
    await sub(h, 'kolkata', '09:15', zones.kolkata);
    await sub(h, 'utc', '00:00', zones.utc);
    await everyMinute(h, '2026-06-09T20:00:00Z', '2026-06-12T00:00:00Z');

    const sent = tg(h);
    const at = (chat: string) => sent.filter((s) => s.chatId === chat).map((s) => s.at.toISOString());
    expect(at('riyadh')).toEqual(['2026-06-10T05:00:00.000Z', '2026-06-11T05:00:00.000Z']);
    expect(at('ny')).toEqual(['2026-06-10T11:30:00.000Z', '2026-06-11T11:30:00.000Z']);
    expect(at('tokyo')).toEqual(['2026-06-10T14:59:00.000Z', '2026-06-11T14:59:00.000Z']);
    expect(at('kolkata')).toEqual(['2026-06-10T03:45:00.000Z', '2026-06-11T03:45:00.000Z']);
    expect(at('utc')).toEqual(['2026-06-10T00:00:00.000Z', '2026-06-11T00:00:00.000Z']);
    for (const [chat, days] of perDay(sent, zones)) expect(new Set(days).size, chat).toBe(days.length);
    // Every send is recorded under its idempotency key.
    expect(data(h.store).deliveries['telegram:ny|2026-06-10']?.status).toBe('sent');
  });

  it('counts a busy day whole in its "N more" line, though it reads only the first hundred', async () => {
    const h = harness((clock) => ({ telegram: recordingTransport('telegram', clock) }), { start: '2026-06-10T00:00:00Z' });
    for (let i = 0; i < 130; i++) await h.library.add(makeBriefing(`d${i}`, new Date(Date.parse('2026-06-09T09:00:00Z') + i * 60_000).toISOString()));
    await sub(h, 'busy', '08:00', 'UTC', false);
    await everyMinute(h, '2026-06-10T07:59:00Z', '2026-06-10T08:01:00Z');
    const text = renderPlain(tg(h)[0]!.reply);
    expect(text).toContain('Title d129');
    const shown = (text.match(/Title d\d+/g) ?? []).length;
    expect(text).toContain(`and ${130 - shown} more`);
  });

  it('sends only what is new since the last digest, and nothing when nothing is new', async () => {
    const h = harness((clock) => ({ telegram: recordingTransport('telegram', clock) }), { start: '2026-06-10T00:00:00Z' });
    await h.library.add(makeBriefing('old', '2026-06-09T10:00:00Z'));
    await sub(h, 'a', '08:00', 'UTC', false);
    await sub(h, 'b', '08:00', 'UTC', true);
    await everyMinute(h, '2026-06-10T07:59:00Z', '2026-06-10T08:01:00Z');
    expect(tg(h).map((s) => s.chatId).sort()).toEqual(['a', 'b']);
    expect(renderPlain(tg(h)[0]!.reply)).toContain('Title old');

    // Day 2: nothing new. 'a' gets nothing; 'b' (--always) gets the latest again.
    await everyMinute(h, '2026-06-11T07:59:00Z', '2026-06-11T08:01:00Z');
    expect(tg(h).filter((s) => s.chatId === 'a')).toHaveLength(1);
    const b = tg(h).filter((s) => s.chatId === 'b');
    expect(b).toHaveLength(2);
    expect(renderPlain(b[1]!.reply)).toMatch(/Nothing new.*latest/);
    expect(data(h.store).deliveries['telegram:a|2026-06-11']?.status).toBe('empty');

    // Day 3: two new briefings since yesterday; the old one is not repeated.
    await h.library.add(makeBriefing('n1', '2026-06-11T12:00:00Z'));
    await h.library.add(makeBriefing('n2', '2026-06-12T06:00:00Z'));
    await everyMinute(h, '2026-06-12T07:59:00Z', '2026-06-12T08:01:00Z');
    const a3 = renderPlain(tg(h).filter((s) => s.chatId === 'a')[1]!.reply);
    expect(a3).toContain('Title n1');
    expect(a3).toContain('Title n2');
    expect(a3).not.toContain('Title old');
    expect(a3).toContain('/who');
    expect(a3).toContain('/precedents');
    // Three summary points per briefing, not four.
    expect(a3).toContain('Third point n1');
    expect(a3).not.toContain('Fourth point n1');
  });

  it('writes each chat its digest in its own language, marking untranslated text', async () => {
    const h = harness((clock) => ({ telegram: recordingTransport('telegram', clock) }), { start: '2026-06-10T00:00:00Z' });
    await h.library.add(makeBriefing('ar-only', '2026-06-09T22:00:00Z', { en: false }));
    await sub(h, 'en', '08:00', 'UTC', false, 'en');
    await sub(h, 'ar', '08:00', 'UTC', false, 'ar');
    await everyMinute(h, '2026-06-10T08:00:00Z', '2026-06-10T08:01:00Z');
    const en = renderPlain(tg(h).find((s) => s.chatId === 'en')!.reply);
    const ar = renderPlain(tg(h).find((s) => s.chatId === 'ar')!.reply);
    expect(en).toContain('Your daily digest');
    expect(en).toContain('النقطة الأولى ar-only');
    expect(en).toContain('Arabic original, not yet translated');
    expect(ar).toContain('موجزك اليومي');
    expect(ar).not.toContain('not yet translated');
  });

  it('America/New_York: a 02:30 digest on the spring-forward day fires at 03:00, the fall-back 01:30 fires once', async () => {
    const h = harness((clock) => ({ telegram: recordingTransport('telegram', clock) }), { start: '2026-03-07T04:00:00Z' });
    await h.library.add(makeBriefing('b', '2026-03-05T00:00:00Z'));
    await sub(h, 'gap', '02:30', 'America/New_York');
    await sub(h, 'rep', '01:30', 'America/New_York');
    await everyMinute(h, '2026-03-07T04:00:00Z', '2026-03-10T04:00:00Z');
    const at = (c: string) => tg(h).filter((s) => s.chatId === c).map((s) => s.at.toISOString());
    // 03-07 02:30 EST = 07:30Z; 03-08 02:30 does not exist -> 03:00 EDT = 07:00Z; 03-09 02:30 EDT = 06:30Z.
    expect(at('gap')).toEqual(['2026-03-07T07:30:00.000Z', '2026-03-08T07:00:00.000Z', '2026-03-09T06:30:00.000Z']);
    expect(at('rep')).toEqual(['2026-03-07T06:30:00.000Z', '2026-03-08T06:30:00.000Z', '2026-03-09T05:30:00.000Z']);

    tg(h).length = 0;
    await everyMinute(h, '2026-10-31T04:00:00Z', '2026-11-03T05:00:00Z');
    // 11-01: 01:30 EDT (05:30Z) happens, then 01:30 EST (06:30Z) again: one digest only.
    expect(at('rep')).toEqual(['2026-10-31T05:30:00.000Z', '2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z']);
    expect(at('gap')).toEqual(['2026-10-31T06:30:00.000Z', '2026-11-01T07:30:00.000Z', '2026-11-02T07:30:00.000Z']);
  });

  it('Europe/Berlin: never skipped or doubled across both 2026 changes', async () => {
    const h = harness((clock) => ({ telegram: recordingTransport('telegram', clock) }), { start: '2026-03-26T23:00:00Z' });
    await h.library.add(makeBriefing('b', '2026-03-26T00:00:00Z'));
    const zones: Record<string, string> = {};
    for (const t of ['01:59', '02:00', '02:30', '02:59', '03:00']) {
      const id = `berlin-${t}`;
      zones[id] = 'Europe/Berlin';
      await sub(h, id, t, 'Europe/Berlin');
    }
    // Local midnight to local midnight: 03-27 00:00 CET .. 03-31 00:00 CEST, 10-23 00:00 CEST .. 10-27 00:00 CET.
    await everyMinute(h, '2026-03-26T23:00:00Z', '2026-03-30T22:00:00Z');
    await everyMinute(h, '2026-10-22T22:00:00Z', '2026-10-26T23:00:00Z');
    const days = perDay(tg(h), zones);
    const expected = ['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30', '2026-10-23', '2026-10-24', '2026-10-25', '2026-10-26'];
    for (const id of Object.keys(zones)) expect(days.get(id), id).toEqual(expected);
    // On 03-29 (02:00 -> 03:00) the 02:30 digest goes at 03:00 CEST = 01:00Z.
    expect(tg(h).find((s) => s.chatId === 'berlin-02:30' && s.at.toISOString().startsWith('2026-03-29'))!.at.toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('a subscription made after today’s time starts tomorrow; one made before it starts today', async () => {
    const h = harness((clock) => ({ telegram: recordingTransport('telegram', clock) }), { start: '2026-06-10T09:00:00Z' });
    await h.library.add(makeBriefing('b', '2026-06-10T06:00:00Z'));
    await sub(h, 'late', '08:00', 'UTC');
    await sub(h, 'early', '10:00', 'UTC');
    await everyMinute(h, '2026-06-10T09:00:00Z', '2026-06-11T08:01:00Z');
    const at = (c: string) => tg(h).filter((s) => s.chatId === c).map((s) => s.at.toISOString());
    expect(at('late')).toEqual(['2026-06-11T08:00:00.000Z']);
    expect(at('early')).toEqual(['2026-06-10T10:00:00.000Z']);
  });

  it('catches up on start a digest missed while down, if the local day is not over', async () => {
    const h = harness((clock) => ({ telegram: recordingTransport('telegram', clock) }), { start: '2026-06-09T00:00:00Z' });
    await h.library.add(makeBriefing('b', '2026-06-09T06:00:00Z'));
    await sub(h, 'riyadh', '08:00', 'Asia/Riyadh'); // due 05:00Z
    await sub(h, 'la', '06:00', 'America/Los_Angeles'); // due 13:00Z on 06-09 (local)
    // The process was down from 2026-06-09T04:00Z to 2026-06-09T22:30Z: Riyadh's day is over
    // (01:30 on 06-10), Los Angeles is still on 06-09 (15:30).
    await h.scheduler.tick(new Date('2026-06-09T22:30:00Z'));
    const sent = tg(h);
    expect(sent.map((s) => s.chatId)).toEqual(['la']);
    expect(data(h.store).deliveries['telegram:riyadh|2026-06-09']).toBeUndefined();
  });

  it('an overlapping tick steps aside; nothing is sent twice', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const h = harness((clock) => {
      const t = recordingTransport('telegram', clock);
      const send = t.send;
      t.send = async (chatId, reply) => {
        await gate;
        return send(chatId, reply);
      };
      return { telegram: t };
    }, { start: '2026-06-10T07:00:00Z' });
    await h.library.add(makeBriefing('b', '2026-06-10T06:00:00Z'));
    for (let i = 0; i < 5; i++) await sub(h, `c${i}`, '08:00', 'UTC');
    const now = new Date('2026-06-10T08:00:00Z');
    const first = h.scheduler.tick(now);
    const second = await h.scheduler.tick(now);
    expect(second).toBeNull();
    release();
    expect((await first)?.sent).toBe(5);
    expect(await h.scheduler.tick(new Date('2026-06-10T08:01:00Z'))).toMatchObject({ due: 0, sent: 0 });
    expect(tg(h)).toHaveLength(5);
    expect(h.scheduler.overlaps).toBe(1);
  });

  it('a chat answered by /digest after the run picked it but before its claim is not sent again', async () => {
    const { digestNow } = await import('../../src/digest/on-demand.ts');
    let h!: Harness;
    let answered: Promise<unknown> | undefined;
    h = harness((clock) => ({ telegram: recordingTransport('telegram', clock) }), {
      start: '2026-06-10T07:00:00Z',
      // langFor runs between choosing the due chats and claiming them: answer /digest for chat b there.
      lang: (chatKey) => {
        if (chatKey === 'telegram:b') answered ??= digestNow(h, { chatKey, lang: 'en' }, h.clock.now);
        return 'en';
      },
    });
    // The library is read asynchronously: let the /digest answer land before the run's claims.
    const claim = h.store.claim.bind(h.store);
    h.store.claim = async (...a: Parameters<typeof claim>) => {
      if ((a[2] as { via?: string }).via === 'schedule') await answered;
      return claim(...a);
    };
    await h.library.add(makeBriefing('x', '2026-06-10T06:00:00Z'));
    await sub(h, 'a', '08:00', 'UTC');
    await sub(h, 'b', '08:00', 'UTC');
    h.clock.now = new Date('2026-06-10T08:00:00Z');
    const s = await h.scheduler.tick(h.clock.now);
    expect(s).toMatchObject({ due: 2, sent: 1, skipped: 1 });
    expect(tg(h).map((x) => x.chatId)).toEqual(['a']);
    expect(data(h.store).deliveries['telegram:b|2026-06-10']).toMatchObject({ status: 'sent', via: 'command' });
  });

  it('skips a subscription whose zone this runtime does not know, and serves the others', async () => {
    const h = harness((clock) => ({ telegram: recordingTransport('telegram', clock) }), { start: '2026-06-10T07:00:00Z' });
    await h.library.add(makeBriefing('x', '2026-06-10T06:00:00Z'));
    await sub(h, 'ok', '08:00', 'UTC');
    await sub(h, 'odd', '08:00', 'UTC');
    data(h.store).subscriptions['telegram:odd']!.tz = 'Mars/Olympus';
    await sub(h, 'broken', '08:00', 'UTC');
    (data(h.store).subscriptions['telegram:broken'] as unknown as Record<string, unknown>).minutes = '8am';
    expect(await h.scheduler.tick(new Date('2026-06-10T08:00:00Z'))).toMatchObject({ due: 1, sent: 1 });
    expect(tg(h).map((x) => x.chatId)).toEqual(['ok']);
  });

  it('schedules its minute tick with node-cron in UTC without overlap', async () => {
    const h = harness((clock) => ({ telegram: recordingTransport('telegram', clock) }));
    const calls: unknown[][] = [];
    const fake = ((...args: unknown[]) => {
      calls.push(args);
      return { destroy: () => undefined };
    }) as never;
    const s = new (h.scheduler.constructor as typeof import('../../src/digest/scheduler.ts').DigestScheduler)(
      { store: h.store, library: h.library, transports: h.transports, langFor: () => 'en', now: () => h.clock.now },
      { schedule: fake },
    );
    s.start();
    await s.stop();
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBe('* * * * *');
    expect(calls[0]![2]).toEqual({ timezone: 'UTC', name: 'digests', noOverlap: true });
  });

  it('really registers a node-cron task that fires every minute', async () => {
    const cron = (await import('node-cron')).default;
    const h = harness((clock) => ({ telegram: recordingTransport('telegram', clock) }));
    h.scheduler.start();
    const task = [...cron.getTasks().values()].find((t) => t.name === 'digests');
    expect(task?.getPattern()).toBe(CRON_EXPRESSION);
    expect(cron.validate(CRON_EXPRESSION)).toBe(true);
    const next = task!.getNextRun()!;
    expect(next.getUTCSeconds()).toBe(0);
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(60_000);
    await h.scheduler.stop();
    expect([...cron.getTasks().values()].find((t) => t.name === 'digests')).toBeUndefined();
  });
});
