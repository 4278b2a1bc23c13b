/**
 * Issue 14's "two instances on one PostgreSQL database for three digest days → every chat exactly
 * one digest per day": two stores on one fresh schema, each with its own scheduler and transport,
 * ticking together (Promise.all) every minute of three local days in a fake clock. Then one
 * instance is a separate process killed with SIGKILL in the middle of a fan-out the other shares.
 * Needs a server; without one it is skipped with one line saying so.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import { SECTIONS } from '../../src/app.ts';
import { localParts } from '../../src/digest/local-time.ts';
import { DELIVERIES, SUBSCRIPTIONS, type Delivery } from '../../src/digest/records.ts';
import { subscribe } from '../../src/digest/subscription.ts';
import { put } from '../../src/store/types.ts';
import { renderPlain } from '../../src/reply/render-text.ts';
import { PG_URL, describeOnPostgres, pgReachable } from '../store/engines.ts';
import { plainTransport, startFakePlatform, type FakePlatform } from '../helpers/fake-rate-limited.ts';
import { harness, makeBriefing, recordingTransport, tickAt, type Harness, type Sent } from './fixtures/briefings.ts';

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
const CHILD = fileURLToPath(new URL('./fixtures/fanout-child.ts', import.meta.url));

describeOnPostgres(reachable, 'two instances on one PostgreSQL database', `the two-instance digest tests`, (engine) => {

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

  let server: FakePlatform | undefined;
  let child: ChildProcess | undefined;
  afterEach(async () => {
    child?.kill('SIGKILL');
    child = undefined;
    await server?.close();
    server = undefined;
  });

  it('one instance killed (SIGKILL) mid-fan-out while the other shares it: no chat gets two digests, only its in-flight sends stay in doubt, and those chats are told', async () => {
    const N = 80;
    const NOW = '2026-06-10T08:00:00Z';
    server = await startFakePlatform({ delayMs: 15 });
    const url = server.url;
    const storeA = await engine.fresh(SECTIONS);
    const schema = /schema (\w+)/.exec(storeA.where)![1]!;
    const a = harness(() => ({ telegram: plainTransport(url) }), { store: storeA, start: '2026-06-10T07:00:00Z', options: { instanceId: 'A', concurrency: 4 } });
    await a.library.add(makeBriefing('b', '2026-06-10T06:00:00Z'));
    const chats = Array.from({ length: N }, (_, i) => String(9000 + i));
    for (const id of chats) await subscribe(storeA, { chatKey: `telegram:${id}`, platform: 'telegram', chatId: id }, { minutes: 480, tz: 'UTC', always: false }, a.clock.now);

    // B: another process on the same database, sending 4 at a time.
    const bUrl = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;
    child = spawn(process.execPath, ['--import', 'tsx', CHILD, bUrl, url, NOW, 'plain', 'B'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MUJAZ_LOG_LEVEL: 'silent' } });
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    const exited = new Promise((r) => child!.once('exit', r));
    const until = async (n: number) => {
      const deadline = Date.now() + 20_000;
      while (server!.received.length < n) {
        if (child!.exitCode !== null) throw new Error(`B exited early (${child!.exitCode}): ${err}`);
        if (Date.now() > deadline) throw new Error(`B too slow: ${server!.received.length} received; ${err}`);
        await new Promise((r) => setTimeout(r, 2));
      }
    };
    await until(8);
    a.clock.now = new Date(NOW);
    const aRun = a.scheduler.tick(a.clock.now);
    await until(30);
    child.kill('SIGKILL');
    await exited;
    const first = await aRun;
    // Requests B had already sent still complete on the platform's side.
    await new Promise((r) => setTimeout(r, 100));
    expect(first!.sent).toBeGreaterThan(0);

    // B's last claims are live work to A until the lease is over; then A settles them.
    await tickAt(a, '2026-06-10T08:16:00Z');
    await tickAt(a, '2026-06-10T08:17:00Z');
    await storeA.refresh(DELIVERIES);
    const isNotice = (t: string) => /may not have arrived/.test(t);
    const got = new Map<string, number>();
    for (const r of server.received) if (!isNotice(r.text)) got.set(r.chatId, (got.get(r.chatId) ?? 0) + 1);
    const deliveries = storeA.section(DELIVERIES);
    const unknown = chats.filter((c) => deliveries.get(`telegram:${c}|2026-06-10`)?.status === 'unknown');
    const twice = [...got].filter(([, n]) => n > 1);
    expect(twice).toEqual([]);
    // At most B's four sends in flight at the kill are in doubt.
    expect(unknown.length).toBeLessThanOrEqual(4);
    for (const c of chats) {
      const rec = deliveries.get(`telegram:${c}|2026-06-10`);
      if (unknown.includes(c)) continue;
      expect(rec?.status, c).toBe('sent');
      expect(got.get(c), c).toBe(1);
    }
    const told = server.received.filter((r) => isNotice(r.text)).map((r) => r.chatId);
    expect(told.sort()).toEqual([...unknown].sort());
    process.stderr.write(`kill mid-tick: ${server.received.length - told.length} digests for ${N} chats, ${unknown.length} in doubt (told), A sent ${first!.sent} in its run\n`);
    await storeA.close();
  }, 60_000);

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
