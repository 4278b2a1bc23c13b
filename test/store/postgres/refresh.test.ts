/**
 * PostgreSQL refresh(): a record this instance writes while a refresh's query is out is newer than
 * what the query read, and is kept. What the instance remembers for that is let go once no refresh
 * is out: before, it kept an entry for every key it ever wrote (every day's delivery records, every
 * translation), growing for as long as the process ran.
 * Needs a server; without one it is skipped with one line saying so.
 */
import { afterAll, expect, it } from 'vitest';
import { isObject } from '../../../src/store/hot-state.ts';
import { put, type SectionSpec, type Store } from '../../../src/store/types.ts';
import { describeOnPostgres, pgReachable } from '../engines.ts';

const THINGS: SectionSpec<{ n: number }> = { name: 'things', valid: isObject, what: 'a thing object' };
const reachable = await pgReachable();

/** The instance's memory of its own writes, for refresh() (private: its size is what is checked). */
const remembered = (s: Store) => (s as unknown as { writtenAt: Map<string, number> }).writtenAt.size;

describeOnPostgres(reachable, 'PostgreSQL refresh', 'the PostgreSQL refresh tests', (engine) => {
  const opened: Store[] = [];
  afterAll(async () => {
    for (const s of opened) await s.close().catch(() => undefined);
  });

  it("keeps a record written while the refresh's query was out, and forgets its writes once no refresh is out", async () => {
    const s = await engine.fresh([THINGS]);
    const t = await engine.second!(s);
    opened.push(s, t);
    t.section(THINGS);
    await s.write([put(THINGS, 'a', { n: 1 })]);
    await t.write([put(THINGS, 'a', { n: 2 }), put(THINGS, 'b', { n: 2 })]);
    // This instance writes `a` again while the refresh's read is on its way: the read is older.
    const pool = (s as unknown as { pool: { query: (...a: unknown[]) => Promise<unknown> } }).pool;
    const query = pool.query.bind(pool);
    let wrote: Promise<void> | null = null;
    pool.query = (...a: unknown[]) => {
      const r = query(...a);
      if (!wrote && String(a[0]).includes('FROM mujaz_records WHERE section')) wrote = s.write([put(THINGS, 'a', { n: 3 })]);
      return r;
    };
    await s.refresh(THINGS);
    pool.query = query;
    await wrote;
    expect(s.section(THINGS).get('a')).toEqual({ n: 3 });
    expect(s.section(THINGS).get('b')).toEqual({ n: 2 });

    for (let i = 0; i < 300; i++) void s.write([put(THINGS, `k${i}`, { n: i })]);
    await s.flush();
    expect(remembered(s)).toBe(0);
  });
});
