/**
 * Issue 14's "two instances on one PostgreSQL database for three digest days → every chat exactly
 * one digest per day": two stores on one fresh schema, each with its own scheduler and transport,
 * ticking together (Promise.all) every minute of three local days in a fake clock. Needs a server;
 * without one it is skipped with one line saying so.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src/app.ts';
import { localParts } from '../../src/digest/local-time.ts';
import { DELIVERIES, SUBSCRIPTIONS, type Delivery } from '../../src/digest/records.ts';
import { subscribe } from '../../src/digest/subscription.ts';
import { put } from '../../src/store/types.ts';
import { renderPlain } from '../../src/reply/render-text.ts';
import { PG_URL, pgReachable, postgresEngine } from '../store/engines.ts';
import { harness, makeBriefing, recordingTransport, type Harness, type Sent } from './fixtures/briefings.ts';

const ZONES = ['UTC', 'Asia/Riyadh', 'America/New_York', 'Asia/Tokyo', 'Asia/Kolkata', 'Europe/Berlin', 'Australia/Adelaide', 'America/Los_Angeles'];
// Many chats share a minute (contention for the same tick), a few sit at the ends of the day.
const TIMES = ['08:00', '08:00', '08:01', '08:00', '00:00', '23:59', '12:30'];
const CHATS = 60;
// Every chat's local 2026-06-10 .. 06-12 lies inside this window (UTC+9:30 to UTC-7).
const FROM = Date.parse('2026-06-09T14:00:00Z');
const TO = Date.parse('2026-06-13T07:00:00Z');
const BRIEFING_EVERY_MS = 6 * 3600_000;
// B stops after two of the four UTC days; A serves everyone after that.
const B_STOPS = FROM + 48 * 3600_000;

const sentBy = (h: Harness): Sent[] => (h.transports.telegram as unknown as { sent: Sent[] }).sent;
const isDigest = (s: Sent) => /Your daily digest/.test(renderPlain(s.reply));

const reachable = await pgReachable();

if (!reachable) {
  process.stderr.write(`PostgreSQL not reachable at ${PG_URL.replace(/:[^:@/]+@/, ':***@')}: skipping the two-instance digest tests\n`);
  describe.skip('two instances on one PostgreSQL database (no server)', () => it.skip('three digest days', () => undefined));
} else {
  describe('two instances on one PostgreSQL database', () => {
    const engine = postgresEngine();
    afterAll(() => engine.cleanup());

    it('three digest days, one instance stopping after two: every chat gets exactly one digest per local day, none repeats a briefing', async () => {
      const storeA = await engine.fresh(SECTIONS);
      const start = new Date(FROM).toISOString();
      const a = harness((clock) => ({ telegram: recordingTransport('telegram', clock) }), { store: storeA, start, options: { instanceId: 'A' } });
      const storeB = await engine.second!(storeA);
      for (const s of SECTIONS) storeB.section(s);
      const b = harness((clock) => ({ telegram: recordingTransport('telegram', clock) }), { store: storeB, start, options: { instanceId: 'B' } });
      const zoneOf: Record<string, string> = {};
      for (let i = 0; i < CHATS; i++) {
        const chatId = `c${i}`;
        const tz = ZONES[i % ZONES.length]!;
        const [hh, mm] = TIMES[i % TIMES.length]!.split(':').map(Number);
        zoneOf[chatId] = tz;
        // Behind a load balancer, /subscribe lands on either instance.
        const via = i % 2 ? storeB : storeA;
        await subscribe(via, { chatKey: `telegram:${chatId}`, platform: 'telegram', chatId }, { minutes: hh! * 60 + mm!, tz, always: false }, a.clock.now);
      }

      let nextBriefing = FROM - BRIEFING_EVERY_MS;
      let n = 0;
      let bRunning = true;
      let split = '';
      for (let t = FROM; t < TO; t += 60_000) {
        if (bRunning && t >= B_STOPS) {
          // B goes away (a deploy, a crash between ticks): A must serve B's subscribers alone.
          split = `A sent ${sentBy(a).filter(isDigest).length}, B sent ${sentBy(b).filter(isDigest).length} while both ran`;
          await storeB.close();
          bRunning = false;
        }
        // New briefings every six hours, so every chat has something new each day.
        while (nextBriefing <= t) {
          await a.library.add(makeBriefing(`b${n++}`, new Date(nextBriefing).toISOString()));
          nextBriefing += BRIEFING_EVERY_MS;
        }
        a.clock.now = new Date(t);
        b.clock.now = new Date(t);
        await Promise.all([a.scheduler.tick(a.clock.now), bRunning && b.scheduler.tick(b.clock.now)]);
      }
      await storeA.flush();

      const all = [...sentBy(a), ...sentBy(b)];
      const digests = all.filter(isDigest);

      const days = new Map<string, string[]>();
      const titles = new Map<string, string[]>();
      for (const s of digests) {
        days.set(s.chatId, [...(days.get(s.chatId) ?? []), localParts(s.at, zoneOf[s.chatId]!).date]);
        const shown = renderPlain(s.reply).match(/Title b\d+/g) ?? [];
        titles.set(s.chatId, [...(titles.get(s.chatId) ?? []), ...shown]);
      }
      const problems: string[] = [];
      // Anything else sent is a "your digest may not have arrived" notice: none is due here.
      const notices = all.filter((s) => !isDigest(s));
      if (notices.length) problems.push(`${notices.length} "may not have arrived" notices (${new Set(notices.map((s) => s.chatId)).size} chats)`);
      for (let i = 0; i < CHATS; i++) {
        const chat = `c${i}`;
        const got = days.get(chat) ?? [];
        for (const d of ['2026-06-10', '2026-06-11', '2026-06-12']) {
          const k = got.filter((x) => x === d).length;
          if (k !== 1) problems.push(`${chat} (${zoneOf[chat]} ${TIMES[i % TIMES.length]}) got ${k} digests on ${d}`);
        }
        for (const d of new Set(got)) if (got.filter((x) => x === d).length > 1 && d < '2026-06-10') problems.push(`${chat} got ${d} twice`);
        const seen = titles.get(chat) ?? [];
        const repeated = seen.filter((x, j) => seen.indexOf(x) !== j);
        if (repeated.length) problems.push(`${chat} was sent ${[...new Set(repeated)].join(', ')} again`);
      }
      expect(problems).toEqual([]);
      process.stderr.write(`two instances: ${digests.length} digests; ${split}\n`);
      await storeA.close();
    }, 120_000);

    it('a chat another instance is claiming at this moment is passed over, not waited for', async () => {
      const s = await engine.fresh(SECTIONS);
      await s.write(['telegram:x', 'telegram:y'].map((k) => put(SUBSCRIPTIONS, k, { chatKey: k } as never)));
      const schema = /schema (\w+)/.exec(s.where)![1]!;
      // Another instance's claim transaction, caught holding chat x's row.
      const other = new pg.Client({ connectionString: PG_URL });
      await other.connect();
      try {
        await other.query(`SET search_path TO ${schema}`);
        await other.query('BEGIN');
        await other.query(`SELECT key FROM mujaz_records WHERE section = 'subscriptions' AND key = 'telegram:x' FOR UPDATE`);
        const value = { status: 'claimed' } as Delivery;
        const cands = ['x', 'y'].map((c) => ({ key: `telegram:${c}|2026-06-10`, value, lockKey: `telegram:${c}` }));
        expect(await s.claimFirst(DELIVERIES, SUBSCRIPTIONS, cands)).toEqual({ took: 'telegram:y|2026-06-10', passed: ['telegram:x|2026-06-10'] });
        await other.query('ROLLBACK');
        // Released without a claim: free again (y, after it, is not looked at).
        expect(await s.claimFirst(DELIVERIES, SUBSCRIPTIONS, cands)).toEqual({ took: 'telegram:x|2026-06-10', passed: [] });
      } finally {
        await other.end();
        await s.close();
      }
    });
  });
}
