/**
 * The kill -9 trial of issue 14, shared by `npm run bench -- crash` (100 kills) and its fast
 * vitest version. It starts the real bot (src/main.ts, Telegram long polling against a fake Bot
 * API in this process) on a lowdb data file or a PostgreSQL schema, again and again, each start a
 * few hours later on a simulated clock (test/helpers/shifted-clock.mjs) whose minute boundary
 * falls just after the bot is ready, so that every start runs a digest tick. While it runs, chats subscribe and change their language, admins ingest
 * articles (pasted into /ingest; through the inbox as `mujaz ingest` beside a running bot does on
 * lowdb, through a second writer on PostgreSQL) and the digests go out; then it is killed with
 * SIGKILL at a moment a seeded RNG picks (during start-up, a digest tick, an ingest, a command or
 * a graceful stop).
 *
 * After every kill the store is opened again here and checked before the next start (a
 * redelivered Telegram update could otherwise redo, and so hide, a lost command):
 *  - every acknowledged item is there: an ingest whose success was answered (Telegram reply,
 *    inbox result, second writer's return), a /subscribe or /lang the bot confirmed;
 *  - the digest claims left in doubt by this kill (status `claimed`, to be marked unknown) are no
 *    more than the sends that can be in flight at once.
 * At the end, after one more start stopped gracefully: no chat received two digests for one local
 * date, and no claim is left unsettled.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { CHATS } from '../../src/core/chats.ts';
import { DELIVERIES, SUBSCRIPTIONS } from '../../src/digest/records.ts';
import { awaitResults, handOff } from '../../src/ingest/inbox.ts';
import { ingesterFor } from '../../src/ingest/service.ts';
import { setLogLevel } from '../../src/log.ts';
import { LowdbStore } from '../../src/store/lowdb/engine.ts';
import { storePaths } from '../../src/store/lowdb/paths.ts';
import type { Store } from '../../src/store/types.ts';
import type { App } from '../../src/core/app-types.ts';
import { testApp } from './app.ts';
import { journalFlushes } from './journal.ts';
import { FakeTelegram, privateMessage, type FakeCall } from './fake-telegram.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLOCK = new URL('./shifted-clock.mjs', import.meta.url).href;

/** Newest modification time of the files under these folders. */
function newest(dirs: string[]): number {
  let t = 0;
  for (const d of dirs)
    for (const f of readdirSync(d, { recursive: true, withFileTypes: true })) if (f.isFile()) t = Math.max(t, statSync(join(f.parentPath, f.name)).mtimeMs);
  return t;
}

/**
 * How the bot is started: the compiled build (the Procfile's way, about a second quicker to start,
 * which 100 restarts feel) when dist/ is newer than every source; otherwise `npm start`'s tsx.
 * The bot runs in the trial's folder, where no node_modules is: tsx is named by its location.
 */
export function botCommand(): { args: string[]; runtime: string } {
  const dist = join(ROOT, 'dist/src/main.js');
  const built = existsSync(dist) ? statSync(dist).mtimeMs : 0;
  if (process.env.CRASH_RUNTIME !== 'tsx' && built > newest([join(ROOT, 'src'), join(ROOT, 'commands')]))
    return { args: ['--import', CLOCK, dist], runtime: 'node dist/src/main.js' };
  return { args: ['--import', import.meta.resolve('tsx'), '--import', CLOCK, join(ROOT, 'src/main.ts')], runtime: 'tsx src/main.ts' };
}

/** The simulated fortnight starts here; each start is `stepMs` later than the one before. */
const V0 = Date.parse('2026-06-01T02:00:00Z');
const ZONES = ['UTC', 'Asia/Riyadh', 'America/New_York', 'Asia/Tokyo', 'Europe/Paris'];
/** Digest sends the scheduler keeps in flight per platform (DigestScheduler's default). */
export const SENDERS = 8;
/** How long the fake Bot API holds a digest before answering: kills land between send and answer. */
const DIGEST_HOLD_MS = 40;

const DIGEST = /(?:Your daily digest|موجزك اليومي) — [\u200e\u200f\u2066-\u2069]*(\d{4}-\d{2}-\d{2})/;
const NOTICE = /may not have arrived|ربما لم يصلك موجز/;
const ACK = {
  subscribe: /New briefings will arrive here every day|ستصلك هنا كل يوم/,
  lang: /I will reply in English|سأرد بالعربية/,
  ingest: /Added #|Already in the library|Updated #|أُضيف #|موجود من قبل|حُدّث #/,
};

export type Engine = 'lowdb' | 'postgres';
export type KillMoment = 'startup' | 'digest' | 'ingest' | 'command' | 'shutdown';

export interface CrashOptions {
  engine: Engine;
  kills: number;
  seed?: number;
  /** Simulated time between two starts (default 4 hours: six digest ticks a day). */
  stepMs?: number;
  /** postgres: a server URL without ?schema (a schema of its own is made and dropped). */
  pgUrl?: string;
  log?: (line: string) => void;
}

export interface CrashFigures {
  engine: Engine;
  /** How the bot was started (compiled or through tsx). */
  runtime: string;
  kills: number;
  killsAt: Record<KillMoment, number>;
  /** Kills during a graceful stop that came after the process had already exited. */
  stoppedFirst: number;
  acknowledged: { ingests: number; subscriptions: number; languages: number; total: number };
  /** Acknowledged items missing at some check (described). */
  lost: string[];
  digests: number;
  /** chat|date received more than one digest (described, with the count). */
  duplicates: string[];
  /** Claims left in doubt by the kills (each becomes an "unknown" delivery). */
  unknown: number;
  maxUnknownPerCrash: number;
  /** Of the unknown ones, how many had in fact reached the platform. */
  unknownArrived: number;
  /**
   * Claims in doubt whose digest never reached the platform, most after one crash: a claim is made
   * only once its send slot has come, right before the send, so this is at most the sends being
   * handed to the HTTP client at the kill (not the senders waiting on the rate limiter).
   */
  maxUnsentInDoubtPerCrash: number;
  /**
   * The commits (one PostgreSQL transaction; one lowdb journal append) that wrote the claims in
   * doubt whose digest never reached the platform, most after one crash (target ≤ 1). Claims are
   * group-committed: a commit holds the claims of every sender whose slot had come while the one
   * before was out, and releases them together, each straight to its send. A kill after that
   * commit and before the requests reach the platform leaves each of them in doubt and unsent,
   * each a message being sent at that instant. Two commits' unsent claims in one crash, or unsent
   * claims from a commit older than another claim in doubt of the same crash, would be a sender
   * sitting on a durable claim (also reported as a problem).
   */
  maxUnsentCommitsPerCrash: number;
  /** Each kill that left claims in doubt or found digests held by the platform: how many of each. */
  perCrash: Array<{ moment: KillMoment; inDoubt: number; unsent: number; unsentCommits: number; heldAtKill: number }>;
  /** Digest sends the fake platform held unanswered at a kill, most at once. */
  maxOpenSendsAtKill: number;
  notices: number;
  /** Chat-days told "may not have arrived" more than once. */
  doubleNotices: number;
  /** Claims still `claimed` after the final graceful run (must be 0). */
  unsettled: number;
  /** Handed ingests never answered (still queued at the end). */
  stillQueued: number;
  seconds: number;
  problems: string[];
}

/** mulberry32: small, seeded, repeatable. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function article(token: string, n: number): string {
  return [
    `Harbour board approves ${token} repair plan`,
    '',
    `The harbour board of district ${n} met on Tuesday and approved a budget of ${n * 1000 + 17} euros for the ${token} repair plan, officials said.`,
    `Board chair Erik Vang said the work on pier ${n} would begin in the spring and last about ${(n % 9) + 2} months.`,
    `Residents had complained about the state of the piers since ${2000 + (n % 20)}, when the last major works were done.`,
  ].join('\n');
}

function localOf(ms: number, tz: string): { date: string; minutes: number } {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(ms))
      .map((x) => [x.type, x.value]),
  );
  return { date: `${p.year}-${p.month}-${p.day}`, minutes: Number(p.hour) * 60 + Number(p.minute) };
}

interface Sub {
  minutes: number;
  tz: string;
}

/** Commands sent and not yet answered, by chat: one at a time per chat. */
type Pending = { kind: 'subscribe'; sub: Sub } | { kind: 'lang'; want: 'ar' | 'en' } | { kind: 'ingest'; token: string };

export async function crashTrial(o: CrashOptions): Promise<CrashFigures> {
  const t0 = performance.now();
  const say = o.log ?? (() => undefined);
  const random = rng(o.seed ?? 14);
  const STEP_MS = o.stepMs ?? 4 * 3600_000;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  setLogLevel('silent');

  const dir = mkdtempSync(join(tmpdir(), `mujaz-crash-${o.engine}-`));
  const dataFile = join(dir, 'mujaz.db.json');
  const articleFile = join(dir, 'bundled.txt');
  writeFileSync(articleFile, article('bundledpier', 1));
  mkdirSync(join(dir, 'handed'));
  const schema = `mujaz_crash_${process.pid}_${randomBytes(3).toString('hex')}`;
  const dbUrl = o.engine === 'postgres' ? `${o.pgUrl}${o.pgUrl!.includes('?') ? '&' : '?'}schema=${schema}` : undefined;
  const inbox = o.engine === 'lowdb' ? storePaths(dataFile).inbox : null;

  const fake = await FakeTelegram.start({ sendDelayMs: (p) => (DIGEST.test(String(p.text)) ? DIGEST_HOLD_MS : 0) });
  const admins = Array.from({ length: o.kills * 2 + 20 }, (_, i) => 7000 + i);
  let nextAdmin = 0;
  let nextChat = 100_000;
  let nextToken = 1;
  const tokenOf = (n: number) => `crashmark${o.seed ?? 14}x${n}`;

  // What was acknowledged, and what is still waiting for its answer.
  const ackedIngests = new Map<string, string>(); // token -> how
  const ackedSubs = new Map<number, Sub>();
  const ackedLang = new Map<number, 'ar' | 'en'>();
  const pending = new Map<number, Pending>();
  const handed = new Map<string, string>(); // inbox name -> token
  const lost = new Set<string>();
  const confirmed = new Set<string>(); // tokens seen in the store
  const problems: string[] = [];
  const killsAt: Record<KillMoment, number> = { startup: 0, digest: 0, ingest: 0, command: 0, shutdown: 0 };
  let unknown = 0;
  let maxUnknownPerCrash = 0;
  let unknownArrived = 0;
  let maxUnsentInDoubt = 0;
  let maxUnsentCommits = 0;
  const perCrash: CrashFigures['perCrash'] = [];
  let heldAtKill = 0;
  let maxOpenSends = 0;
  let prevClaimed = new Set<string>();
  let unsettled = 0;
  let stoppedFirst = 0;
  let killed = 0;
  const inDoubt: string[] = [];

  // The fake platform's calls, read as they come.
  let seen = 0;
  let digestsThisRun = 0;
  const gotDigest = new Set<string>();
  /** Subscribed chats whose time has come at this start's simulated moment and that have no digest for the day yet. */
  const dueAt = (ms: number): number => {
    let n = 0;
    for (const [chat, sub] of ackedSubs) {
      const lp = localOf(ms, sub.tz);
      if (lp.minutes >= sub.minutes && !gotDigest.has(`${chat}|${lp.date}`)) n++;
    }
    return n;
  };
  const received: FakeCall[] = [];
  const pump = () => {
    for (; seen < fake.calls.length; seen++) {
      const c = fake.calls[seen]!;
      if (c.method !== 'sendMessage' || !c.ok) continue;
      received.push(c);
      const chat = Number(c.params.chat_id);
      const text = String(c.params.text);
      const d = DIGEST.exec(text);
      if (d) {
        digestsThisRun++;
        gotDigest.add(`${chat}|${d[1]}`);
        continue;
      }
      const p = pending.get(chat);
      if (!p || !ACK[p.kind].test(text)) continue;
      pending.delete(chat);
      if (p.kind === 'subscribe') ackedSubs.set(chat, p.sub);
      else if (p.kind === 'lang') ackedLang.set(chat, p.want);
      else ackedIngests.set(p.token, 'telegram /ingest');
    }
  };

  // PostgreSQL: a second writer beside the bot, as `mujaz ingest` is there (no inbox).
  let second: App | null = null;
  let offset = 0;
  const virtualNow = () => new Date(Date.now() + offset);
  if (dbUrl) {
    const { PostgresStore } = await import('../../src/store/postgres/engine.ts');
    second = await testApp({ store: await PostgresStore.open(dbUrl), sample: false, now: virtualNow });
  }
  const sideIngests: Array<Promise<void>> = [];

  /**
   * The bot's clock starts `lead` ms before the start's simulated moment, a minute boundary, so
   * that its minute tick (node-cron) falls just after it is ready, while the traffic comes in.
   * (The catch-up tick at start-up runs before Telegram's transport is registered, so it sends
   * nothing to Telegram chats: src/digest/starter.ts.)
   */
  const env = (run: number, lead: number): NodeJS.ProcessEnv => {
    offset = V0 + run * STEP_MS - lead - Date.now();
    return {
      PATH: process.env.PATH ?? '',
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      ...(dbUrl ? { MUJAZ_DATABASE_URL: dbUrl } : { MUJAZ_DATA_FILE: dataFile }),
      MUJAZ_ARTICLE: articleFile,
      MUJAZ_OVERLAY_DIR: join(dir, 'overlays'),
      MUJAZ_ADMINS: admins.map((a) => `telegram:${a}`).join(','),
      MUJAZ_FEED_POLL_CRON: 'off',
      MUJAZ_LOG_LEVEL: 'info',
      MUJAZ_TEST_CLOCK_OFFSET_MS: String(offset),
    };
  };

  interface Running {
    child: ChildProcess;
    ready: Promise<boolean>;
    ticked: () => boolean;
    exited: Promise<number | null>;
    err: () => string;
  }
  const start = (run: number, lead: number): Running => {
    // The minute tick's summary line (the catch-up tick at start-up logs one a minute earlier).
    const tickLine = ` digests: run ${new Date(V0 + run * STEP_MS).toISOString().slice(0, 16)}Z `;
    // cwd is the trial's folder: no .env of the developer's is read.
    const child = spawn(process.execPath, cmd.args, {
      cwd: dir,
      env: env(run, lead),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    let tick = false;
    let readyResolve!: (ok: boolean) => void;
    const ready = new Promise<boolean>((r) => (readyResolve = r));
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      if (/ running: /.test(err)) readyResolve(true);
      if (err.includes(tickLine)) tick = true;
      if (err.length > 200_000) err = err.slice(-100_000);
    });
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => (readyResolve(false), r(code))));
    return { child, ready, ticked: () => tick, exited, err: () => err };
  };

  /** Push this run's traffic: new subscribers, a language change, reads, and ingests. */
  const traffic = (): number[] => {
    const before = new Set(pending.keys());
    for (let i = 0; i < 2; i++) {
      const chat = nextChat++;
      const sub: Sub = { minutes: Math.floor(random() * 24) * 60 + Math.floor(random() * 12) * 5, tz: pick(ZONES) };
      const hhmm = `${String(Math.floor(sub.minutes / 60)).padStart(2, '0')}:${String(sub.minutes % 60).padStart(2, '0')}`;
      pending.set(chat, { kind: 'subscribe', sub });
      fake.push(privateMessage({ id: chat, language_code: 'en' }, `/subscribe ${hhmm} ${sub.tz}${random() < 0.5 ? ' --always' : ''}`));
    }
    const free = [...ackedSubs.keys()].filter((c) => !pending.has(c));
    if (free.length && random() < 0.6) {
      const chat = pick(free);
      const want = ackedLang.get(chat) === 'ar' ? 'en' : 'ar';
      pending.set(chat, { kind: 'lang', want });
      fake.push(privateMessage({ id: chat, language_code: 'en' }, `/lang ${want}`));
    }
    if (free.length) fake.push(privateMessage({ id: pick(free), language_code: 'en' }, pick(['/help', '/briefings', '/search harbour', '/summary'])));
    const n = nextToken++;
    const admin = admins[nextAdmin++]!;
    pending.set(admin, { kind: 'ingest', token: tokenOf(n) });
    fake.push(privateMessage({ id: admin, language_code: 'en' }, `/ingest ${article(tokenOf(n), n)}`));
    const m = nextToken++;
    if (inbox) {
      const f = join(dir, 'handed', `item-${m}.txt`);
      writeFileSync(f, article(tokenOf(m), m));
      void handOff(inbox, [{ kind: 'file', value: f }]).then(({ names }) => names.forEach((x) => handed.set(x, tokenOf(m))));
    } else if (second) {
      const app = second;
      sideIngests.push(
        ingesterFor(app.services)
          .fromText(article(tokenOf(m), m), {}, `item ${m}`)
          .then((r) => void (r.status !== 'failed' && ackedIngests.set(tokenOf(m), 'second writer'))),
      );
    }
    return [...pending.keys()].filter((c) => !before.has(c));
  };

  const collectHanded = async (): Promise<void> => {
    if (!inbox || !handed.size) return;
    const got = await awaitResults(inbox, [...handed.keys()], 0);
    for (const [name, r] of got) {
      if (r.status !== 'failed') ackedIngests.set(handed.get(name)!, 'inbox');
      handed.delete(name);
    }
  };

  const openStore = async (): Promise<Store> => {
    const sections = [CHATS, SUBSCRIPTIONS, DELIVERIES];
    if (!dbUrl) return LowdbStore.open(dataFile, { readOnly: true, sections });
    const { PostgresStore } = await import('../../src/store/postgres/engine.ts');
    return PostgresStore.open(dbUrl, { readOnly: true, sections });
  };

  /** Every acknowledged item is in the store; returns the claims left in doubt. */
  const check = async (when: string): Promise<Set<string>> => {
    let store: Store;
    try {
      store = await openStore();
    } catch (e) {
      // Killed before its first migration: there is nothing yet, and nothing was acknowledged.
      if (dbUrl && /does not exist/.test((e as Error).message) && !ackedIngests.size && !ackedSubs.size) return new Set();
      throw e;
    }
    try {
      const subs = store.section(SUBSCRIPTIONS);
      for (const [chat, want] of ackedSubs) {
        const s = subs.get(`telegram:${chat}`);
        if (!s || s.minutes !== want.minutes || s.tz !== want.tz) lost.add(`subscription of chat ${chat} (${when})`);
      }
      const chats = store.section(CHATS);
      for (const [chat, want] of ackedLang) {
        const p = pending.get(chat);
        const has = (chats.get(`telegram:${chat}`) as { lang?: string } | undefined)?.lang;
        // A later /lang that was sent but not answered may have been applied.
        if (has !== want && !(p?.kind === 'lang' && p.want === has)) lost.add(`language ${want} of chat ${chat} (${when})`);
      }
      const missing = [...ackedIngests.keys()].filter((t) => !confirmed.has(t));
      if (missing.length) {
        const total = await store.briefings.count();
        for (let off = 0; off < total && missing.some((t) => !confirmed.has(t)); off += 50) {
          for (const b of await store.briefings.newest(off, 50)) {
            const s = JSON.stringify(b);
            for (const t of missing) if (s.includes(t)) confirmed.add(t);
          }
        }
        for (const t of missing) if (!confirmed.has(t)) lost.add(`briefing ${t} (${ackedIngests.get(t)}; ${when})`);
      }
      return new Set(store.section(DELIVERIES).entries().filter(([, d]) => d.status === 'claimed').map(([k]) => k));
    } finally {
      await store.close();
    }
  };

  /**
   * Which commit wrote each of these claims, in commit order: on PostgreSQL the row's xmin (the
   * transaction that wrote it; a claim still `claimed` was last written by its claim), on lowdb
   * the journal line (one line per flush) that last wrote it; -1 when it is not in the journal.
   */
  const commitsOf = async (keys: string[]): Promise<Map<string, number>> => {
    const out = new Map<string, number>();
    if (!keys.length) return out;
    if (dbUrl) {
      const c = new pg.Client({ connectionString: o.pgUrl });
      await c.connect();
      try {
        const r = await c.query<{ key: string; x: string }>(`SELECT key, xmin::text AS x FROM ${schema}.mujaz_records WHERE section = $1 AND key = ANY($2)`, [DELIVERIES.name, keys]);
        for (const row of r.rows) out.set(row.key, Number(row.x));
      } finally {
        await c.end();
      }
    } else {
      const want = new Set(keys);
      for (const { line, changes } of journalFlushes(dataFile)) {
        for (const ch of changes) if (ch.section === DELIVERIES.name && want.has(ch.key)) out.set(ch.key, line);
      }
    }
    for (const k of keys) if (!out.has(k)) out.set(k, -1);
    return out;
  };

  const cmd = botCommand();
  say(`${o.engine}: starting the bot as ${cmd.runtime}`);
  let estReady = 4000;
  const estAck = { ingest: 600, command: 200 };
  /** How long a graceful stop takes (measured on the final run's; a first guess before). */
  let estStop = 600;
  try {
    // Until `kills` SIGKILLs have hit a running bot (a graceful stop may finish before its kill).
    for (let run = 0; ; run++) {
      const last = killed === o.kills;
      digestsThisRun = 0;
      const spawned = performance.now();
      const lead = Math.round(estReady * 1.3 + 800);
      let stopMs = estStop;
      const bot = start(run, lead);
      let moment: KillMoment = pick(['startup', 'digest', 'digest', 'digest', 'ingest', 'ingest', 'command', 'command', 'shutdown'] as const);
      const due = dueAt(V0 + run * STEP_MS);
      if (moment === 'digest' && !due) moment = 'command';
      if (last) {
        if (!(await bot.ready)) throw new Error(`the bot did not start: ${bot.err().slice(-2000)}`);
        const mine = traffic();
        // Let everything in hand finish: the answers to this run's commands, the inbox, the
        // catch-up tick (it logs a line only when something was due: give it a moment otherwise).
        const began = performance.now();
        // Claims the last kill left in doubt are settled by the first tick after Telegram has
        // connected; on a loaded machine the start-up can outlast the timed tick, so wait for the
        // next minute's (seen once in a 30-kill run: stopped first, the claim was left unsettled).
        const settling = () => prevClaimed.size > 0 && !/claimed by a stopped run/.test(bot.err()) && performance.now() < spawned + 75_000;
        const busy = () => mine.some((c) => pending.has(c)) || handed.size > 0 || (!bot.ticked() && performance.now() < spawned + lead + 3000) || settling();
        while (performance.now() < began + 20_000 && busy()) {
          pump();
          await collectHanded();
          await sleep(20);
        }
        await sleep(300);
        bot.child.kill('SIGTERM');
        const code = await bot.exited;
        if (code !== 0) problems.push(`the final run exited ${code} after SIGTERM: ${bot.err().slice(-500)}`);
      } else {
        let killAt: number;
        if (moment === 'startup') killAt = spawned + random() * estReady;
        else {
          if (!(await bot.ready)) throw new Error(`the bot did not start (run ${run}): ${bot.err().slice(-2000)}`);
          estReady = 0.7 * estReady + 0.3 * (performance.now() - spawned);
          const pushed = performance.now();
          traffic();
          if (moment === 'digest') {
            const want = 1 + Math.floor(random() * Math.min(due, 2 * SENDERS));
            const until = Math.max(pushed, spawned + lead) + 2000;
            while (digestsThisRun < want && !bot.ticked() && performance.now() < until) {
              pump();
              await sleep(2);
            }
            killAt = performance.now() + random() * 25;
          } else if (moment === 'shutdown') {
            // A deploy's SIGTERM while work is in hand: the store is flushed and the journal folded
            // into the snapshot on the way out; the kill lands somewhere in that.
            await sleep(random() * estAck.command);
            const term = performance.now();
            bot.child.kill('SIGTERM');
            void bot.exited.then(() => (stopMs = performance.now() - term));
            killAt = performance.now() + random() * estStop;
          } else killAt = pushed + random() * estAck[moment];
        }
        while (performance.now() < killAt && bot.child.exitCode === null) {
          pump();
          await sleep(2);
        }
        if (bot.child.exitCode !== null && moment !== 'shutdown') throw new Error(`the bot exited by itself (${bot.child.exitCode}): ${bot.err().slice(-2000)}`);
        heldAtKill = fake.openSends;
        maxOpenSends = Math.max(maxOpenSends, heldAtKill);
        if (bot.child.exitCode !== null) {
          stoppedFirst++;
          // It stops quicker than thought: aim the next ones within the measured time.
          estStop = 0.5 * estStop + 0.5 * stopMs;
        } else {
          killed++;
          killsAt[moment]++;
        }
        bot.child.kill('SIGKILL');
        await bot.exited;
      }
      // What the platform took before the kill is answered (and recorded) after it.
      await sleep(DIGEST_HOLD_MS + 30);
      pump();
      await Promise.all(sideIngests.splice(0));
      await collectHanded();
      const checkAt = performance.now();
      const claimed = await check(last ? 'at the end' : `after run ${run + 1} (${moment})`);
      if (last) unsettled = claimed.size;
      else {
        const fresh = [...claimed].filter((k) => !prevClaimed.has(k));
        unknown += fresh.length;
        maxUnknownPerCrash = Math.max(maxUnknownPerCrash, fresh.length);
        // Everything the dead process had written to its sockets has arrived by now (pumped above).
        const unsentKeys = fresh.filter((k) => !gotDigest.has(k.replace(/^telegram:/, '')));
        const unsent = unsentKeys.length;
        maxUnsentInDoubt = Math.max(maxUnsentInDoubt, unsent);
        // Several unsent claims are several messages in flight only if one commit released them
        // all, and it was the newest commit holding a claim of this crash.
        let unsentCommits = 0;
        if (unsent) {
          const commit = await commitsOf(fresh);
          const of = new Set(unsentKeys.map((k) => commit.get(k)!));
          unsentCommits = of.size;
          const newest = Math.max(...fresh.map((k) => commit.get(k)!));
          if (of.size > 1 || of.has(-1) || !of.has(newest))
            problems.push(`run ${run + 1}: claims in doubt never sent from ${of.size} commit(s) [${[...of].join(', ')}], newest claim commit ${newest}: a sender held a durable claim without sending`);
        }
        maxUnsentCommits = Math.max(maxUnsentCommits, unsentCommits);
        if (fresh.length || heldAtKill) perCrash.push({ moment, inDoubt: fresh.length, unsent, unsentCommits, heldAtKill });
        if (fresh.length && process.env.CRASH_DEBUG) say(`run ${run + 1}: ${fresh.length} in doubt, ${unsent} of them never reached the platform (from ${unsentCommits} commit(s)); ${heldAtKill} held at the kill`);
        inDoubt.push(...fresh);
        if (fresh.length > SENDERS) problems.push(`run ${run + 1} left ${fresh.length} claims in doubt (at most ${SENDERS} sends are in flight)`);
      }
      prevClaimed = claimed;
      if (process.env.CRASH_DEBUG === '2') say(bot.err().split('\n').filter((l) => / (WARN|ERROR) | digests: /.test(l)).join('\n'));
      if (process.env.CRASH_DEBUG) say(`run ${run} ${moment}: ${Math.round(checkAt - spawned)} ms alive+wait, check ${Math.round(performance.now() - checkAt)} ms, est ready ${Math.round(estReady)}, digests ${digestsThisRun}, ticked ${bot.ticked()}, due ${due}`);
      if (last || (run + 1) % 10 === 0) say(`${o.engine}: ${last ? 'final run' : `${killed} kills in ${run + 1} runs`}, ${ackedIngests.size + ackedSubs.size + ackedLang.size} acknowledged, ${lost.size} lost, ${unknown} in doubt, ${Math.round((performance.now() - t0) / 1000)} s`);
      if (last) break;
    }
  } finally {
    await Promise.allSettled(sideIngests);
    await second?.store.close().catch(() => undefined);
    await fake.close();
    if (dbUrl) {
      const c = new pg.Client({ connectionString: o.pgUrl });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    }
    rmSync(dir, { recursive: true, force: true });
  }

  // Digests per chat and local date, from what the platform received.
  const perDay = new Map<string, number>();
  const notices = new Map<string, number>();
  for (const c of received) {
    const text = String(c.params.text);
    const d = DIGEST.exec(text);
    const key = `${c.params.chat_id}|${d?.[1] ?? ''}`;
    if (d) perDay.set(key, (perDay.get(key) ?? 0) + 1);
    else if (NOTICE.test(text)) {
      const k = `${c.params.chat_id}|${/(\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? ''}`;
      notices.set(k, (notices.get(k) ?? 0) + 1);
    }
  }
  for (const k of inDoubt) {
    const [chatKey, date] = k.split('|');
    if (perDay.has(`${chatKey!.replace('telegram:', '')}|${date}`)) unknownArrived++;
  }
  const duplicates = [...perDay].filter(([, n]) => n > 1).map(([k, n]) => `${k} ×${n}`);
  return {
    engine: o.engine,
    runtime: cmd.runtime,
    kills: killed,
    killsAt,
    stoppedFirst,
    acknowledged: { ingests: ackedIngests.size, subscriptions: ackedSubs.size, languages: ackedLang.size, total: ackedIngests.size + ackedSubs.size + ackedLang.size },
    lost: [...lost],
    digests: [...perDay.values()].reduce((a, b) => a + b, 0),
    duplicates,
    unknown,
    maxUnknownPerCrash,
    unknownArrived,
    maxUnsentInDoubtPerCrash: maxUnsentInDoubt,
    maxUnsentCommitsPerCrash: maxUnsentCommits,
    perCrash,
    maxOpenSendsAtKill: maxOpenSends,
    notices: [...notices.values()].reduce((a, b) => a + b, 0),
    doubleNotices: [...notices.values()].filter((n) => n > 1).length,
    unsettled,
    stillQueued: handed.size,
    seconds: (performance.now() - t0) / 1000,
    problems,
  };
}
