/**
 * The embedded engine's catalog on disk (src/store/lowdb/catalog-file.ts): start-up reads the
 * snapshot and the catalog lines after it, and gets what reading every line gets; a snapshot
 * that does not match catalog.jsonl is ignored; a process killed (SIGKILL) at any moment, while
 * writing briefings and snapshots, leaves a snapshot consistent with the lines and loses no
 * acknowledged briefing.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { setLogLevel } from '../../../src/log.ts';
import { readCatalog } from '../../../src/store/lowdb/catalog-file.ts';
import { Catalog } from '../../../src/store/lowdb/catalog.ts';
import { LowdbStore } from '../../../src/store/lowdb/engine.ts';
import { storePaths } from '../../../src/store/lowdb/paths.ts';
import { tempFile } from '../../helpers/app.ts';
import { makeBriefing } from '../../digest/fixtures/briefings.ts';
import { ROOT } from '../run-as.ts';

setLogLevel('silent');

const at = (k: number) => new Date(Date.UTC(2026, 0, 1) + k * 60_000).toISOString();

function filesOf(f: string) {
  const dir = storePaths(f).briefings;
  return { dir, lines: join(dir, 'catalog.jsonl'), snapshot: join(dir, 'catalog.snapshot.json') };
}

/** The catalog as start-up builds it, newest first: from the snapshot and the lines after it, or (snapshot null) from every line. */
function listed(f: string, snapshot: string | null) {
  const { lines } = filesOf(f);
  const read = readCatalog(lines, snapshot ?? join(ROOT, 'no-such-snapshot.json'), false);
  const c = new Catalog(null);
  c.setAll(read.rows);
  return { read, order: c.slice(0, c.size).map((e) => `${e.id}@${e.parserVersion} ${e.ingestedAt} ${e.file}`) };
}

/** Open, write, and stop as a kill -9 does: no close, the lock left to a process that is gone. */
async function crashAfter(f: string, work: (s: LowdbStore) => Promise<void>): Promise<void> {
  const s = await LowdbStore.open(f);
  await work(s);
  await s.flush();
  writeFileSync(storePaths(f).lock, '999999999\n');
}

describe('the catalog snapshot', () => {
  it('is written at a graceful stop, and start-up reads it and the lines after it as it would read every line', async () => {
    const f = tempFile();
    const s = await LowdbStore.open(f);
    for (let i = 0; i < 30; i++) await s.briefings.put(makeBriefing(`b${i}`, at((i * 7) % 30)));
    await s.close();
    expect(existsSync(filesOf(f).snapshot)).toBe(true);
    // Then more, and newer parses of earlier ones, and a crash: these are only in the lines.
    await crashAfter(f, async (s2) => {
      for (let i = 30; i < 40; i++) await s2.briefings.put(makeBriefing(`b${i}`, at(i)));
      await s2.briefings.put({ ...makeBriefing('b3', at(3)), parserVersion: 2 });
    });
    const withSnap = listed(f, filesOf(f).snapshot);
    expect(withSnap.read.snapshotCovers).not.toBeNull();
    expect(withSnap.read.linesAfterSnapshot).toBe(11);
    expect(withSnap.order).toEqual(listed(f, null).order);
    const again = await LowdbStore.open(f, { readOnly: true });
    expect(await again.briefings.count()).toBe(40);
    expect((await again.briefings.get('b3'))?.parserVersion).toBe(2);
    expect((await again.briefings.newest(0, 1))[0]?.id).toBe('b39');
    await again.close();
  });

  it('is ignored when it does not match catalog.jsonl (a catalog replaced, or a snapshot that is not JSON)', async () => {
    const f = tempFile();
    const s = await LowdbStore.open(f);
    for (let i = 0; i < 5; i++) await s.briefings.put(makeBriefing(`b${i}`, at(i)));
    await s.close();
    const { lines, snapshot } = filesOf(f);
    // The same length, other bytes: the check at the end of the covered part fails.
    const text = readFileSync(lines, 'utf8');
    writeFileSync(lines, text.replace('"b4"', '"b9"'));
    expect(listed(f, snapshot).read.snapshotCovers).toBeNull();
    expect(listed(f, snapshot).order).toEqual(listed(f, null).order);
    expect(listed(f, snapshot).order.some((l) => l.startsWith('b9@'))).toBe(true);
    writeFileSync(snapshot, '{"format":1,"cov');
    expect(listed(f, snapshot).read.snapshotCovers).toBeNull();
    expect(listed(f, snapshot).read.rows).toHaveLength(5);
  });

  it('cuts a torn last catalog line off, so the next briefing written is read back', async () => {
    const f = tempFile();
    await crashAfter(f, async (s) => {
      await s.briefings.put(makeBriefing('b1', at(1)));
    });
    appendFileSync(filesOf(f).lines, '{"id":"b2","v":1,"at":"2026-');
    await crashAfter(f, async (s) => {
      await s.briefings.put(makeBriefing('b3', at(3)));
    });
    const again = await LowdbStore.open(f, { readOnly: true });
    expect((await again.briefings.newest(0, 10)).map((b) => b.id)).toEqual(['b3', 'b1']);
    await again.close();
  });

  it('survives kill -9 at any moment of writing briefings and snapshots: consistent with the lines, nothing acknowledged lost', async () => {
    const f = tempFile();
    const loader = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const acked = new Map<string, number>();
    let usedSnapshot = 0;
    // Killed after a different number of acknowledged puts each time (a seeded spread).
    for (const [round, after] of [12, 31, 7, 45, 23].entries()) {
      const child = spawn(process.execPath, ['--import', loader, join(ROOT, 'test/store/lowdb/catalog-writer.ts'), f, String((round + 1) * 1_000_000)], { stdio: ['ignore', 'pipe', 'inherit'] });
      let seen = 0;
      let buf = '';
      await new Promise<void>((resolve, reject) => {
        child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited (${code})`))));
        child.stdout.on('data', (d: Buffer) => {
          buf += d.toString();
          const lines = buf.split('\n');
          buf = lines.pop()!;
          for (const l of lines) {
            const [, id, v] = l.split(' ');
            acked.set(id!, Number(v));
            if (++seen === after) child.kill('SIGKILL');
          }
        });
      });
      const { snapshot } = filesOf(f);
      const fast = listed(f, snapshot);
      if (fast.read.snapshotCovers !== null) usedSnapshot++;
      expect(fast.order).toEqual(listed(f, null).order);
      const store = await LowdbStore.open(f, { readOnly: true });
      // A put may be durable and not yet acknowledged when the kill lands (one in flight a run).
      for (const [id, v] of acked) expect({ id, v: (await store.briefings.get(id))?.parserVersion ?? 0 }).toEqual({ id, v: expect.toSatisfy((x: number) => x === v || x === v + 1) });
      expect(await store.briefings.count()).toBeGreaterThanOrEqual(acked.size);
      expect(await store.briefings.count()).toBeLessThanOrEqual(acked.size + round + 1);
      await store.close();
    }
    expect(usedSnapshot).toBeGreaterThan(0);
  }, 90_000);
});
