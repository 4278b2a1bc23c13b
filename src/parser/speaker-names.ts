/**
 * People the quotation reader vouches for: a speaker it read as a name where the people list had
 * no one (ونقلت وكالة رويترز عن جبريل الرجبوب رئيس الاتحاد …: a held-out tagger scores the
 * unseen family name far below zero, so no name rule took it, while the reader's frame, a relay
 * verb and «عن», reads the words after it as the source). A frame that makes the words someone's
 * speech is evidence of a person as strong as a title; the name part of the speaker phrase is
 * handed back to the name rules (people-ar.ts arabicNameCandidates), which read its role.
 */
import type { Quote } from '../briefing/types.ts';
import { normIndexOf, type Token } from './tokens.ts';
import { hasArticle, isGiven, isOutletHead, isPlaceOrOrg, isStop, isTimeWord, isUnnamedHead, nameLike, roleHead } from './arabic-words.ts';
import { isEverydayWord } from './everyday-words.ts';
import { isKnownNameToken } from './name-evidence.ts';
import { isDemonym } from './names-adapter.ts';
import { normaliseAr, stripDiacritics } from '../text/normalize.ts';

/** A name is at most this many words: a longer tail is a phrase the reader took whole. */
const MAX_NAME_WORDS = 4;

/**
 * A word inside the name: a name word of its own shape, no title, body, place or everyday word.
 * (A given name that is also a place, خليل, stays a name word. `loose`: nameLike's loose reading,
 * for a phrase the reader already took whole for a name: فرهوفشتات ends like a plural.)
 */
function innerWord(t: Token, loose = false): boolean {
  return nameLike(t, loose) && !roleHead(t) && !isUnnamedHead(t) && (!isPlaceOrOrg(t) || isGiven(t)) && !isEverydayWord(t.light) && !isTimeWord(t) && !isDemonym(t.text);
}

/** The closing word may also be a family name with the article (الرجبوب، العقيلي), not a nationality. */
function lastWord(t: Token): boolean {
  if (innerWord(t)) return true;
  return hasArticle(t) && t.light.length >= 5 && !isStop(t) && !isDemonym(t.text) && !isEverydayWord(t.light) && !isEverydayWord(t.light.slice(2))
    && !roleHead(t) && !isUnnamedHead(t) && !isPlaceOrOrg(t) && !isTimeWord(t);
}

/**
 * The token span [from, to] of each person the quotations' speakers name that the people list
 * lacks: the speaker phrase's closing words, two to four, that read as a name opening on a given
 * name or a token the names data knows (محاميهما | مايكل والدز), or the whole phrase when the
 * reader took it for a name. Found in the quotation's sentence or the nearest one before it that
 * writes them.
 */
export function speakerNameSpans(toks: readonly Token[], quotes: readonly Quote[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const seen = new Set<string>();
  let bySent: Map<number, number[]> | undefined;
  for (const q of quotes) {
    if (q.speakerId || q.unattributed || q.speakerIds?.length) continue;
    const words = stripDiacritics(q.speaker.ar).split(/\s+/).filter(Boolean).map((w) => normaliseAr(w));
    if (!words.length || seen.has(words.join(' '))) continue;
    seen.add(words.join(' '));
    // A one-word name is a surname the article writes in full elsewhere (وقال شمة … نصير شمة).
    if (words.length === 1) {
      if (q.unnamed) continue;
      const full = fullMention(toks, words[0]!);
      if (full) out.push(full);
      continue;
    }
    if (!bySent) {
      bySent = new Map();
      for (const t of toks) { const l = bySent.get(t.sent); if (l) l.push(t.i); else bySent.set(t.sent, [t.i]); }
    }
    const span = locate(toks, bySent, q.sentenceId, words);
    if (!span) continue;
    const named = nameTail(toks, span[0], span[1], !q.unnamed);
    if (named) out.push(named);
  }
  return out;
}

/**
 * The article's mention of the surname `word` after its given name (نصير | شمة), as nameTail
 * reads a phrase's closing words: the first such mention, or null when the article never writes
 * the word after a given name or a token the names data knows.
 */
function fullMention(toks: readonly Token[], word: string): [number, number] | null {
  // (the word's mentions from the article's index of forms, first to last: no scan of every token
  // for each speaker)
  const index = normIndexOf(toks);
  const id = index.id.get(word);
  for (let k = id === undefined ? -1 : index.first[id]!; k >= 0; k = index.next[k]!) {
    if (k < 1) continue;
    const t = toks[k]!, p = toks[k - 1]!;
    if (p.sent !== t.sent || /[،,:؛;()"«»]/.test(p.gap) || !lastWord(t) || !innerWord(p)) continue;
    // (the longest run of name words before it that opens on a given name or a known token; a word
    // in و or ف the lists do not know ends the run: وفازت | نيتا بارزيلاي)
    let a = -1;
    for (let j = k - 1; j >= 0 && k - j < MAX_NAME_WORDS && toks[j]!.sent === t.sent && innerWord(toks[j]!) && !/[،,:؛;()"«»]/.test(toks[j]!.gap); j--) {
      const known = isGiven(toks[j]!) || isKnownNameToken(toks[j]!.light);
      if (/^[وف]/.test(toks[j]!.light) && !known) break;
      if (known) a = j;
    }
    if (a < 0) continue;
    if (bodyNamed(toks, a, k)) return null;
    return [a, k];
  }
  return null;
}

/** Where the phrase's words stand, in the quotation's sentence or up to two before it. */
function locate(toks: readonly Token[], bySent: Map<number, number[]>, sent: number, words: string[]): [number, number] | null {
  for (let s = sent; s >= 0 && s >= sent - 2; s--) {
    const ids = bySent.get(s) ?? [];
    for (let n = ids.length - words.length; n >= 0; n--) {
      const a = ids[n]!;
      let ok = true;
      for (let m = 0; m < words.length && ok; m++) {
        const t = toks[a + m]!;
        ok = t.sent === s && (t.norm === words[m] || (m === 0 && t.norm.endsWith(words[m]!)));
      }
      if (ok) return [a, a + words.length - 1];
    }
  }
  return null;
}

/** Some mention of the words [a, to] follows a body's or an outlet's head (نادي، موقع، مجلة). */
function bodyNamed(toks: readonly Token[], a: number, to: number): boolean {
  const n = to - a;
  const index = normIndexOf(toks);
  for (let k = index.first[index.id.get(toks[a]!.norm)!]!; k >= 0; k = index.next[k]!) {
    if (k < 1 || k + n >= toks.length) continue;
    let same = true;
    for (let m = 1; m <= n && same; m++) same = toks[k + m]!.norm === toks[a + m]!.norm;
    const p = toks[k - 1]!;
    if (same && p.sent === toks[k]!.sent && (isUnnamedHead(p) || isOutletHead(p))) return true;
  }
  return false;
}

/** The last word of a title before a name: definite, or owned by a pronoun, and no body's head. */
function titleEnd(t: Token): boolean {
  return !isUnnamedHead(t) && !isPlaceOrOrg(t) && (hasArticle(t) || OWNED.test(t.light));
}
const OWNED = /(?:ه|ها|هما|هم)$/;

/** The closing words of the phrase [from, to] that read as a person's name, or null. */
function nameTail(toks: readonly Token[], from: number, to: number, named: boolean): [number, number] | null {
  if (!lastWord(toks[to]!) && !(named && innerWord(toks[to]!, true))) return null;
  let a = to;
  while (a > from && to - a + 1 < MAX_NAME_WORDS && innerWord(toks[a - 1]!, named) && !/[،,:؛;()"«»]/.test(toks[a - 1]!.gap)) a--;
  if (a === to) return null;
  // The name opens on a given name or a word the names data holds (مهدي، جبريل), or the reader took
  // the whole phrase for a name (غوتفرايد فالدهوسل: no list knows either word).
  const first = toks[a]!;
  if (!isGiven(first) && !isKnownNameToken(first.light) && !(named && a === from)) return null;
  // Words before it in the phrase are a title's (مفوضة التجارة | سيسليا مالستروم، المتحدث باسمه |
  // بولنت تزجان): they end on a definite word or a noun a pronoun owns, never on a body's or an
  // outlet's head (منظمة | ريتش إنيشيتيف، مجلة | دير شبيل، مسؤول | عسكري سوري).
  if (a > from && !titleEnd(toks[a - 1]!)) return null;
  // … nor is the name a body's anywhere in the article (مدرب نادي | كلوب بروج، وبحسب موقع | "كود دوت أورغ").
  if (bodyNamed(toks, a, to)) return null;
  return [a, to];
}
