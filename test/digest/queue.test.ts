import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../../src/digest/queue.ts';

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
