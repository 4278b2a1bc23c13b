/**
 * People in English text: runs of capitalised words, with a title before them ("Russian President
 * Vladimir Putin", "the country's foreign minister Abbas Araghchi"), a role after them
 * ("Nikolay Kozhanov, an expert on ..., said") or a speech verb next to them. Single words only
 * link to a person already found (Putin -> Vladimir Putin).
 */
import { isEnStopword } from '../text/stopwords.ts';
import { commaAfter, delimAfter, type Token } from './tokens.ts';
import { EN_MONTHS_DAYS, EN_ORG_WORDS, EN_PARTICLES, EN_PREPOSITIONS, EN_SPEECH, EN_TITLES } from './en-words.ts';
import type { NameCandidate } from './people.ts';

const CAP = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const DEMONYM = /^[A-Z][a-z]+(an|ian|ese|i|ish|ch|ic)$/;
const POSSESSIVE = /['’]s$/;

function isCap(t: Token): boolean {
  return CAP.test(t.text) && !ALL_CAPS.test(t.text);
}

function isRoleWord(t: Token): boolean {
  const w = t.light.replace(/['’]s$/, '');
  return EN_TITLES.has(w) || (DEMONYM.test(t.text) && !EN_TITLES.has(w) && w.length > 3 && /(an|ian|ese|ish|ch)$/.test(w)) || POSSESSIVE.test(t.text);
}

function nameWordOk(t: Token): boolean {
  return isCap(t) && !EN_ORG_WORDS.has(t.light) && !EN_MONTHS_DAYS.has(t.light) && !isEnStopword(t.light) && !EN_TITLES.has(t.light) && !POSSESSIVE.test(t.text);
}

function isSpeech(t: Token | undefined): boolean {
  return !!t && EN_SPEECH.has(t.light);
}

export function englishNameCandidates(text: string, toks: readonly Token[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (!isCap(t) && !(EN_TITLES.has(t.light) && toks[i + 1] && isCap(toks[i + 1]!))) { i++; continue; }
    // The run: capitalised words (and particles before a capital) with no punctuation between.
    let e = i;
    while (e + 1 < toks.length && toks[e + 1]!.sent === t.sent && !delimAfter(toks[e]!, toks) && (isCap(toks[e + 1]!) || EN_TITLES.has(toks[e + 1]!.light) || (EN_PARTICLES.has(toks[e + 1]!.light) && toks[e + 2] && isCap(toks[e + 2]!)))) e++;
    // Role words at the start of the run (and lower-case title words just before it).
    let n = i;
    while (n <= e && (isRoleWord(toks[n]!) || !nameWordOk(toks[n]!) && !EN_PARTICLES.has(toks[n]!.light))) n++;
    let roleFrom = i;
    while (roleFrom > 0 && toks[roleFrom - 1]!.sent === t.sent && !delimAfter(toks[roleFrom - 1]!, toks) && (isRoleWord(toks[roleFrom - 1]!) || toks[roleFrom - 1]!.light === 'the') && i - roleFrom < 6) roleFrom--;
    const nameToks = toks.slice(n, e + 1);
    // "at Halden Capital", "in Basra": after a preposition a capitalised run is a place or a firm.
    const prev = toks[i - 1];
    if (n === i && prev && prev.sent === t.sent && EN_PREPOSITIONS.has(prev.light) && !/[,;:]/.test(prev.gap)) { i = e + 1; continue; }
    const core = nameToks.filter((w) => !EN_PARTICLES.has(w.light)).length;
    if (nameToks.length === 0 || core > 4 || nameToks.some((w) => !nameWordOk(w) && !EN_PARTICLES.has(w.light))) { i = e + 1; continue; }
    let role = n > roleFrom ? text.slice(toks[roleFrom]!.start, toks[n - 1]!.end).replace(/^the\s+/i, '') : '';
    if (role && !toks.slice(roleFrom, n).some((w) => EN_TITLES.has(w.light.replace(/['’]s$/, '')))) role = '';
    // Apposition: "X, an expert on ..., said" / "X, a spokesman for Y"
    const last = nameToks[nameToks.length - 1]!;
    if (!role && commaAfter(last)) {
      let a = toks[last.i + 1];
      // "Maria Souza, 54, a retired teacher": skip the age.
      if (a && /^\d{1,3}$/.test(a.text) && commaAfter(a)) a = toks[a.i + 1];
      if (a && a.sent === last.sent && (['a', 'an', 'the'].includes(a.light) || EN_TITLES.has(a.light) || /^(former|senior|chief|top)$/.test(a.light))) {
        let r = a.i;
        while (r + 1 < toks.length && toks[r + 1]!.sent === a.sent && !delimAfter(toks[r]!, toks) && r - a.i < 12 && !isSpeech(toks[r + 1])) r++;
        const phrase = text.slice(a.start, toks[r]!.end);
        // A title word, or any "a/an …" description followed by a verb of saying ("…, a retired teacher, said").
        if (toks.slice(a.i, r + 1).some((w) => EN_TITLES.has(w.light)) || (['a', 'an'].includes(a.light) && isSpeech(toks[r + 1]))) role = phrase;
      }
    }
    const speech = isSpeech(toks[last.i + 1]) || isSpeech(toks[n - 1]) || (n === i && isSpeech(toks[i - 1]));
    const sentenceInitial = i === 0 || toks[i - 1]!.sent !== t.sent;
    const single = nameToks.length === 1;
    out.push({
      name: text.slice(nameToks[0]!.start, last.end),
      words: nameToks.map((w) => w.light),
      given: nameToks.map((_, k) => k < nameToks.length - 1),
      role,
      roleResolved: '',
      start: nameToks[0]!.start,
      weak: !role && !speech,
      // One capitalised word is a person only if it names one found in full (or has a title).
      bare: single && !role,
      linkOnly: single && !role,
    });
    if (single && !role && sentenceInitial) out.pop();
    i = e + 1;
  }
  return out;
}
