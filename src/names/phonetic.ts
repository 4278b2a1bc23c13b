/**
 * Phonetic keys shared by Arabic and Latin spellings of a name. Both scripts are folded
 * into the same consonant classes (ق غ خ ك and q/gh/kh/k/c/ck all become K; ج and j/dj
 * become J; ش and sh/ch/sch become X ...); a vowel run becomes one slot of a rough
 * quality (a / i-e / u-o) and ع/ء vanish; Arabic writes only long vowels, so a missing
 * vowel is cheap while a different one costs a little (Berri is nearer بري than بارو).
 * A weighted edit distance then treats near-classes (g~K~J, zh~Z~J, ch~J, th~T~S, v~F~W),
 * vowel and h/glide insertions and a trailing French r as cheap, so عراقجي, Araghchi and
 * Araqchi, or بوثييه and Pothier, land close together.
 */
import { normAr, normLatin, hasArabic, stripAl } from './normalize.ts';

const AR_CLASS: Record<string, string> = {
  'ق': 'K', 'غ': 'K', 'خ': 'K', 'ك': 'K', 'گ': 'G',
  'ج': 'J', 'ش': 'X', 'چ': 'X', 'ژ': 'Z',
  'ث': 'Θ', 'ذ': 'Z', 'ز': 'Z', 'ظ': 'Z', 'ص': 'S', 'س': 'S',
  'ط': 'T', 'ت': 'T', 'ض': 'D', 'د': 'D', 'ح': 'H', 'ه': 'H',
  'ب': 'B', 'پ': 'B', 'ف': 'F', 'ڤ': 'F', 'م': 'M', 'ن': 'N', 'ل': 'L', 'ر': 'R',
};

/** Vowel slots: a, i (also e, y), u (also o). */
const VOWELS = 'aiu';
function isV(c: string | undefined): boolean {
  return c !== undefined && c.length === 1 && VOWELS.includes(c);
}

/** Appends a class; a vowel run keeps at most two qualities (Aoun ~ أون "au"), doubled consonants count once unless `split`. */
function pushKey(out: string[], c: string, split = false): void {
  const last = out[out.length - 1];
  if (isV(c) && isV(last)) {
    if (c === last || isV(out[out.length - 2])) return;
    out.push(c);
    return;
  }
  if (!isV(c) && last === c && !split) return;
  out.push(c);
}

/** Key of one Arabic word (already normalised, article stripped by the caller). */
function arabicKey(w: string): string {
  const chars = [...w.replace(/تش/g, 'چ')];
  const out: string[] = [];
  const isVL = (c: string | undefined) => c === 'ا' || c === 'و' || c === 'ي';
  let split = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const prevV = out.length > 0 && isV(out[out.length - 1]);
    const next = chars[i + 1];
    const last = i === chars.length - 1;
    if (c === 'ا' || c === 'آ' || c === 'ى' || c === 'ة') {
      pushKey(out, 'a');
    } else if (c === 'و' || c === 'ي') {
      // a doubled glide after a vowel is glide + vowel (داوود), except a final ـايي from a hamza seat (بقائي)
      const consonantal =
        i === 0 || (prevV && next !== undefined && isVL(next) && next !== c) || (prevV && next === c && i + 2 < chars.length);
      pushKey(out, consonantal ? (c === 'و' ? 'W' : 'Y') : c === 'و' ? 'u' : 'i');
    } else if (c === 'ع' || c === 'ء') {
      split = true; // جعجع: the two ج are not a doubled letter
      continue;
    } else if (c === 'ه' && last) {
      // a final ه spells a vowel: after a long vowel it is silent (بوثييه), after a consonant it is -e/-a (روته، جيله)
      if (!(prevV || isVL(chars[i - 1]))) pushKey(out, 'a');
    } else {
      const k = AR_CLASS[c];
      if (k) pushKey(out, k, split);
    }
    split = false;
  }
  return out.join('');
}

/** Latin letter groups, longest first. */
const LATIN_GROUPS: Array<[RegExp, string]> = [
  [/^(sch|tsch|tch)/, 'X'], [/^(sh|ch|ş|č|sz)/, 'X'], [/^(kh|gh|ck|qu|q|k)/, 'K'],
  [/^(zh|dzh|ž)/, 'Z'], [/^(dj|j)/, 'J'], [/^(dh)/, 'Z'], [/^(th)/, 'Θ'], [/^(ph|f|v)/, 'F'],
  [/^x/, 'KS'], [/^(ts|tz)/, 'TS'], [/^(z)/, 'Z'], [/^(s|ç)/, 'S'], [/^(t)/, 'T'], [/^(d)/, 'D'],
  [/^(b|p)/, 'B'], [/^(g)/, 'G'], [/^(h)/, 'H'], [/^(w)/, 'W'], [/^(m)/, 'M'], [/^(n)/, 'N'],
  [/^(l)/, 'L'], [/^(r)/, 'R'],
];

function latinKey(w: string): string {
  const out: string[] = [];
  let s = w;
  while (s.length) {
    const c = s[0]!;
    if (c === 'c') {
      if (/^c[eiy]/.test(s)) pushKey(out, 'S');
      else if (s.startsWith('ch')) {
        pushKey(out, 'X');
        s = s.slice(2);
        continue;
      } else pushKey(out, 'K');
      s = s.slice(1);
      continue;
    }
    if (c === 'y') {
      const prevV = out.length > 0 && isV(out[out.length - 1]);
      const nextV = /^y[aeiou]/.test(s);
      pushKey(out, out.length === 0 && nextV ? 'Y' : prevV && nextV ? 'Y' : 'i');
      s = s.slice(1);
      continue;
    }
    if (c === 'x' && out.length === 0) {
      // pinyin and Portuguese/Catalan initial x is "sh" (Xi, Xinhua)
      pushKey(out, 'X');
      s = s.slice(1);
      continue;
    }
    if (/[aeiou]/.test(c)) {
      pushKey(out, c === 'a' ? 'a' : c === 'e' || c === 'i' ? 'i' : 'u');
      s = s.slice(1);
      continue;
    }
    let matched = false;
    for (const [re, k] of LATIN_GROUPS) {
      const m = re.exec(s);
      if (m) {
        for (const ch of k) pushKey(out, ch);
        s = s.slice(m[0].length);
        matched = true;
        break;
      }
    }
    if (!matched) s = s.slice(1);
  }
  // a silent final h after a vowel (Abdullah ~ عبدالله)
  if (out.length > 1 && out[out.length - 1] === 'H' && isV(out[out.length - 2])) out.pop();
  return out.join('');
}

/** Key of one word in either script; Arabic clitics are the caller's business. */
export function wordKey(input: string): string {
  const word = input.slice(0, 100);
  if (hasArabic(word)) return arabicKey(stripAl(normAr(word).replace(/\s+/g, '')));
  // only a hyphenated or separate article is one (al-Assad), never the start of Alimi or Alexander
  const w = normLatin(word.replace(/^(al|el)[-\s]+(?=\S)/i, '')).replace(/\s+/g, '');
  return latinKey(w);
}

function words(name: string): string[] {
  if (hasArabic(name)) return normAr(name).split(/[\s\-]+/).filter(Boolean);
  return normLatin(name.replace(/\b(al|el)-/gi, '')).split(' ').filter(Boolean);
}

/** Keys of a name: the whole name, then each word (articles dropped), de-duplicated. */
export function phoneticKeys(name: string): string[] {
  const ws = words(name.slice(0, 200));
  const keys = new Set<string>();
  if (ws.length > 1) keys.add(ws.map(wordKey).join(' '));
  for (const w of ws) {
    const k = wordKey(w);
    if (consonants(k) >= 1) keys.add(k);
  }
  return [...keys];
}

const CHEAP_SUB = new Map<string, number>();
function cheap(a: string, b: string, cost: number): void {
  CHEAP_SUB.set(a + b, cost);
  CHEAP_SUB.set(b + a, cost);
}
cheap('G', 'K', 0.2); cheap('G', 'J', 0.25); cheap('J', 'Z', 0.35); cheap('J', 'X', 0.3);
cheap('Z', 'S', 0.25); cheap('Θ', 'S', 0.2); cheap('Θ', 'T', 0.2); cheap('Θ', 'Z', 0.35);
cheap('X', 'S', 0.45); cheap('F', 'W', 0.35); cheap('B', 'F', 0.6); cheap('D', 'T', 0.8);
cheap('K', 'H', 0.5); cheap('D', 'Z', 0.5); cheap('K', 'X', 0.6);
for (const v of VOWELS) {
  cheap('W', v, v === 'u' ? 0.2 : 0.3);
  cheap('Y', v, v === 'i' ? 0.2 : 0.3);
  for (const w of VOWELS) if (v < w) cheap(v, w, 0.15);
}

/**
 * Cost of a class present on one side only. `mineArabic`: this key is Arabic script, which
 * leaves short vowels unwritten, so a vowel only the Latin side has is cheaper than a long
 * vowel the Latin side lacks. otherVowelEnd: the other key ends in a vowel, so a final r, t,
 * s or d may be a silent French one (Pothier ~ بوثييه, Barrot ~ بارو).
 */
function indelCost(c: string, atEnd: boolean, otherVowelEnd: boolean, mineArabic: boolean | null): number {
  if (isV(c)) return mineArabic === null ? 0.15 : mineArabic ? 0.2 : 0.08;
  if (c === 'Y' || c === 'W') return 0.3;
  if (c === 'H') return 0.4;
  if ((c === 'R' || c === 'T' || c === 'S' || c === 'D') && atEnd && otherVowelEnd) return 0.3;
  return 1;
}

/**
 * Weighted edit distance between two keys; aArabic/bArabic say which script each key came
 * from (null when unknown) so unwritten Arabic short vowels cost less than missing long ones.
 */
export function keyDistance(a: string, b: string, aArabic: boolean | null = null, bArabic: boolean | null = null): number {
  const A = [...a];
  const B = [...b];
  const n = A.length;
  const m = B.length;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  const aVowelEnd = isV(A[n - 1]);
  const bVowelEnd = isV(B[m - 1]);
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + indelCost(B[j - 1]!, j === m, aVowelEnd, bArabic);
  for (let i = 1; i <= n; i++) {
    cur[0] = prev[0]! + indelCost(A[i - 1]!, i === n, bVowelEnd, aArabic);
    for (let j = 1; j <= m; j++) {
      const x = A[i - 1]!;
      const y = B[j - 1]!;
      const sub = x === y ? 0 : (CHEAP_SUB.get(x + y) ?? 1);
      cur[j] = Math.min(
        prev[j - 1]! + sub,
        prev[j]! + indelCost(x, i === n, bVowelEnd, aArabic),
        cur[j - 1]! + indelCost(y, j === m, aVowelEnd, bArabic),
      );
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m]!;
}

/** Consonants in a key: how much of a name's sound it carries. */
export function consonants(k: string): number {
  let c = 0;
  for (const ch of k) if (!isV(ch) && ch !== ' ') c++;
  return c;
}

/** Similarity of two keys in 0..1 (1 = same skeleton), normalised by consonant count. */
export function keySimilarity(a: string, b: string, aArabic: boolean | null = null, bArabic: boolean | null = null): number {
  if (a === b) return 1;
  const d = keyDistance(a, b, aArabic, bArabic);
  const len = Math.max(consonants(a), consonants(b), 2);
  return Math.max(0, 1 - d / len);
}
