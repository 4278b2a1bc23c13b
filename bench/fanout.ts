/**
 * Digest fan-out to 10,000 subscribed chats against a local fake platform that allows 3,000
 * messages/s overall (token bucket) and answers 429 with retry_after past it. Prints the wall
 * time and its ratio to N ÷ limit (target ≤ 1.1), lost and duplicated messages counted from the
 * server's log (target 0 and 0), and this process's peak RSS.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Briefing } from '../src/briefing/types.ts';
import { DigestScheduler } from '../src/digest/scheduler.ts';
import type { Subscription } from '../src/digest/records.ts';
import { Library } from '../src/library/library.ts';
import { setLogLevel } from '../src/log.ts';
import { reply, text } from '../src/reply/model.ts';
import { Store } from '../src/store/store.ts';
import { FakePlatformTransport } from '../test/helpers/fake-rate-limited.ts';

const N = Number(process.env.FANOUT_N ?? 10_000);
const LIMIT = Number(process.env.FANOUT_LIMIT ?? 3_000);
const NOW = new Date('2026-06-10T08:00:00Z');
const WARMUP = 2_000;

function briefing(): Briefing {
  return {
    id: 'bench-briefing',
    lang: 'ar',
    title: { ar: 'شراكة روسيا وإيران', en: 'The Russia–Iran partnership' },
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
    meta: { ingestedAt: '2026-06-10T06:00:00Z' },
    parserVersion: 1,
  };
}

interface ServerLog {
  received: string[];
  firstAt?: number;
  lastAt?: number;
  stats: { requests: number; tooMany: number };
}

export async function run(): Promise<boolean> {
  setLogLevel('warn');
  const child = fork(fileURLToPath(new URL('./_fake-platform-process.ts', import.meta.url)), [JSON.stringify({ ratePerSec: LIMIT, burst: Math.round(LIMIT / 10) })], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = <T>(pred: (m: unknown) => boolean, send?: string) =>
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
  const { url } = await ask<{ url: string }>((m) => typeof m === 'object' && m !== null && 'url' in m);
  const dir = mkdtempSync(join(tmpdir(), 'mujaz-fanout-'));
  try {
    const store = await Store.open(join(dir, 'mujaz.db.json'));
    const library = new Library(store);
    await library.add(briefing());
    await store.update((d) => {
      for (let i = 0; i < N; i++) {
        const chatId = String(100_000 + i);
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
        d.subscriptions[sub.chatKey] = sub;
      }
    });

    // A bot that sends digests has been running for a while: warm the connection pool and both
    // processes' code paths with untimed messages at half the limit, then let the bucket refill.
    const transport = new FakePlatformTransport(url);
    const warm = reply('en', [text('warm-up')]);
    for (let i = 0; i < WARMUP; i += 50) {
      await Promise.all(Array.from({ length: 50 }, (_, k) => transport.send(`warm-${i + k}`, warm)));
      await new Promise((r) => setTimeout(r, (50 / (LIMIT / 2)) * 1000));
    }
    await new Promise((r) => setTimeout(r, 300));
    await ask((m) => typeof m === 'object' && m !== null && 'reset' in m, 'reset');

    const scheduler = new DigestScheduler(
      { store, library, transports: { telegram: transport }, langFor: () => 'en', now: () => NOW },
      {
        // The sender paces at the platform's limit; a 0.1 s burst lets it catch up after a file write
        // stalls the event loop (the odd 429 that jitter then causes is retried after retry_after).
        limits: { telegram: { perSecond: LIMIT, burst: Math.round(LIMIT / Number(process.env.FANOUT_BURST_DIV ?? 10)), chatIntervalMs: () => 1000 } },
        concurrency: Number(process.env.FANOUT_CONCURRENCY ?? 64),
        claimBatch: Number(process.env.FANOUT_CLAIM_BATCH ?? 1500),
        flushMs: Number(process.env.FANOUT_FLUSH_MS ?? 1000),
      },
    );
    const started = Date.now();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const summary = await scheduler.tick(NOW);
    const wall = (performance.now() - t0) / 1000;
    const ended = Date.now();
    const cpu = process.cpuUsage(cpu0);

    const log = await ask<ServerLog>((m) => typeof m === 'object' && m !== null && 'received' in m, 'log');
    const seen = new Map<string, number>();
    for (const c of log.received) seen.set(c, (seen.get(c) ?? 0) + 1);
    let lost = 0;
    for (let i = 0; i < N; i++) if (!seen.has(String(100_000 + i))) lost++;
    const duplicated = log.received.length - seen.size;
    const ideal = N / LIMIT;
    const ratio = wall / ideal;
    const onDisk = JSON.parse(readFileSync(store.file, 'utf8')) as { deliveries: Record<string, { status: string }> };
    const recordedSent = Object.values(onDisk.deliveries).filter((d) => d.status === 'sent').length;
    const rssMb = process.resourceUsage().maxRSS / 1024;

    process.stdout.write(
      [
        `fan-out: ${N} chats, platform limit ${LIMIT} msg/s (429 + retry_after past it); connections warmed with ${WARMUP} untimed messages`,
        `  wall time        ${wall.toFixed(2)} s  (N ÷ limit = ${ideal.toFixed(2)} s)`,
        `  ratio            ${ratio.toFixed(3)}  (target ≤ 1.1)`,
        `  lost             ${lost}  (target 0)`,
        `  duplicated       ${duplicated}  (target 0)`,
        `  429 answers      ${log.stats.tooMany}`,
        `  phases           first message after ${(log.firstAt ?? started) - started} ms, sending ${((log.lastAt ?? ended) - (log.firstAt ?? started)) / 1000} s, records written ${ended - (log.lastAt ?? ended)} ms after the last`,
        `  sent/failed      ${summary?.sent}/${summary?.failed}; recorded 'sent' on disk: ${recordedSent}`,
        `  sender CPU       ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (${(((cpu.user + cpu.system) / 1e6 / wall) * 100).toFixed(0)}% of one core)`,
        `  peak RSS         ${rssMb.toFixed(0)} MB`,
        '',
      ].join('\n'),
    );
    return ratio <= 1.1 && lost === 0 && duplicated === 0 && recordedSent === N;
  } finally {
    child.send('close');
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ok = await run();
  process.exit(ok ? 0 : 1);
}
