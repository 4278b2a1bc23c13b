/**
 * A learned person-name tagger for Arabic: an averaged perceptron that scores each token as part of
 * a person's name or not, from evidence the rules do not combine (the names module's gazetteer,
 * the given-name lexicon, the word's shape, the words around it, whether its neighbours look like
 * names). It exists for people written with no title and no speech verb (players in a list,
 * «مارك بيريني من مؤسسة كارنيغي»), which the rules in people-ar.ts cannot reach.
 *
 * Trained by scripts/train-name-tagger.ts on the development gold (`npm run train:tagger`); the
 * weights and the span threshold (chosen on a held-out split of articles) live in
 * data/name-tagger.json.
 */
import { readFileSync } from 'node:fs';
import { nameSpellingScore, nameTokenEvidence } from '../names/index.ts';
import { memo } from '../text/memo.ts';
import { lightNormAr } from '../text/arabic.ts';
import {
  conjunctionVerbLike, hasArticle, isBreaker, isComplementiser, isCounterpart, isGiven, isHonorific, isInstitutionNoun, isParticle,
  isPlaceOrOrg, isSpeechVerb, isStop, isTimeWord, isUnnamedHead, lexiconNameWord, nameLike, roleHead,
} from './arabic-words.ts';
import { commaAfter, delimAfter, occurrencesWithPrefixes, type Token } from './tokens.ts';
import { isKnownNameToken } from './name-evidence.ts';
import { textClassOf } from './word-info.ts';

export interface TaggerModel {
  /** feature -> averaged weight */
  weights: Record<string, number>;
  /** a span is kept when the mean score of its tokens reaches this (chosen on held-out articles) */
  threshold: number;
  /** held-out figures of the model trained without those articles, for the record */
  heldOut?: Record<string, number>;
}

/** Gazetteer evidence of one word, bucketed (memoised: the same words recur across articles). */
const gazFeatures = memo((light: string): string[] => {
  let ev: ReturnType<typeof nameTokenEvidence> = null;
  try { ev = nameTokenEvidence(light); } catch { ev = null; }
  if (!ev) return ['gz:none'];
  if (ev.ordinal) return ['gz:ordinal'];
  const c = Math.min(6, Math.floor(Math.log2(1 + ev.count)));
  const s = Math.min(4, Math.floor(Math.log2(1 + ev.spellings)));
  return [ev.viaClitic ? 'gz:clitic' : 'gz:direct', `gz:c${c}${ev.viaClitic ? 'v' : ''}`, `gz:s${s}`];
});

/**
 * How name-like the spelling is under the names data's character model, in thirds of a nat per
 * letter: unseen foreign names (تشالهانوغلو) score like names, verbs and verbal nouns lower.
 */
function spellingFeature(light: string): string {
  const s = nameSpellingScore(light);
  return s === null ? 'lm:none' : `lm:${Math.max(-14, Math.min(-5, Math.floor(3 * s)))}`;
}

/** Features of a word on its own (no context): what kind of word it is. Depends on the text only. */
const wordClass = memo((text: string): string[] => {
  const t = { text, light: lightNormAr(text) } as Token;
  const w = t.light;
  const f = gazFeatures(w).slice();
  f.push(spellingFeature(text));
  if (isGiven(t)) f.push('given');
  if (lexiconNameWord(t)) f.push('lexname');
  if (isStop(t)) f.push('stop');
  if (hasArticle(t)) f.push('al');
  if (nameLike(t)) f.push('namelike');
  else if (nameLike(t, true)) f.push('namelike-loose');
  if (isParticle(t)) f.push('particle');
  if (roleHead(t)) f.push('role');
  if (isSpeechVerb(t)) f.push('speech');
  if (isPlaceOrOrg(t)) f.push('place');
  if (isTimeWord(t)) f.push('time');
  if (isUnnamedHead(t)) f.push('unnamed');
  if (isInstitutionNoun(t)) f.push('inst');
  if (isHonorific(t)) f.push('honorific');
  if (isCounterpart(t)) f.push('counterpart');
  if (isBreaker(t) || isComplementiser(t)) f.push('breaker');
  if (conjunctionVerbLike(t)) f.push('conjverb');
  if (/^[يت][^اوي][^ا]{2}$/.test(w) || /^س[يتن].{3,}$/.test(w)) f.push('verbshape');
  if (!/^[\u0621-\u064A]+$/.test(w)) f.push('nonarabic');
  if (/[\u064B-\u064D]/.test(t.text)) f.push('tanween');
  f.push(`len:${Math.min(8, w.length)}`, `end:${w.slice(-1)}`);
  // Letters at the word's edges: transliterated names have endings of their own (…وف، …سكي، …يني)
  // and common nouns their patterns (مـ…ـة، تـ…، …ات).
  // The prefix as written, hamza kept: إن/أن (إندريك، أنشيلوتي) are not the ان of انه، انتخابات.
  if (w.length >= 4) f.push(`suf2:${w.slice(-2)}`, `suf3:${w.slice(-3)}`, `pre2:${text.replace(/[\u064B-\u0652\u0640]/g, '').slice(0, 2)}`);
  // A list's «ومحمد»: what the word after the conjunction is.
  if (w.length > 3 && w.startsWith('و') && !f.includes('given') && !f.includes('gz:direct')) {
    for (const c of wordClass(text.replace(/^و/, ''))) if (c === 'given' || c === 'lexname' || c === 'gz:direct' || c === 'namelike') f.push(`conj:${c}`);
  }
  return f;
});

// Bits of TextInfo.known / value (arabic-words.ts uses 0, 1 and 4).
const STRONG = 2, NEIGHBOUR = 3, NEIGHBOUR_AFTER_WA = 5;
/** A word's evidence of being a name at all: a given name, a lexicon name or a direct gazetteer token. */
const strongWord = memo((text: string) => wordClass(text).some((c) => c === 'given' || c === 'lexname' || c === 'gz:direct'));
const neighbourName = memo((text: string) => wordClass(text).some((c) => c === 'given' || c === 'gz:direct'));
/** The word without its first letter (a و) is a neighbour name (ومحمد). */
const neighbourAfterWa = (text: string) => neighbourName(text.slice(1));

/** The features of the word itself (memoised per word: most of the work, shared by every occurrence). */
const ownFeatures = memo((text: string): string[] => {
  const f = ['bias', ...wordClass(text)];
  // The word itself: team and agency words (يونايتد، ميونخ، برس) and people in the news often
  // (ترامب) recur across articles. Only the word's own group: as context, names would teach the
  // model the development articles' people (`npm run cv:people`: F1 82.2 -> 82.4).
  f.push(`w:${lightNormAr(text)}`);
  const strong = strongWord(text);
  f.push(strong ? 'strong' : 'notstrong');
  if (f.includes('namelike')) f.push(strong ? 'namelike&strong' : 'namelike&weak');
  return f;
});

/** Features a neighbour contributes (tag p: previous word, n: next, pp: the one before the previous, nn: the one after the next). */
const contextFeatures = memo((key: string): string[] => {
  const cut = key.indexOf(' ');
  const tag = key.slice(0, cut), text = key.slice(cut + 1);
  const nc = wordClass(text);
  const f: string[] = [];
  // The context word itself only when it is a function or cue word (اللاعب، من، و…), never a
  // name: names as context would only teach the model the development articles' people.
  if (!nc.includes('namelike') || nc.includes('stop')) f.push(`${tag}w:${lightNormAr(text)}`);
  for (const c of nc) if (!/^(end|len|suf|pre)/.test(c)) f.push(`${tag}:${c}`);
  return f;
});

/** The neighbours that contribute context features, in the order their groups are summed. */
const CONTEXT_TAGS = ['p', 'n', 'pp', 'nn'] as const;
type ContextTag = (typeof CONTEXT_TAGS)[number];

/**
 * Token indices of token i's context words, by CONTEXT_TAGS position (-1: none): the previous and
 * next word and the ones beyond them, within the sentence.
 */
function contextIndices(toks: readonly Token[], i: number, out: number[]): void {
  const t = toks[i]!;
  const prev = toks[i - 1]?.sent === t.sent ? toks[i - 1] : undefined;
  const next = toks[i + 1]?.sent === t.sent ? toks[i + 1] : undefined;
  out[0] = prev ? i - 1 : -1;
  out[1] = next ? i + 1 : -1;
  out[2] = prev && toks[i - 2]?.sent === t.sent ? i - 2 : -1;
  // The word after next (two words each side): «ماتس هوملز | فوق المرمى», «أليشا كيز | وبيونسيه و…».
  out[3] = next && toks[i + 2]?.sent === t.sent && !delimAfter(next, toks) ? i + 2 : -1;
}

/**
 * The features of token i's position (punctuation, sentence edges, recurrence), not of any one
 * word, by bit in LOCAL_FEATURES order: inference scores a token's local features by this mask
 * (one cached sum per set of them) instead of by the list.
 */
const LOCAL_FEATURES = [
  'recurs', 'al-elsewhere', 'sent-first', 'sent-last', 'comma-before', 'comma-after', 'delim-before', 'delim-after',
  'allah-next', 'allah-next-nonname', 'allah-compound', 'allah-after-nonname', 'between-names', 'strong&neighbour',
  'list-after-name', 'list-before-name',
] as const;
const bit = (name: (typeof LOCAL_FEATURES)[number]): number => 1 << LOCAL_FEATURES.indexOf(name);
const RECURS = bit('recurs'), AL_ELSEWHERE = bit('al-elsewhere'), SENT_FIRST = bit('sent-first'), SENT_LAST = bit('sent-last');
const COMMA_BEFORE = bit('comma-before'), COMMA_AFTER = bit('comma-after'), DELIM_BEFORE = bit('delim-before'), DELIM_AFTER = bit('delim-after');
const ALLAH_NEXT = bit('allah-next'), ALLAH_NEXT_NONNAME = bit('allah-next-nonname'), ALLAH_COMPOUND = bit('allah-compound'), ALLAH_AFTER_NONNAME = bit('allah-after-nonname');
const BETWEEN_NAMES = bit('between-names'), STRONG_NEIGHBOUR = bit('strong&neighbour'), LIST_AFTER_NAME = bit('list-after-name'), LIST_BEFORE_NAME = bit('list-before-name');

/** A leading و (a constant: a regex literal is a new RegExp object per evaluation, and localMask runs per token). */
const WA = /^و/;
function localMask(toks: readonly Token[], i: number, recurs: (k: number) => boolean, common: (k: number) => boolean): number {
  const t = toks[i]!;
  const prev = toks[i - 1]?.sent === t.sent ? toks[i - 1] : undefined;
  const next = toks[i + 1]?.sent === t.sent ? toks[i + 1] : undefined;
  let m = 0;
  if (recurs(i)) m |= RECURS;
  if (common(i)) m |= AL_ELSEWHERE;
  if (!prev) m |= SENT_FIRST;
  if (!next) m |= SENT_LAST;
  if (prev && commaAfter(prev)) m |= COMMA_BEFORE;
  if (commaAfter(t)) m |= COMMA_AFTER;
  if (prev && delimAfter(prev, toks)) m |= DELIM_BEFORE;
  if (delimAfter(t, toks)) m |= DELIM_AFTER;
  // A given name compounded with الله (فتح الله، عبد الله، نصر الله): الله reads as an article word
  // on its own; as the second half of a compound after a name-like word it is part of the name.
  if (next?.light === ALLAH && !delimAfter(t, toks)) m |= nameLike(t) ? ALLAH_NEXT : ALLAH_NEXT_NONNAME;
  if (t.light === ALLAH && prev && !delimAfter(prev, toks)) m |= nameLike(prev) ? ALLAH_COMPOUND : ALLAH_AFTER_NONNAME;
  if (prev && next) {
    const pn = textClassOf(prev, NEIGHBOUR, neighbourName), nn = textClassOf(next, NEIGHBOUR, neighbourName);
    // (between two name words of one phrase: not across a comma, «أحمد حسن، بديل محمد علي» is an apposition)
    if (pn && nn && !delimAfter(prev, toks) && !delimAfter(t, toks)) m |= BETWEEN_NAMES;
    if (textClassOf(t, STRONG, strongWord) && (pn || nn)) m |= STRONG_NEIGHBOUR;
  }
  // A list of people (ميسي، رونالدو ونيمار): a word right after a comma or a و whose item before
  // holds a name word, or right before a comma or و-word that is one, is likely a name word too.
  const p2 = prev && toks[i - 2]?.sent === t.sent && !delimAfter(toks[i - 2]!, toks) ? toks[i - 2] : undefined;
  // (the word classes through the token's record: textClassOf answers neighbourName(text) itself)
  const prevItem = !!prev && (textClassOf(prev, NEIGHBOUR, neighbourName) || (!!p2 && textClassOf(p2, NEIGHBOUR, neighbourName)));
  if (prev && prevItem && (commaAfter(prev) || (WA.test(t.light) && !delimAfter(prev, toks)))) m |= LIST_AFTER_NAME;
  if (next && ((commaAfter(t) && textClassOf(next, NEIGHBOUR, neighbourName)) || (!delimAfter(t, toks) && WA.test(next.light) && textClassOf(next, NEIGHBOUR_AFTER_WA, neighbourAfterWa)))) m |= LIST_BEFORE_NAME;
  return m;
}

/** The local features of a mask, in LOCAL_FEATURES order (the order they were always listed in). */
function localNames(m: number, local: string[] = []): string[] {
  local.length = 0;
  for (let b = 0; b < LOCAL_FEATURES.length; b++) if ((m & (1 << b)) !== 0) local.push(LOCAL_FEATURES[b]!);
  return local;
}

/** The features of token i's position (punctuation, sentence edges, recurrence), not of any one word. */
function localFeatures(toks: readonly Token[], i: number, recurs: (k: number) => boolean, common: (k: number) => boolean, local: string[] = []): string[] {
  return localNames(localMask(toks, i, recurs, common), local);
}

/**
 * Everything the perceptron sees for token i, in groups: the word's own features, each
 * neighbour's, and those of this position (punctuation, sentence edges, recurrence). Inference
 * (articleScores) sums cached scores of the same groups in the same order, so the two cannot disagree.
 */
function featureGroups(toks: readonly Token[], i: number, recurs: (k: number) => boolean, common: (k: number) => boolean): { keys: [string, string][]; local: string[] } {
  const keys: [string, string][] = [['own', toks[i]!.text]];
  const ctx: number[] = [];
  contextIndices(toks, i, ctx);
  CONTEXT_TAGS.forEach((tag, j) => { if (ctx[j]! >= 0) keys.push(['ctx', `${tag} ${toks[ctx[j]!]!.text}`]); });
  return { keys, local: localFeatures(toks, i, recurs, common) };
}

const ALLAH = lightNormAr('الله');

/**
 * Per token list, one byte per token: the answers of an article-wide test, read once per token.
 * articleScores asks them of every token, and for an edit (ungluedTags' second pass) of every token
 * of the base list as well, each asking a look-up or two in the article's counts; a list's answers
 * never change (its counts are fixed once built or derived, tokens.ts).
 */
function perToken(cache: WeakMap<readonly Token[], Uint8Array>, toks: readonly Token[], makeTest: () => (k: number) => boolean): (k: number) => boolean {
  let f = cache.get(toks);
  if (!f) {
    const test = makeTest();
    f = new Uint8Array(toks.length);
    for (let k = 0; k < toks.length; k++) f[k] = test(k) ? 1 : 0;
    cache.set(toks, f);
  }
  const flags = f;
  return (k) => flags[k] === 1;
}

const recurrenceCache = new WeakMap<readonly Token[], Uint8Array>();
function recurrence(toks: readonly Token[]): (k: number) => boolean {
  // (occurrencesWithPrefixes keeps the article's counts: a map of every distinct word per
  // articleScores call was a good part of the tagger's allocation)
  return perToken(recurrenceCache, toks, () => (k) => occurrencesWithPrefixes(toks, toks[k]!.norm) >= 2);
}

/**
 * The word is written with the article elsewhere in the article (سجل beside السجل، قدم beside
 * القدم): Arabic has no capitals, but a word that takes ال in the same text is a common noun there.
 */
const commonCache = new WeakMap<readonly Token[], Uint8Array>();
function commonNoun(toks: readonly Token[]): (k: number) => boolean {
  // The words the article writes after ال، وال، بال or لل: a token's light form w is in this set
  // exactly when ال+w, وال+w, بال+w or لل+w is among the article's light forms (no string built
  // per token). Built once per token list, like the other per-article indexes (tokens.ts
  // normIndexOf), with each token's answer (perToken): articleScores asks for it on every call,
  // and again for an edit's base.
  return perToken(commonCache, toks, () => {
    const withArticle = new Set<string>();
    for (const t of toks) {
      const l = t.light;
      if (l.startsWith('ال') || l.startsWith('لل')) withArticle.add(l.slice(2));
      if (l.startsWith('وال') || l.startsWith('بال')) withArticle.add(l.slice(3));
    }
    return (k) => {
      const w = toks[k]!.light;
      return w.length >= 3 && !w.startsWith('ال') && withArticle.has(w);
    };
  });
}

const groupOf = (kind: string, key: string) => (kind === 'own' ? ownFeatures(key) : contextFeatures(key));

/** Per-token feature lists for a whole token list (for training and scoring the tagger). */
export function articleFeatures(toks: readonly Token[]): string[][] {
  const recurs = recurrence(toks), common = commonNoun(toks);
  return toks.map((_, i) => {
    const { keys, local } = featureGroups(toks, i, recurs, common);
    return [...keys.flatMap(([kind, key]) => groupOf(kind, key)), ...local];
  });
}

export function scoreFeatures(f: readonly string[], w: Readonly<Record<string, number>>): number {
  let s = 0;
  for (const x of f) s += w[x] ?? 0;
  return s;
}

/**
 * Group scores under one set of weights, per word: its own group, and its group as each kind of
 * neighbour. Keyed by the token's text directly (no "tag word" key string built per token per
 * call: that concatenation and its hashing were most of the scoring time).
 */
/** (`local`: the score of each mask of local features, summed over localNames' list as scoreFeatures sums it) */
interface GroupScores { own: Map<string, number>; ctx: Record<ContextTag, Map<string, number>>; local: Map<number, number>; size: number }
const groupScores = new WeakMap<object, GroupScores>();
function groupScoresOf(w: object): GroupScores {
  let g = groupScores.get(w);
  if (!g) groupScores.set(w, (g = { own: new Map(), ctx: { p: new Map(), n: new Map(), pp: new Map(), nn: new Map() }, local: new Map(), size: 0 }));
  // (bounded like the memos: a long-running bot's vocabulary keeps growing)
  if (g.size > 200_000) {
    g.own.clear();
    for (const tag of CONTEXT_TAGS) g.ctx[tag].clear();
    g.size = 0;
  }
  return g;
}

/** The score of a word's own group (tag null) or of its group as that neighbour, cached. */
function groupScore(g: GroupScores, text: string, tag: ContextTag | null, w: Readonly<Record<string, number>>): number {
  const m = tag === null ? g.own : g.ctx[tag];
  let s = m.get(text);
  if (s === undefined) {
    m.set(text, (s = scoreFeatures(tag === null ? ownFeatures(text) : contextFeatures(`${tag} ${text}`), w)));
    g.size++;
  }
  return s;
}

/**
 * groupScore of token t's text in slot 0 (its own group) or 1 + j (as the neighbour CONTEXT_TAGS[j]),
 * kept on the token's text record: five map look-ups per token were a few per cent of a parse.
 */
function tokenGroupScore(g: GroupScores, t: Token, slot: number, w: Readonly<Record<string, number>>): number {
  const ti = t.tinfo;
  if (ti === undefined || ti.text !== t.text) return groupScore(g, t.text, slot === 0 ? null : CONTEXT_TAGS[slot - 1]!, w);
  let sc = ti.tagScores;
  if (sc === undefined || ti.tagWeights !== w) {
    ti.tagWeights = w;
    ti.tagScores = sc = new Float64Array(1 + CONTEXT_TAGS.length).fill(NaN);
  }
  let s = sc[slot]!;
  if (Number.isNaN(s)) sc[slot] = s = groupScore(g, t.text, slot === 0 ? null : CONTEXT_TAGS[slot - 1]!, w);
  return s;
}

/** Scores of every token under weights w, with each feature group's score cached per word. */
export function articleScores(toks: readonly Token[], w: Readonly<Record<string, number>>, edit?: ScoreEdit): number[] {
  const g = groupScoresOf(w);
  const recurs = recurrence(toks), common = commonNoun(toks);
  const ctx: number[] = [0, 0, 0, 0];
  const out = new Array<number>(toks.length);
  const local: string[] = [];
  // (an edit of a few tokens: a token's score reads the tokens at most two before and after it
  // (their words; of the others only the sentence and gap, which an edit keeps), so a token further
  // from every edited one scores as in the base unless the article-wide recurrence or common-noun
  // test now says otherwise for it)
  let near: Uint8Array | null = null;
  let baseRecurs: ((k: number) => boolean) | null = null, baseCommon: ((k: number) => boolean) | null = null;
  if (edit) {
    near = new Uint8Array(toks.length);
    for (const k of edit.changed) for (let j = Math.max(0, k - 2); j <= k + 2 && j < toks.length; j++) near[j] = 1;
    baseRecurs = recurrence(edit.base);
    baseCommon = commonNoun(edit.base);
  }
  for (let i = 0; i < toks.length; i++) {
    if (near && near[i] === 0 && recurs(i) === baseRecurs!(i) && common(i) === baseCommon!(i)) {
      out[i] = edit!.scores[i]!;
      continue;
    }
    // Summed in featureGroups' order (local, own, p, n, pp, nn): the same floating-point result.
    const mask = localMask(toks, i, recurs, common);
    let s = g.local.get(mask);
    if (s === undefined) g.local.set(mask, (s = scoreFeatures(localNames(mask, local), w)));
    s += tokenGroupScore(g, toks[i]!, 0, w);
    contextIndices(toks, i, ctx);
    for (let j = 0; j < CONTEXT_TAGS.length; j++) {
      if (ctx[j]! < 0) continue;
      s += tokenGroupScore(g, toks[ctx[j]!]!, 1 + j, w);
    }
    out[i] = s;
  }
  return out;
}

/**
 * The article `toks` as `base` with only the tokens at `changed` rewritten (same count, each
 * rewritten token keeping its sentence and gap, every other token the same object), `scores` being base's articleScores with the same
 * weights: articleScores then rescores only what the change can reach.
 */
export interface ScoreEdit {
  base: readonly Token[];
  scores: readonly number[];
  changed: Iterable<number>;
}

/**
 * A word in و that is no name as written (ومروان، وصابر; not وليد or وائل): the conjunction opens a
 * new name in a list (طارق حامد ومروان محسن), so a span never runs across it.
 */
export function conjoined(t: Token): boolean {
  return t.light.length > 3 && t.light.startsWith('و') && !isGiven(t) && !isKnownNameToken(t.light);
}

export interface TaggedSpan {
  from: number;
  to: number;
  /** mean token score */
  score: number;
}

/**
 * Runs of tokens the model scores as names (above `cut`), in one sentence, with no punctuation inside, at most
 * four words besides particles (a name is rarely longer), kept when their mean score reaches the threshold.
 */
export function spansFromScores(toks: readonly Token[], scores: readonly number[], threshold: number, cut = 0): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let i = 0;
  while (i < toks.length) {
    if (scores[i]! <= cut) { i++; continue; }
    let e = i;
    // (بن، آل … do not count toward the four: منصور بن زايد آل نهيان is one name)
    let words = isParticle(toks[i]!) ? 0 : 1;
    while (e + 1 < toks.length && words < 4 && scores[e + 1]! > cut && !delimAfter(toks[e]!, toks) && !conjoined(toks[e + 1]!)) {
      e++;
      if (!isParticle(toks[e]!)) words++;
    }
    let sum = 0;
    for (let k = i; k <= e; k++) sum += scores[k]!;
    const score = sum / (e - i + 1);
    if (score >= threshold) out.push({ from: i, to: e, score });
    i = e + 1;
  }
  return out;
}

let model: TaggerModel | null = null;
export function taggerModel(): TaggerModel {
  return (model ??= JSON.parse(readFileSync(new URL('../../data/name-tagger.json', import.meta.url), 'utf8')) as TaggerModel);
}

/**
 * Parse with another model (a fold's, for cross-validating the parser in one process: `npm run
 * cv:people`); null goes back to the shipped one.
 */
export function useTaggerModel(m: TaggerModel | null): void {
  model = m;
}

/**
 * In the parser a run of name tokens may hold words scored a little below zero: the perceptron,
 * trained on few foreign names, scores unseen ones (جيانلويجي دوناروما، أدريانو غالياني) around -5
 * where common words score -30 and lower. The span's mean must still reach the threshold. Chosen
 * with the threshold (0) by `npm run cv:people` (people F1 84.3 at cut 0 and threshold 1.5, 84.9 here).
 */
export const RUN_CUT = -6;

/** Name spans the tagger is confident about in an Arabic token list, and every token's score. */
export function tagNames(toks: readonly Token[], m: TaggerModel = taggerModel(), edit?: ScoreEdit): { spans: TaggedSpan[]; scores: number[]; threshold: number } {
  const scores = articleScores(toks, m.weights, edit);
  return { spans: spansFromScores(toks, scores, m.threshold, RUN_CUT), scores, threshold: m.threshold };
}
