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

// The marks by code unit (a string per character read was most of the cost of a long sentence).
const OPEN_MARKS = new Set([0x201c, 0xab, 0x201e, 0x22, 0x2039]); // “ « „ " ‹
const CLOSE_MARKS = new Set([0x201d, 0xbb, 0x22, 0x201c, 0x203a]); // ” » " “ ›
const LEFT_DOUBLE = 0x201c; // “
const GUILLEMET = 0xab; // «
/**
 * Per code unit: bit 1 an opening mark, bit 2 a closing one (the sets above as a table: a set
 * look-up per character of the whole article was about 1 % of a parse). Every mark is below 0x2100.
 */
const MARK = new Uint8Array(0x2100);
for (const c of OPEN_MARKS) MARK[c] = MARK[c]! | 1;
for (const c of CLOSE_MARKS) MARK[c] = MARK[c]! | 2;

export function quoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let opener = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const mark = c < 0x2100 ? MARK[c]! : 0;
    if (mark === 0) continue;
    if (open < 0) {
      if ((mark & 1) !== 0) { open = i; opener = c; }
      continue;
    }
    // „ closes with “ (German style); “ with ” (or a straight mark in mixed copy); « with ».
    // (a « inside guillemets is nested: ignored, the outer quotation kept)
    const closes = (mark & 2) !== 0 && !(opener === LEFT_DOUBLE && c === LEFT_DOUBLE) && !(opener === GUILLEMET && c === GUILLEMET);
    if (closes) {
      out.push({ open, close: i, inner: text.slice(open + 1, i) });
      open = -1;
    }
  }
  if (open >= 0) out.push({ open, close: text.length, inner: text.slice(open + 1) });
  return out;
}

/** Per BMP code point: 0 not yet seen, 1 a letter or digit, 2 not. */
const WORD_UNIT = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(cp: number): boolean {
  if (cp > 0xffff || (cp >= 0xd800 && cp <= 0xdfff)) return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
  let k = WORD_UNIT[cp]!;
  if (k === 0) WORD_UNIT[cp] = k = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
  return k === 1;
}

/** Number of words (runs of letters or digits) in a string, without allocating a segmenter. */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  // Code point by code point (letters beyond the BMP count), each class looked up once per program.
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const w = isWordChar(cp);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
