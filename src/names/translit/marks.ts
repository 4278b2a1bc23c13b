/**
 * Arabic letters marked by what follows them, for the joint graphone model (issue 12, names41).
 * The joint n-gram spells a word left to right and sees only the letters before the one it
 * spells; a letter marked by its right neighbour gives it one letter of look-ahead where it
 * matters (a final ي or ة; a consonant before a long-vowel letter takes no vowel of its own).
 * A marked letter is a private-use character: U+E000 + class * 0x100 + (code - U+0600).
 *   end: the last letter (class 1); alif, waw, ya: a letter before ا/آ (2), و (3), ي/ى (4);
 *   next: all four.
 * The model file's graphones tell which marking it was fitted with (markKind).
 */
/** the classes used, as a bit mask (bit c: class c); 0 = none */
export type MarkKind = number;
/** NAMES_MARK's words as a mask */
export function markMask(spec: string): MarkKind {
  const bits: Record<string, number> = { end: 2, alif: 4, waw: 8, ya: 16, next: 30 };
  return spec.split(',').reduce((m, w) => m | (bits[w.trim()] ?? 0), 0);
}

const BASE = 0xe000;

function nextClass(next: number | undefined, kind: MarkKind): number {
  const c = next === undefined ? 1 : next === 0x627 || next === 0x622 ? 2 : next === 0x648 ? 3 : next === 0x64a || next === 0x649 ? 4 : 0;
  return kind & (1 << c) ? c : 0;
}

/** src with its letters marked; `has` (when given) refuses a marked letter, which is then left plain. */
export function markSrc(src: string, kind: MarkKind, has?: (c: string) => boolean): string {
  if (!kind || !src) return src;
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const code = src.charCodeAt(i);
    const cls = code >= 0x600 && code < 0x700 ? nextClass(i + 1 < src.length ? src.charCodeAt(i + 1) : undefined, kind) : 0;
    const c = cls ? String.fromCharCode(BASE + cls * 0x100 + code - 0x600) : src[i]!;
    out += cls && has && !has(c) ? src[i]! : c;
  }
  return out;
}

/**
 * src with a look-ahead symbol (U+E000 + class) inserted before each letter of a class in
 * `kind`, instead of marking the letter itself: the letters' graphones keep their counts, and
 * the symbol is one more step of their history (NAMES_MARK_INSERT=1 in train-names.ts).
 */
export function insertSrc(src: string, kind: MarkKind, has?: (c: string) => boolean): string {
  if (!kind || !src) return src;
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const code = src.charCodeAt(i);
    const cls = code >= 0x600 && code < 0x700 ? nextClass(i + 1 < src.length ? src.charCodeAt(i + 1) : undefined, kind) : 0;
    if (cls) {
      const c = String.fromCharCode(BASE + cls);
      if (!has || has(c)) out += c;
    }
    out += src[i]!;
  }
  return out;
}

/** The inserted classes of a model's Arabic graphone sides (insertSrc), as a mask. */
export function insertKind(arSides: Iterable<string>): MarkKind {
  let kind: MarkKind = 0;
  for (const s of arSides) if (s.length === 1 && s.charCodeAt(0) > BASE && s.charCodeAt(0) < BASE + 0x10) kind |= 1 << (s.charCodeAt(0) - BASE);
  return kind;
}

/** The plain letters of a marked text. */
export function unmark(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    out += code >= BASE + 0x100 && code < BASE + 0x600 ? String.fromCharCode(0x600 + ((code - BASE) & 0xff)) : s[i]!;
  }
  return out;
}

/** The marking a model's Arabic graphone sides were fitted with. */
export function markKind(arSides: Iterable<string>): MarkKind {
  let kind: MarkKind = 0;
  for (const s of arSides) {
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i);
      if (code >= BASE + 0x100 && code < BASE + 0x600) kind |= 1 << ((code - BASE) >> 8);
    }
  }
  return kind;
}
