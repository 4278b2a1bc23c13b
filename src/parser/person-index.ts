/**
 * Which person a word refers to, for speakers and sources: every word of a person's name and
 * every alias, matched after clitic stripping (longest known reading first).
 */
import type { Person } from '../briefing/types.ts';
import { normaliseAr } from '../text/normalize.ts';
import type { Token } from './tokens.ts';
import { knownNormReading } from './word-info.ts';
import type { CliticReading } from '../text/clitics.ts';
import { isArStopword } from '../text/stopwords.ts';
import { isEverydayWord } from './everyday-words.ts';

const SKIP = new Set(['عبد', 'ابو', 'ابن', 'بن', 'al', 'el', 'bin', 'de', 'van', 'von', 'mr', 'mrs', 'ms', 'dr']);

/** Letters a family name needs before a one-letter misspelling of it is read as it (ال and three more). */
const MIN_MISSPELT = 6;

/** One word is the other with one letter added, neither at its first two letters nor its last two. */
function oneInnerLetterApart(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  if (i < 2 || i > long.length - 3) return false;
  return long.slice(i + 1) === short.slice(i);
}

export class PersonIndex {
  private byWord = new Map<string, Person>();
  /** Every person a word names, in the people's order: asked for every token of every mention. */
  private allByWord = new Map<string, Person[]>();
  /** Two words standing together in a person's name (حسب الله): a function word inside one is a mention. */
  private pairs = new Set<string>();
  /** The Arabic family names (last words of names of two words or more) long enough to be misspelt safely. */
  private surnames: string[] = [];
  /**
   * toks: the article's tokens by their index (t.i), to read a function word's neighbours; without
   * them a function word is never a mention.
   */
  constructor(readonly people: readonly Person[], private readonly toks: readonly Token[] = []) {
    // (each name and alias folded once for both passes, not four times: the index is built per
    // parse, and the English names and aliases are never inert, so each fold was an NFC and a
    // lower-casing)
    const forms = people.map((p) => ({ ar: normaliseAr(p.name.ar), en: normaliseAr(p.name.en), aliases: p.aliases.map(normaliseAr) }));
    people.forEach((p, i) => {
      const f = forms[i]!;
      const own = new Set([f.ar, f.en].flatMap((n) => n.split(/[\s-]+/)));
      for (const a of f.aliases) own.add(a);
      for (const n of [f.ar, ...f.aliases]) {
        const ws = n.split(/[\s-]+/);
        for (let k = 1; k < ws.length; k++) this.pairs.add(ws[k - 1] + ' ' + ws[k]);
      }
      for (const w of own) {
        const list = this.allByWord.get(w);
        if (list) list.push(p);
        else this.allByWord.set(w, [p]);
      }
    });
    // Last names first so that a shared given name never wins over a surname.
    people.forEach((p, i) => {
      const f = forms[i]!;
      const words = [f.ar, f.en].flatMap((n) => n.split(/[\s-]+/)).filter((w) => w.length > 1 && !SKIP.has(w));
      const last = [f.ar.split(' ').pop(), f.en.split(' ').pop()];
      for (const w of last) if (w && !this.byWord.has(w)) this.byWord.set(w, p);
      const family = f.ar.split(' ');
      if (family.length > 1 && family.at(-1)!.length >= MIN_MISSPELT) this.surnames.push(family.at(-1)!);
      for (const n of f.aliases) if (!this.byWord.has(n)) this.byWord.set(n, p);
      for (const w of words) if (!this.byWord.has(w)) this.byWord.set(w, p);
    });
  }

  /**
   * The reading of the token's normal form that names a person, kept per normal form (the index
   * never changes once built): the quotation reader asks at, prefixAt or allAt of most tokens many
   * times over, and each asking tried the form's clitic readings against the index anew.
   */
  private readings = new Map<string, CliticReading | null>();
  private readingOf(t: Token): CliticReading | null {
    // A function word is no mention, although the full fold makes it one with a name word: على
    // folds into علي (so «وشدد الرئيس على أن» named علي العريض), and أن، باسم (المتحدث باسم)،
    // حسب، كان are given or family names too. The light fold keeps على apart; the others read as
    // a function word far more often than as a name, unless they stand inside the name (صلاح حسب
    // الله). (Tested before the cache, which is keyed by the full fold: على and علي share one entry.)
    if (isArStopword(t.light) && !this.inNamePair(t)) return null;
    let r = this.readings.get(t.norm);
    if (r === undefined) this.readings.set(t.norm, (r = knownNormReading(t, this.byWord) ?? this.misspeltSurname(t)));
    return r;
  }

  /**
   * A family name written with one letter more or less than the article's other mentions of it
   * (اللبيرق and البيرق, الرجبوب and الرجوب: wire copy misspells names): the person, when exactly
   * one family name of the article is that one letter away. Only a letter added or dropped inside
   * the word, never at its two ends (a suffix is inflection: الحوثي، الحوثيين) and never one
   * letter for another (المصري and البصري are two families); long words only, no everyday word.
   */
  private misspeltSurname(t: Token): CliticReading | null {
    const w = t.norm;
    if (w.length < MIN_MISSPELT || !this.surnames.length || isEverydayWord(t.light)) return null;
    let found: string | null = null;
    for (const s of this.surnames) {
      if (s === found || !oneInnerLetterApart(w, s)) continue;
      if (found) return null;
      found = s;
    }
    return found ? { prefix: '', stem: found, article: false } : null;
  }

  /** Every person whose name holds the word the token names (a family shares a surname), in order. */
  allAt(t: Token): Person[] {
    const r = this.readingOf(t);
    if (!r) return [];
    return this.allByWord.get(r.stem) ?? [];
  }

  /** The token and a neighbour, with nothing but a space between them, are two words of one name. */
  private inNamePair(t: Token): boolean {
    const prev = this.toks[t.i - 1], next = this.toks[t.i + 1];
    return (!!prev && prev.sent === t.sent && prev.gap.trim() === '' && this.pairs.has(prev.norm + ' ' + t.norm))
      || (!!next && next.sent === t.sent && t.gap.trim() === '' && this.pairs.has(t.norm + ' ' + next.norm));
  }

  /**
   * The person a token names, if any. A word several people's names hold (فلاديمير of فلاديمير
   * بوتين and فلاديمير تيموشكوف) names the one whose name also holds the word next to it, read
   * first after it and then before it; standing alone it names the person the index prefers (a
   * surname before a shared given name).
   */
  at(t: Token): Person | null {
    const r = this.readingOf(t);
    if (!r) return null;
    const own = this.byWord.get(r.stem)!;
    const all = this.allByWord.get(r.stem);
    if (!all || all.length < 2) return own;
    const next = this.toks[t.i + 1], prev = this.toks[t.i - 1];
    for (const [nb, gap] of [[next, t.gap], [prev, prev?.gap]] as const) {
      if (!nb || nb.sent !== t.sent || gap?.trim() !== '') continue;
      const rn = this.readingOf(nb);
      if (!rn || rn.stem === r.stem) continue;
      const theirs = this.allByWord.get(rn.stem) ?? [];
      if (theirs.includes(own)) return own;
      const both = all.find((p) => theirs.includes(p));
      if (both) return both;
    }
    return own;
  }

  /** The clitics before the name in a token that names a person (ل in لبوتين), else ''. */
  prefixAt(t: Token): string {
    return this.readingOf(t)?.prefix ?? '';
  }

  /** First person named among tokens [from, to]. */
  inRange(toks: readonly Token[], from: number, to: number): Person | null {
    for (let k = Math.max(0, from); k <= to && k < toks.length; k++) {
      const p = this.at(toks[k]!);
      if (p) return p;
    }
    return null;
  }
}
