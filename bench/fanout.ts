/**
 * Digest fan-out to 10,000 subscribed chats against a local fake platform that allows 3,000
 * messages/s overall (token bucket, 0.1 s burst) and answers 429 with retry_after past it, on each
 * engine (FANOUT_ENGINES, default lowdb,postgres; PostgreSQL skipped in one line when no server
 * answers), with a library of FANOUT_LIBRARY (10,000) briefings.
 * Prints, per run and as the median of RUNS runs (the machine is shared, single runs are noisy),
 * the wall time and its ratio to N ÷ limit (target ≤ 1.1); lost and duplicated messages counted
 * from the server's log (target 0 and 0, in every run); and this process's peak RSS.
 * Wall time is the whole scheduler run: finding due chats, claims written before sending, the
 * sends, and the outcome records on disk.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Briefing } from '../src/briefing/types.ts';
import type { Subscription } from '../src/digest/records.ts';
import { DigestScheduler } from '../src/digest/scheduler.ts';
import { Library } from '../src/library/library.ts';
import { setLogLevel } from '../src/log.ts';
import { reply, text } from '../src/reply/model.ts';
import { LowdbStore } from '../src/store/lowdb/engine.ts';
import { put, type Store } from '../src/store/types.ts';
import { PG_URL, pgReachable } from '../test/store/engines.ts';
import pg from 'pg';
import { DELIVERIES, SUBSCRIPTIONS } from '../src/digest/records.ts';
import { FakePlatformTransport } from '../test/helpers/fake-rate-limited.ts';

const N = Number(process.env.FANOUT_N ?? 10_000);
const LIMIT = Number(process.env.FANOUT_LIMIT ?? 3_000);
const RUNS = Number(process.env.FANOUT_RUNS ?? 3);
/** Sends in flight: at 3,000/s each must cover a claim's disk flush, the round trip and the outcome. */
const CONCURRENCY = Number(process.env.FANOUT_CONCURRENCY ?? 64);
const LIBRARY = Number(process.env.FANOUT_LIBRARY ?? 10_000);
const ENGINES = (process.env.FANOUT_ENGINES ?? 'lowdb,postgres').split(',') as Array<'lowdb' | 'postgres'>;
/** Run i sends the digests of day i after this one (each run has new delivery keys). */
const DAY0 = Date.parse('2026-06-10T08:00:00Z');
const DAY = 86_400_000;
const WARMUP = 2_000;

function briefing(id = 'bench-briefing', ingestedAt = '2026-06-10T06:00:00Z'): Briefing {
  return {
    id,
    lang: 'ar',
    title: { ar: `شراكة روسيا وإيران ${id}`, en: `The Russia–Iran partnership ${id}` },
    summary: {
      ar: ['النقطة الأولى', 'النقطة الثانية', 'النقطة الثالثة'],
      en: ['Moscow and Tehran signed a partnership treaty.', 'It stops short of a mutual defence clause.', 'Analysts read it as a hedge.'],
    },
    people: [],
    quotes: [],
    precedents: [],
    timeline: [],
    sources: [],
    sentences: [],
    meta: { ingestedAt },
    parserVersion: 1,
  };
}

interface ServerLog {
  received: string[];
  firstAt?: number;
  lastAt?: number;
  stats: { requests: number; tooMany: number; deduplicated: number };
}

interface RunResult {
  wall: number;
  ratio: number;
  lost: number;
  duplicated: number;
  tooMany: number;
  recordedSent: number;
  line: string;
}

type Ask = <T>(pred: (m: unknown) => boolean, send?: string) => Promise<T>;

/** An engine's store, opened again as often as needed on the same data. */
interface Bench {
  name: 'lowdb' | 'postgres';
  open(): Promise<Store>;
  drop(): Promise<void>;
}

function lowdbBench(): Bench {
  const dir = mkdtempSync(join(tmpdir(), 'mujaz-fanout-'));
  const file = join(dir, 'mujaz.db.json');
  return { name: 'lowdb', open: () => LowdbStore.open(file), drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function postgresBench(): Promise<Bench> {
  const { PostgresStore } = await import('../src/store/postgres/engine.ts');
  const schema = `mujaz_fanout_${process.pid}`;
  const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;
  return {
    name: 'postgres',
    open: () => PostgresStore.open(url),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}

/** The library (LIBRARY briefings over the week before day 0) and N chats subscribed for 08:00 UTC. */
async function prepare(b: Bench): Promise<void> {
  const t0 = performance.now();
  const store = await b.open();
  const CHUNK = 2000;
  const span = 7 * DAY;
  for (let i = 0; i < LIBRARY; i += CHUNK) {
    const part = Array.from({ length: Math.min(CHUNK, LIBRARY - i) }, (_, k) => {
      const n = i + k;
      return briefing(`b-lib${n.toString(16).padStart(6, '0')}`, new Date(DAY0 - span + Math.floor((n * span) / LIBRARY)).toISOString());
    });
    await store.briefings.putMany(part);
  }
  const subs = [];
  for (let k = 0; k < N; k++) {
    const chatId = String(100_000 + k);
    const sub: Subscription = {
      chatKey: `telegram:${chatId}`,
      platform: 'telegram',
      chatId,
      minutes: 8 * 60,
      tz: 'UTC',
      always: false,
      active: true,
      from: '2026-06-01',
      createdAt: '2026-06-01T00:00:00Z',
    };
    subs.push(put(SUBSCRIPTIONS, sub.chatKey, sub));
  }
  await store.write(subs);
  process.stdout.write(`  ${b.name}: ${LIBRARY} briefings and ${N} subscriptions written in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  await store.close();
}

async function oneRun(i: number, b: Bench, transport: FakePlatformTransport, ask: Ask): Promise<RunResult> {
  const now = new Date(DAY0 + (i - 1) * DAY);
  const date = now.toISOString().slice(0, 10);
  const store = await b.open();
  try {
    // Something new for today's digest (the chats' cursors stand at the last run).
    await new Library(store.briefings).add(briefing(`bench-${date}`, new Date(now.getTime() - 2 * 3600_000).toISOString()));
    const library = new Library(store.briefings);
    // Let the platform's bucket refill and forget earlier runs.
    await new Promise((r) => setTimeout(r, 300));
    await ask((m) => typeof m === 'object' && m !== null && 'reset' in m, 'reset');

    // Sent without idempotency keys, like Telegram: a repeated send would reach the chat twice
    // and show up in the server's log.
    const plain = { platform: transport.platform, send: transport.send.bind(transport) };
    const scheduler = new DigestScheduler(
      { store, library, transports: { telegram: plain }, langFor: () => 'en', now: () => now },
      {
        // The sender paces at the platform's limit; a 0.1 s burst lets it catch up after a file
        // write stalls the event loop (the odd 429 that jitter then causes is retried after retry_after).
        limits: { telegram: { perSecond: LIMIT, burst: Math.round(LIMIT / 10), chatIntervalMs: () => 1000 } },
        concurrency: CONCURRENCY,
      },
    );
    const started = Date.now();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const summary = await scheduler.tick(now);
    const wall = (performance.now() - t0) / 1000;
    const ended = Date.now();
    const cpu = process.cpuUsage(cpu0);

    const log = await ask<ServerLog>((m) => typeof m === 'object' && m !== null && 'received' in m, 'log');
    const seen = new Map<string, number>();
    for (const c of log.received) seen.set(c, (seen.get(c) ?? 0) + 1);
    let lost = 0;
    for (let k = 0; k < N; k++) if (!seen.has(String(100_000 + k))) lost++;
    const duplicated = log.received.length - seen.size + log.stats.deduplicated;
    const ratio = wall / (N / LIMIT);
    // What a restart would read back (snapshot + journal, or the database).
    await store.close();
    const again = await b.open();
    const recordedSent = again.section(DELIVERIES).values().filter((d) => d.status === 'sent' && d.localDate === date).length;
    await again.close();
    const first = (log.firstAt ?? started) - started;
    const sending = ((log.lastAt ?? ended) - (log.firstAt ?? started)) / 1000;
    const tail = ended - (log.lastAt ?? ended);
    const cpuS = (cpu.user + cpu.system) / 1e6;
    const line =
      `  ${b.name} run ${i}: ${wall.toFixed(2)} s, ratio ${ratio.toFixed(3)}, lost ${lost}, duplicated ${duplicated}, 429s ${log.stats.tooMany}, ` +
      `sent ${summary?.sent ?? 0} (on disk ${recordedSent}); first message after ${first} ms, sending ${sending.toFixed(2)} s, ` +
      `records on disk ${tail} ms after the last; sender CPU ${cpuS.toFixed(2)} s`;
    return { wall, ratio, lost, duplicated, tooMany: log.stats.tooMany, recordedSent, line };
  } finally {
    await store.close().catch(() => undefined);
  }
}

export async function run(): Promise<boolean> {
  setLogLevel('warn');
  // The platform runs in its own process so its work does not share the sender's event loop.
  const child = fork(fileURLToPath(new URL('./_fake-platform-process.ts', import.meta.url)), [JSON.stringify({ ratePerSec: LIMIT, burst: Math.round(LIMIT / 10) })], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask: Ask = <T>(pred: (m: unknown) => boolean, send?: string) =>
    new Promise<T>((resolve) => {
      const on = (m: unknown) => {
        if (pred(m)) {
          child.off('message', on);
          resolve(m as T);
        }
      };
      child.on('message', on);
      if (send) child.send(send);
    });
  const transport = new FakePlatformTransport((await ask<{ url: string }>((m) => typeof m === 'object' && m !== null && 'url' in m)).url);
  try {
    // A bot that sends digests has been running for a while: warm the connection pool and both
    // processes' code paths with untimed messages at half the limit.
    const warm = reply('en', [text('warm-up')]);
    for (let i = 0; i < WARMUP; i += 50) {
      await Promise.all(Array.from({ length: 50 }, (_, k) => transport.send(`warm-${i + k}`, warm)));
      await new Promise((r) => setTimeout(r, (50 / (LIMIT / 2)) * 1000));
    }
    process.stdout.write(
      `fan-out: ${N} chats, platform limit ${LIMIT} msg/s (0.1 s burst; 429 + retry_after past it); N ÷ limit = ${(N / LIMIT).toFixed(2)} s; ` +
        `connections warmed with ${WARMUP} untimed messages\n`,
    );
    let ok = true;
    for (const engine of ENGINES) {
      if (engine === 'postgres' && !(await pgReachable())) {
        process.stdout.write(`postgres: skipped, no PostgreSQL server answers at ${PG_URL}\n`);
        continue;
      }
      const b = engine === 'postgres' ? await postgresBench() : lowdbBench();
      try {
        await prepare(b);
        const results: RunResult[] = [];
        for (let i = 1; i <= RUNS; i++) {
          const r = await oneRun(i, b, transport, ask);
          process.stdout.write(`${r.line}\n`);
          results.push(r);
        }
        ok = summarise(engine, results) && ok;
      } finally {
        await b.drop();
      }
    }
    return ok;
  } finally {
    transport.close();
    child.send('close');
  }
}

function summarise(engine: string, results: RunResult[]): boolean {
  const median = [...results].sort((a, b) => a.ratio - b.ratio)[Math.floor(results.length / 2)]!;
  const lost = Math.max(...results.map((r) => r.lost));
  const duplicated = Math.max(...results.map((r) => r.duplicated));
  const allRecorded = results.every((r) => r.recordedSent === N);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    [
      `  ${engine}: wall time (median of ${RUNS})  ${median.wall.toFixed(2)} s`,
      `  ${engine}: ratio to N ÷ limit         ${median.ratio.toFixed(3)}  (target ≤ 1.1)`,
      `  ${engine}: lost (worst run)           ${lost}  (target 0)`,
      `  ${engine}: duplicated (worst run)     ${duplicated}  (target 0)`,
      `  ${engine}: every delivery on disk     ${allRecorded ? 'yes' : 'NO'}`,
      `  peak RSS so far                   ${rssMb.toFixed(0)} MB`,
      '',
    ].join('\n'),
  );
  return median.ratio <= 1.1 && lost === 0 && duplicated === 0 && allRecorded;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ok = await run();
  process.exit(ok ? 0 : 1);
}
