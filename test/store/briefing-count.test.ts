/**
 * The library's size (/briefings and /use ask for it on every command) is read without counting
 * the library: on PostgreSQL from a counter the database keeps in the same transaction as each
 * insert and delete (migration 009), so it is exact for every instance on the database; on the
 * embedded engine from the catalog in memory, never from the body files.
 * The PostgreSQL part needs a server; without one it is skipped with one line saying so.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/briefing/types.ts';
import { LowdbStore } from '../../src/store/lowdb/engine.ts';
import { storePaths } from '../../src/store/lowdb/paths.ts';
import type { Store } from '../../src/store/types.ts';
import { makeBriefing } from '../digest/fixtures/briefings.ts';
import { tempFile } from '../helpers/app.ts';
import { PG_URL, describeOnPostgres, pgReachable } from './engines.ts';

const reachable = await pgReachable();

function briefing(id: string, at: string, v = 1): Briefing {
  return { ...makeBriefing(id, at), parserVersion: v };
}

/** A briefing whose words do not fit a tsvector (kept a row each: the other insert path). */
function big(id: string, at: string): Briefing {
  const b = makeBriefing(id, at);
  return { ...b, sentences: [{ text: `kilo${'m'.repeat(2500)}` } as Briefing['sentences'][number]] };
}

describeOnPostgres(reachable, 'PostgreSQL briefing count', 'the PostgreSQL briefing count tests', (engine) => {
  const opened: Store[] = [];
  const fresh = async () => {
    const s = await engine.fresh();
    opened.push(s);
    return s;
  };
  const schemaOf = (s: Store) => /schema (\w+)/.exec(s.where)![1]!;
  const sql = async <T,>(schema: string, f: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
    await c.connect();
    try {
      return await f(c);
    } finally {
      await c.end();
    }
  };
  afterAll(async () => {
    for (const s of opened) await s.close().catch(() => undefined);
  });

  it('does not read the briefings table: it answers while another connection holds it locked', async () => {
    const s = await fresh();
    await s.briefings.putMany([briefing('c-1', '2026-06-10T06:00:00Z'), briefing('c-2', '2026-06-10T07:00:00Z')]);
    const c = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schemaOf(s)}` });
    await c.connect();
    try {
      await c.query('BEGIN');
      await c.query('LOCK TABLE mujaz_briefings IN ACCESS EXCLUSIVE MODE');
      const n = s.briefings.count();
      const answer = await Promise.race([n, new Promise((r) => setTimeout(() => r('blocked'), 2000))]);
      await c.query('ROLLBACK');
      await n;
      expect(answer).toBe(2);
    } finally {
      await c.end();
    }
  });

  it('stays exact through every way a briefing is stored, replaced or removed, for every instance', async () => {
    const s = await fresh();
    const r = s.briefings;
    expect(await r.count()).toBe(0);
    await r.put(briefing('c-1', '2026-06-10T06:00:00Z'));
    await r.put(briefing('c-1', '2026-06-10T06:00:00Z')); // the same parse: nothing changes
    await r.put(briefing('c-1', '2026-06-10T06:00:00Z', 2)); // a newer parse replaces it
    expect(await r.count()).toBe(1);
    await r.put(big('c-big', '2026-06-10T06:30:00Z'));
    await r.put(big('c-big', '2026-06-10T06:30:00Z'));
    expect(await r.count()).toBe(2);
    // A bulk load with an id already stored (left as it is) and a chunk boundary inside it.
    await r.putMany([briefing('c-1', '2026-06-10T06:00:00Z'), ...Array.from({ length: 5 }, (_, i) => briefing(`c-m${i}`, `2026-06-10T08:0${i}:00Z`))]);
    expect(await r.count()).toBe(7);
    // Another instance on the database stores one: seen at once by both.
    const t = await engine.second!(s);
    opened.push(t);
    expect(await t.briefings.count()).toBe(7);
    await t.briefings.put(briefing('c-t', '2026-06-10T09:00:00Z'));
    expect(await r.count()).toBe(8);
    // Rows an operator removes by hand (and a rolled-back insert) are counted too.
    await sql(schemaOf(s), async (c) => {
      await c.query(`DELETE FROM mujaz_briefings WHERE id IN ('c-m0', 'c-m1')`);
      await c.query('BEGIN');
      await c.query(`INSERT INTO mujaz_briefings (id, parser_version, body) VALUES ('c-x', 1, '{}')`);
      await c.query('ROLLBACK');
    });
    expect(await r.count()).toBe(6);
    // From a session that names the schema instead of searching it (as the storage bench does).
    await sql('public', (c) => c.query(`DELETE FROM ${schemaOf(s)}.mujaz_briefings WHERE id = 'c-m2'`));
    expect(await r.count()).toBe(5);
    await sql(schemaOf(s), (c) => c.query('TRUNCATE mujaz_briefings CASCADE'));
    expect(await t.briefings.count()).toBe(0);
  });

  it('starts from the briefings already stored when the counter is added to an existing database', async () => {
    const s = await fresh();
    await s.briefings.putMany(Array.from({ length: 4 }, (_, i) => briefing(`c-${i}`, `2026-06-10T0${i}:00:00Z`)));
    // As a database from before the counter: its migration not applied, its objects absent.
    await sql(schemaOf(s), async (c) => {
      await c.query(`DELETE FROM mujaz_migrations WHERE name = '009_briefing_count.sql'`);
      await c.query('DROP TABLE mujaz_briefing_count CASCADE');
      await c.query('DROP FUNCTION mujaz_briefings_counted() CASCADE');
      await c.query('DROP FUNCTION mujaz_briefings_emptied() CASCADE');
    });
    const again = (await engine.reopen(s))!; // its migrations applied again at start-up
    opened.push(again);
    expect(await again.briefings.count()).toBe(4);
    await again.briefings.put(briefing('c-new', '2026-06-11T00:00:00Z'));
    expect(await again.briefings.count()).toBe(5);
  });
});

describe('lowdb briefing count', () => {
  const opened: Store[] = [];
  afterAll(async () => {
    for (const s of opened) await s.close().catch(() => undefined);
  });

  it('comes from the catalog, not the body files', async () => {
    const file = tempFile();
    const s = await LowdbStore.open(file);
    await s.briefings.putMany(Array.from({ length: 3 }, (_, i) => briefing(`c-${i}`, `2026-06-10T0${i}:00:00Z`)));
    await s.close();
    const again = await LowdbStore.open(file);
    opened.push(again);
    // The bodies gone (the catalog and its snapshot kept): the count does not look at them.
    rmSync(join(storePaths(file).briefings, 'c-'), { recursive: true });
    expect(await again.briefings.count()).toBe(3);
  });
});
