/**
 * Telegram answers per second against the local fake Bot API (test/helpers/fake-telegram.ts),
 * the real grammY bot polling it, with a library of 1 briefing and of TELEGRAM_BENCH_SIZE
 * (10,000) briefings, on lowdb and (when a server answers) PostgreSQL. USERS private chats each
 * send a round of everyday commands; the figure is updates answered ÷ wall time, after a
 * warm-up round (the median of TELEGRAM_BENCH_ROUNDS rounds, 3), and the CPU time per answer
 * beside it (less swayed by a shared machine's load). Target from issue 14: the rate at 10k ≥ 0.8 × the rate at 1 briefing.
 * TELEGRAM_BENCH_COMMANDS=/search iran (comma-separated): only these commands, to see which one a
 * larger library slows (round thirty-eight: /search, whose candidates walk the whole rank order).
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { commands } from '../commands/index.ts';
import { createApp } from '../src/app.ts';
import { parseConfig } from '../src/config.ts';
import { setLogLevel } from '../src/log.ts';
import { startTelegramWith } from '../src/platforms/telegram/start.ts';
import { LowdbStore } from '../src/store/lowdb/engine.ts';
import type { Store } from '../src/store/types.ts';
import type { Briefing } from '../src/briefing/types.ts';
import { BOT_USER, FakeTelegram, privateMessage } from '../test/helpers/fake-telegram.ts';
import { PG_URL, pgReachable } from '../test/store/engines.ts';
import { cachedLibrary, LIBRARY_START, libraryWords, synthetic, templates } from './storage.ts';

const SIZE = Number(process.env.TELEGRAM_BENCH_SIZE ?? 10_000);
const USERS = Number(process.env.TELEGRAM_BENCH_USERS ?? 100);
/** TELEGRAM_BENCH_ENGINES=postgres: one engine only. */
const ENGINES = (process.env.TELEGRAM_BENCH_ENGINES ?? 'lowdb,postgres').split(',');
const COMMANDS = process.env.TELEGRAM_BENCH_COMMANDS?.split(',') ?? ['/summary', '/briefings', '/people', '/search iran', '/quotes', '/help'];

function library(n: number): Briefing[] {
  const base = templates();
  const words = libraryWords(base);
  return Array.from({ length: n }, (_, i) => synthetic(i, base, words, LIBRARY_START));
}

const ROUNDS = Number(process.env.TELEGRAM_BENCH_ROUNDS ?? 3);

export interface Rate {
  /** Updates answered per second: the median of ROUNDS rounds. */
  perSecond: number;
  /** CPU time of this process (bot and fake Bot API) per update answered, median of the rounds. */
  cpuMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Updates answered per second by a bot on `store`, after one warm-up round (median of ROUNDS rounds: the machine is shared). */
export async function rate(store: Store, hooks: { measuring?: () => Promise<void> } = {}): Promise<Rate> {
  const app = await createApp(parseConfig({}), { store, commands });
  const fake = await FakeTelegram.start({ maxHoldMs: 50 });
  const running = await startTelegramWith(app, { token: fake.token, apiRoot: fake.apiRoot, botInfo: BOT_USER, rateLimit: { limit: 1_000_000, timeFrameMs: 1000 } });
  try {
    const round = async (): Promise<Rate> => {
      const before = fake.callsOf('sendMessage').length;
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      for (let u = 0; u < USERS; u++) for (const c of COMMANDS) fake.push(privateMessage({ id: 7_000_000 + u }, c));
      // Every command answers with at least one message; the round ends when each chat has had
      // one per command it sent (counted per chat, so a two-message reply cannot end it early).
      const done = () => {
        const per = new Map<string, number>();
        for (const c of fake.calls.slice(before)) if (c.method === 'sendMessage' && c.ok) per.set(String(c.params.chat_id), (per.get(String(c.params.chat_id)) ?? 0) + 1);
        return per.size >= USERS && [...per.values()].every((k) => k >= COMMANDS.length);
      };
      while (!done()) await new Promise((r) => setTimeout(r, 20));
      const cpu = process.cpuUsage(c0);
      const answers = USERS * COMMANDS.length;
      return { perSecond: answers / ((performance.now() - t0) / 1000), cpuMs: (cpu.user + cpu.system) / 1000 / answers };
    };
    await round();
    await hooks.measuring?.();
    const rounds: Rate[] = [];
    for (let i = 0; i < ROUNDS; i++) rounds.push(await round());
    return { perSecond: median(rounds.map((r) => r.perSecond)), cpuMs: median(rounds.map((r) => r.cpuMs)) };
  } finally {
    await running.stop(5000);
    await fake.close();
  }
}

async function pgStore(schema: string): Promise<Store> {
  const { PostgresStore } = await import('../src/store/postgres/engine.ts');
  return PostgresStore.open(`${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`);
}

async function dropSchema(schema: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.end();
}

export async function run(): Promise<boolean> {
  setLogLevel('silent');
  let ok = true;
  const engines: Array<[string, (n: number) => Promise<{ store: Store; done: () => Promise<void> }>]> = [
    [
      'lowdb',
      // The storage bench's cached library (the same synthetic briefings), copied.
      async (n) => {
        const { file } = await cachedLibrary(n, templates(), (s) => s.briefings.putMany(library(n)));
        const store = await LowdbStore.open(file);
        return { store, done: async () => rmSync(dirname(file), { recursive: true, force: true }) };
      },
    ],
  ];
  if (await pgReachable())
    engines.push([
      'postgres',
      async (n) => {
        const schema = `mujaz_tgbench_${process.pid}_${n}`;
        const store = await pgStore(schema);
        await store.briefings.putMany(library(n));
        return { store, done: () => dropSchema(schema) };
      },
    ]);
  else process.stdout.write(`  PostgreSQL not reachable at ${PG_URL}: lowdb only\n`);
  for (const [name, open] of engines.filter(([e]) => ENGINES.includes(e))) {
    const rates: Rate[] = [];
    for (const n of [1, SIZE]) {
      const { store, done } = await open(n);
      try {
        rates.push(await rate(store));
      } finally {
        await store.close();
        await done();
      }
    }
    const [one, many] = rates as [Rate, Rate];
    const ratio = many.perSecond / one.perSecond;
    const good = ratio >= 0.8;
    ok &&= good;
    process.stdout.write(
      `  ${name}: ${one.perSecond.toFixed(0)} answers/s at 1 briefing, ${many.perSecond.toFixed(0)} answers/s at ${SIZE} (${ratio.toFixed(2)}×; target ≥ 0.8)${good ? '' : '  [MISSED]'}\n` +
        `    CPU time per answer (bot and fake Bot API): ${one.cpuMs.toFixed(2)} ms at 1, ${many.cpuMs.toFixed(2)} ms at ${SIZE} (${(one.cpuMs / many.cpuMs).toFixed(2)}×); load average ${loadavg()[0]!.toFixed(1)}\n`,
    );
  }
  return ok;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const ok = await run();
  process.exit(ok ? 0 : 1);
}
