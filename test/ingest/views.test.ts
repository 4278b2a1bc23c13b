/** Ingest result lines: an input cut at the parser's cap says so instead of being cut silently. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resultLine } from '../../src/ingest/views.ts';
import { Library } from '../../src/library/library.ts';
import { parseArticle } from '../../src/parser/index.ts';
import { memoryStore } from '../../src/store/open.ts';

const sample = readFileSync(new URL('../../data/russia-iran-partnership.ar.txt', import.meta.url), 'utf8');

describe('resultLine', () => {
  it('tells the admin, in both languages, when only the head of a huge text was parsed', async () => {
    const library = new Library(memoryStore().briefings);
    const b = parseArticle(sample);
    b.meta.truncatedAt = 1_999_870;
    await library.add(b);
    expect(await resultLine({ source: 'x', status: 'added', briefing: b }, 'en', library)).toContain('only its first 1,999,870 characters were parsed');
    expect(await resultLine({ source: 'x', status: 'added', briefing: b }, 'ar', library)).toContain('حُلّل أوله فقط');
    const whole = parseArticle(sample);
    expect(await resultLine({ source: 'x', status: 'unchanged', briefing: whole }, 'en', library)).not.toContain('characters were parsed');
  });
});
