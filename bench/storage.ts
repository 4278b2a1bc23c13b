/**
 * Storage at scale (issue 14): libraries of 1k and 10k briefings (STORE_BENCH_SIZES, e.g.
 * "1000,10000,100000") with synthetic bodies built from our own articles' sentences, on the
 * lowdb engine and, when a server answers, on PostgreSQL. Figures: one ingest (library.add, fsynced;
 * parsing excluded), /search p50/p99 (index + exact check), start-up time and RSS (lowdb, in a
 * process of its own: until the store answers, and until the search index is built).
 * Targets from the issue: ingest ≤ 20 ms at every size, search p99 ≤ 50 ms, start-up ≤ 2 s,
 * RSS ≤ 300 MB.
 *
 * A lowdb library takes minutes to write at 100k, so each size is written once into a cache
 * folder (STORE_BENCH_CACHE, default in the temp folder; keyed by the size and the synthetic
 * generator with its templates) and each run works on a copy of it, opened and stopped once by
 * the engine under test first (as after a graceful stop). STORE_BENCH_ENGINES=lowdb leaves
 * PostgreSQL out.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Briefing } from '../src/briefing/types.ts';
import { searchLibrary } from '../src/ingest/search.ts';
import { Library } from '../src/library/library.ts';
import { setLogLevel } from '../src/log.ts';
import { parseArticle } from '../src/parser/index.ts';
import { LowdbStore } from '../src/store/lowdb/engine.ts';
import type { Store } from '../src/store/types.ts';
import { PG_URL, pgReachable } from '../test/store/engines.ts';

const root = new URL('..', import.meta.url).pathname;
const SIZES = (process.env.STORE_BENCH_SIZES ?? '1000,10000').split(',').map(Number).filter((n) => n > 0);
const ENGINES = (process.env.STORE_BENCH_ENGINES ?? 'lowdb,postgres').split(',');
const CACHE = process.env.STORE_BENCH_CACHE ?? join(tmpdir(), 'mujaz-store-bench-cache');
const INGESTS = 40;
const SEARCHES = 120;

/** A deterministic pseudo-random sequence, so runs compare. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Real parsed briefings to vary: our bundled article and the test corpus. */
export function templates(): Briefing[] {
  const dir = join(root, 'test/fixtures/articles');
  const texts = [readFileSync(join(root, 'data/russia-iran-partnership.ar.txt'), 'utf8'), ...readdirSync(dir).filter((f) => f.endsWith('.txt')).slice(0, 8).map((f) => readFileSync(join(dir, f), 'utf8'))];
  return texts.map((t) => parseArticle(t));
}

/** The words shuffled into synthetic briefings. */
export function libraryWords(base: Briefing[]): string[] {
  return [...new Set(base.flatMap((b) => b.sentences.flatMap((s) => s.text.split(/\s+/))).filter((w) => w.length >= 4))];
}

/** Ingest time of the first briefing of every synthetic library (one a minute after it). */
export const LIBRARY_START = Date.parse('2026-01-01T00:00:00Z');

/** Briefing i of a synthetic library: a template's structure, sentences shuffled in from others, a unique title. */
export function synthetic(i: number, base: Briefing[], words: string[], at: number): Briefing {
  const r = rng(i + 1);
  const t = base[i % base.length]!;
  const pick = () => words[Math.floor(r() * words.length)]!;
  const title = `${pick()} ${pick()} ${pick()} ${i}`;
  const sentences = t.sentences.map((s, k) => (k % 3 === 0 ? { ...s, text: `${s.text} ${pick()} ${pick()}` } : s));
  return {
    ...t,
    id: syntheticId(i),
    title: { ar: title, en: `${pick()} ${i}` },
    sentences,
    meta: { ...t.meta, ingestedAt: new Date(at + i * 60_000).toISOString(), url: `https://news.example/${i}` },
  };
}

/**
 * A data file holding the synthetic library of n briefings, in a fresh folder of its own: a copy
 * of the cached library (written first if the cache lacks it). Body files are never rewritten in
 * place (a new version is a new file, a replacement a rename), so they are hard-linked; every
 * other file (appended or replaced) is copied.
 */
export async function cachedLibrary(n: number, base: Briefing[], write: (store: LowdbStore) => Promise<void>): Promise<{ file: string; built: number | null }> {
  const key = createHash('sha256').update(`${n}\n${synthetic.toString()}\n${JSON.stringify(base)}`).digest('hex').slice(0, 12);
  const cached = join(CACHE, `lowdb-${n}-${key}`);
  let built: number | null = null;
  if (!existsSync(join(cached, 'complete'))) {
    const t = performance.now();
    const building = `${cached}.building-${process.pid}`;
    mkdirSync(building, { recursive: true });
    const s = await LowdbStore.open(join(building, 'mujaz.db.json'));
    await write(s);
    await s.close();
    writeFileSync(join(building, 'complete'), '');
    rmSync(cached, { recursive: true, force: true });
    renameSync(building, cached);
    built = performance.now() - t;
  }
  const dir = mkdtempSync(join(tmpdir(), 'mujaz-store-bench-'));
  const copy = (from: string, to: string, body: boolean) => {
    mkdirSync(to, { recursive: true });
    for (const f of readdirSync(from)) {
      const src = join(from, f);
      if (statSync(src).isDirectory()) copy(src, join(to, f), body || f.endsWith('.briefings'));
      else if (body && /\.p\d+\.json$/.test(f)) linkSync(src, join(to, f));
      else copyFileSync(src, join(to, f));
    }
  };
  copy(cached, dir, false);
  rmSync(join(dir, 'complete'));
  const file = join(dir, 'mujaz.db.json');
  // What the engine under test leaves at a graceful stop (a cache written by an older version
  // is brought up to date here, not in the start-up measured).
  await (await LowdbStore.open(file)).close();
  return { file, built };
}

/** CPU time (user + system, every thread of this process) since `from`, in ms. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

export function syntheticId(i: number): string {
  return `b-syn${i.toString(16).padStart(8, '0')}`;
}

/** Bump when synthetic() changes in a way its first briefings do not show. */
const DATA_VERSION = 1;

/**
 * A short key of the library's data and schema: the bench's own version, the first synthetic
 * briefings (they change with the parser and the templates) and the migrations (a new one must
 * not meet a library built before it).
 */
function dataVersion(base: Briefing[], words: string[]): string {
  const h = createHash('sha1').update(String(DATA_VERSION));
  for (let i = 0; i < 3; i++) h.update(JSON.stringify(synthetic(i, base, words, Date.parse('2026-01-01T00:00:00Z'))));
  h.update(readdirSync(join(root, 'src/store/postgres/migrations')).sort().join(','));
  return h.digest('hex').slice(0, 10);
}

/** Was the schema's library built to the end (and vacuumed) by an earlier run? */
async function benchReady(c: import('pg').Client, schema: string): Promise<boolean> {
  const r = await c.query<{ t: string | null }>(`SELECT to_regclass($1) AS t`, [`${schema}.bench_ready`]);
  return r.rows[0]!.t !== null;
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (x: number) => `${Math.round(x / 2 ** 20)} MB`;

/** Result ids per query of the last engine measured at a size: both engines must agree. */
let answers: string[] = [];

async function measure(store: Store, label: string, n: number, base: Briefing[], words: string[], queries: string[]): Promise<boolean> {
  const lib = new Library(store.briefings);
  const ingest: number[] = [];
  const ingestCpu: number[] = [];
  // One ingest first, not timed (as /search has a warm-up query): the first compiles the code
  // paths of parsing terms and writing, which a running bot did long before; with 40 samples,
  // p99 is the slowest one.
  for (let k = -1; k < INGESTS; k++) {
    const b = synthetic(n + 1_000_000 + k, base, words, Date.parse('2026-06-01T00:00:00Z') + n * 60_000);
    const t = performance.now();
    const c = process.cpuUsage();
    await lib.add(b);
    if (k >= 0) ingest.push(performance.now() - t);
    if (k >= 0) ingestCpu.push(cpuMs(c));
  }
  const search: number[] = [];
  const searchCpu: number[] = [];
  let hits = 0;
  await searchLibrary(lib, queries[0]!); // warm-up: the names module loads its lexicon on first use
  const slow: Array<[number, string]> = [];
  const got: string[] = [];
  for (const q of queries) {
    const t = performance.now();
    const c = process.cpuUsage();
    const r = await searchLibrary(lib, q);
    const d = performance.now() - t;
    search.push(d);
    searchCpu.push(cpuMs(c));
    slow.push([d, q]);
    hits += r.briefings.length;
    got.push(`${r.briefings.map((h) => `${h.briefing.id}@${h.n}`).join(',')}|${r.people.map((h) => `${h.person.id}@${h.n}`).join(',')}`);
  }
  if (label === 'lowdb') answers = got;
  else if (!answers.length) process.stdout.write(`    (lowdb not run: results not compared)\n`);
  else {
    const same = got.filter((g, i) => g === answers[i]).length;
    process.stdout.write(`    results identical to lowdb's for ${same}/${queries.length} queries\n`);
    for (const [i, g] of got.entries()) if (g !== answers[i]) process.stdout.write(`    differs: "${queries[i]}"\n      lowdb:    ${answers[i]}\n      ${label}: ${g}\n`);
    if (same !== queries.length) return false;
  }
  if (process.env.STORE_BENCH_SLOW) process.stdout.write(`    slowest: ${slow.sort((a, b) => b[0] - a[0]).slice(0, 5).map(([d, q]) => `${q} ${d.toFixed(0)}ms`).join(' | ')}\n`);
  const ok = pct(ingest, 99) <= 20 && pct(search, 99) <= 50;
  process.stdout.write(
    `  ${label} ${n}: ingest p50 ${ms(pct(ingest, 50))} p99 ${ms(pct(ingest, 99))}; /search p50 ${ms(pct(search, 50))} p99 ${ms(pct(search, 99))} (${(hits / queries.length).toFixed(1)} hits/query)${ok ? '' : '  [MISSED]'}\n` +
      `    CPU time of this process (its own work, whatever else the machine runs): ingest p50 ${ms(pct(ingestCpu, 50))} p99 ${ms(pct(ingestCpu, 99))}; /search p50 ${ms(pct(searchCpu, 50))} p99 ${ms(pct(searchCpu, 99))}; load average ${loadavg()[0]!.toFixed(1)}\n`,
  );
  return ok;
}

/** The /search queries: words, word pairs and people's names from the templates. */
export function benchQueries(base: Briefing[], words: string[]): string[] {
  const people = base.flatMap((b) => b.people.map((p) => p.name.en || p.name.ar)).filter(Boolean);
  const r = rng(7);
  return Array.from({ length: SEARCHES }, (_, k) =>
    k % 4 === 0 ? people[Math.floor(r() * people.length)]! : k % 2 ? words[Math.floor(r() * words.length)]! : `${words[Math.floor(r() * words.length)]} ${words[Math.floor(r() * words.length)]}`,
  );
}

/** Start-up (in a process of its own), then ingest and /search, on the lowdb library of n briefings. */
async function lowdbSize(n: number, base: Briefing[], words: string[], queries: string[], chunks: () => Iterable<Briefing[]>): Promise<boolean> {
  const t = performance.now();
  const { file, built } = await cachedLibrary(n, base, async (s) => {
    for (const part of chunks()) await s.briefings.putMany(part);
  });
  const took = performance.now() - t;
  process.stdout.write(`  lowdb ${n}: library ${built === null ? 'copied from the cache' : `written in ${(built / 1000).toFixed(1)} s`} (ready in ${(took / 1000).toFixed(1)} s)\n`);
  try {
    const loader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
    const child = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--import', loader, join(root, 'bench/_store-child.ts'), file], { encoding: 'utf8', maxBuffer: 1 << 20 })) as {
      openMs: number;
      openRss: number;
      indexMs: number;
      indexRss: number;
    };
    const startOk = child.openMs <= 2000 && child.indexRss <= 300 * 2 ** 20;
    process.stdout.write(
      `  lowdb ${n}: start-up ${ms(child.openMs)} (RSS ${mb(child.openRss)}); search index built after ${ms(child.indexMs)} (RSS ${mb(child.indexRss)})${startOk ? '' : '  [MISSED]'}\n`,
    );
    const s2 = await LowdbStore.open(file);
    const measured = await measure(s2, 'lowdb', n, base, words, queries);
    await s2.close();
    return startOk && measured;
  } finally {
    rmSync(dirname(file), { recursive: true, force: true });
  }
}

export async function run(): Promise<boolean> {
  setLogLevel('silent');
  const base = templates();
  const words = libraryWords(base);
  const queries = benchQueries(base, words);
  let ok = true;
  const pg = await pgReachable();
  if (!pg) process.stdout.write(`  PostgreSQL not reachable at ${PG_URL}: lowdb only\n`);
  for (const n of SIZES) {
    // Made a chunk at a time, never all held at once: a 100k library in this process's heap
    // would put its major GCs into the timings measured afterwards.
    const CHUNK = 5000;
    const chunks = function* (): Generator<Briefing[]> {
      for (let i = 0; i < n; i += CHUNK) yield Array.from({ length: Math.min(CHUNK, n - i) }, (_, k) => synthetic(i + k, base, words, LIBRARY_START));
    };
    let t = 0;
    answers = [];
    if (ENGINES.includes('lowdb')) ok = (await lowdbSize(n, base, words, queries, chunks)) && ok;
    // PostgreSQL
    if (pg && ENGINES.includes('postgres')) {
      const { PostgresStore } = await import('../src/store/postgres/engine.ts');
      const schema = `mujaz_bench_${n}_${dataVersion(base, words)}`;
      const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;
      const pgMod = await import('pg');
      const admin = new pgMod.default.Client({ connectionString: PG_URL });
      await admin.connect();
      try {
        if (process.env.STORE_BENCH_FRESH || !(await benchReady(admin, schema))) {
          // Libraries of this size left by runs on other data or schema versions are dropped.
          const stale = await admin.query<{ s: string }>(`SELECT nspname AS s FROM pg_namespace WHERE nspname LIKE $1`, [`mujaz\\_bench\\_${n}\\_%`]);
          for (const { s: old } of stale.rows) await admin.query(`DROP SCHEMA ${old} CASCADE`);
          t = performance.now();
          const p = await PostgresStore.open(url);
          for (const part of chunks()) await p.briefings.putMany(part);
          process.stdout.write(`  postgres ${n}: library written in ${((performance.now() - t) / 1000).toFixed(1)} s (kept as schema ${schema} for later runs)\n`);
          await p.close();
          // What autovacuum does after a bulk load, done at once: planner statistics and the
          // visibility map (index-only scans) as a library that has been running a while has them.
          await admin.query(`SET search_path TO ${schema}`);
          await admin.query('VACUUM ANALYZE');
          await admin.query(`CREATE TABLE ${schema}.bench_ready (at timestamptz NOT NULL DEFAULT now())`);
          await admin.query(`INSERT INTO ${schema}.bench_ready DEFAULT VALUES`);
        } else process.stdout.write(`  postgres ${n}: library reused (schema ${schema}; STORE_BENCH_FRESH=1 builds it again)\n`);
        t = performance.now();
        const p2 = await PostgresStore.open(url);
        process.stdout.write(`  postgres ${n}: start-up ${ms(performance.now() - t)}\n`);
        try {
          ok = (await measure(p2, 'postgres', n, base, words, queries)) && ok;
        } finally {
          await p2.close();
          // The measured ingests are taken out again, so the next run starts from the same library.
          await admin.query(`DELETE FROM ${schema}.mujaz_briefings WHERE id = ANY($1)`, [Array.from({ length: INGESTS }, (_, k) => syntheticId(n + 1_000_000 + k))]);
        }
      } finally {
        await admin.end();
      }
    }
  }
  return ok;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const ok = await run();
  process.exit(ok ? 0 : 1);
}
