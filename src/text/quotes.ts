/**
 * Quotation spans in a piece of text. Wire copy mixes “ ” « » „ and straight " marks, sometimes
 * opening with one style and closing with another, so any opener is closed by the next mark that
 * can close. An unclosed quotation runs to the end of the text.
 */
export interface QuoteSpan {
  /** Offsets of the opening and closing marks (close = text.length when unclosed). */
  open: number;
  close: number;
  inner: string;
}

const OPEN = new Set(['“', '«', '„', '"', '‹']);
const CLOSE = new Set(['”', '»', '"', '“', '›']);

export function quoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let opener = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (open < 0) {
      if (OPEN.has(ch)) { open = i; opener = ch; }
      continue;
    }
    // „ closes with “ (German style); “ with ” (or a straight mark in mixed copy); « with ».
    const closes = CLOSE.has(ch) && !(opener === '“' && ch === '“') && !(opener === '«' && ch === '«');
    if (closes) {
      out.push({ open, close: i, inner: text.slice(open + 1, i) });
      open = -1;
    } else if (ch === '«' && opener === '«') {
      // nested guillemets: ignore, keep the outer quotation
    }
  }
  if (open >= 0) out.push({ open, close: text.length, inner: text.slice(open + 1) });
  return out;
}

/** Number of words (runs of letters or digits) in a string, without allocating a segmenter. */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (const ch of s) {
    const w = /[\p{L}\p{N}]/u.test(ch);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
