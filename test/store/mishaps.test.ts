/**
 * Data-file mishaps an operator may cause (issue 17): each is explained in one line by
 * `npm start` and by every CLI command alike, and a data file is never changed unless it was
 * read as a valid mujaz file; its mode and owner are kept.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHATS } from '../../src/core/chats.ts';
import { LowdbStore } from '../../src/store/lowdb/engine.ts';
import { memoryStore } from '../../src/store/open.ts';
import { put, StorageUnavailableError } from '../../src/store/types.ts';
import { msg, testApp } from '../helpers/app.ts';
import { readBack } from '../helpers/store.ts';
import { giveToChild, oneLine, ROOT, runMujaz } from './run-as.ts';

const ARTICLE = join(ROOT, 'test', 'fixtures', 'web', 'article-ar-2.txt');

/** A folder the child may write in (and its data file path). */
function folder(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mujaz-mishap-'));
  chmodSync(dir, 0o755);
  giveToChild(dir);
  return { dir, file: join(dir, 'mujaz.db.json') };
}

const snapshot = (f: string) => ({ bytes: readFileSync(f, 'utf8'), mode: statSync(f).mode, mtimeMs: statSync(f).mtimeMs });

describe('a data file whose sections are malformed', () => {
  it('is refused in one line by npm start and by mujaz ingest, and left byte for byte untouched', async () => {
    const { dir, file } = folder();
    writeFileSync(file, '{"briefings": [1, 2, 3], "chats": {}}');
    giveToChild(file);
    const before = snapshot(file);
    for (const [script, args] of [['src/main.ts', []], ['src/cli.ts', ['ingest', ARTICLE]]] as const) {
      const r = await runMujaz(script, [...args], { MUJAZ_DATA_FILE: file });
      expect(r.code, r.stderr).toBe(1);
      expect(oneLine(r.stderr)).toMatch(/not a mujaz data file: "briefings" item 1 is not a briefing object.*will not overwrite/);
    }
    expect(snapshot(file)).toEqual(before);
    expect(existsSync(join(dir, 'mujaz.db.json.v1.bak'))).toBe(false);
  }, 60_000);

  it('refuses a section record of the wrong shape the same way (chats entry not an object)', async () => {
    const { file } = folder();
    writeFileSync(file, '{"schemaVersion": 2, "chats": {"telegram:1": "ar"}}');
    const before = snapshot(file);
    await expect(LowdbStore.open(file, { sections: [CHATS] })).rejects.toThrow(/"chats" entry "telegram:1" is not a chat settings object/);
    expect(snapshot(file)).toEqual(before);
    // The failed start left no lock behind: a corrected file opens.
    writeFileSync(file, '{"schemaVersion": 2, "chats": {"telegram:1": {"lang": "ar"}}}');
    const s = await LowdbStore.open(file, { sections: [CHATS] });
    expect(s.section(CHATS).get('telegram:1')).toEqual({ lang: 'ar' });
    await s.close();
  });
});

describe('permissions', () => {
  it('a read-only data file is reported, never replaced', async () => {
    const { file } = folder();
    const seed = await LowdbStore.open(file);
    await seed.write([put(CHATS, 'console:x', { lang: 'ar' })]);
    await seed.close();
    giveToChild(file);
    chmodSync(file, 0o444);
    const before = snapshot(file);
    for (const [script, args] of [['src/main.ts', []], ['src/cli.ts', ['ingest', ARTICLE]]] as const) {
      const r = await runMujaz(script, [...args], { MUJAZ_DATA_FILE: file });
      expect(r.code, r.stderr).toBe(1);
      expect(oneLine(r.stderr)).toMatch(/data file .* is read-only.*chmod u\+w/);
    }
    expect(snapshot(file)).toEqual(before);
  }, 60_000);

  it('a read-only folder stops start-up with one clear line', async () => {
    const { dir, file } = folder();
    chmodSync(dir, 0o555);
    const r = await runMujaz('src/main.ts', [], { MUJAZ_DATA_FILE: file });
    expect(r.code, r.stderr).toBe(1);
    expect(oneLine(r.stderr)).toMatch(/cannot write in the data folder .* \(permission denied\)/);
    expect(r.stderr).not.toMatch(/EACCES|\.tmp/);
  }, 60_000);

  it('keeps the data file’s mode (and owner) across writes and compaction', async () => {
    const { file } = folder();
    const s = await LowdbStore.open(file);
    await s.close();
    chmodSync(file, 0o640);
    giveToChild(file);
    const owner = statSync(file).uid;
    const again = await LowdbStore.open(file);
    await again.write([put(CHATS, 'console:x', { lang: 'en' })]);
    await again.close(); // folds the journal into the file: a new file renamed over the old
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(statSync(file).uid).toBe(owner);
    expect((await readBack(file)).chats['console:x']).toEqual({ lang: 'en' });
  });
});

describe('the chat, when storage fails at run time', () => {
  it('gets a short line in its language, never the raw error', async () => {
    const store = memoryStore();
    const app = await testApp({ store, sample: false });
    store.write = () => Promise.reject(new StorageUnavailableError('cannot write /srv/data/mujaz.db.journal (permission denied)'));
    const ar = await app.dispatcher.handle(msg('/lang ar'));
    expect(ar?.error).toBe(true);
    const shown = JSON.stringify(ar);
    expect(shown).toMatch(/التخزين غير متاح|storage is unavailable/);
    expect(shown).not.toMatch(/EACCES|journal|permission denied/);
  });
});

describe('the CLI reads the same configuration as npm start', () => {
  it('mujaz ingest uses MUJAZ_DATA_FILE from .env', async () => {
    const { dir } = folder();
    mkdirSync(join(dir, 'store'));
    giveToChild(join(dir, 'store'));
    writeFileSync(join(dir, '.env'), 'MUJAZ_DATA_FILE=store/from-env.db.json\n');
    copyFileSync(ARTICLE, join(dir, 'a.txt'));
    const r = await runMujaz('src/cli.ts', ['ingest', 'a.txt'], {}, { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^added 1/);
    expect(existsSync(join(dir, 'data', 'mujaz.db.json'))).toBe(false);
    expect((await readBack(join(dir, 'store', 'from-env.db.json'))).briefings).toHaveLength(1);
  }, 60_000);
});
