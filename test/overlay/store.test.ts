import { mkdtempSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLogLevel } from '../../src/log.ts';
import { OverlayStore } from '../../src/overlay/store.ts';
import { renderPlain } from '../../src/reply/render-text.ts';
import { msg, testApp } from '../helpers/app.ts';

const ID = 'b-0123456789abcdef';

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'mujaz-ov-'));
}

function warnSpy() {
  setLogLevel('warn');
  return vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
}
const warns = (spy: ReturnType<typeof warnSpy>) => spy.mock.calls.map((c) => String(c[0])).filter((l) => / WARN /.test(l));

afterEach(() => {
  vi.restoreAllMocks();
  setLogLevel('silent');
});

describe('OverlayStore', () => {
  it('reads a valid overlay, and nothing when there is none', () => {
    const d = dir();
    const s = new OverlayStore(d, 0);
    expect(s.state(ID).status).toBe('none');
    writeFileSync(join(d, `${ID}.json`), JSON.stringify({ briefing: ID, title: { en: 'A title' } }));
    s.invalidate();
    const st = s.state(ID);
    expect(st.status).toBe('ok');
    expect(st.status === 'ok' && st.overlay.title?.en).toBe('A title');
  });

  it('ignores a file that is not JSON with one clear warning, however often it is read', () => {
    const d = dir();
    writeFileSync(join(d, `${ID}.json`), '{ "title": { "en": "x" ');
    const s = new OverlayStore(d, 0);
    const spy = warnSpy();
    for (let i = 0; i < 5; i++) expect(s.state(ID).status).toBe('invalid');
    const w = warns(spy);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(new RegExp(`overlay .*${ID}\\.json ignored: not valid JSON`));
  });

  it('names the bad field of an overlay of the wrong shape', () => {
    const d = dir();
    const s = new OverlayStore(d, 0);
    writeFileSync(join(d, `${ID}.json`), JSON.stringify({ quotes: { 'q-1': { en: 42 } } }));
    const a = s.state(ID);
    expect(a.status === 'invalid' && a.error).toMatch(/quotes\.q-1\.en/);
    writeFileSync(join(d, `${ID}.json`), JSON.stringify({ qoutes: {} }));
    utimesSync(join(d, `${ID}.json`), new Date(), new Date(Date.now() + 5000));
    const b = s.state(ID);
    expect(b.status === 'invalid' && b.error).toMatch(/qoutes/);
    writeFileSync(join(d, `${ID}.json`), JSON.stringify({ briefing: 'b-other' }));
    utimesSync(join(d, `${ID}.json`), new Date(), new Date(Date.now() + 10000));
    const c = s.state(ID);
    expect(c.status === 'invalid' && c.error).toMatch(/b-other/);
  });

  it('picks up an edited file (after the recheck interval)', () => {
    const d = dir();
    let now = 1000;
    const s = new OverlayStore(d, 2000, () => now);
    const f = join(d, `${ID}.json`);
    writeFileSync(f, JSON.stringify({ title: { en: 'one' } }));
    const first = s.state(ID);
    expect(first.status === 'ok' && first.overlay.title?.en).toBe('one');
    writeFileSync(f, JSON.stringify({ title: { en: 'two, longer' } }));
    now += 500;
    expect(s.state(ID)).toBe(first);
    now += 2000;
    const second = s.state(ID);
    expect(second.status === 'ok' && second.overlay.title?.en).toBe('two, longer');
  });

  it('never reads outside its folder', () => {
    expect(new OverlayStore(dir(), 0).state('../../etc/passwd').status).toBe('none');
  });
});

describe('a malformed overlay in a running app', () => {
  it('is ignored: the bot answers from the parser output', async () => {
    const d = dir();
    const probe = await testApp({ env: { MUJAZ_OVERLAY_DIR: d } });
    const id = (await probe.library.latest())!.id;
    writeFileSync(join(d, `${id}.json`), '[1, 2');
    const spy = warnSpy();
    const app = await testApp({ env: { MUJAZ_OVERLAY_DIR: d } });
    const r = await app.dispatcher.handle(msg('/quotes'));
    expect(r).not.toBeNull();
    expect(renderPlain(r!)).toContain('Vladimir Putin');
    expect(renderPlain(r!)).toMatch(/Arabic original/);
    expect(warns(spy).filter((l) => /overlay/.test(l))).toHaveLength(1);
  });
});
