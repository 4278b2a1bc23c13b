import { LowdbStore } from '../../src/store/lowdb/engine.ts';
import { data } from '../helpers/store.ts';
import { CHATS } from '../../src/core/chats.ts';
import { put } from '../../src/store/types.ts';
import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../../src/digest/queue.ts';
import { WriteBatcher } from '../../src/digest/write-batcher.ts';
import { memoryStore } from '../../src/store/open.ts';
import { tempFile } from '../helpers/app.ts';

const mark = (k: string) => () => [put(CHATS, k, { tz: 'UTC' })];

/** What a restart reads back (snapshot + journal), without disturbing the open store. */
async function onDisk(file: string) {
  const s = await LowdbStore.open(file, { readOnly: true });
  return data(s).chats;
}

describe('write batcher', () => {
  it('applies many marks in one write, and flush() makes them durable', async () => {
    const store = await LowdbStore.open(tempFile());
    const b = new WriteBatcher(store, 10_000);
    for (let i = 0; i < 100; i++) b.add(mark(`c${i}`));
    expect(data(store).chats.c0).toBeUndefined();
    await b.flush();
    expect(Object.keys(await onDisk(store.where))).toHaveLength(100);
    await store.close();
  });

  it('writes on its own after the interval', async () => {
    const store = await LowdbStore.open(tempFile());
    const b = new WriteBatcher(store, 5);
    b.add(mark('x'));
    await new Promise((r) => setTimeout(r, 60));
    expect((await onDisk(store.where)).x).toEqual({ tz: 'UTC' });
    await store.close();
  });

  it('computes each mark when written, so a mark sees the ones before it', async () => {
    const store = memoryStore();
    const b = new WriteBatcher(store, 10_000);
    b.add(mark('a'));
    b.add(() => [put(CHATS, 'b', { tz: data(store).chats.a?.tz ?? 'none' })]);
    await b.flush();
    expect(data(store).chats.b).toEqual({ tz: 'UTC' });
  });
});

describe('work queue', () => {
  it('hands items to waiting takers, ends with null after close, and signals drain', async () => {
    const q = new WorkQueue<number>();
    const taken = q.take();
    q.push(1);
    expect(await taken).toBe(1);
    q.push(2);
    q.push(3);
    let drained = false;
    const wait = q.waitBelow(2).then(() => (drained = true));
    await Promise.resolve();
    expect(drained).toBe(false);
    expect(await q.take()).toBe(2);
    await wait;
    expect(drained).toBe(true);
    q.close();
    expect(await q.take()).toBe(3);
    expect(await q.take()).toBeNull();
  });
});
