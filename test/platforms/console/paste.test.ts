import { all } from '../../helpers/store.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { App } from '../../../src/app.ts';
import { runConsole } from '../../../src/platforms/console/console.ts';
import { GATHER_MS, PASTE_END, PASTE_START } from '../../../src/platforms/console/paste.ts';
import { testApp } from '../../helpers/app.ts';

const ARTICLE = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'articles', '01-elections.ar.txt'), 'utf8').trim();
const HEADLINE = ARTICLE.split('\n')[0]!;
/** The article as a person pastes it: paragraphs separated by empty lines. */
const PARAGRAPHS = ARTICLE.split('\n').join('\n\n');

interface Session {
  app: App;
  input: PassThrough;
  output: () => string;
  done: Promise<void>;
}

async function open(opts: { prompt?: boolean } = {}): Promise<Session> {
  const app = await testApp();
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (c: Buffer) => (out += c.toString()));
  const done = runConsole(app.dispatcher, { input, output, prompt: opts.prompt });
  return { app, input, output: () => out, done };
}

async function finish(s: Session): Promise<string> {
  s.input.end();
  await s.done;
  return s.output();
}

/** The one new briefing (the sample article is always there first). */
async function added(app: App) {
  const fresh = (await all(app.library)).filter((b) => !b.meta.file);
  expect(fresh).toHaveLength(1);
  return fresh[0]!;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('console: pasting an article after /ingest', () => {
  it('/ingest alone opens paste mode, says how to end it, and a line with "." ends it', async () => {
    const s = await open();
    s.input.write(`/ingest\n${PARAGRAPHS}\n.\n/people\n`);
    const out = await finish(s);
    expect(out).toContain('End it with a line holding only “.”, two empty lines, or Ctrl-D');
    expect(out).toMatch(/Added #1: /);
    expect(out).not.toContain("didn't understand");
    const b = (await added(s.app));
    expect(b.title.ar).toBe(HEADLINE);
    // Every paragraph made it in: the last sentence of the article is in the briefing.
    expect(b.sentences.at(-1)!.text).toBe(ARTICLE.split('\n').at(-1)!.trim());
    // The command after the paste is a command again.
    expect(out).toContain('== People ==');
  });

  it('two empty lines in a row end paste mode too', async () => {
    const s = await open();
    s.input.write(`/ingest\n${PARAGRAPHS}\n\n\n/briefings\n`);
    const out = await finish(s);
    expect(out).toMatch(/Added #1: /);
    expect(out).toContain('== Briefings (1–2 of 2) ==');
    await added(s.app);
  });

  it('Ctrl-D (end of input) ends paste mode and the article is still added', async () => {
    const s = await open();
    s.input.write(`/ingest\n${ARTICLE}\n`);
    const out = await finish(s);
    expect(out).toMatch(/Added #1: /);
    expect(out.trim().endsWith('Bye.')).toBe(true);
    await added(s.app);
  });

  it('paste mode with nothing pasted, or cancelled, adds nothing and says so', async () => {
    const s = await open();
    s.input.write(`/ingest\n.\n/ingest\n${ARTICLE}\n/cancel\n/briefings\n`);
    const out = await finish(s);
    expect(out.match(/Nothing was pasted; no article added\./g)).toHaveLength(2);
    expect(out).toContain('== Briefings (1–1 of 1) ==');
    expect((await all(s.app.library))).toHaveLength(1);
  });

  it('a bracketed paste is taken whole: its empty lines and "." lines do not end it', async () => {
    const s = await open();
    const body = `${PARAGRAPHS.replace('\n\n', '\n.\n\n\n')}`;
    s.input.write(`/ingest ${PASTE_START}${body}${PASTE_END}\n/people\n`);
    const out = await finish(s);
    expect(out).toMatch(/Added #1: /);
    expect(out).not.toContain("didn't understand");
    expect((await added(s.app)).title.ar).toBe(HEADLINE);
  });

  it('in a terminal, the paste-start/paste-end keys bracket the paste (bracketed paste switched on and off)', async () => {
    const s = await open({ prompt: true });
    s.input.write(`/ingest ${PASTE_START}${PARAGRAPHS}${PASTE_END}\r`);
    await new Promise((r) => setTimeout(r, 0));
    s.input.write('/quit\r');
    const out = await finish(s);
    expect(out).toContain('\u001b[?2004h');
    expect(out).toContain('\u001b[?2004l');
    expect(out).toMatch(/Added #1: /);
    expect(out).not.toContain("didn't understand");
    expect((await added(s.app)).title.ar).toBe(HEADLINE);
  });

  it('lines arriving together after /ingest TEXT are one article; a line typed later is a new message', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const s = await open();
    s.input.write(`/ingest ${PARAGRAPHS}\n`);
    await vi.advanceTimersByTimeAsync(GATHER_MS * 3);
    s.input.write('people\n');
    await vi.advanceTimersByTimeAsync(GATHER_MS * 3);
    vi.useRealTimers();
    const out = await finish(s);
    expect(out).toMatch(/Added #1: /);
    expect(out).not.toContain("didn't understand");
    expect(out).toContain('== People ==');
    expect((await added(s.app)).title.ar).toBe(HEADLINE);
  });

  it('piped /ingest TEXT followed by a command: the command is not part of the article', async () => {
    const s = await open();
    s.input.write(`/ingest ${ARTICLE}\n/briefings\n`);
    const out = await finish(s);
    expect(out).toMatch(/Added #1: /);
    expect(out).toContain('== Briefings (1–2 of 2) ==');
  });
});
