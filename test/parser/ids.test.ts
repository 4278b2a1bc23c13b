import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { contentIds, normSpace } from '../../src/parser/ids.ts';

const sample = readFileSync(new URL('../../data/russia-iran-partnership.ar.txt', import.meta.url), 'utf8');

describe('item ids', () => {
  it('gives the same briefing id whatever the line endings and trailing whitespace', () => {
    const id = parseArticle(sample).id;
    expect(parseArticle(sample.replace(/\n/g, '\r\n')).id).toBe(id);
    expect(parseArticle(sample.trimEnd()).id).toBe(id);
    expect(parseArticle(sample + '\n\n   \n').id).toBe(id);
    expect(parseArticle(sample.replace('بوتين', 'بوتن')).id).not.toBe(id);
  });

  it('derives quote, precedent, timeline and source ids from content, not position', () => {
    const b = parseArticle(sample);
    expect(b.quotes[0]!.id).toMatch(/^q-[0-9a-f]{8}$/);
    expect(b.precedents[0]!.id).toMatch(/^pr-[0-9a-f]{8}$/);
    expect(b.timeline[0]!.id).toMatch(/^t-[0-9a-f]{8}$/);
    expect(b.sources[0]!.id).toMatch(/^s-[0-9a-f]{8}$/);
    // A new quotation and a new dated event early in the article leave the others' ids alone.
    const cut = sample.indexOf('\n\n', 200);
    const more = parseArticle(sample.slice(0, cut) + '\n\nوقال المحلل سامر القاسمي: "هذه الزيارة لن تغير شيئاً في ميزان القوى بالمنطقة". وكان البلدان قد وقعا اتفاقاً مماثلاً عام 2001.' + sample.slice(cut));
    expect(more.quotes.length).toBeGreaterThan(b.quotes.length);
    const ids = new Set(more.quotes.map((q) => q.id));
    for (const q of b.quotes) expect(ids.has(q.id), q.text).toBe(true);
    const pr = new Set(more.precedents.map((p) => p.id));
    for (const p of b.precedents) expect(pr.has(p.id)).toBe(true);
    for (const list of [more.quotes, more.precedents, more.timeline, more.sources]) expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
  });

  it('suffixes a repeated key', () => {
    const [a, b, c] = contentIds('q', ['x', 'x', 'y']);
    expect(b).toBe(`${a}-2`);
    expect(c).not.toBe(a);
  });

  it('keys are sha-256 prefixes of the content', () => {
    expect(contentIds('q', ['abc'])).toEqual(['q-ba7816bf']);
  });

  it('collapses every run of white space to one space, lone spaces included', () => {
    const spaces = [' ', '\n', '\t', '\r\n', '  ', ' \n ', '\u00a0', '\u2003', '\n\n\n'];
    for (const a of spaces) for (const b of spaces) {
      const s = `${a}قال${b}الوزير ${a}${b}x${b}`;
      expect(normSpace(s)).toBe(s.normalize('NFC').replace(/\s+/g, ' ').trim());
    }
  });
});
