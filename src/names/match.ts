/**
 * Cross-script person lookup for /who: a query in either script is compared with the
 * names of the people *given* (their Arabic and English names, aliases and precomputed
 * keys) by phonetic key similarity. Nothing here looks at article text, so a query can
 * only ever land on a person the briefing already knows.
 */
import type { Person } from '../briefing/types.ts';
import { cliticVariants, hasArabic, normAr, normLatin, stripAl } from './normalize.ts';
import { consonants, keySimilarity, phoneticKeys, wordKey } from './phonetic.ts';
import { lexicon } from './lexicon.ts';
import { arabiseCandidates, letterCandidates, romaniseCandidates } from './transliterate.ts';

/** Spellings in the other script indexed per name word: the learned model's k best. */
const CROSS_SCRIPT_K = 5;
/** An exact hit on a learned spelling is strong evidence, a little below a spelling the briefing holds. */
const LEARNED_EXACT = 0.95;

/**
 * The second pass (rank): `on` off, or one of its sources, only to measure what each adds
 * (scripts/names/match-eval.ts): the per-letter model's spellings (`letters`), and for an Arabic
 * query its own joint-model spellings (`joint`), which the first pass never compares (it
 * compares the person's Latin names spelled in Arabic).
 */
export const SECOND_PASS = { on: true, joint: true, letters: true };

/**
 * Scores below this are not a match. Measured with Arabic-only names (the hard case):
 * the weakest true spelling variants of the sample sit at 0.87 (Araghchi ~ عراقجي) and
 * 0.90 (Pothier ~ بوثييه); the strongest unrelated pairs at 0.68 (Biden ~ بوتين) and
 * 0.64 ("abbas putin" against any one person); 0.75 sits in the gap.
 */
export const MATCH_THRESHOLD = 0.75;

export interface PersonMatch {
  person: Person;
  /** 0..1, higher is better. */
  score: number;
}

interface PersonIndex {
  /** normalised surface forms (full names and single words) for exact hits */
  forms: Set<string>;
  /** the k best spellings of each name word in the other script (Corbyn ~ كوربن, عراقجي ~ Araghchi) */
  learned: Set<string>;
  /** their keys, compared word by word only (never with a whole query written solid) */
  learnedKeys: Key[];
  /** Latin words, for prefix hits on partly typed queries */
  latinWords: string[];
  /** keys of single words and of adjacent word pairs written together (نصر الله ~ Nasrallah) */
  wordKeys: Key[];
  /** keys of whole names written without spaces (بدر عبد العاطي ~ Badr Abdelatty) */
  solidKeys: Key[];
  /** Arabic name words, for the second pass's letter-model spellings (built when first asked) */
  arWords: string[];
  second?: SecondIndex;
}

/**
 * The second pass's spellings of a person's Arabic name words: the per-letter model's k best
 * that the joint list lacks (see rank).
 */
interface SecondIndex {
  learned: Set<string>;
}

/** A phonetic key and whether it was read from Arabic script (null: unknown). */
interface Key {
  k: string;
  ar: boolean | null;
}

/** Per-person index, kept as long as the person object lives (briefings are read-only once parsed). */
const cache = new WeakMap<Person, PersonIndex>();
/**
 * And by the names it is built from: a library's briefings are read again from disk (new objects)
 * search after search, naming the same people. Bounded, cleared when full.
 */
const byNames = new Map<string, PersonIndex>();
const BY_NAMES_MAX = 20_000;

function namesKey(p: Person): string {
  return JSON.stringify([p.name.ar, p.name.en, p.aliases, p.keys ?? null]);
}

const PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'von', 'van', 'der', 'de', 'da', 'بن', 'ابن', 'ال']);
/** Regnal numbers (Charles III, Leo XIV) say nothing about how a name sounds. */
const ROMAN = /^(i{1,3}|iv|v|vi{1,3}|ix|x|xi{1,3}|xiv|xv|xvi)$/;

function indexPerson(p: Person): PersonIndex {
  const hit = cache.get(p);
  if (hit) return hit;
  const key = namesKey(p);
  const known = byNames.get(key);
  if (known) {
    cache.set(p, known);
    return known;
  }
  const idx = buildIndex(p);
  if (byNames.size >= BY_NAMES_MAX) byNames.clear();
  byNames.set(key, idx);
  cache.set(p, idx);
  return idx;
}

function buildIndex(p: Person): PersonIndex {
  const names = [p.name.ar, p.name.en, ...p.aliases].filter((s) => s && s.trim());
  const forms = new Set<string>();
  const latinWords: string[] = [];
  const wordKeys = new Map<string, Key>();
  const solidKeys = new Map<string, Key>();
  const addKey = (m: Map<string, Key>, k: string, ar: boolean | null) => {
    if (k && !m.has(k + ar)) m.set(k + ar, { k, ar });
  };
  for (const name of names) {
    const ar = hasArabic(name);
    const norm = ar ? normAr(name) : normLatin(name.replace(/\b(al|el)-/gi, ''));
    forms.add(norm);
    const ws = norm.split(' ').filter((w) => w && !PARTICLES.has(w) && !ROMAN.test(w));
    for (const w of ws) {
      if (w.length > 1) forms.add(ar ? stripAl(w) : w);
      if (!ar) latinWords.push(w);
    }
    // An initial ("Donald J. Trump") has a one-letter key that sounds like half the alphabet.
    for (const k of phoneticKeys(name)) if (!k.includes(' ') && k.length > 1) addKey(wordKeys, k, ar);
    for (let i = 0; i + 1 < ws.length; i++) addKey(wordKeys, wordKey(ws[i]! + ws[i + 1]!), ar);
    if (ws.length > 1) addKey(solidKeys, wordKey(ws.join('')), ar);
  }
  // every name word also in its k best spellings in the other script, learned from real name
  // pairs: a Latin query finds an Arabic-only person, an Arabic query an English-only one
  const learned = new Set<string>();
  const learnedKeys = new Map<string, Key>();
  const arWords: string[] = [];
  for (const name of names) {
    const ar = hasArabic(name);
    const ws = (ar ? normAr(name) : normLatin(name.replace(/\b(al|el)-/gi, ''))).split(' ').filter((w) => w && !PARTICLES.has(w) && !ROMAN.test(w));
    for (const w of ws.slice(0, 6)) {
      if (ar && !arWords.includes(w)) arWords.push(w);
      let alts: string[] = [];
      try {
        alts = ar ? romaniseCandidates(w, CROSS_SCRIPT_K) : arabiseCandidates(w, CROSS_SCRIPT_K);
      } catch {
        alts = []; // no model: matching falls back to phonetic keys alone
      }
      for (const a of alts) {
        const f = ar ? normLatin(a) : stripAl(normAr(a));
        // one- and two-letter spellings (a clipped guess) would match stray query letters
        if ([...f].length < 3) continue;
        learned.add(f);
        if (ar) latinWords.push(f);
        addKey(learnedKeys, wordKey(a), !ar);
      }
    }
  }
  // keys stored at parse time only matter when the briefing kept no name to recompute them from
  if (!names.length) for (const k of p.keys ?? []) if (k && !k.includes(' ')) addKey(wordKeys, k, null);
  return { forms, learned, learnedKeys: [...learnedKeys.values()], latinWords, wordKeys: [...wordKeys.values()], solidKeys: [...solidKeys.values()], arWords };
}

/** The per-letter model's spellings of the person's Arabic name words the joint list lacks. */
function secondIndex(idx: PersonIndex): SecondIndex {
  if (idx.second) return idx.second;
  const learned = new Set<string>();
  for (const w of idx.arWords) {
    for (const a of safeLetters(w)) {
      const f = normLatin(a);
      if ([...f].length >= 3 && !idx.learned.has(f)) learned.add(f);
    }
  }
  idx.second = { learned };
  return idx.second;
}

function safeLetters(w: string): string[] {
  if (!SECOND_PASS.letters) return [];
  try {
    return letterCandidates(w, CROSS_SCRIPT_K);
  } catch {
    return []; // no model: the second pass adds nothing
  }
}

interface QueryWord {
  /** surface variants (Arabic clitic readings), normalised */
  forms: string[];
  keys: string[];
  latin: string | null;
  ar: boolean;
  /** an Arabic word's letter-model spellings (second pass only, filled when asked) */
  letters?: string[];
}

/** Courtesy and office words a user may put before a name ("President Putin", "الرئيس بوتين"). */
const QUERY_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'president', 'prime', 'minister', 'pm', 'foreign', 'secretary',
  'general', 'gen', 'sheikh', 'shaikh', 'prince', 'king', 'queen', 'emir', 'sultan', 'ayatollah', 'imam', 'supreme',
  'leader', 'chancellor', 'senator', 'sen', 'rep', 'judge', 'analyst', 'expert', 'spokesman', 'spokeswoman', 'the',
  'pope', 'emperor', 'crown', 'his', 'her', 'majesty', 'highness', 'excellency', 'late', 'former',
]);

function isQueryTitle(w: string, ar: boolean): boolean {
  if (!ar) return QUERY_TITLES.has(w);
  const lex = lexicon();
  return lex.honorifics.has(w) || lex.titleByAr.has(w) || lex.former.has(w);
}

function queryWords(query: string): QueryWord[] {
  const ar = hasArabic(query);
  const norm = ar ? normAr(query) : normLatin(query.replace(/['’]s\b/gi, '').replace(/\b(al|el)-/gi, ''));
  let ws = norm.split(' ').filter((w) => w && !PARTICLES.has(w));
  const named = ws.filter((w) => !isQueryTitle(w, ar) && !(ws.length > 1 && (ROMAN.test(w) || w.length === 1)));
  if (named.length) ws = named;
  return ws.map((w) => {
    const forms = ar ? [...new Set(cliticVariants(w).map(stripAl))] : [w];
    // keys in the same order as forms, so index 0 is always the literal reading
    return { forms, keys: [...new Set(forms.map(wordKey))].filter(Boolean), latin: ar ? null : w, ar };
  });
}

/** Least similarity for a query word whose key has a single consonant (same consonant, vowels may differ). */
const SHORT_KEY_MIN = 0.95;

/** Reading an Arabic query with a clitic removed (بالأسد -> الأسد) is a guess: it costs a little. */
const CLITIC_PENALTY = 0.04;

function wordScore(q: QueryWord, idx: PersonIndex, second = false): number {
  let best = second ? secondWordScore(q, idx) : 0;
  q.forms.forEach((f, i) => {
    if (idx.forms.has(f)) best = Math.max(best, i === 0 ? 1 : 1 - CLITIC_PENALTY);
  });
  if (best === 1) return 1;
  q.forms.forEach((f, i) => {
    if (idx.learned.has(f)) best = Math.max(best, LEARNED_EXACT - (i === 0 ? 0 : CLITIC_PENALTY));
  });
  if (q.latin && q.latin.length >= 4) {
    for (const w of idx.latinWords) {
      if (w.length > q.latin.length && w.startsWith(q.latin)) best = Math.max(best, 0.8 + 0.2 * (q.latin.length / w.length));
    }
  }
  q.keys.forEach((qk, i) => {
    const pen = i === 0 ? 0 : CLITIC_PENALTY;
    // A one-consonant key ("zzz" -> Z) matches only the same consonant (شي ~ Xi): one letter
    // off would be the whole name off.
    const short = consonants(qk) <= 1;
    for (const k of idx.wordKeys) {
      const sim = keySimilarity(qk, k.k, q.ar, k.ar);
      if (short && sim < SHORT_KEY_MIN) continue;
      best = Math.max(best, sim - pen);
    }
    // a learned spelling is a guess: only a word long enough to say something is compared with it
    if ([...q.forms[0]!].length >= 3 && !short) for (const k of idx.learnedKeys) best = Math.max(best, keySimilarity(qk, k.k, q.ar, k.ar) - pen);
  });
  return best;
}

/**
 * The second pass's evidence for one query word: the per-letter model's Latin spellings of the
 * person's Arabic name words (a Latin query), or the joint and per-letter models' spellings of
 * the query word itself (an Arabic query against a person's Latin names), exact hits only. Compared by phonetic key as well they found
 * a few more (held-out Wikidata, Arabic queries: 10 of 684 against 7) but matched queries of
 * people not in the briefing six times as often (scripts/names/match-eval.ts, docs/names.md).
 */
function secondWordScore(q: QueryWord, idx: PersonIndex): number {
  if ([...q.forms[0]!].length < 3) return 0;
  if (!q.ar) return secondIndex(idx).learned.has(q.forms[0]!) ? LEARNED_EXACT : 0;
  // an Arabic query word: its own spellings (joint and letter model) against the person's Latin words
  q.letters ??= letterForms(q.forms[0]!);
  for (const f of q.letters) if (idx.forms.has(f)) return LEARNED_EXACT;
  return 0;
}

function letterForms(w: string): string[] {
  let joint: string[] = [];
  try {
    joint = SECOND_PASS.joint ? romaniseCandidates(w, CROSS_SCRIPT_K) : [];
  } catch {
    joint = [];
  }
  return [...new Set([...joint, ...safeLetters(w)])]
    .map((a) => normLatin(a))
    .filter((f) => [...f].length >= 3);
}

function scorePerson(qws: QueryWord[], whole: string, solid: string, solidAr: boolean, p: Person, second = false): number {
  const idx = indexPerson(p);
  if (idx.forms.has(whole)) return 1;
  if (!qws.length) return 0;
  // every query word has to find itself in the name: "vladimir putin" scores high, "abbas putin" does not
  let sum = 0;
  for (const q of qws) sum += wordScore(q, idx, second);
  let best = sum / qws.length;
  // word boundaries differ across scripts (عبد العزيز / Abdulaziz): compare the names written solid too
  if (solid) for (const k of [...idx.solidKeys, ...idx.wordKeys]) best = Math.max(best, keySimilarity(solid, k.k, solidAr, k.ar) - 0.02);
  return best;
}

function rank(query: string, people: readonly Person[]): PersonMatch[] {
  const q = query.trim().slice(0, 200);
  if (!q) return [];
  const qws = queryWords(q);
  const whole = hasArabic(q) ? normAr(q) : normLatin(q.replace(/['’]s\b/gi, '').replace(/\b(al|el)-/gi, ''));
  const solid = qws.length > 1 ? wordKey(qws.map((w) => w.forms[0]!).join('')) : '';
  const solidAr = hasArabic(q);
  let out = people.map((person) => ({ person, score: Math.round(scorePerson(qws, whole, solid, solidAr, person) * 1000) / 1000 }));
  // a lazy second pass: when no one matched on the joint model's five spellings, the per-letter
  // model's five are asked too (its errors differ: names26); a query that matched is never
  // searched again, and display and article romanising never pay for it
  if (SECOND_PASS.on && qws.length && !out.some((m) => m.score >= MATCH_THRESHOLD)) {
    out = out.map(({ person, score }) => ({ person, score: Math.max(score, Math.round(scorePerson(qws, whole, solid, solidAr, person, true) * 1000) / 1000) }));
  }
  out.sort((a, b) => b.score - a.score || b.person.mentions - a.person.mentions);
  return out;
}

/** People of a briefing that match a query in either script, best first; never matches open text. */
export function matchPeople(query: string, people: readonly Person[]): PersonMatch[] {
  return rank(query, people).filter((m) => m.score >= MATCH_THRESHOLD);
}

/** The n closest people with their scores, whatever the threshold. */
export function closestMatches(query: string, people: readonly Person[], n = 3): PersonMatch[] {
  return rank(query, people)
    .filter((m) => m.score > 0)
    .slice(0, n);
}

/** The n closest people whatever their score, for "not found — did you mean ...?" replies. */
export function closestCandidates(query: string, people: readonly Person[], n = 3): Person[] {
  return closestMatches(query, people, n).map((m) => m.person);
}
