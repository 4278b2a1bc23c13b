import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reviewCli } from '../../src/overlay/cli.ts';
import { parseArticle } from '../../src/parser/index.ts';

const SHORT = 'قال الرئيس الفرنسي إيمانويل ماكرون يوم الثلاثاء: "سنواصل دعم أوكرانيا حتى النهاية". وكانت فرنسا قد أرسلت مساعدات عسكرية في عام 2022.';

function run(argv: string[]): { code: Promise<number>; out: () => string; err: () => string } {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  return {
    code: reviewCli(argv),
    out: () => out.mock.calls.map((c) => String(c[0])).join(''),
    err: () => err.mock.calls.map((c) => String(c[0])).join(''),
  };
}

let overlayDir: string;
let article: string;
beforeEach(() => {
  const d = mkdtempSync(join(tmpdir(), 'mujaz-review-'));
  overlayDir = join(d, 'overlays');
  article = join(d, 'short.ar.txt');
  writeFileSync(article, SHORT);
  vi.stubEnv('MUJAZ_OVERLAY_DIR', overlayDir);
  vi.stubEnv('MUJAZ_DATA_FILE', join(d, 'none.db.json'));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('mujaz review', () => {
  it('prints the sheet for an article file', async () => {
    const r = run([article]);
    expect(await r.code).toBe(0);
    expect(r.out()).toMatch(/^Review sheet: briefing b-/);
    expect(r.out()).toMatch(/Missing English: \d+/);
  });

  it('writes a template, refuses to overwrite it, and with --force keeps what editors wrote', async () => {
    const a = run([article, '--template']);
    expect(await a.code).toBe(0);
    const id = parseArticle(SHORT).id;
    const file = join(overlayDir, `${id}.json`);
    expect(existsSync(file)).toBe(true);
    const o = JSON.parse(readFileSync(file, 'utf8'));
    const key = Object.keys(o.quotes)[0]!;
    o.quotes[key].en = 'We will keep supporting Ukraine to the end';
    writeFileSync(file, JSON.stringify(o));

    const b = run([article, '--template']);
    expect(await b.code).toBe(1);
    expect(b.err()).toMatch(/already exists.*--force/);
    expect(JSON.parse(readFileSync(file, 'utf8')).quotes[key].en).toBe('We will keep supporting Ukraine to the end');

    vi.restoreAllMocks();
    const c = run([article, '--template', '--force']);
    expect(await c.code).toBe(0);
    const again = JSON.parse(readFileSync(file, 'utf8'));
    expect(again.quotes[key].en).toBe('We will keep supporting Ukraine to the end');
    expect(again.quotes[key].ref).toBe(o.quotes[key].ref);

    vi.restoreAllMocks();
    const d = run([article]);
    expect(await d.code).toBe(0);
    expect(d.out()).toContain('We will keep supporting Ukraine to the end [editor]');
  });

  it('says clearly what is wrong with the arguments', async () => {
    const a = run([]);
    expect(await a.code).toBe(2);
    expect(a.err()).toMatch(/missing ID/);
    vi.restoreAllMocks();
    const b = run(['zzz-no-such']);
    expect(await b.code).toBe(2);
    expect(b.err()).toMatch(/no stored briefing id starts with "zzz-no-such"/);
    vi.restoreAllMocks();
    const c = run([article, '--bogus']);
    expect(await c.code).toBe(2);
  });
});
