/** Parsing in the worker thread: same briefing as inline, a time budget, and a free event loop meanwhile. */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ParseError, parseArticleInfo } from '../../src/parser/index.ts';
import { parseOffThread, stopParseWorker } from '../../src/parser/off-thread.ts';

const sample = readFileSync(new URL('../../data/russia-iran-partnership.ar.txt', import.meta.url), 'utf8');
const big = `${sample}\n`.repeat(40); // ≈ 250k characters: well above the inline limit

afterAll(() => stopParseWorker());

describe('parseOffThread', () => {
  it('parses small texts inline and large ones in the worker, to the same briefing', async () => {
    const inline = parseArticleInfo(big);
    const off = await parseOffThread(big);
    expect(off.briefing.id).toBe(inline.briefing.id);
    expect(off.briefing.people.map((p) => p.name.ar)).toEqual(inline.briefing.people.map((p) => p.name.ar));
    expect((await parseOffThread(sample)).briefing.id).toBe(parseArticleInfo(sample).briefing.id);
  });

  it('keeps the event loop answering while a large text is parsed', async () => {
    let ticks = 0;
    let longest = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      ticks++;
    }, 5);
    await parseOffThread(big.repeat(2));
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(3);
    // Inline, this parse blocks for a second or more; off the thread no gap comes near that.
    expect(longest).toBeLessThan(400);
  });

  it('gives up past its budget with a clear ParseError, and the next parse works', async () => {
    const e = await parseOffThread(big, {}, { budgetMs: 1 }).catch((x) => x);
    expect(e).toBeInstanceOf(ParseError);
    expect(e.code).toBe('too-slow');
    expect((await parseOffThread(big)).briefing.people.length).toBeGreaterThan(3);
  });

  it('passes refusals through as ParseError', async () => {
    const e = await parseOffThread(`${'\u064E'.repeat(30_000)}`).catch((x) => x);
    expect(e).toBeInstanceOf(ParseError);
    expect(e.code).toBe('unsupported-language');
  });
});
