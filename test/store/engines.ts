/**
 * The engines the contract suite runs against: memory, lowdb files, and PostgreSQL when a server
 * answers (MUJAZ_TEST_DATABASE_URL, default the local one). Each PostgreSQL run works in a schema
 * of its own, dropped afterwards, so parallel runs never collide.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';
import { LowdbStore } from '../../src/store/lowdb/engine.ts';
import type { AnySectionSpec, Store } from '../../src/store/types.ts';
import { tempFile } from '../helpers/app.ts';

export const PG_URL = process.env.MUJAZ_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The one line a run without a database prints for each skipped PostgreSQL suite (password masked). */
export function sayPgSkipped(what: string): void {
  process.stderr.write(`PostgreSQL not reachable at ${PG_URL.replace(/:[^:@/]+@/, ':***@')}: skipping ${what}\n`);
}

/** Does a PostgreSQL server answer at PG_URL? (one quick try) */
export async function pgReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 1500 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

export interface Engine {
  name: string;
  /** A fresh, empty store. */
  fresh(sections?: readonly AnySectionSpec[]): Promise<Store>;
  /** Close `s` and open what it wrote again (null: the engine keeps nothing). */
  reopen(s: Store, sections?: readonly AnySectionSpec[]): Promise<Store | null>;
  /** A second writer on the same data, when the engine allows one. */
  second?(s: Store): Promise<Store>;
  cleanup(): Promise<void>;
}

export const memoryEngine: Engine = {
  name: 'memory',
  fresh: async () => LowdbStore.memory(),
  reopen: async () => null,
  cleanup: async () => undefined,
};

export const lowdbEngine: Engine = {
  name: 'lowdb',
  fresh: (sections) => LowdbStore.open(tempFile(), { sections }),
  reopen: async (s, sections) => {
    await s.close();
    return LowdbStore.open(s.where, { sections });
  },
  cleanup: async () => undefined,
};

export function postgresEngine(): Engine {
  const schemas: string[] = [];
  const urlFor = (schema: string) => `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;
  const byStore = new WeakMap<Store, string>();
  const open = async (schema: string, sections?: readonly AnySectionSpec[]) => {
    const { PostgresStore } = await import('../../src/store/postgres/engine.ts');
    const s = await PostgresStore.open(urlFor(schema), { sections });
    byStore.set(s, schema);
    return s;
  };
  return {
    name: 'postgres',
    fresh: (sections) => {
      const schema = `mujaz_t${process.pid}_${randomBytes(4).toString('hex')}`;
      schemas.push(schema);
      return open(schema, sections);
    },
    reopen: async (s, sections) => {
      await s.close();
      return open(byStore.get(s)!, sections);
    },
    second: (s) => open(byStore.get(s)!),
    cleanup: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      for (const schema of schemas) await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}

/**
 * A suite that needs a PostgreSQL server: with one (`reachable`), `body` gets a fresh engine whose
 * schemas are dropped after the suite; without one, one line says what is skipped.
 */
export function describeOnPostgres(reachable: boolean, name: string, what: string, body: (engine: Engine) => void): void {
  if (!reachable) {
    sayPgSkipped(what);
    describe.skip(`${name} (no server)`, () => it.skip('needs PostgreSQL', () => undefined));
    return;
  }
  describe(name, () => {
    const engine = postgresEngine();
    afterAll(() => engine.cleanup());
    body(engine);
  });
}
