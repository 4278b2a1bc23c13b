/**
 * Schema migrations: the numbered .sql files beside this module, each applied once in its own
 * transaction, recorded in mujaz_migrations. An advisory lock makes instances starting together
 * take turns.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PoolClient } from 'pg';

const DIR = join(import.meta.dirname, 'migrations');
const LOCK = 0x6d756a61; // "muja"

export async function migrate(client: PoolClient): Promise<string[]> {
  const applied: string[] = [];
  await client.query('SELECT pg_advisory_lock($1)', [LOCK]);
  try {
    await client.query('CREATE TABLE IF NOT EXISTS mujaz_migrations (name text PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await client.query<{ name: string }>('SELECT name FROM mujaz_migrations')).rows.map((r) => r.name));
    for (const name of readdirSync(DIR).filter((f) => f.endsWith('.sql')).sort()) {
      if (done.has(name)) continue;
      await client.query('BEGIN');
      try {
        await client.query(readFileSync(join(DIR, name), 'utf8'));
        await client.query('INSERT INTO mujaz_migrations (name) VALUES ($1)', [name]);
        await client.query('COMMIT');
        applied.push(name);
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK]);
  }
  return applied;
}
