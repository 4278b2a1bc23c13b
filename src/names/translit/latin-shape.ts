/**
 * The letter counts the reranker's spelling-shape features read (translit/rerank.ts), taken in
 * one pass over a model-form Latin spelling (lower-case a-z only, enModelForm). Each count is
 * what the regular expression named beside it gives on such a string: six expressions and a
 * per-letter test each candidate were a tenth of reranking.
 */
export interface LatinShape {
  /** letters of [aeiouy] */
  vowels: number;
  /** /[aeiouy]$/ */
  endsVowel: boolean;
  /** /^[aeiou]/ */
  startsVowel: boolean;
  /** /(aa|ee|ii|oo|uu)/ */
  doubleVowel: boolean;
  /** includes('ou') */
  ou: boolean;
  /** /([b-df-hj-np-tv-z])\1/: a consonant (y too) written twice */
  doubleConsonant: boolean;
  /** matches of /e/g */
  e: number;
  /** matches of /[kdstgz]h/g */
  digraphs: number;
}

const A = 97;
const E = 101;
const H = 104;
const O = 111;
const U = 117;
const Z = 122;

/** a, e, i, o, u by code: 1; y: 2 (a vowel for counts and ends, not for starts or doubles) */
const VOWEL = new Uint8Array(128);
for (const c of 'aeiou') VOWEL[c.charCodeAt(0)] = 1;
VOWEL['y'.charCodeAt(0)] = 2;

/** k, d, s, t, g, z by code: the first letters of the digraphs counted */
const DIGRAPH_HEAD = new Uint8Array(128);
for (const c of 'kdstgz') DIGRAPH_HEAD[c.charCodeAt(0)] = 1;

/** The shape counts of a spelling of lower-case a-z (anything else is not expected). */
export function latinShape(form: string): LatinShape {
  const n = form.length;
  let vowels = 0;
  let e = 0;
  let digraphs = 0;
  let doubleVowel = false;
  let ou = false;
  let doubleConsonant = false;
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const c = form.charCodeAt(i);
    const v = c < 128 ? VOWEL[c]! : 0;
    if (v) vowels++;
    if (c === E) e++;
    if (c === prev) {
      // (y doubled counts as a consonant, as the expression's class [b-df-hj-np-tv-z] holds it)
      if (v === 1) doubleVowel = true;
      else if (c >= A && c <= Z) doubleConsonant = true;
    }
    if (prev === O && c === U) ou = true;
    if (c === H && prev >= 0 && prev < 128 && DIGRAPH_HEAD[prev]) digraphs++;
    prev = c;
  }
  const first = n ? form.charCodeAt(0) : -1;
  const last = n ? form.charCodeAt(n - 1) : -1;
  return {
    vowels,
    endsVowel: last >= 0 && last < 128 && VOWEL[last]! > 0,
    startsVowel: first >= 0 && first < 128 && VOWEL[first] === 1,
    doubleVowel,
    ou,
    doubleConsonant,
    e,
    digraphs,
  };
}
