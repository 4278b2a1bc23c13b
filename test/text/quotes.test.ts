import { describe, expect, it } from 'vitest';
import { quoteSpans, wordCount } from '../../src/text/quotes.ts';

/** The definitions the code-unit loops must keep: a run of \p{L}\p{N} code points is a word. */
function wordCountByRegex(s: string): number {
  let n = 0;
  let inWord = false;
  for (const ch of s) {
    const w = /[\p{L}\p{N}]/u.test(ch);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Random strings of letters, digits, marks, spaces, quotation marks, astral letters and lone surrogates. */
function randomTexts(count: number): string[] {
  const pool = ['ق', 'ا', 'ل', '٣', '7', 'x', 'É', ' ', '،', '.', '\u064e', '"', '«', '»', '“', '”', '„', '‹', '›', 'ﻻ', '\u{1d400}', '\u{20000}', '😀', '\ud800', '\udc00', '\n'];
  let seed = 7;
  const rand = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  return Array.from({ length: count }, () => Array.from({ length: rand(30) }, () => pool[rand(pool.length)]).join(''));
}

describe('wordCount', () => {
  it('counts runs of letters and digits, code point by code point', () => {
    expect(wordCount('هذا يمنحنا فرصة.. للتفكير')).toBe(4);
    expect(wordCount('ﻻ\u{1d400}x 12')).toBe(2);
    expect(wordCount('😀 😀')).toBe(0);
    for (const t of randomTexts(2000)) expect([t, wordCount(t)]).toEqual([t, wordCountByRegex(t)]);
  });
});

describe('quoteSpans', () => {
  it('closes each opener with the next mark that can close it', () => {
    expect(quoteSpans('قال "أولا" و«ثانيا» و“ثالثا" و„رابعا“ و‹خامسا›').map((q) => q.inner)).toEqual(['أولا', 'ثانيا', 'ثالثا', 'رابعا', 'خامسا']);
    // a “ does not close “, a « does not close «: the outer quotation is kept
    expect(quoteSpans('«أ «ب» ج»').map((q) => [q.open, q.close])).toEqual([[0, 5]]);
    expect(quoteSpans('“أ “ب” ج').map((q) => q.inner)).toEqual(['أ “ب']);
    expect(quoteSpans('بلا إغلاق "هنا')).toEqual([{ open: 10, close: 14, inner: 'هنا' }]);
  });

  it('reads the marks as the character-string version did', () => {
    const OPEN = new Set(['“', '«', '„', '"', '‹']);
    const CLOSE = new Set(['”', '»', '"', '“', '›']);
    const byChars = (text: string) => {
      const out: Array<{ open: number; close: number; inner: string }> = [];
      let open = -1;
      let opener = '';
      for (let i = 0; i < text.length; i++) {
        const ch = text[i]!;
        if (open < 0) { if (OPEN.has(ch)) { open = i; opener = ch; } continue; }
        if (CLOSE.has(ch) && !(opener === '“' && ch === '“') && !(opener === '«' && ch === '«')) { out.push({ open, close: i, inner: text.slice(open + 1, i) }); open = -1; }
      }
      if (open >= 0) out.push({ open, close: text.length, inner: text.slice(open + 1) });
      return out;
    };
    for (const t of randomTexts(2000)) expect([t, quoteSpans(t)]).toEqual([t, byChars(t)]);
  });
});
