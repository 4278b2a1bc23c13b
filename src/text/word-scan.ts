/**
 * Word boundaries of plain Arabic and Latin text without Intl.Segmenter: the same words its word
 * granularity gives (Unicode UAX #29, as ICU implements it) for text made only of the characters
 * whose word-break class is listed below, and a refusal (so the caller asks the segmenter) for any
 * other character. Iterating the segmenter's segments cost about a twelfth of a parse; nearly all
 * news copy is letters, digits, spaces and a few marks, which a table scan reads far faster.
 *
 * The rules that matter for these classes: letters and digits run together (WB5, WB8–WB10); one
 * ":" "." or apostrophe between two letters joins them (WB6–WB7: "U.S", "don't"); one "," "،" ";"
 * "٬" "." or apostrophe between two digits joins them (WB11–WB12: "1,500", "3.5"); combining marks
 * (harakat) belong to the character before them (WB4). Everything else breaks and is not word-like.
 * test/text/word-scan.test.ts checks every listed character, and random text, against the segmenter.
 */

const REFUSE = 0;
const LETTER = 1;
const DIGIT = 2;
/** Joins two letters only (":"). */
const MID_LETTER = 3;
/** Joins two digits only ("," "،" ";" "٬"). */
const MID_NUM = 4;
/** Joins two letters or two digits ("." and apostrophes). */
const MID_NUM_LET = 5;
/** White space and punctuation that always break and are never part of a word. */
const OTHER = 6;
/** Combining marks: part of the character before them. */
const EXTEND = 7;

const TABLE_END = 0x700;
const CLASS = new Uint8Array(TABLE_END);
function set(from: number, to: number, cls: number): void {
  for (let c = from; c <= to; c++) CLASS[c] = cls;
}
for (const ch of '\t\n\r !"#$%&()*+-/<=>?@[\\]^`{|}~\u00a0\u00ab\u00bb\u061b\u061f\u066a\u06d4') CLASS[ch.charCodeAt(0)] = OTHER;
set(0x30, 0x39, DIGIT);
set(0x41, 0x5a, LETTER);
set(0x61, 0x7a, LETTER);
CLASS[0x3a] = MID_LETTER; // :
CLASS[0x2c] = MID_NUM; // ,
CLASS[0x3b] = MID_NUM; // ;
CLASS[0x60c] = MID_NUM; // ،
CLASS[0x60d] = MID_NUM; // ؍
CLASS[0x66c] = MID_NUM; // ٬ (thousands separator)
CLASS[0x2e] = MID_NUM_LET; // .
CLASS[0x27] = MID_NUM_LET; // '
set(0x620, 0x64a, LETTER); // hamza … yeh, tatweel included
set(0x64b, 0x65f, EXTEND); // harakat and other marks above and below
set(0x660, 0x669, DIGIT); // Arabic-Indic digits
CLASS[0x66b] = DIGIT; // ٫ (decimal separator: a digit for word breaking)
set(0x66e, 0x66f, LETTER);
CLASS[0x670] = EXTEND; // superscript alef
set(0x671, 0x6d3, LETTER); // Persian and Urdu letters
CLASS[0x6d5] = LETTER;
set(0x6f0, 0x6f9, DIGIT); // extended Arabic-Indic digits

function classOf(c: number): number {
  if (c < TABLE_END) return CLASS[c]!;
  switch (c) {
    case 0x2013: case 0x2014: case 0x201c: case 0x201d: case 0x201e: case 0x2026: case 0x2039: case 0x203a:
      return OTHER;
    case 0x2018: case 0x2019:
      return MID_NUM_LET;
    default:
      return REFUSE;
  }
}

/**
 * The word-like segments of text[a, b): their start and end offsets, in pairs, written into `out`
 * (cleared first). False, with `out` in no particular state, when a character of the range is not
 * one whose word-break class is known here.
 */
export function scanWords(text: string, a: number, b: number, out: number[]): boolean {
  out.length = 0;
  let start = -1; // start of the word being read, -1 between words
  let end = -1; // end of its last letter or digit (and the marks on it)
  let last = 0; // LETTER or DIGIT: the class of that last character
  let mid = 0; // class of a joining mark just after the word's end, 0 if none
  for (let i = a; i < b; i++) {
    const k = classOf(text.charCodeAt(i));
    if (k === LETTER || k === DIGIT) {
      if (start < 0) start = i;
      else if (mid !== 0) {
        const joins = k === last && (mid === MID_NUM_LET || mid === (k === LETTER ? MID_LETTER : MID_NUM));
        if (!joins) { out.push(start, end); start = i; }
        mid = 0;
      }
      last = k;
      end = i + 1;
    } else if (k === EXTEND) {
      // Only marks on a letter or digit of a word are read here; marks after white space or
      // punctuation follow rules this scan does not model.
      if (start < 0 || mid !== 0 || end !== i) return false;
      end = i + 1;
    } else if (k === MID_LETTER || k === MID_NUM || k === MID_NUM_LET) {
      if (start >= 0 && mid === 0) mid = k;
      else if (start >= 0) { out.push(start, end); start = -1; mid = 0; }
    } else if (k === OTHER) {
      if (start >= 0) { out.push(start, end); start = -1; mid = 0; }
    } else {
      return false;
    }
  }
  if (start >= 0) out.push(start, end);
  return true;
}
