/**
 * Platform send slots shared by every instance on one database (see Pacer in ../types.ts): one
 * row per scope in mujaz_pacing, reserved by the mujaz_pace function in one round trip, so
 * instances asking at the same moment are served one after the other by the row locks.
 */
import type pg from 'pg';
import { StorageUnavailableError, type PaceScope, type Pacer } from '../types.ts';

/** Scopes idle this long (a channel's spacing long past) are dropped, at most once per PRUNE_EVERY_MS. */
const IDLE_MS = 3600_000;
const PRUNE_EVERY_MS = 10 * 60_000;
/** A wait past this is "never" for any caller; keeps Infinity out of SQL. */
const FOREVER_MS = 365 * 24 * 3600_000;

export class PgPacer implements Pacer {
  private lastPrune = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly where: string,
  ) {}

  /** Reservations waiting for the one in flight, by scope set: sent together in the next statement. */
  private readonly waiting = new Map<string, Array<{ now: number; maxWait: number; done: (at: number) => void; fail: (e: Error) => void }>>();
  private readonly busy = new Set<string>();

  reserve(scopes: readonly PaceScope[], now: number, maxWaitMs: number): Promise<number> {
    this.prune(now);
    const key = JSON.stringify(scopes);
    return new Promise((done, fail) => {
      const list = this.waiting.get(key) ?? [];
      list.push({ now, maxWait: Math.min(maxWaitMs, FOREVER_MS), done, fail });
      this.waiting.set(key, list);
      if (!this.busy.has(key)) void this.send(key, scopes);
    });
  }

  /**
   * The reservations asked for while the last statement was out, in one statement: each call of
   * mujaz_pace in it takes its slot after the one before, as separate calls would, but a burst
   * of replies costs one round trip and one turn on the scope's row lock instead of one each.
   */
  private async send(key: string, scopes: readonly PaceScope[]): Promise<void> {
    this.busy.add(key);
    try {
      for (let batch = this.waiting.get(key); batch?.length; batch = this.waiting.get(key)) {
        this.waiting.delete(key);
        try {
          const r = await this.query<{ at: number }>(
            `SELECT mujaz_pace($1, $2, $3, x.now, x.wait) AS at FROM unnest($4::float8[], $5::float8[]) WITH ORDINALITY AS x(now, wait, i) ORDER BY x.i`,
            [scopes.map((s) => s.scope), scopes.map((s) => s.intervalMs), scopes.map((s) => Math.max(1, Math.floor(s.burst))), batch.map((b) => b.now), batch.map((b) => b.maxWait)],
          );
          batch.forEach((b, i) => b.done(Number(r.rows[i]!.at)));
        } catch (e) {
          for (const b of batch) b.fail(e as Error);
        }
      }
    } finally {
      this.busy.delete(key);
    }
  }

  async reserveMany(scope: PaceScope, now: number, maxWaitMs: number, n: number): Promise<number[]> {
    this.prune(now);
    const r = await this.query<{ at: number[] }>('SELECT mujaz_pace_many($1, $2, $3, $4, $5, $6) AS at', [
      scope.scope,
      scope.intervalMs,
      Math.max(1, Math.floor(scope.burst)),
      now,
      Math.min(maxWaitMs, FOREVER_MS),
      n,
    ]);
    return r.rows[0]!.at.map(Number);
  }

  async hold(scope: string, until: number): Promise<void> {
    await this.query(
      `INSERT INTO mujaz_pacing AS p (scope, tat, held) VALUES ($1, $2, $2)
       ON CONFLICT (scope) DO UPDATE SET held = greatest(p.held, $2), tat = greatest(p.tat, $2)`,
      [scope, until],
    );
  }

  private prune(now: number): void {
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    // Best effort: a row kept a little longer only costs space.
    this.pool.query('DELETE FROM mujaz_pacing WHERE greatest(tat, held) < $1', [now - IDLE_MS]).catch(() => undefined);
  }

  private async query<R extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<pg.QueryResult<R>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.pool.query<R>(sql, params);
      } catch (e) {
        // Locks are taken in scope order, but a hold and a reserve may still meet: run it again.
        if ((e as { code?: string }).code === '40P01' && attempt < 5) continue;
        throw new StorageUnavailableError(`cannot pace sends in ${this.where}: ${(e as Error).message}`);
      }
    }
  }
}
