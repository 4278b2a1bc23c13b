/**
 * Quotations in Arabic copy and who said them:
 *   وقال X: "..."  /  وقال X، ROLE: "..."      (speech verb before the quotation)
 *   "..."، بحسب X  /  وفق X  /  قال X          (attribution after it)
 *   قال X إن ...                                 (indirect: the clause after إن/أن)
 *   وأضاف: "..." / مضيفاً أن ... / وتابع        (the previous speaker)
 * Unnamed sources (مسؤول أمريكي، مصادر مطلعة، وزارة الدفاع في بيان) are kept as written.
 * Scare quotes of one to three words ("تهجير") are terms, not quotations.
 */
import type { Bi, Person, Quote } from '../briefing/types.ts';
import { quoteSpans, wordCount } from '../text/quotes.ts';
import { stripDiacritics } from '../text/normalize.ts';
import type { SentenceSpan, Token } from './tokens.ts';
import { ACCORDING_TO, SUBJECT_PREPOSITIONS } from './cues-ar.ts';
import { isComplementiser, isContinuation, isSpeechVerb, roleHead } from './arabic-words.ts';
import { PersonIndex } from './person-index.ts';
import { translateRole } from './names-adapter.ts';

export const MIN_QUOTE_WORDS = 4;
const MAX_SUBJECT_TOKENS = 25;

export interface Speaker {
  speaker: Bi;
  speakerId: string | null;
  unnamed: boolean;
}

function fromPerson(p: Person): Speaker {
  return { speaker: { ar: p.name.ar, en: p.name.en }, speakerId: p.id, unnamed: false };
}

function cleanSpeakerText(s: string): string {
  return stripDiacritics(s).replace(/^[\s،,:]+|[\s،,:"«»“”]+$/g, '').replace(/\s+/g, ' ');
}

export class ArabicQuoteReader {
  private readonly index: PersonIndex;
  private last: Speaker | null = null;
  private seq = 0;

  constructor(private readonly text: string, private readonly toks: readonly Token[], people: readonly Person[]) {
    this.index = new PersonIndex(people);
  }

  /**
   * Speaker named by tokens [from, to] (the subject after a speech verb, or after بحسب).
   * Null when the phrase names nobody and is not a source either.
   */
  private subject(from: number, to: number, allowContinue: boolean): Speaker | null {
    const toks = this.toks;
    if (to < from) return allowContinue ? this.last : null;
    const first = toks[from]!;
    if (SUBJECT_PREPOSITIONS.has(first.light) || isComplementiser(first)) return allowContinue ? this.last : null;
    const p = this.index.inRange(toks, from, to);
    if (p) return fromPerson(p);
    // Unnamed: the phrase as written, up to its first comma, at most ten words.
    let end = from;
    while (end < to && end - from < 9 && !/[،,:]/.test(toks[end]!.gap)) end++;
    const ar = cleanSpeakerText(this.text.slice(first.start, toks[end]!.end)).replace(/^[وف](?=[\u0621-\u064A]{3})/, (m) => (roleHead(first) || /^[وف]ال/.test(first.light) ? '' : m));
    if (!ar) return null;
    return { speaker: { ar, en: translateRole(ar) }, speakerId: null, unnamed: true };
  }

  private emit(out: Quote[], text: string, sp: Speaker, kind: Quote['kind'], sentenceId: number): void {
    const t = text.trim().replace(/^[\s،,:]+/, '').replace(/[\s،,]+$/, '');
    if (!t) return;
    out.push({ id: `q${++this.seq}`, text: t, textEn: '', speaker: sp.speaker, speakerId: sp.speakerId, unnamed: sp.unnamed, kind, sentenceId });
    this.last = sp;
  }

  read(sents: readonly SentenceSpan[]): Quote[] {
    const out: Quote[] = [];
    const toks = this.toks;
    let ti = 0;
    sents.forEach((s, sid) => {
      while (ti < toks.length && toks[ti]!.sent < sid) ti++;
      const a = ti;
      let b = a - 1;
      while (b + 1 < toks.length && toks[b + 1]!.sent === sid) b++;
      if (b < a) return;
      const spans = quoteSpans(s.text).filter((q) => wordCount(q.inner) >= MIN_QUOTE_WORDS);
      const usedVerbs = new Set<number>();
      let prevEnd = a;
      for (const q of spans) {
        const openAt = s.start + q.open;
        const closeAt = s.start + q.close;
        let sp: Speaker | null = null;
        // Before the quotation: the nearest speech verb since the previous quotation.
        let v = -1;
        for (let k = prevEnd; k <= b && toks[k]!.start < openAt; k++) if (isSpeechVerb(toks[k]!) || isContinuation(toks[k]!)) v = k;
        if (v >= 0 && (openAt - toks[v]!.end) < 400) {
          let subjEnd = v;
          while (subjEnd + 1 <= b && toks[subjEnd + 1]!.start < openAt && subjEnd - v < MAX_SUBJECT_TOKENS && !isComplementiser(toks[subjEnd + 1]!)) subjEnd++;
          sp = isContinuation(toks[v]!) && subjEnd === v ? this.last : this.subject(v + 1, subjEnd, true);
          usedVerbs.add(v);
        }
        if (!sp) sp = this.after(closeAt, b);
        if (!sp && q.open <= 2 && this.last && /[:：]\s*$/.test(this.text.slice(Math.max(0, s.start - 3), s.start))) sp = this.last;
        if (sp) this.emit(out, q.inner, sp, 'direct', sid);
        while (prevEnd <= b && toks[prevEnd]!.start < closeAt) prevEnd++;
      }
      this.indirect(out, a, b, sid, s, spans, usedVerbs);
    });
    return out;
  }

  /** Attribution after a quotation: "، بحسب X" / "وفق X" / "قال X" / "على حد قول X". */
  private after(closeAt: number, b: number): Speaker | null {
    const toks = this.toks;
    let k = toks.findIndex((t) => t.start >= closeAt);
    if (k < 0 || k > b) return null;
    const startK = k;
    // Skip "ما" (حسبما، وفق ما) and "تقدير"/"تعبير"/"قول" (على حد تعبير X)
    const cue = toks[k]!;
    const isCue = ACCORDING_TO.has(cue.light) || ACCORDING_TO.has(cue.light.replace(/^و/, '')) || isSpeechVerb(cue) || (cue.light === 'على' && toks[k + 1]?.light === 'حد');
    if (!isCue || k - startK > 1) return null;
    k++;
    while (k <= b && ['ما', 'حد', 'قول', 'تعبير', 'تقدير', 'تصريح', 'لما', 'قال', 'قالت', 'ذكر', 'ذكرت', 'اورد', 'اوردت', 'افاد', 'افادت'].includes(toks[k]!.light)) k++;
    if (k > b) return null;
    let e = k;
    while (e < b && e - k < 10 && !/[،,.:]/.test(toks[e]!.gap)) e++;
    return this.subject(k, e, false);
  }

  /** قال X إن ... : the clause after the complementiser, when no quotation carries the statement. */
  private indirect(out: Quote[], a: number, b: number, sid: number, s: SentenceSpan, spans: ReturnType<typeof quoteSpans>, used: Set<number>): void {
    const toks = this.toks;
    for (let v = a; v <= b; v++) {
      const t = toks[v]!;
      const cont = isContinuation(t);
      if (used.has(v) || !(isSpeechVerb(t) || cont)) continue;
      let c = v + 1;
      while (c <= b && c - v <= MAX_SUBJECT_TOKENS && !isComplementiser(toks[c]!) && !/[:"«“.]/.test(toks[c - 1]!.gap)) c++;
      if (c > b || !isComplementiser(toks[c]!)) continue;
      const clauseStart = toks[c]!.end;
      // A quotation inside the clause is reported as direct already.
      if (spans.some((q) => s.start + q.open >= clauseStart)) continue;
      const sp = cont && c === v + 1 ? this.last : this.subject(v + 1, c - 1, true);
      if (!sp) continue;
      // The clause runs to the next speech verb of another statement or the end of the sentence.
      let e = c + 1;
      while (e <= b && !(isSpeechVerb(toks[e]!) && /^[و]/.test(toks[e]!.light) && e > c + 3)) e++;
      const end = e <= b ? toks[e - 1]!.end : s.end;
      const clause = this.text.slice(clauseStart, end).replace(/[.\s]+$/, '');
      if (wordCount(clause) >= 3) this.emit(out, clause, sp, 'indirect', sid);
      v = e - 1;
    }
  }
}
