/** `mujaz translate ID`: filling in later what the provider could not translate at ingest. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { createApp } from '../../src/app.ts';
import { translateCli } from '../../src/translate/cli.ts';
import { sectionFile, storePaths } from '../../src/store/lowdb/paths.ts';
import { llmEnv, startFakeLlm, type FakeLlm } from '../helpers/fake-llm.ts';

const SAMPLE = readFileSync('data/russia-iran-partnership.ar.txt', 'utf8');
const emptyOverlays = () => mkdtempSync(join(tmpdir(), 'mujaz-ov-'));

let fake: FakeLlm;
beforeAll(async () => {
  fake = await startFakeLlm();
});
afterAll(() => fake.close());

describe('mujaz translate', () => {
  afterEach(() => vi.unstubAllEnvs());
  function env(dataFile: string) {
    for (const [k, v] of Object.entries(llmEnv(fake, { MUJAZ_OVERLAY_DIR: emptyOverlays(), MUJAZ_DATA_FILE: dataFile, MUJAZ_LOG_LEVEL: 'silent' }))) vi.stubEnv(k, v);
  }
  async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await translateCli(argv, createApp);
    const r = { code, out: out.mock.calls.map((c) => String(c[0])).join(''), err: err.mock.calls.map((c) => String(c[0])).join('') };
    out.mockRestore();
    err.mockRestore();
    return r;
  }

  it('fills in a briefing whose translation failed at ingest, then has nothing left to do', async () => {
    const data = join(emptyOverlays(), 'mujaz.db.json');
    env(data);
    fake.mode = '429';
    const failed = await run(['sample']);
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(/translation failed \(rate-limited/);
    const id = parseArticle(SAMPLE).id;
    fake.mode = 'ok';
    const ok = await run([id.slice(0, 8)]);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/translated \d+ text\(s\) and the summary in 1 request/);
    const again = await run([id.slice(0, 8)]);
    expect(again.out).toMatch(/nothing to translate/);
    // Translations live in a file of their own beside the data file (they only grow; the hot file stays small).
    const stored = readFileSync(sectionFile(storePaths(data), 'translations'), 'utf8').trim().split('\n');
    expect(stored.length).toBeGreaterThan(5);
    expect(JSON.parse(readFileSync(data, 'utf8')).translations).toBeUndefined();
  });

  it('says when no provider is configured', async () => {
    vi.stubEnv('MUJAZ_DATA_FILE', join(emptyOverlays(), 'x.json'));
    for (const k of ['MUJAZ_LLM_BASE_URL', 'MUJAZ_LLM_MODEL', 'MUJAZ_LLM_API_KEY']) vi.stubEnv(k, '');
    const r = await run(['sample']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no translation provider configured/);
  });
});

