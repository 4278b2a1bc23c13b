/**
 * Start-up of the embedded engine on an existing library, in a process of its own (bench/storage.ts):
 * time to open the store (ready to answer), time until the search index is built, and RSS at each.
 * Args: DATA_FILE. Prints one JSON line.
 */
import { Library } from '../src/library/library.ts';
import { LowdbStore } from '../src/store/lowdb/engine.ts';
import { searchLibrary } from '../src/ingest/search.ts';

const file = process.argv[2]!;
const t0 = performance.now();
const store = await LowdbStore.open(file, { readOnly: true });
const openMs = performance.now() - t0;
const openRss = process.memoryUsage().rss;
const lib = new Library(store.briefings);
await searchLibrary(lib, 'zzqx');
const indexMs = performance.now() - t0;
global.gc?.();
const indexRss = process.memoryUsage().rss;
process.stdout.write(`${JSON.stringify({ openMs, openRss, indexMs, indexRss })}\n`);
