/**
 * The PostgreSQL engine (MUJAZ_DATABASE_URL=postgres://...): for deployments past one process
 * or one machine. Hot sections are loaded at start and written through in transactions (writes
 * made while one transaction is open share the next, in order); claims are
 * INSERT ... ON CONFLICT DO NOTHING, so two instances can never both take a digest.
 * Platform send slots are shared through it too (pacer.ts), so instances together keep a rate limit.
 * `?schema=name` in the URL keeps an instance (or a test run) in its own schema.
 */
import pg from 'pg';
import { HotState } from '../hot-state.ts';
import {
  StorageUnavailableError,
  StoreError,
  type Change,
  type ClaimCandidate,
  type ClaimFirstResult,
  type ClaimOptions,
  type Section,
  type AnySectionSpec,
  type SectionSpec,
  type Store,
} from '../types.ts';
import { PgBriefings } from './briefings.ts';
import { migrate } from './migrate.ts';
import { PgPacer } from './pacer.ts';

type Op =
  | { kind: 'write'; changes: readonly Change[]; done: () => void; fail: (e: Error) => void }
  | { kind: 'claim'; change: Change; replace: readonly string[]; staleBefore?: string; done: (took: boolean) => void; fail: (e: Error) => void }
  | { kind: 'first'; section: string; lockSection: string; candidates: ReadonlyArray<ClaimCandidate<unknown>>; done: (r: ClaimFirstResult) => void; fail: (e: Error) => void };

/** What one claimFirst found inside its transaction, applied to memory once committed. */
interface FirstOutcome {
  result: ClaimFirstResult;
  learned: Change[];
}

/** The URL without its `schema` parameter, and the schema (validated: it is put into SQL). */
export function splitSchema(url: string): { url: string; schema: string | null } {
  const u = new URL(url);
  const schema = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new StoreError(`MUJAZ_DATABASE_URL: schema "${schema}" must be lowercase letters, digits and _`);
  return { url: u.toString(), schema };
}

/** The URL for messages, password hidden. */
function shown(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'MUJAZ_DATABASE_URL';
  }
}

/** One row of mujaz_claim_firsts's answer (migration 007). */
interface FirstRow {
  op: number;
  kind: 'held' | 'took';
  i: number;
  value: unknown;
}

/** claimFirsts run in one call (one transaction) at most (work locks held until its commit). */
const MAX_FIRSTS = 64;

/** Changes read again on each refresh of a section, for transactions that committed late. */
const LATE_CHANGES = 256;

/** Each record's last change in these, as the two disjoint sets one statement writes. */
function recordSets(changes: readonly Change[]): { dels: Change[]; puts: Change[] } {
  const last = new Map<string, Change>();
  for (const c of changes) {
    const k = `${c.section}\0${c.key}`;
    last.delete(k); // re-inserted: the record's place is that of its last change
    last.set(k, c);
  }
  const all = [...last.values()];
  return { dels: all.filter((c) => c.value === undefined), puts: all.filter((c) => c.value !== undefined) };
}

/** The parameters of a write: sections and keys deleted; sections, keys and values upserted. */
function recordParams(changes: readonly Change[]): unknown[] {
  const { dels, puts } = recordSets(changes);
  return [dels.map((c) => c.section), dels.map((c) => c.key), puts.map((c) => c.section), puts.map((c) => c.key), puts.map((c) => JSON.stringify(c.value))];
}

/**
 * Store these changes in one statement: one transaction needs only each record's last change,
 * so deletions and upserts go as two sets (a record in one set is not in the other).
 */
async function writeRecords(client: pg.PoolClient, changes: readonly Change[]): Promise<void> {
  await client.query(
    `WITH d AS (DELETE FROM mujaz_records r USING unnest($1::text[], $2::text[]) AS x(section, key) WHERE r.section = x.section AND r.key = x.key)
     INSERT INTO mujaz_records (section, key, value) SELECT * FROM unnest($3::text[], $4::text[], $5::jsonb[])
     ON CONFLICT (section, key) DO UPDATE SET value = EXCLUDED.value, changed = nextval('mujaz_records_changes')`,
    recordParams(changes),
  );
}

function sameSections(x: { section: string; lockSection: string }, y: { section: string; lockSection: string }): boolean {
  return x.section === y.section && x.lockSection === y.lockSection;
}

/**
 * One claimFirst's answer from its rows: held candidates are learned; every candidate before the
 * one taken (all, if none) was passed over (held, being claimed by another instance right now,
 * its lock record gone, or claimed meanwhile without the lock); those after it were not looked at.
 */
function firstOutcome(op: { section: string; candidates: ReadonlyArray<ClaimCandidate<unknown>> }, rows: readonly FirstRow[]): FirstOutcome {
  const learned: Change[] = [];
  let took = op.candidates.length;
  for (const row of rows) {
    if (row.kind === 'held') learned.push({ section: op.section, key: op.candidates[row.i]!.key, value: row.value });
    else took = row.i;
  }
  const passed = op.candidates.slice(0, took).map((c) => c.key);
  const c = op.candidates[took];
  if (!c) return { result: { took: null, passed }, learned };
  return { result: { took: c.key, passed }, learned: [...learned, { section: op.section, key: c.key, value: c.value }] };
}

export class PostgresStore implements Store {
  readonly engine = 'postgres' as const;
  readonly inbox = null;
  readonly shared = true;
  readonly briefings: PgBriefings;
  readonly pacer: PgPacer;
  private ops: Op[] = [];
  private running: Promise<void> | null = null;
  /**
   * Write count, and the count at each record's last write here while a refresh() is out (it
   * keeps those newer than its read). Only such writes are remembered, and forgotten once no
   * refresh is out: an entry per key ever written grew for as long as the process ran.
   */
  private writes = 0;
  private readonly writtenAt = new Map<string, number>();
  private refreshing = 0;
  /** Change numbers read so far: everything up to it at start-up, then per section. */
  private loadedUpTo = 0;
  private readonly seenUpTo = new Map<string, number>();

  private constructor(
    private readonly pool: pg.Pool,
    private readonly searchPool: pg.Pool,
    private readonly hot: HotState,
    readonly where: string,
    private readonly readOnly: boolean,
  ) {
    this.briefings = new PgBriefings(pool, searchPool);
    this.pacer = new PgPacer(pool, where);
  }

  static async open(url: string, opts: { sections?: readonly AnySectionSpec[]; readOnly?: boolean } = {}): Promise<PostgresStore> {
    const { url: conn, schema } = splitSchema(url);
    const where = `the database ${shown(conn)}${schema ? ` (schema ${schema})` : ''}`;
    // The schema travels in the connection's start-up options: every pooled connection has it.
    const path = schema ? `-c search_path=${schema},public` : '';
    const pool = new pg.Pool({ connectionString: conn, max: 8, connectionTimeoutMillis: 10_000, ...(path ? { options: path } : {}) });
    // /search's own few connections plan without sequential scans (see PgBriefings.candidates):
    // set at connection start, so a search needs no transaction to set it (two round trips fewer).
    const searchPool = new pg.Pool({ connectionString: conn, max: 3, connectionTimeoutMillis: 10_000, options: `${path} -c enable_seqscan=off`.trim() });
    // A dropped idle connection must not crash the process: the next query reports it.
    pool.on('error', () => undefined);
    searchPool.on('error', () => undefined);
    try {
      const client = await pool.connect();
      try {
        if (schema) {
          await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
          await client.query(`SET search_path TO ${schema}, public`);
        }
        if (!opts.readOnly) await migrate(client);
        const rows = await client.query<{ section: string; key: string; value: unknown; changed: string }>('SELECT section, key, value, changed FROM mujaz_records ORDER BY seq');
        const data: Record<string, Record<string, unknown>> = {};
        let upTo = 0;
        for (const r of rows.rows) {
          (data[r.section] ??= {})[r.key] = r.value;
          upTo = Math.max(upTo, Number(r.changed));
        }
        const store = new PostgresStore(pool, searchPool, new HotState(data, where), where, !!opts.readOnly);
        store.loadedUpTo = upTo;
        for (const s of opts.sections ?? []) store.section(s);
        return store;
      } finally {
        client.release();
      }
    } catch (e) {
      await pool.end().catch(() => undefined);
      await searchPool.end().catch(() => undefined);
      if (e instanceof StoreError) throw e;
      throw new StoreError(`cannot use ${where}: ${(e as Error).message}`);
    }
  }

  section<T>(spec: SectionSpec<T>): Section<T> {
    return this.hot.register(spec);
  }

  write(changes: readonly Change[]): Promise<void> {
    if (!changes.length) return Promise.resolve();
    if (this.readOnly) return Promise.reject(new StoreError(`${this.where} was opened read-only`));
    this.hot.apply(changes);
    this.writes++;
    if (this.refreshing) for (const c of changes) this.writtenAt.set(`${c.section}\0${c.key}`, this.writes);
    return new Promise((done, fail) => this.enqueue({ kind: 'write', changes, done, fail }));
  }

  claim<T>(spec: SectionSpec<T>, key: string, value: T, opts: ClaimOptions = {}): Promise<boolean> {
    if (this.readOnly) return Promise.reject(new StoreError(`${this.where} was opened read-only`));
    // Taken here already (this instance saw it): no round trip. The database decides otherwise.
    if (!this.hot.claimable(spec.name, key, opts)) return Promise.resolve(false);
    const change = { section: spec.name, key, value };
    return new Promise<boolean>((done, fail) => this.enqueue({ kind: 'claim', change, replace: opts.replaceStatus ?? [], staleBefore: opts.staleBefore, done, fail }));
  }

  async refresh<T>(spec: SectionSpec<T>, keys?: readonly string[]): Promise<void> {
    if (keys && !keys.length) return;
    // Writes of this instance still on their way are newer than what the database holds.
    await this.flush();
    const before = this.writes;
    this.refreshing++;
    try {
      await this.refreshFrom(spec.name, before, keys);
    } finally {
      if (--this.refreshing === 0) this.writtenAt.clear();
    }
  }

  private async refreshFrom(section: string, before: number, keys?: readonly string[]): Promise<void> {
    const since = this.seenUpTo.get(section) ?? this.loadedUpTo;
    const r = await this.pool
      .query<{ key: string; value: unknown; changed: string }>(
        keys
          ? 'SELECT key, value, changed FROM mujaz_records WHERE section = $1 AND key = ANY($2)'
          : // A transaction that took its number before others and committed after them would be
            // missed by "changed > since" alone: read the last LATE_CHANGES again each time.
            'SELECT key, value, changed FROM mujaz_records WHERE section = $1 AND changed > $2 ORDER BY changed',
        [section, keys ?? Math.max(0, since - LATE_CHANGES)],
      )
      .catch((e: Error) => {
        throw new StorageUnavailableError(`cannot read ${this.where}: ${e.message}`);
      });
    const found = new Map(r.rows.map((row) => [row.key, row.value]));
    if (!keys) this.seenUpTo.set(section, r.rows.reduce((m, row) => Math.max(m, Number(row.changed)), since));
    // A record gone from the database was deleted by another instance (e.g. an unsubscribe).
    // A record this instance wrote while the query was out is newer than what it read.
    const unchanged = (keys ?? [...found.keys()]).filter((key) => (this.writtenAt.get(`${section}\0${key}`) ?? 0) <= before);
    this.hot.apply(unchanged.map((key) => ({ section, key, value: found.get(key) })));
  }

  claimFirst<T>(spec: SectionSpec<T>, lockSpec: AnySectionSpec, candidates: ReadonlyArray<ClaimCandidate<T>>): Promise<ClaimFirstResult> {
    if (this.readOnly) return Promise.reject(new StoreError(`${this.where} was opened read-only`));
    if (!candidates.length) return Promise.resolve({ took: null, passed: [] });
    return new Promise((done, fail) => this.enqueue({ kind: 'first', section: spec.name, lockSection: lockSpec.name, candidates, done, fail }));
  }

  /**
   * Senders' claimFirsts in one statement (mujaz_claim_firsts, migration 007), run one after the
   * other in the order queued. Sent as a statement each, their parsing and planning was most of a
   * fan-out's time on PostgreSQL. Consecutive ops on the same sections share a call (a digest
   * run's always do). `writes`, queued ahead of them, go in the same statement before the first
   * call's claims (mujaz_write_claim_firsts, migration 008): a fan-out round's outcomes and claims
   * then cost one round trip and one commit, not a transaction each.
   */
  private async claimFirstsIn(client: pg.PoolClient, ops: ReadonlyArray<Extract<Op, { kind: 'first' }>>, writes: readonly Change[] = []): Promise<FirstOutcome[]> {
    const out: FirstOutcome[] = [];
    for (let a = 0; a < ops.length; ) {
      let b = a + 1;
      while (b < ops.length && sameSections(ops[b]!, ops[a]!)) b++;
      const group = ops.slice(a, b);
      const arg = group.map((op) => ({ c: op.candidates.map((c) => ({ key: c.key, lock_key: c.lockKey, value: c.value, replace: c.replaceStatus ?? [] })) }));
      const claimArgs = [group[0]!.section, group[0]!.lockSection, JSON.stringify(arg)];
      const res =
        a === 0 && writes.length
          ? await client.query<FirstRow>(
              'SELECT op, kind, i, value FROM mujaz_write_claim_firsts($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6, $7, $8)',
              [...recordParams(writes), ...claimArgs],
            )
          : await client.query<FirstRow>('SELECT op, kind, i, value FROM mujaz_claim_firsts($1, $2, $3)', claimArgs);
      const rows: FirstRow[][] = group.map(() => []);
      for (const row of res.rows) rows[row.op]!.push(row);
      group.forEach((op, k) => out.push(firstOutcome(op, rows[k]!)));
      a = b;
    }
    return out;
  }

  private enqueue(op: Op): void {
    this.ops.push(op);
    if (!this.running) this.running = this.drain();
  }

  /**
   * Run what was queued while the last transaction was out: writes first, in order, then the
   * claimFirsts (up to MAX_FIRSTS), in one statement (mujaz_write_claim_firsts) and so one round
   * trip, one commit and one WAL flush for all the senders' outcomes and claims queued meanwhile;
   * each caller's promise resolves only once that commit is durable, so a claim is still on disk
   * before its send. Writes go ahead of claimFirsts queued before them: nothing written was
   * derived from a claimFirst still unanswered, and a digest sender's outcome is then durable no
   * later than its next claim. (In strict arrival order, a fan-out's outcomes and claims alternate.)
   * The writes take their row locks before the claims take work locks, and the claims never wait
   * for a row lock (SKIP LOCKED), so a transaction holding work locks still does not wait for rows
   * another instance holds. Single claims (`claim`: an INSERT that does wait for another
   * instance's uncommitted one) are kept out of the claimFirsts' transaction: a batch holding one
   * runs in a transaction of its own (BEGIN ... COMMIT), the claimFirsts in the next. Before
   * migration 008 a fan-out round waited for two commits, the outcomes' and then the claims'.
   */
  private async drain(): Promise<void> {
    const batches: Op[][] = [];
    while (this.ops.length || batches.length) {
      if (!batches.length) {
        const all = this.ops.splice(0);
        const rest = all.filter((op) => op.kind !== 'first');
        const firsts = all.filter((op) => op.kind === 'first');
        for (let i = 0; i < firsts.length; i += MAX_FIRSTS) batches.push(firsts.slice(i, i + MAX_FIRSTS));
        // Writes alone ride with the first claimFirsts (one statement); with a single claim, apart.
        if (rest.length && batches.length && rest.every((op) => op.kind === 'write')) batches[0] = [...rest, ...batches[0]!];
        else if (rest.length) batches.unshift(rest);
      }
      const batch = batches.shift()!;
      const client = await this.pool.connect().catch((e: Error) => e);
      if (client instanceof Error) {
        const err = new StorageUnavailableError(`cannot write ${this.where}: ${client.message}`);
        for (const op of batch) op.fail(err);
        continue;
      }
      let outcome: Awaited<ReturnType<PostgresStore['runBatch']>> | Error;
      for (let attempt = 1; ; attempt++) {
        outcome = await this.runBatch(client, batch).catch((e: Error & { code?: string }) => e);
        // Two instances' transactions waiting on each other: PostgreSQL aborts one; run it again.
        if (!(outcome instanceof Error) || (outcome as { code?: string }).code !== '40P01' || attempt >= 5) break;
      }
      client.release();
      if (outcome instanceof Error) {
        const err = new StorageUnavailableError(`cannot write ${this.where}: ${outcome.message}`);
        for (const op of batch) op.fail(err);
        continue;
      }
      const { results, fresh } = outcome;
      batch.forEach((op, i) => {
        if (op.kind === 'write') op.done();
        else if (op.kind === 'first') {
          const out = results[i] as FirstOutcome;
          this.hot.apply(out.learned);
          op.done(out.result);
        } else {
          if (results[i]) this.hot.apply([op.change]);
          op.done(!!results[i]);
        }
      });
      this.hot.apply(fresh);
    }
    this.running = null;
  }

  private async runBatch(client: pg.PoolClient, batch: readonly Op[]): Promise<{ results: Array<boolean | FirstOutcome | undefined>; fresh: Change[] }> {
    const results: Array<boolean | FirstOutcome | undefined> = [];
    const fresh: Change[] = [];
    // Writes alone (one statement for them all), or writes then claimFirsts on one pair of
    // sections (one call of mujaz_write_claim_firsts, or of mujaz_claim_firsts without writes),
    // are a transaction of their own without BEGIN and COMMIT: one round trip, one commit.
    const firsts = batch.filter((op): op is Extract<Op, { kind: 'first' }> => op.kind === 'first');
    const single =
      batch.every((op) => op.kind === 'write' || op.kind === 'first') &&
      batch.slice(batch.length - firsts.length).every((op) => op.kind === 'first') &&
      firsts.every((op) => sameSections(op, firsts[0]!));
    // Writes are gathered and sent as one statement before the next claim (or at the end).
    let pending: Change[] = [];
    const flushWrites = async () => {
      if (pending.length) await writeRecords(client, pending);
      pending = [];
    };
    try {
      if (!single) await client.query('BEGIN');
      for (let i = 0; i < batch.length; i++) {
        const op = batch[i]!;
        if (op.kind === 'write') {
          pending.push(...op.changes);
          results.push(undefined);
          continue;
        }
        if (op.kind === 'first') {
          // Consecutive claimFirsts go together (one call of mujaz_claim_firsts for them), the
          // writes gathered before them in the same statement, ahead of the claims.
          let k = i;
          while (k < batch.length && batch[k]!.kind === 'first') k++;
          const writes = pending;
          pending = [];
          results.push(...(await this.claimFirstsIn(client, batch.slice(i, k) as Array<Extract<Op, { kind: 'first' }>>, writes)));
          i = k - 1;
        } else {
          await flushWrites();
          const { section, key, value } = op.change;
          const r = op.replace.length
            ? await client.query(
                `INSERT INTO mujaz_records (section, key, value) VALUES ($1, $2, $3)
                 ON CONFLICT (section, key) DO UPDATE SET value = EXCLUDED.value, changed = nextval('mujaz_records_changes')
                 WHERE mujaz_records.value->>'status' = ANY($4) AND ($5::text IS NULL OR mujaz_records.value->>'at' < $5) RETURNING key`,
                [section, key, JSON.stringify(value), op.replace, op.staleBefore ?? null],
              )
            : await client.query('INSERT INTO mujaz_records (section, key, value) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key', [
                section,
                key,
                JSON.stringify(value),
              ]);
          const took = (r.rowCount ?? 0) > 0;
          results.push(took);
          if (!took) {
            // Another instance holds it: learn what it holds, so this one stops asking.
            const cur = await client.query<{ value: unknown }>('SELECT value FROM mujaz_records WHERE section = $1 AND key = $2', [section, key]);
            if (cur.rows[0]) fresh.push({ section, key, value: cur.rows[0].value });
          }
        }
      }
      await flushWrites();
      if (!single) await client.query('COMMIT');
      return { results, fresh };
    } catch (e) {
      if (!single) await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }

  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  async close(): Promise<void> {
    await this.flush();
    await this.briefings.idle();
    await this.pool.end();
    await this.searchPool.end();
  }
}
