import { describe, expect, it } from 'vitest';
import { scanWords } from '../../src/text/word-scan.ts';
import { forEachWord } from '../../src/text/segment.ts';

const segmenters = { ar: new Intl.Segmenter('ar', { granularity: 'word' }), en: new Intl.Segmenter('en', { granularity: 'word' }) };
/** The segmenter's word-like segments as [start, end] pairs: what scanWords must reproduce. */
const reference = (t: string, lang: 'ar' | 'en' = 'ar'): number[] =>
  [...segmenters[lang].segment(t)].filter((w) => w.isWordLike).flatMap((w) => [w.index, w.index + w.segment.length]);
const scan = (t: string): number[] | null => {
  const out: number[] = [];
  return scanWords(t, 0, t.length, out) ? out : null;
};

/** Every character the scan claims to know, with some it must refuse. */
const known: string[] = [];
for (let c = 0; c < 0x800; c++) if (scan(String.fromCharCode(c)) !== null) known.push(String.fromCharCode(c));
// Combining marks are known only on a letter or digit (alone they are refused).
for (let c = 0x64b; c <= 0x65f; c++) known.push(String.fromCharCode(c));
known.push('\u0670');
for (const c of [0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x201e, 0x2026, 0x2039, 0x203a]) known.push(String.fromCharCode(c));

describe('scanWords', () => {
  it('reads plain copy as the segmenter does', () => {
    const t = 'قال الوزير، في 3,500.25 كلمة: «لن نتراجع» (U.S. don\'t) عام ٢٠٢٤ و1٫5 مليون.. ثم غادرَ';
    expect(scan(t)).toEqual(reference(t));
    expect(scan(t)!.length).toBeGreaterThan(20);
  });

  it('refuses what it does not model', () => {
    for (const t of ['a_b', 'ب\u200cب', 'x \u064b', 'ب.\u064bب', '😀', 'naïve', 'ב"ב']) expect(scan(t)).toBeNull();
  });

  it('classes each known character as the segmenter does, in every neighbourhood', () => {
    expect(known.length).toBeGreaterThan(250);
    for (const ch of known) {
      for (const t of [`بب${ch}بب`, `12${ch}34`, `ab${ch}cd`, ` ${ch} `, `${ch}`, `ب${ch}1`, `1${ch}ب`, `ب${ch}${ch}ب`, `1${ch}${ch}2`]) {
        const got = scan(t);
        if (got) expect([t, got]).toEqual([t, reference(t)]);
      }
    }
  });

  it('matches the segmenter on random text of the known characters', () => {
    // Weighted towards letters, digits and the joining marks, where the rules are.
    const pool = [...known, ...'ابتثجحخدذرسشصضطظعغفقكلمنهوي0123456789abcXYZ.,:\'،  '.repeat(3)];
    let seed = 12345;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    let scanned = 0;
    for (let round = 0; round < 3000; round++) {
      let t = '';
      const len = 1 + rand(40);
      for (let i = 0; i < len; i++) t += pool[rand(pool.length)];
      const got = scan(t);
      if (!got) continue;
      scanned++;
      expect([t, got]).toEqual([t, reference(t)]);
      expect([t, got]).toEqual([t, reference(t, 'en')]);
    }
    expect(scanned).toBeGreaterThan(1000);
  });
});

describe('forEachWord', () => {
  it('gives the same words with and without characters the scan refuses', () => {
    const plain = 'وقال المتحدث باسم الخارجية، إن 1,200 شخص وصلوا. '.repeat(30);
    const odd = plain + 'كلمة\u200cأخرى a_b 😀 ' + plain;
    for (const t of [plain, odd]) {
      const got: number[] = [];
      forEachWord(t, 'ar', (w, start) => { expect(t.slice(start, start + w.length)).toBe(w); got.push(start, start + w.length); });
      expect(got).toEqual(reference(t));
    }
  });
});
