/**
 * What only the embedded engine does: one writer per data file (lock), a journal whose torn
 * tail is ignored, the migration of pre-rework files, and `mujaz ingest` handing its files to a
 * running bot through the inbox.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHATS } from '../../../src/core/chats.ts';
import { SUBSCRIPTIONS } from '../../../src/digest/records.ts';
import { FEEDS } from '../../../src/ingest/feed-store.ts';
import { LEFTOVER_MS, sweepLeftovers, watchInbox } from '../../../src/ingest/inbox.ts';
import { Ingester } from '../../../src/ingest/ingest.ts';
import { Library } from '../../../src/library/library.ts';
import { setLogLevel } from '../../../src/log.ts';
import { sectionFile, storePaths } from '../../../src/store/lowdb/paths.ts';
import { TRANSLATIONS } from '../../../src/translate/cache.ts';
import { LowdbStore } from '../../../src/store/lowdb/engine.ts';
import { parseConfig } from '../../../src/config.ts';
import { put, StoreBusyError } from '../../../src/store/types.ts';
import { tempFile } from '../../helpers/app.ts';
import { makeBriefing } from '../../digest/fixtures/briefings.ts';
import { ROOT, runMujaz } from '../run-as.ts';
import { join } from 'node:path';

setLogLevel('silent');

describe('one writer per data file', () => {
  it('refuses a second writer, naming the running one, and lets it in once the first closes', async () => {
    const f = tempFile();
    const first = await LowdbStore.open(f);
    const err = await LowdbStore.open(f).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreBusyError);
    expect((err as StoreBusyError).message).toMatch(new RegExp(`in use by another running mujaz \\(pid ${process.pid}\\)`));
    expect((err as StoreBusyError).pid).toBe(process.pid);
    await first.close();
    const second = await LowdbStore.open(f);
    await second.close();
  });

  it('takes over the lock of a process that is gone (kill -9)', async () => {
    const f = tempFile();
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(storePaths(f).lock, `${dead}\n`);
    const s = await LowdbStore.open(f);
    expect(readFileSync(storePaths(f).lock, 'utf8').trim()).toBe(String(process.pid));
    await s.close();
    expect(existsSync(storePaths(f).lock)).toBe(false);
  });
});

describe('the journal', () => {
  it('keeps acknowledged writes and ignores the torn tail a crash leaves', async () => {
    const f = tempFile();
    const s = await LowdbStore.open(f);
    await s.write([put(CHATS, 'console:a', { lang: 'ar' })]);
    await s.write([put(CHATS, 'console:b', { lang: 'en' })]);
    // Simulate kill -9: no close (no compaction), the lock left behind, half a line appended.
    appendFileSync(storePaths(f).journal, '[{"section":"chats","key":"console:c","val');
    writeFileSync(storePaths(f).lock, `${spawnSync(process.execPath, ['-e', '']).pid}\n`);
    const again = await LowdbStore.open(f, { sections: [CHATS] });
    expect(again.section(CHATS).entries()).toEqual([
      ['console:a', { lang: 'ar' }],
      ['console:b', { lang: 'en' }],
    ]);
    // Start-up folded the journal into the lowdb file.
    expect(JSON.parse(readFileSync(f, 'utf8')).chats['console:b']).toEqual({ lang: 'en' });
    await again.close();
  });

  it('writes briefing bodies once each, in their own files, not in the lowdb file', async () => {
    const f = tempFile();
    const s = await LowdbStore.open(f);
    await new Library(s.briefings).add(makeBriefing('b-one', '2026-06-10T06:00:00Z'));
    await s.close();
    expect(readFileSync(f, 'utf8')).not.toContain('b-one');
    const catalog = readFileSync(join(storePaths(f).briefings, 'catalog.jsonl'), 'utf8').trim().split('\n');
    expect(catalog).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(storePaths(f).briefings, JSON.parse(catalog[0]!).f), 'utf8')).id).toBe('b-one');
  });
});

describe('sections in files of their own', () => {
  const entry = (text: string) => ({ kind: 'text', from: 'ar', to: 'en', text, model: 'm', at: '2026-06-10T06:00:00Z' }) as const;

  it('keeps translations out of the hot file, and moves those an older file held into their own', async () => {
    const f = tempFile();
    // An older hot file with a translation in it, and one more in its journal.
    writeFileSync(f, JSON.stringify({ schemaVersion: 2, chats: {}, translations: { 't:old': entry('old') } }));
    writeFileSync(storePaths(f).journal, `${JSON.stringify([{ section: 'translations', key: 't:journal', value: entry('journal') }])}\n`);
    const s = await LowdbStore.open(f, { sections: [TRANSLATIONS, CHATS] });
    await s.write([put(TRANSLATIONS, 't:new', entry('new')), put(CHATS, 'console:a', { lang: 'ar' })]);
    await s.close();
    const hot = JSON.parse(readFileSync(f, 'utf8'));
    expect(hot.translations).toBeUndefined();
    expect(hot.chats['console:a']).toEqual({ lang: 'ar' });
    expect(readFileSync(sectionFile(storePaths(f), 'translations'), 'utf8').trim().split('\n')).toHaveLength(3);
    const again = await LowdbStore.open(f, { sections: [TRANSLATIONS] });
    expect(again.section(TRANSLATIONS).entries().map(([k]) => k).sort()).toEqual(['t:journal', 't:new', 't:old']);
    await again.close();
  });
});

describe('migration of a data file from before the storage rework', () => {
  it('keeps every briefing, chat, subscription and feed, and a copy of the old file', async () => {
    const f = tempFile();
    const old = {
      schemaVersion: 1,
      briefings: [makeBriefing('b-old1', '2026-06-09T06:00:00Z'), makeBriefing('b-old2', '2026-06-10T06:00:00Z')],
      chats: { 'telegram:1': { lang: 'ar', currentBriefingId: 'b-old1' } },
      users: {},
      subscriptions: { 'telegram:1': { chatKey: 'telegram:1', platform: 'telegram', chatId: '1', minutes: 480, tz: 'UTC', always: false, active: true, from: '2026-06-10', createdAt: '2026-06-09T00:00:00Z' } },
      deliveries: {},
      feeds: [{ id: 'f-1', url: 'https://news.example/rss', addedAt: '2026-06-01T00:00:00Z', seen: [], added: 0 }],
      translations: {},
    };
    const text = JSON.stringify(old);
    writeFileSync(f, text);
    const s = await LowdbStore.open(f, { sections: [CHATS, SUBSCRIPTIONS, FEEDS] });
    expect(readFileSync(`${f}.v1.bak`, 'utf8')).toBe(text);
    const lib = new Library(s.briefings);
    expect((await lib.page(0, 10)).map((b) => b.id)).toEqual(['b-old2', 'b-old1']);
    expect(s.section(CHATS).get('telegram:1')).toEqual({ lang: 'ar', currentBriefingId: 'b-old1' });
    expect(s.section(SUBSCRIPTIONS).get('telegram:1')?.minutes).toBe(480);
    expect(s.section(FEEDS).get('f-1')?.url).toBe('https://news.example/rss');
    await s.close();
    const now = JSON.parse(readFileSync(f, 'utf8'));
    expect(now.schemaVersion).toBe(2);
    expect(now.briefings).toBeUndefined();
    const again = await LowdbStore.open(f, { sections: [CHATS, SUBSCRIPTIONS, FEEDS] });
    expect(await again.briefings.count()).toBe(2);
    await again.close();
  });
});

describe('mujaz ingest beside a running bot', () => {
  it('sweeps away results nobody came for and temp files a crash left, once an hour old', async () => {
    const inbox = join(tempFile(), '..', 'x.inbox');
    mkdirSync(join(inbox, 'done'), { recursive: true });
    const old = (Date.now() - LEFTOVER_MS - 60_000) / 1000;
    for (const [f, age] of [['done/a.json', old], ['done/b.json', null], ['.c.json.1.ab.tmp', old], ['d.json', old]] as const) {
      writeFileSync(join(inbox, f), '{}');
      if (age) utimesSync(join(inbox, f), age, age);
    }
    expect(await sweepLeftovers(inbox)).toBe(2);
    expect(readdirSync(join(inbox, 'done'))).toEqual(['b.json']);
    // An item waiting to be ingested is never swept, however old.
    expect(readdirSync(inbox).sort()).toEqual(['d.json', 'done']);
  });

  it('hands its files to the bot through the inbox instead of writing the data file', async () => {
    const f = tempFile();
    const bot = await LowdbStore.open(f);
    const library = new Library(bot.briefings);
    const ingester = new Ingester({ library, config: parseConfig({}), now: () => new Date('2026-06-10T06:00:00Z') });
    const inbox = watchInbox(bot.inbox!, ingester, 50);
    try {
      const r = await runMujaz('src/cli.ts', ['ingest', join(ROOT, 'test', 'fixtures', 'web', 'article-ar-2.txt'), join(ROOT, 'nope.txt')], { MUJAZ_DATA_FILE: f }, { sameUser: true });
      expect(r.stderr).toMatch(new RegExp(`running mujaz \\(pid ${process.pid}\\) owns the data file: handing 1 item\\(s\\) to it`));
      expect(r.stdout).toMatch(/^added 1, unchanged 0, failed 1: .*nope\.txt \(not found/);
      expect(r.code).toBe(0);
      expect(await library.count()).toBe(1);
      expect((await library.latest())?.meta.file).toContain('article-ar-2.txt');
    } finally {
      await inbox.stop();
      await bot.close();
    }
  }, 60_000);
});
