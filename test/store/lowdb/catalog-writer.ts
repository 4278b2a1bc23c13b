/**
 * Child process of test/store/lowdb/catalog-file.test.ts: writes briefings to a lowdb data file for
 * ever (new ones and newer parses of earlier ones, ingest times out of order) while snapshotting
 * the catalog as often as it can, printing "ack ID VERSION" once each put is durable. The test
 * kills it with SIGKILL. Args: DATA_FILE FIRST_NUMBER.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { setLogLevel } from '../../../src/log.ts';
import { LowdbStore } from '../../../src/store/lowdb/engine.ts';
import { makeBriefing } from '../../digest/fixtures/briefings.ts';

setLogLevel('silent');
const [file, first] = process.argv.slice(2) as [string, string];
const store = await LowdbStore.open(file);
const versions = new Map<string, number>();
let stop = false;
void (async () => {
  while (!stop) {
    await store.briefings.snapshot();
    await sleep(1);
  }
})();
const from = Number(first);
for (let i = from; ; i++) {
  // Every fourth put is a newer parse of a briefing this run wrote before (same id, higher version).
  const id = i % 4 === 3 ? `c${from + ((i * 7) % (i - from))}` : `c${i}`;
  const v = (versions.get(id) ?? 0) + 1;
  versions.set(id, v);
  const at = new Date(Date.UTC(2026, 0, 1) + ((i * 7919) % 1000) * 60_000).toISOString();
  await store.briefings.put({ ...makeBriefing(id, at), parserVersion: v });
  process.stdout.write(`ack ${id} ${v}\n`);
  if (i > from + 100_000) stop = true;
}
