/**
 * Telegram answers per second against the local fake Bot API (test/helpers/fake-telegram.ts),
 * the real grammY bot polling it, with a library of 1 briefing and of TELEGRAM_BENCH_SIZE
 * (10,000) briefings, on lowdb and (when a server answers) PostgreSQL. USERS private chats each
 * send a round of everyday commands; the figure is updates answered ÷ wall time, after a
 * warm-up round. Target from issue 14: the rate at 10k ≥ 0.8 × the rate at 1 briefing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { commands } from '../commands/index.ts';
import { createApp } from '../src/app.ts';
import { parseConfig } from '../src/config.ts';
import { setLogLevel } from '../src/log.ts';
import { startTelegramWith } from '../src/platforms/telegram/start.ts';
import { LowdbStore } from '../src/store/lowdb/engine.ts';
import type { Store } from '../src/store/types.ts';
import { BOT_USER, FakeTelegram, privateMessage } from '../test/helpers/fake-telegram.ts';
import { PG_URL, pgReachable } from '../test/store/engines.ts';
import { synthetic, templates } from './storage.ts';

const SIZE = Number(process.env.TELEGRAM_BENCH_SIZE ?? 10_000);
const USERS = Number(process.env.TELEGRAM_BENCH_USERS ?? 100);
/** TELEGRAM_BENCH_ENGINES=postgres: one engine only. */
const ENGINES = (process.env.TELEGRAM_BENCH_ENGINES ?? 'lowdb,postgres').split(',');
const COMMANDS = ['/summary', '/briefings', '/people', '/search iran', '/quotes', '/help'];

async function library(store: Store, n: number): Promise<void> {
  const base = templates();
  const words = [...new Set(base.flatMap((b) => b.sentences.flatMap((s) => s.text.split(/\s+/))).filter((w) => w.length >= 4))];
  const list = Array.from({ length: n }, (_, i) => synthetic(i, base, words, Date.parse('2026-01-01T00:00:00Z')));
  await store.briefings.putMany(list);
}

/** Updates answered per second by a bot on `store`, after one warm-up round. */
async function rate(store: Store): Promise<number> {
  const app = await createApp(parseConfig({}), { store, commands });
  const fake = await FakeTelegram.start({ maxHoldMs: 50 });
  const running = await startTelegramWith(app, { token: fake.token, apiRoot: fake.apiRoot, botInfo: BOT_USER, rateLimit: { limit: 1_000_000, timeFrameMs: 1000 } });
  try {
    const round = async (): Promise<number> => {
      const before = fake.callsOf('sendMessage').length;
      const t0 = performance.now();
      for (let u = 0; u < USERS; u++) for (const c of COMMANDS) fake.push(privateMessage({ id: 7_000_000 + u }, c));
      // Every command answers with at least one message; the round ends when each chat has had
      // one per command it sent (counted per chat, so a two-message reply cannot end it early).
      const done = () => {
        const per = new Map<string, number>();
        for (const c of fake.calls.slice(before)) if (c.method === 'sendMessage' && c.ok) per.set(String(c.params.chat_id), (per.get(String(c.params.chat_id)) ?? 0) + 1);
        return per.size >= USERS && [...per.values()].every((k) => k >= COMMANDS.length);
      };
      while (!done()) await new Promise((r) => setTimeout(r, 20));
      return (USERS * COMMANDS.length) / ((performance.now() - t0) / 1000);
    };
    await round();
    return await round();
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
      async () => {
        const dir = mkdtempSync(join(tmpdir(), 'mujaz-tg-bench-'));
        const store = await LowdbStore.open(join(dir, 'mujaz.db.json'));
        return { store, done: async () => rmSync(dir, { recursive: true, force: true }) };
      },
    ],
  ];
  if (await pgReachable())
    engines.push([
      'postgres',
      async (n) => {
        const schema = `mujaz_tgbench_${process.pid}_${n}`;
        return { store: await pgStore(schema), done: () => dropSchema(schema) };
      },
    ]);
  else process.stdout.write(`  PostgreSQL not reachable at ${PG_URL}: lowdb only\n`);
  for (const [name, open] of engines.filter(([e]) => ENGINES.includes(e))) {
    const rates: number[] = [];
    for (const n of [1, SIZE]) {
      const { store, done } = await open(n);
      try {
        await library(store, n);
        rates.push(await rate(store));
      } finally {
        await store.close();
        await done();
      }
    }
    const ratio = rates[1]! / rates[0]!;
    const good = ratio >= 0.8;
    ok &&= good;
    process.stdout.write(
      `  ${name}: ${rates[0]!.toFixed(0)} answers/s at 1 briefing, ${rates[1]!.toFixed(0)} answers/s at ${SIZE} (${ratio.toFixed(2)}×; target ≥ 0.8)${good ? '' : '  [MISSED]'}\n`,
    );
  }
  return ok;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const ok = await run();
  process.exit(ok ? 0 : 1);
}
