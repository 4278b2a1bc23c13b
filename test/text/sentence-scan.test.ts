import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanSentences } from '../../src/text/sentence-scan.ts';
import { paragraphs, sentences } from '../../src/text/segment.ts';

const segmenters = { ar: new Intl.Segmenter('ar', { granularity: 'sentence' }), en: new Intl.Segmenter('en', { granularity: 'sentence' }) };
/** The segmenter's piece ends: what scanSentences must reproduce. */
const reference = (t: string, lang: 'ar' | 'en' = 'ar'): number[] => [...segmenters[lang].segment(t)].map((s) => s.index + s.segment.length);
const scan = (t: string, a = 0, b = t.length): number[] | null => {
  const out: number[] = [];
  return scanSentences(t, a, b, out) ? out : null;
};

/** Every character the scan claims to know. */
const known: string[] = [];
for (let c = 0; c < 0x800; c++) if (scan(String.fromCharCode(c)) !== null) known.push(String.fromCharCode(c));
for (const c of [0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x201e, 0x2026, 0x2039, 0x203a]) known.push(String.fromCharCode(c));

/** The shipped sample articles (data/ and test/fixtures/articles). */
const fixtures = new URL('../fixtures/articles/', import.meta.url);
const articles = [
  readFileSync(new URL('../../data/russia-iran-partnership.ar.txt', import.meta.url), 'utf8'),
  ...readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, fixtures), 'utf8')),
];

describe('scanSentences', () => {
  it('reads plain copy as the segmenter does', () => {
    const t = 'قال الوزير: «لن نتراجع». وأضاف؟! ثم غادر... في 3.5 مليون (U.S. etc. and more). Then he left! «نعم.» لا؛ بل.. نعم';
    expect(scan(t)).toEqual(reference(t));
    expect(scan(t)!.length).toBeGreaterThan(4);
  });

  it('refuses what it does not model', () => {
    for (const t of ['a\nb', 'ب\u200cب', 'ﻟﺒﻨﺎن', '😀', 'naïve', 'ב"ב', 'a\u2028b']) expect(scan(t)).toBeNull();
  });

  it('reads only the range it is given, with offsets into the whole text', () => {
    const t = 'أولا. ثانيا. ثالثا.';
    expect(scan(t, 6, 12)).toEqual([12]);
    expect(scan(t, 0, 13)).toEqual([6, 13]);
  });

  it('classes each known character as the segmenter does, in every neighbourhood', () => {
    expect(known.length).toBeGreaterThan(250);
    const ctx = ['ب', 'a', 'A', '1', ' ', '.', '?', '،', '»', '\u064e'];
    for (const ch of known) {
      for (const x of ctx) {
        for (const t of [`بب. ${ch}${x}ب`, `a.${ch}${x} b`, `ب${ch} ${x}`, `A${ch}B`, `.${ch}${x}`, `?${x}${ch} ب`, `a. ${ch} ${x}b`]) {
          const got = scan(t);
          if (got) expect([t, got]).toEqual([t, reference(t)]);
        }
      }
    }
  });

  it('matches the segmenter on random text of the known characters', () => {
    // Weighted towards terminators, closing marks and spaces, where the rules are.
    const pool = [...known, ...'بتa B1٣ .. ?؟!»)"،,:'.repeat(4)];
    let seed = 4242;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let round = 0; round < 4000; round++) {
      let t = '';
      const len = 1 + rand(30);
      for (let i = 0; i < len; i++) t += pool[rand(pool.length)];
      const got = scan(t);
      expect(got).not.toBeNull();
      expect([t, got]).toEqual([t, reference(t)]);
      expect([t, got]).toEqual([t, reference(t, 'en')]);
    }
  });

  it('matches the segmenter on every paragraph of the shipped articles', () => {
    let scanned = 0;
    for (const text of articles) {
      for (const p of paragraphs(text)) {
        const got = scan(p.text);
        if (!got) continue;
        scanned++;
        expect([p.text, got]).toEqual([p.text, reference(p.text)]);
      }
    }
    expect(scanned).toBeGreaterThan(100);
  });
});

describe('sentences', () => {
  it('gives the same sentences with and without characters the scan refuses', () => {
    // The ZWNJ makes its paragraph's chunks go to the segmenter; the result must not change.
    const plain = 'وقال المتحدث باسم الخارجية، إن 1.200 شخص وصلوا. ثم عادوا؟ نعم! ';
    const odd = plain.replace('شخص', 'شخص\u200c');
    const strip = (xs: ReturnType<typeof sentences>) => xs.map((s) => s.text.replace('\u200c', ''));
    expect(strip(sentences(odd, 'ar'))).toEqual(strip(sentences(plain, 'ar')));
    expect(sentences(plain, 'ar').length).toBe(3);
  });
});
