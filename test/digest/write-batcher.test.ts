import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../../src/digest/queue.ts';
import { WriteBatcher } from '../../src/digest/write-batcher.ts';
import { Store } from '../../src/store/store.ts';
import { tempFile } from '../helpers/app.ts';

describe('write batcher', () => {
  it('applies many marks in one write, and flush() puts them on disk', async () => {
    const store = await Store.open(tempFile());
    const b = new WriteBatcher(store, 10_000);
    for (let i = 0; i < 100; i++) b.add((d) => void (d.chats[`c${i}`] = { tz: 'UTC' }));
    expect(store.data.chats.c0).toBeUndefined();
    await b.flush();
    const disk = JSON.parse(readFileSync(store.file, 'utf8')) as { chats: Record<string, unknown> };
    expect(Object.keys(disk.chats)).toHaveLength(100);
  });

  it('writes on its own after the interval', async () => {
    const store = await Store.open(tempFile());
    const b = new WriteBatcher(store, 5);
    b.add((d) => void (d.chats.x = { tz: 'UTC' }));
    await new Promise((r) => setTimeout(r, 60));
    expect(JSON.parse(readFileSync(store.file, 'utf8')).chats.x).toEqual({ tz: 'UTC' });
  });
});

it('lets queued marks ride on another update, cancelling their own write', async () => {
  const store = Store.memory();
  let writes = 0;
  const flush = store.flush.bind(store);
  store.flush = () => {
    writes++;
    return flush();
  };
  const b = new WriteBatcher(store, 20);
  b.add((d) => void (d.chats.a = { tz: 'UTC' }));
  await store.update((d) => b.applyPending(d));
  expect(store.data.chats.a).toEqual({ tz: 'UTC' });
  await new Promise((r) => setTimeout(r, 60));
  expect(writes).toBe(1);
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
