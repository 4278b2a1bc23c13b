import { describe, expect, it } from 'vitest';
import { paragraphs, sentences, words } from '../../src/text/segment.ts';
import { quoteSpans, wordCount } from '../../src/text/quotes.ts';

const texts = (t: string, lang = 'ar') => sentences(t, lang).map((s) => s.text);

describe('sentence splitting', () => {
  it('splits at full stops and question marks', () => {
    expect(texts('ذهب الرجل. عاد المساء؟ نعم')).toEqual(['ذهب الرجل.', 'عاد المساء؟', 'نعم']);
  });

  it('never splits at the ".." of Arabic copy', () => {
    expect(texts('وقال: هذا يمنحنا فرصة.. للتفكير معا. ثم غادر.')).toEqual(['وقال: هذا يمنحنا فرصة.. للتفكير معا.', 'ثم غادر.']);
  });

  it('never splits inside a quotation, whatever the marks', () => {
    for (const [o, c] of [['"', '"'], ['«', '»'], ['“', '”']]) {
      const t = `قال الوزير: ${o}هذا أول. وهذا ثان${c} ثم غادر القاعة. انتهى.`;
      expect(texts(t)).toEqual([`قال الوزير: ${o}هذا أول. وهذا ثان${c} ثم غادر القاعة.`, "انتهى."]);
    }
  });

  it('ignores an unbalanced quotation mark instead of gluing the paragraph', () => {
    expect(texts('قال "هذا. ثم ذهب. ثم عاد.').length).toBe(3);
  });

  it('treats line breaks as hard boundaries', () => {
    const s = sentences('بداية الجملة\nونهايتها هنا.', 'ar');
    expect(s.map((x) => x.para)).toEqual([0, 1]);
  });

  it('gives every line, trimmed, empty ones dropped, from any start', () => {
    const t = ' أ \n\n ب ج\n\t\nد  \n';
    for (let from = 0; from <= t.length + 1; from++) {
      const want: Array<{ text: string; start: number; end: number }> = [];
      let at = from;
      for (const line of from > t.length ? [] : t.slice(from).split('\n')) {
        const lead = line.length - line.trimStart().length;
        if (line.trim()) want.push({ text: line.trim(), start: at + lead, end: at + lead + line.trim().length });
        at += line.length + 1;
      }
      expect(paragraphs(t, from)).toEqual(want);
    }
  });

  it('keeps offsets into the original text', () => {
    const t = '  أول.  ثان.\n\nثالث.';
    for (const s of sentences(t, 'ar')) expect(t.slice(s.start, s.end)).toBe(s.text);
    expect(paragraphs(t).length).toBe(2);
  });

  it('segments long text in pieces without cutting words or sentences', () => {
    const unit = 'هذه جملة طويلة نسبيا عن الاقتصاد والسياسة والمجتمع. ';
    const t = unit.repeat(400);
    const s = sentences(t, 'ar');
    expect(s.length).toBe(400);
    expect(words(t, 'ar').length).toBe(400 * 8);
  });
});

describe('words and quotations', () => {
  it('gives word-like tokens with offsets', () => {
    const t = 'قال بوتين، "نعم" 2023';
    expect(words(t, 'ar').map((w) => t.slice(w.start, w.end))).toEqual(['قال', 'بوتين', 'نعم', '2023']);
  });

  it('pairs mixed quotation marks of real copy', () => {
    expect(quoteSpans('قال "أولا" و«ثانيا» و“ثالثا" و„رابعا“').map((q) => q.inner)).toEqual(['أولا', 'ثانيا', 'ثالثا', 'رابعا']);
    expect(quoteSpans('بلا إغلاق "هنا').map((q) => q.inner)).toEqual(['هنا']);
  });

  it('counts words in any script', () => {
    expect(wordCount('هذا يمنحنا فرصة.. للتفكير')).toBe(4);
    expect(wordCount('  ')).toBe(0);
  });
});
