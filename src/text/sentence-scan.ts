/**
 * Sentence boundaries of plain Arabic and Latin text without Intl.Segmenter: the same pieces its
 * sentence granularity gives (Unicode UAX #29, as ICU implements it) for text made only of the
 * characters whose sentence-break class is listed below, and a refusal (so the caller asks the
 * segmenter) for any other character. Creating and iterating the segmenter's segments cost about
 * 1.5 % of a parse; news copy is letters, digits, spaces and a few marks, which a table scan reads
 * far faster (the same idea as word-scan.ts).
 *
 * The rules, with marks and format characters belonging to the character before them (SB5):
 * after a full stop (ATerm) or ! ? ؟ ۔ (STerm), then closing marks and spaces, the sentence ends
 * (SB9–SB11), except: a full stop before a digit (SB6: "3.5"); between an upper- or lower-case
 * letter and an upper-case one (SB7: "U.S"); when the next letter after the spaces and any run of
 * non-letters is lower case (SB8: "etc. and"); and before a comma-like mark or another terminator
 * (SB8a: "?!", ".."). test/text/sentence-scan.test.ts checks every listed character, random text
 * and the shipped articles against the segmenter.
 */

const REFUSE = 0;
const OTHER = 1;
const SP = 2;
const LOWER = 3;
const UPPER = 4;
const OLETTER = 5;
const NUMERIC = 6;
const ATERM = 7;
const STERM = 8;
const CLOSE = 9;
const SCONTINUE = 10;
const EXTEND = 11;

const TABLE_END = 0x700;
const CLASS = new Uint8Array(TABLE_END);
function set(from: number, to: number, cls: number): void {
  for (let c = from; c <= to; c++) CLASS[c] = cls;
}
for (const ch of '#$%&*+/<=>@\\^_`|~\u061b\u066a\u066d') CLASS[ch.charCodeAt(0)] = OTHER;
for (const ch of '"\'()[]{}\u00ab\u00bb') CLASS[ch.charCodeAt(0)] = CLOSE;
for (const ch of ',-:;\u060c\u060d') CLASS[ch.charCodeAt(0)] = SCONTINUE;
CLASS[0x20] = SP;
CLASS[0x09] = SP;
CLASS[0xa0] = SP;
CLASS[0x2e] = ATERM; // .
for (const ch of '!?\u061f\u06d4') CLASS[ch.charCodeAt(0)] = STERM; // ! ? ؟ ۔
set(0x30, 0x39, NUMERIC);
set(0x41, 0x5a, UPPER);
set(0x61, 0x7a, LOWER);
set(0x620, 0x64a, OLETTER); // hamza … yeh, tatweel included
set(0x64b, 0x65f, EXTEND); // harakat and other marks above and below
set(0x660, 0x669, NUMERIC); // Arabic-Indic digits
CLASS[0x66b] = NUMERIC; // ٫ decimal separator
CLASS[0x66c] = NUMERIC; // ٬ thousands separator
set(0x66e, 0x66f, OLETTER);
CLASS[0x670] = EXTEND; // superscript alef
set(0x671, 0x6d3, OLETTER); // Persian and Urdu letters
CLASS[0x6d5] = OLETTER;
set(0x6f0, 0x6f9, NUMERIC); // extended Arabic-Indic digits

function classOf(c: number): number {
  if (c < TABLE_END) return CLASS[c]!;
  switch (c) {
    case 0x2013: case 0x2014:
      return SCONTINUE;
    case 0x2018: case 0x2019: case 0x201c: case 0x201d: case 0x201e: case 0x2039: case 0x203a:
      return CLOSE;
    case 0x2026:
      return OTHER;
    default:
      return REFUSE;
  }
}

// The characters of the range as units (a character with the marks after it), reused per call.
let unitClass = new Uint8Array(1024);
let unitEnd = new Int32Array(1024);

/**
 * The ends of the sentence pieces of text[a, b), as offsets into `text` (the last is b when the
 * range is not empty), written into `out` (cleared first). False, with `out` in no particular
 * state, when a character of the range is not one whose sentence-break class is known here.
 */
export function scanSentences(text: string, a: number, b: number, out: number[]): boolean {
  out.length = 0;
  if (unitClass.length < b - a) {
    unitClass = new Uint8Array(b - a);
    unitEnd = new Int32Array(b - a);
  }
  let n = 0;
  for (let i = a; i < b; i++) {
    const k = classOf(text.charCodeAt(i));
    if (k === REFUSE) return false;
    if (k === EXTEND) {
      if (n > 0) {
        unitEnd[n - 1] = i + 1;
        continue;
      }
      // A mark at the start, with no character to belong to, stands for itself: a non-letter.
      unitClass[n] = OTHER;
      unitEnd[n] = i + 1;
      n++;
      continue;
    }
    unitClass[n] = k;
    unitEnd[n] = i + 1;
    n++;
  }
  for (let u = 0; u < n; u++) {
    const k = unitClass[u]!;
    if (k !== ATERM && k !== STERM) continue;
    const next = u + 1 < n ? unitClass[u + 1]! : 0;
    if (k === ATERM) {
      if (next === NUMERIC) continue; // SB6
      if (next === UPPER && u > 0 && (unitClass[u - 1] === UPPER || unitClass[u - 1] === LOWER)) continue; // SB7
    }
    let v = u + 1;
    while (v < n && unitClass[v] === CLOSE) v++;
    while (v < n && unitClass[v] === SP) v++;
    if (v >= n) break; // the range's end ends the piece
    const after = unitClass[v]!;
    if (after === SCONTINUE || after === ATERM || after === STERM) continue; // SB8a
    if (k === ATERM) {
      // SB8: a lower-case letter ahead, before any other letter or terminator, continues it.
      let w = v;
      while (w < n) {
        const c = unitClass[w]!;
        if (c === OLETTER || c === UPPER || c === LOWER || c === ATERM || c === STERM) break;
        w++;
      }
      if (w < n && unitClass[w] === LOWER) continue;
    }
    out.push(unitEnd[v - 1]!);
    u = v - 1;
  }
  if (b > a) out.push(b);
  return true;
}
