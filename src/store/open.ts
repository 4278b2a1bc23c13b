/**
 * Choosing the engine: PostgreSQL when MUJAZ_DATABASE_URL is set, else the embedded lowdb
 * files at MUJAZ_DATA_FILE.
 */
import { LowdbStore } from './lowdb/engine.ts';
import type { AnySectionSpec, Store } from './types.ts';

export interface StoreConfig {
  MUJAZ_DATA_FILE: string;
  MUJAZ_DATABASE_URL?: string;
}

export async function openStore(
  config: StoreConfig,
  opts: { sections?: readonly AnySectionSpec[]; readOnly?: boolean } = {},
): Promise<Store> {
  if (config.MUJAZ_DATABASE_URL) {
    const { PostgresStore } = await import('./postgres/engine.ts');
    return PostgresStore.open(config.MUJAZ_DATABASE_URL, opts);
  }
  return LowdbStore.open(config.MUJAZ_DATA_FILE, opts);
}

export function memoryStore(): Store {
  return LowdbStore.memory();
}
