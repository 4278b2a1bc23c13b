import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Store, StoreError } from '../../src/store/store.ts';
import { tempFile } from '../helpers/app.ts';

describe('Store', () => {
  it('creates a missing data file with empty sections', async () => {
    const f = tempFile();
    const s = await Store.open(f);
    expect(existsSync(f)).toBe(true);
    expect(JSON.parse(readFileSync(f, 'utf8'))).toMatchObject({ schemaVersion: 1, briefings: [], chats: {} });
    expect(s.data.subscriptions).toEqual({});
  });

  it('persists updates and reads them back', async () => {
    const f = tempFile();
    const s = await Store.open(f);
    await s.setChat('telegram:1', { lang: 'ar' });
    const again = await Store.open(f);
    expect(again.chat('telegram:1').lang).toBe('ar');
  });

  it('refuses a corrupt file with a clear message and leaves it untouched', async () => {
    const f = tempFile();
    writeFileSync(f, '{"briefings": [ oops');
    await expect(Store.open(f)).rejects.toThrow(StoreError);
    await expect(Store.open(f)).rejects.toThrow(/not valid JSON.*will not overwrite/);
    expect(readFileSync(f, 'utf8')).toBe('{"briefings": [ oops');
  });

  it('refuses JSON that is not a mujaz data file', async () => {
    const f = tempFile();
    writeFileSync(f, '[1,2,3]');
    await expect(Store.open(f)).rejects.toThrow(/not a mujaz data file/);
    writeFileSync(f, '{"briefings": {}}');
    await expect(Store.open(f)).rejects.toThrow(/briefings/);
  });

  it('fills sections an older file lacks', async () => {
    const f = tempFile();
    writeFileSync(f, '{"briefings": [], "chats": {"console:x": {"lang": "ar"}}}');
    const s = await Store.open(f);
    expect(s.chat('console:x').lang).toBe('ar');
    expect(s.data.deliveries).toEqual({});
  });

  it('keeps every one of many concurrent updates, in far fewer writes', async () => {
    const f = tempFile();
    const s = await Store.open(f);
    await Promise.all(Array.from({ length: 500 }, (_, i) => s.setChat(`console:${i}`, { lang: i % 2 ? 'ar' : 'en' })));
    const onDisk = JSON.parse(readFileSync(f, 'utf8'));
    expect(Object.keys(onDisk.chats)).toHaveLength(500);
  });

  it('persists an update made while a write is in flight', async () => {
    const f = tempFile();
    const s = await Store.open(f);
    const first = s.setChat('console:a', { lang: 'ar' });
    await new Promise((r) => setImmediate(r));
    const second = s.setChat('console:b', { lang: 'en' });
    await Promise.all([first, second]);
    const onDisk = JSON.parse(readFileSync(f, 'utf8'));
    expect(onDisk.chats['console:b']).toEqual({ lang: 'en' });
  });
});

describe('Store shared with another process', () => {
  it("keeps another process's additions instead of overwriting them", async () => {
    const f = tempFile();
    const bot = await Store.open(f);
    await bot.setChat('telegram:1', { lang: 'ar' });
    // Another process (e.g. `mujaz ingest`) opens the same file and adds to it.
    await new Promise((r) => setTimeout(r, 20));
    const cli = await Store.open(f);
    await cli.update((d) => {
      d.briefings.push({ id: 'b-new' } as never);
      d.chats['telegram:1'] = { lang: 'en' };
      d.chats['slack:C1'] = { lang: 'en' };
    });
    // The bot writes next: its own chat setting wins, the other process's additions stay.
    await bot.setChat('telegram:2', { lang: 'en' });
    const onDisk = JSON.parse(readFileSync(f, 'utf8'));
    expect(onDisk.briefings.map((b: { id: string }) => b.id)).toEqual(['b-new']);
    expect(onDisk.chats['telegram:1']).toEqual({ lang: 'ar' });
    expect(onDisk.chats['slack:C1']).toEqual({ lang: 'en' });
    expect(onDisk.chats['telegram:2']).toEqual({ lang: 'en' });
  });

  it('absorbs additions without a write of its own', async () => {
    const f = tempFile();
    const bot = await Store.open(f);
    await new Promise((r) => setTimeout(r, 20));
    const cli = await Store.open(f);
    await cli.update((d) => void d.briefings.push({ id: 'b-x' } as never));
    expect(bot.absorbExternal()).toBe(1);
    expect(bot.data.briefings).toHaveLength(1);
    expect(bot.absorbExternal()).toBe(0);
  });
});
