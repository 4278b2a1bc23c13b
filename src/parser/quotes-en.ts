/**
 * Quotations in English text: “...,” X said / said X, a ROLE / X said: “...” / according to X,
 * and indirect "X said (that) ...". A pronoun subject (he said, she added) is the previous speaker.
 */
import type { Person, Quote } from '../briefing/types.ts';
import { joinNames } from '../briefing/speakers.ts';
import { quoteSpans, wordCount } from '../text/quotes.ts';
import { forEachSentenceTokens, tokenAtOrAfter, type SentenceSpan, type Token } from './tokens.ts';
import { EN_SPEECH } from './en-words.ts';
import { PersonIndex } from './person-index.ts';
import { MIN_QUOTE_WORDS, type Speaker } from './quotes-ar.ts';

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const isVerb = (t: Token | undefined) => !!t && EN_SPEECH.has(t.light);

export function findEnglishQuotes(text: string, toks: readonly Token[], sents: readonly SentenceSpan[], people: readonly Person[]): Quote[] {
  const index = new PersonIndex(people, toks);
  const out: Quote[] = [];
  let last: Speaker | null = null;

  /** A verb with no subject of its own ("… and said"): the first person named earlier in the sentence. */
  const implicit = (v: number): Speaker | null => {
    const sent = toks[v]!.sent;
    let first: Person | null = null;
    for (let k = v - 1; k >= 0 && k >= v - 60 && toks[k]!.sent === sent; k--) first = index.at(toks[k]!) ?? first;
    return first ? { speaker: { ar: first.name.ar, en: first.name.en }, speakerId: first.id, unnamed: false } : last;
  };
  /** He/she: the person named most recently before the pronoun (this or the previous sentence). */
  const pronoun = (k: number): Speaker | null => {
    const floor = toks[k]!.sent - 1;
    for (let j = k - 1; j >= 0 && j >= k - 80 && toks[j]!.sent >= floor; j--) {
      const p = index.at(toks[j]!);
      if (p) return { speaker: { ar: p.name.ar, en: p.name.en }, speakerId: p.id, unnamed: false };
    }
    return last;
  };
  const resolve = (from: number, to: number): Speaker | null => {
    while (from <= to && /^(and|but|then|also)$/.test(toks[from]!.light)) from++;
    if (to < from) return implicit(Math.max(0, from - 1));
    if (to === from && PRONOUNS.has(toks[from]!.light)) return pronoun(from);
    const together = jointIn(from, to);
    if (together) return together;
    const p = index.inRange(toks, from, to);
    if (p) return { speaker: { ar: p.name.ar, en: p.name.en }, speakerId: p.id, unnamed: false };
    const phrase = text.slice(toks[from]!.start, toks[to]!.end).replace(/^[\s,]+|[\s,]+$/g, '');
    if (!phrase || PRONOUNS.has(phrase.toLowerCase())) return last;
    return { speaker: { ar: '', en: phrase }, speakerId: null, unnamed: true };
  };
  /**
   * "Lavrov and Araqchi said": a subject that is nothing but persons joined by "and" (or commas
   * before the last "and") is all of them, each keeping the quote (`speakerIds`), as the Arabic
   * parser's قال X وY. Anything else in the subject (a title, "Lavrov's aide and Araqchi") keeps the
   * first person named, as before; so does a list whose start lies before a comma (its first names
   * were cut off by the subject's reach).
   */
  const jointIn = (from: number, to: number): Speaker | null => {
    if (from > 0 && /,/.test(toks[from - 1]!.gap) && index.at(toks[from - 1]!)) return null;
    const ps: Person[] = [];
    let joined = false;
    for (let k = from; k <= to; k++) {
      const p = index.at(toks[k]!);
      if (p) {
        if (ps.at(-1) !== p) {
          if (ps.length && !joined && !/,/.test(toks[k - 1]!.gap)) return null;
          ps.push(p);
        }
        joined = false;
      } else if (toks[k]!.light === 'and' && ps.length) joined = true;
      else return null;
    }
    if (ps.length < 2 || joined || new Set(ps).size < ps.length) return null;
    const en = joinNames(ps.map((p) => p.name.en), 'en');
    if (!en) return null;
    return { speaker: { ar: joinNames(ps.map((p) => p.name.ar), 'ar'), en }, speakerId: null, unnamed: false, speakerIds: ps.map((p) => p.id) };
  };
  const emit = (t: string, sp: Speaker, kind: Quote['kind'], sid: number) => {
    const clean = t.trim().replace(/[\s,]+$/, '');
    if (!clean) return;
    const q: Quote = { id: `q${out.length + 1}`, text: clean, textEn: clean, speaker: sp.speaker, speakerId: sp.speakerId, unnamed: sp.unnamed, kind, sentenceId: sid };
    if (!sp.speakerId && sp.speakerIds?.length) q.speakerIds = [...sp.speakerIds];
    out.push(q);
    last = sp;
  };
  /** Subject before a verb at v: back to punctuation or the start of the clause (at most 8 words). */
  const subjectBefore = (v: number, floor: number): Speaker | null => {
    let a = v - 1;
    while (a - 1 >= floor && v - a < 8 && !/[,:;“”"«»]/.test(toks[a - 1]!.gap)) a--;
    if (a > v - 1 || a < floor) return null;
    // "Tomas Varga, chief economist at Halden Capital, said" / "Maria Souza, 54, a teacher, said":
    // the name before one or two appositions.
    let end = a - 1;
    for (let hop = 0; hop < 2 && !index.inRange(toks, a, v - 1) && end >= floor && /,/.test(toks[end]!.gap); hop++) {
      let b = end;
      while (b - 1 >= floor && end - b < 5 && !/[,:;“”"«»]/.test(toks[b - 1]!.gap)) b--;
      const p = index.inRange(toks, b, end);
      if (p) return { speaker: { ar: p.name.ar, en: p.name.en }, speakerId: p.id, unnamed: false };
      end = b - 1;
    }
    return resolve(a, v - 1);
  };
  /** Subject after a verb at v (said X, a ROLE): up to punctuation. */
  const subjectAfter = (v: number, ceil: number): Speaker | null => {
    let e = v + 1;
    if (e > ceil) return null;
    while (e + 1 <= ceil && e - v < 8 && !/[,.:;]/.test(toks[e]!.gap)) e++;
    return resolve(v + 1, e);
  };

  forEachSentenceTokens(sents, toks, (s, sid, a, b) => {
    const spans = quoteSpans(s.text).filter((q) => wordCount(q.inner) >= MIN_QUOTE_WORDS);
    // "X said (that) ...": an indirect statement; quotation marks inside its clause are part of it.
    const ind = indirectAt(a, b, s, spans);
    const direct = ind ? spans.filter((q) => s.start + q.open < ind.clauseStart) : spans;
    for (const q of direct) {
      const openAt = s.start + q.open;
      const closeAt = s.start + q.close;
      let sp: Speaker | null = null;
      // After: ,” X said / ,” said X / according to X
      const k0i = tokenAtOrAfter(toks, closeAt + 1);
      const k = k0i <= b ? k0i : -1;
      if (k >= 0) {
        const k0 = toks[k]!;
        if (k0.light === 'according' && toks[k + 1]?.light === 'to') sp = subjectAfter(k + 1, b);
        else if (isVerb(k0)) sp = subjectAfter(k, b);
        else for (let v = k + 1; v <= Math.min(b, k + 7); v++) if (isVerb(toks[v])) { sp = resolve(k, v - 1); break; }
      }
      // Before: X said: “ / X told reporters, “
      if (!sp) {
        for (let v = a; v <= b && toks[v]!.start < openAt; v++) {
          if (isVerb(toks[v]) && openAt - toks[v]!.end < 60) { sp = subjectBefore(v, a) ?? subjectAfter(v, b); }
        }
      }
      if (sp) emit(q.inner, sp, 'direct', sid);
    }
    if (ind) {
      const clause = text.slice(ind.clauseStart, s.end).replace(/^[\s,]+|[.\s]+$/g, '');
      if (wordCount(clause) >= 3) emit(clause, ind.speaker, ind.denial ? 'denial' : 'indirect', sid);
    }
  });
  return out;

  /**
   * The first "SUBJECT said (that) CLAUSE" of a sentence whose clause is not itself a quotation
   * (a quotation after "said:" or "said," is direct speech).
   */
  function indirectAt(a: number, b: number, s: SentenceSpan, spans: ReturnType<typeof quoteSpans>): { clauseStart: number; speaker: Speaker; denial: boolean } | null {
    for (let v = a + 1; v < b; v++) {
      const t = toks[v]!;
      if (!isVerb(t) || t.light === 'according' || t.light === 'asked') continue;
      if (spans.some((q) => t.start > s.start + q.open && t.start < s.start + q.close)) continue;
      // ,” said X: the verb of a direct quotation, and the subject never reaches back into one.
      const closedBefore = spans.filter((q) => s.start + q.close < t.start);
      const lastClose = closedBefore.length ? s.start + closedBefore[closedBefore.length - 1]!.close : -1;
      // ,” Putin told Araqchi …: a few words after a closing quotation name its speaker.
      if (lastClose >= 0 && wordCount(text.slice(lastClose + 1, t.start)) <= 4 && !/[.;:]/.test(text.slice(lastClose + 1, t.start))) continue;
      let floor = a;
      while (floor < v && toks[floor]!.start < lastClose) floor++;
      let c = v;
      if (toks[v + 1]?.light === 'that') c = v + 1;
      else if (toks[v + 2]?.light === 'that' && /^(reporters|journalists|him|her|them|parliament|lawmakers)$/.test(toks[v + 1]!.light)) c = v + 2;
      const nx = toks[c + 1];
      if (!nx || /[,:;"“”]/.test(toks[c]!.gap)) continue;
      // Only "said"/"says"/"added" take a clause without "that" (told Araqchi at the start … does not).
      if (c === v && !/^(said|says|added|stated|warned|argued|insisted|claimed|noted)$/.test(t.light)) continue;
      // "told reporters: “…”": a quotation right after the verb is direct speech.
      if (c === v && spans.some((q) => s.start + q.open > t.end && toks[Math.min(b, v + 3)]!.end >= s.start + q.open)) continue;
      // "said on Thursday", "said in a statement": an adverbial, then the clause or a quotation.
      if (c === v && /^(on|in|at|during|after|before|late|earlier|yesterday|today|last|this)$/.test(nx.light)) continue;
      const speaker = subjectBefore(v, floor);
      if (!speaker) continue;
      // "denied that …" reports what the speaker says is not so; "did not deny that" is no denial.
      const denial = /^(denied|denies|deny|rejected)$/.test(t.light) && !/^(not|never|n't)$/.test(toks[v - 1]?.light ?? '');
      return { clauseStart: toks[c]!.end, speaker, denial };
    }
    return null;
  }
}
