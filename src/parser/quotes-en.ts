/**
 * Quotations in English text: “...,” X said / said X, a ROLE / X said: “...” / according to X,
 * and indirect "X said (that) ...". A pronoun subject (he said, she added) is the previous speaker.
 */
import type { Person, Quote } from '../briefing/types.ts';
import { quoteSpans, wordCount } from '../text/quotes.ts';
import type { SentenceSpan, Token } from './tokens.ts';
import { EN_SPEECH } from './en-words.ts';
import { PersonIndex } from './person-index.ts';
import { MIN_QUOTE_WORDS, type Speaker } from './quotes-ar.ts';

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const isVerb = (t: Token | undefined) => !!t && EN_SPEECH.has(t.light);

export function findEnglishQuotes(text: string, toks: readonly Token[], sents: readonly SentenceSpan[], people: readonly Person[]): Quote[] {
  const index = new PersonIndex(people);
  const out: Quote[] = [];
  let last: Speaker | null = null;

  const resolve = (from: number, to: number): Speaker | null => {
    if (to < from) return null;
    if (to === from && PRONOUNS.has(toks[from]!.light)) return last;
    const p = index.inRange(toks, from, to);
    if (p) return { speaker: { ar: p.name.ar, en: p.name.en }, speakerId: p.id, unnamed: false };
    const phrase = text.slice(toks[from]!.start, toks[to]!.end).replace(/^[\s,]+|[\s,]+$/g, '');
    if (!phrase || PRONOUNS.has(phrase.toLowerCase())) return last;
    return { speaker: { ar: '', en: phrase }, speakerId: null, unnamed: true };
  };
  const emit = (t: string, sp: Speaker, kind: Quote['kind'], sid: number) => {
    const clean = t.trim().replace(/[\s,]+$/, '');
    if (!clean) return;
    out.push({ id: `q${out.length + 1}`, text: clean, textEn: clean, speaker: sp.speaker, speakerId: sp.speakerId, unnamed: sp.unnamed, kind, sentenceId: sid });
    last = sp;
  };
  /** Subject before a verb at v: back to punctuation or the start of the clause (at most 8 words). */
  const subjectBefore = (v: number, floor: number): Speaker | null => {
    let a = v - 1;
    while (a - 1 >= floor && v - a < 8 && !/[,:;“”"«»]/.test(toks[a - 1]!.gap)) a--;
    return a <= v - 1 && a >= floor ? resolve(a, v - 1) : null;
  };
  /** Subject after a verb at v (said X, a ROLE): up to punctuation. */
  const subjectAfter = (v: number, ceil: number): Speaker | null => {
    let e = v + 1;
    if (e > ceil) return null;
    while (e + 1 <= ceil && e - v < 8 && !/[,.:;]/.test(toks[e]!.gap)) e++;
    return resolve(v + 1, e);
  };

  let ti = 0;
  sents.forEach((s, sid) => {
    while (ti < toks.length && toks[ti]!.sent < sid) ti++;
    const a = ti;
    let b = a - 1;
    while (b + 1 < toks.length && toks[b + 1]!.sent === sid) b++;
    if (b < a) return;
    const spans = quoteSpans(s.text).filter((q) => wordCount(q.inner) >= MIN_QUOTE_WORDS);
    for (const q of spans) {
      const openAt = s.start + q.open;
      const closeAt = s.start + q.close;
      let sp: Speaker | null = null;
      // After: ,” X said / ,” said X / according to X
      const k = toks.findIndex((t, idx) => idx >= a && idx <= b && t.start > closeAt);
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
    if (spans.length) return;
    // Indirect: X said (that) ...
    for (let v = a + 1; v <= b; v++) {
      if (!isVerb(toks[v]) || toks[v]!.light === 'according') continue;
      const that = toks[v + 1]?.light === 'that' ? v + 1 : toks[v + 2]?.light === 'that' && v + 2 <= b ? v + 2 : -1;
      if (that < 0) continue;
      const sp = subjectBefore(v, a);
      if (!sp) continue;
      const clause = text.slice(toks[that]!.end, s.end).replace(/^[\s,]+|[.\s]+$/g, '');
      if (wordCount(clause) >= 3) emit(clause, sp, 'indirect', sid);
      break;
    }
  });
  return out;
}
