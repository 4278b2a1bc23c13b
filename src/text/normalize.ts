/**
 * Text clean-up and the one Arabic folding every part of mujaz matches with.
 *
 * `cleanText` keeps the text readable (it is what the briefing shows and what offsets point into);
 * `foldArabic` (and `normaliseAr`, its full form) is for matching only: it folds spelling variants
 * that wire copy mixes freely (أ/إ/آ/ا, ى/ي, ة/ه, Persian ک/ی, ٢/2), so never show its output to a
 * reader. The parser's light form, the names lookup form, phrase matching and library search are
 * all built on it.
 */

// Zero-width, bidi embedding/override/isolate marks, BOM, Arabic letter mark, soft hyphen:
// invisible and able to reorder what a reader sees, so they never carry meaning in an article.
const INVISIBLE_CLASS = '\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF\\u061C\\u00AD';
// Harakat, Quranic annotation marks, superscript alef and tatweel: they change pronunciation or
// stretch a word, never which word is meant, and copy carries them inconsistently.
const MARK_CLASS = '\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640';
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'g');
const DROPPED = new RegExp(`[${MARK_CLASS}${INVISIBLE_CLASS}]`, 'g');
const IS_DROPPED = new RegExp(`^[${MARK_CLASS}${INVISIBLE_CLASS}]$`);
// C0/C1 controls except tab and newline.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Readable clean text: unified line breaks, no invisible/control characters, single spaces. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    // Hashtags in body copy (#أردوغان، #الاستخبارات_التركي) are words: keep the words.
    .replace(/#([\p{L}\p{M}\p{N}_]+)/gu, (_m, w: string) => w.replace(/_/g, ' '))
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n');
}

/**
 * Remove harakat, Quranic marks, tatweel and invisible (zero-width, bidi) characters, keeping every
 * letter as written (so romanisation can still tell ة from ه or see the hamza of أ).
 */
export function stripDiacritics(s: string): string {
  return s.replace(DROPPED, '');
}

// Spelling variants folded at every level: hamza/madda/wasla seats on alef, and the Persian/Urdu/
// Kurdish shapes of ي ك ه that Arabic copy sometimes carries (they render alike, differ in code).
const FOLD_ALWAYS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ی': 'ي', 'ې': 'ي', 'ک': 'ك', 'ە': 'ه', 'ۀ': 'ه',
};
// Folded only for matching: writers swap these freely (مصطفى/مصطفي, حماة/حماه, مسئول/مسؤول),
// but they tell words apart in word lists (على ≠ علي), so the light form keeps them.
const FOLD_MATCH: Record<string, string> = { 'ى': 'ي', 'ة': 'ه', 'ئ': 'ي', 'ؤ': 'و' };

// The characters foldChar changes, to find them with one search instead of a call per character.
const FOLDABLE_LIGHT_CLASS = `${MARK_CLASS}${INVISIBLE_CLASS}\\u0660-\\u0669\\u06F0-\\u06F9${Object.keys(FOLD_ALWAYS).join('')}`;
const FOLDABLE_LIGHT = new RegExp(`[${FOLDABLE_LIGHT_CLASS}]`, 'g');
const FOLDABLE = new RegExp(`[${FOLDABLE_LIGHT_CLASS}${Object.keys(FOLD_MATCH).join('')}]`, 'g');

export interface FoldOptions {
  /** Keep ى, ة, ئ, ؤ as written (word lists where على ≠ علي, دولة ≠ دوله). Default false. */
  light?: boolean;
  /** Collapse white-space runs to one space and trim. Default false. */
  collapse?: boolean;
}

/**
 * One character's folded form: '' when it is dropped (mark, tatweel, invisible), ASCII for an
 * Arabic-Indic digit, the folded letter, or the character itself.
 */
function foldChar(ch: string, light: boolean): string {
  const c = ch.charCodeAt(0);
  if (c < 0x00ad) return ch;
  if (IS_DROPPED.test(ch)) return '';
  if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0);
  return FOLD_ALWAYS[ch] ?? (light ? ch : FOLD_MATCH[ch] ?? ch);
}

// Per UTF-16 code unit, learned on first sight: 0 not yet seen, 1 kept, 2 folded (form in the map).
// The same result as replacing FOLDABLE(_LIGHT) matches with foldChar (the classes match single code
// units), without a callback per match: that replace was most of a parse's folding time.
const FOLD_STATE = new Uint8Array(0x10000);
const FOLD_STATE_LIGHT = new Uint8Array(0x10000);
const FOLD_FORM = new Map<number, string>();
const FOLD_FORM_LIGHT = new Map<number, string>();
const IS_FOLDABLE = new RegExp(FOLDABLE.source);
const IS_FOLDABLE_LIGHT = new RegExp(FOLDABLE_LIGHT.source);

function foldChars(s: string, light: boolean): string {
  const state = light ? FOLD_STATE_LIGHT : FOLD_STATE;
  const form = light ? FOLD_FORM_LIGHT : FOLD_FORM;
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let st = state[c]!;
    if (st === 0) {
      const ch = s[i]!;
      const f = (light ? IS_FOLDABLE_LIGHT : IS_FOLDABLE).test(ch) ? foldChar(ch, light) : ch;
      st = f === ch ? 1 : 2;
      if (st === 2) form.set(c, f);
      state[c] = st;
    }
    if (st === 1) continue;
    out += s.slice(from, i) + form.get(c)!;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * The one Arabic folding every matcher uses: no diacritics, tatweel or invisible characters, alef
 * forms to ا, Persian letter shapes to Arabic, Arabic-Indic digits to ASCII, letters lower-cased; by
 * default also ى -> ي, ة -> ه, ئ -> ي, ؤ -> و (see FoldOptions.light). For matching only: never
 * show its output to a reader.
 */
export function foldArabic(s: string, opts: FoldOptions = {}): string {
  const light = opts.light ?? false;
  // NFC first so a decomposed hamza (ا + ٔ) folds like the composed letter. Most words need
  // neither NFC nor lower-casing (each cost about as much as the fold): see inert().
  const out = inert(s) ? foldChars(s, light) : foldChars(s.normalize('NFC'), light).toLowerCase();
  return opts.collapse ? out.replace(/\s+/g, ' ').trim() : out;
}

/** Per code unit: 0 not yet seen, 1 inert (see inert()), 2 not. */
const INERT = new Uint8Array(0x10000);

/**
 * Whether NFC and lower-casing leave `s`, and its fold, as they are: every code unit is a starter
 * that never composes with its neighbours (Latin-1 and the spacing letters below U+0300, the Arabic
 * comma, semicolon and question mark, letters U+0620-U+064A, digits U+0660-U+0669) and is its own
 * lower case (a string of such characters is its own NFC: checked in test/text/normalize.test.ts).
 * The fold only puts Arabic letters and ASCII digits in.
 */
function inert(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let k = INERT[c]!;
    if (k === 0) {
      const ch = String.fromCharCode(c);
      const starter = c < 0x300 || c === 0x60c || c === 0x61b || c === 0x61f || (c >= 0x620 && c <= 0x64a) || (c >= 0x660 && c <= 0x669);
      INERT[c] = k = starter && ch.toLowerCase() === ch ? 1 : 2;
    }
    if (k !== 1) return false;
  }
  return true;
}

/**
 * Each code unit's folded, lower-cased form, per fold (light or not), learned on first sight:
 * foldArabicWithMap folds whole sentences character by character, and a text draws its thousands
 * of characters from a few dozen. KEEPS marks the code units that fold to themselves.
 */
const FOLDED_LIGHT = new Map<number, string>();
const FOLDED = new Map<number, string>();
const UNIT_STATE_LIGHT = new Uint8Array(0x10000);
const UNIT_STATE = new Uint8Array(0x10000);
const KEEPS = 1;
const CHANGES = 2;

/**
 * foldArabic with a map from each output character to its offset in the input (plus a final entry
 * for the input's length), so a match found on the folded form can be cut out of the original
 * text. No NFC here: composing would move offsets.
 */
export function foldArabicWithMap(s: string, opts: Omit<FoldOptions, 'collapse'> = {}): { norm: string; map: number[] } {
  const light = opts.light ?? false;
  const folded = light ? FOLDED_LIGHT : FOLDED;
  const state = light ? UNIT_STATE_LIGHT : UNIT_STATE;
  const map: number[] = [];
  // The output is built from runs of unchanged input and the changed characters' forms.
  let norm = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let st = state[c]!;
    if (st === 0) {
      const ch = s[i]!;
      const f = foldChar(ch, light).toLowerCase();
      st = f === ch ? KEEPS : CHANGES;
      if (st === CHANGES) folded.set(c, f);
      state[c] = st;
    }
    if (st === KEEPS) {
      map.push(i);
      continue;
    }
    // Lower-cased per character: a few letters (İ) lower-case to two, each mapped to the same offset.
    const f = folded.get(c)!;
    norm += s.slice(from, i) + f;
    from = i + 1;
    for (const _ of f) map.push(i);
  }
  map.push(s.length);
  return { norm: from === 0 ? s : norm + s.slice(from), map };
}

/** Matching form of an Arabic (or mixed) string: every fold, Latin lower-cased, spacing as written. */
export function normaliseAr(s: string): string {
  return foldArabic(s);
}

/** Convert Arabic-Indic digits to ASCII digits (same length, so offsets survive). */
export function asciiDigits(s: string): string {
  return s.replace(/[٠-٩۰-۹]/g, (c) => foldChar(c, true));
}

// Latin letters with no decomposition that romanised names still carry (Kılıçdaroğlu, Støre).
const LATIN_FOLD: Record<string, string> = { 'ı': 'i', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'ß': 'ss', 'ł': 'l', 'Ł': 'L' };

/**
 * Latin accents folded (Erdoğan -> Erdogan): compatibility decomposition, combining marks dropped,
 * then recomposed. Arabic survives it: hamza and madda decompose off their seat and recompose.
 */
export function foldLatin(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıøØæÆßłŁ]/g, (c) => LATIN_FOLD[c] ?? c)
    .normalize('NFC');
}

export function isArabicLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

export function isLatinLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
