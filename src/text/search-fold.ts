/**
 * The searchable form of a briefing, shared by /search (which checks matches exactly) and the
 * storage engines' indexes (which only narrow the candidates): both must fold text the same way.
 */
// Yields to other work queued on the event loop (timers, sockets) before going on.
import { setImmediate as turn } from 'node:timers/promises';
import type { Briefing } from '../briefing/types.ts';
import { wordKey } from '../names/phonetic.ts';
import { foldArabic, foldLatin } from './normalize.ts';

/** Search form of any text: the shared Arabic and Latin folds, anything but letters and digits a space. */
export function foldSearch(s: string): string {
  return foldArabic(foldLatin(s))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface SearchText {
  /** Folded, space-padded: " word word ". */
  title: string;
  body: string;
  /** People's names and aliases, folded. */
  names: string;
  /** Sound skeletons of every name word (nameSkeleton), space-padded. */
  skeletons: string;
}

/**
 * A coarse sound skeleton of one name word, the same for its Arabic and Latin spellings in most
 * cases ("Haddad", "الحداد"; "Araghchi", "عراقجي"): consonant classes of its phonetic key, vowels
 * and doubled letters dropped. Only narrows the candidates: /search then matches names properly.
 */
export function nameSkeleton(word: string): string {
  return wordKey(word)
    .replace(/[a-zYW]/g, '')
    .replace(/[GJXQC]/g, 'K')
    .replace(/[ZΘ]/g, 'S')
    .replace(/D/g, 'T')
    .replace(/[FPV]/g, 'B')
    .replace(/(.)\1+/g, '$1');
}

function skeletonsOf(names: string[]): string[] {
  const out = new Set<string>();
  for (const n of names) for (const w of n.split(/[\s\-]+/)) if (w) out.add(nameSkeleton(w));
  out.delete('');
  return [...out];
}

/** Skeletons of a query's words (for the name lookup). */
export function querySkeletons(words: readonly string[]): string[] {
  return skeletonsOf([...words]);
}

export function searchText(b: Briefing): SearchText {
  const names = b.people.flatMap((p) => [p.name.ar, p.name.en, ...p.aliases]);
  const parts = [
    b.summary.ar.join(' '),
    b.summary.en.join(' '),
    ...names,
    ...b.people.flatMap((p) => [p.role.ar, p.role.en]),
    ...b.sources.flatMap((s) => [s.name.ar, s.name.en]),
    ...b.quotes.map((q) => q.textEn),
    b.meta.outlet ?? '',
    b.meta.author ?? '',
    ...b.sentences.map((s) => s.text),
  ];
  return {
    title: ` ${foldSearch(`${b.title.ar} ${b.title.en}`)} `,
    body: ` ${foldSearch(parts.join(' '))} `,
    names: ` ${foldSearch(names.join(' '))} `,
    skeletons: ` ${skeletonsOf(names).join(' ')} `,
  };
}

/** Arabic proclitics a search word may follow (و ف ب ل ك ال, وال, بال, لل...): every way a word may start with one. */
const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'فال', 'بال', 'لال', 'كال', 'لل'];
const ARABIC = /[\u0600-\u06FF]/;

/** Index terms of a folded text: each word, and an Arabic word also without each proclitic it may carry. */
export function indexTerms(folded: string): Set<string> {
  const out = new Set<string>();
  for (const w of folded.split(' ')) {
    if (!w) continue;
    out.add(w);
    if (ARABIC.test(w)) for (const p of PROCLITICS) if (w.length > p.length && w.startsWith(p)) out.add(w.slice(p.length));
  }
  return out;
}

/** What an index keeps of a briefing: words of title and body, of the title, and of people's names (with "~skeleton"s). */
export function briefingTerms(b: Briefing): { all: Set<string>; title: Set<string>; names: Set<string> } {
  const t = searchText(b);
  const names = indexTerms(t.names.trim());
  for (const k of t.skeletons.trim().split(' ')) if (k) names.add(`~${k}`);
  return { all: indexTerms(`${t.title} ${t.body}`.trim()), title: indexTerms(t.title.trim()), names };
}

/**
 * The part of a query word every match contains, to look up in an index by prefix: a word typed
 * with the article ("المدينة") also finds the bare word ("مدينة").
 */
export function queryCore(w: string): string {
  const bare = /^(?:[وفبك]?ال|لل)(.{3,})$/.exec(w)?.[1];
  return bare ?? w;
}

export type BriefingTerms = ReturnType<typeof briefingTerms>;

/** Sentence text folded and indexed between two turns of the event loop (≈ 10–20 ms of work). */
const TERMS_SLICE_CHARS = 20_000;

/**
 * briefingTerms without holding the event loop: a briefing parsed from a 5 MB file has 2 million
 * characters of sentences, whose folding and indexing take about half a second at once — long
 * enough to delay every chat answer and Slack acknowledgement. The sentences (the only part that
 * grows with the text) are folded and indexed in slices cut between sentences, yielding between
 * slices; the terms are the same, since every term comes from one word.
 */
export async function briefingTermsInSlices(b: Briefing): Promise<BriefingTerms> {
  const terms = briefingTerms({ ...b, sentences: [] });
  let slice: string[] = [];
  let size = 0;
  const flush = () => {
    for (const t of indexTerms(foldSearch(slice.join(' ')))) terms.all.add(t);
    slice = [];
    size = 0;
  };
  for (const s of b.sentences) {
    slice.push(s.text);
    size += s.text.length;
    if (size >= TERMS_SLICE_CHARS) {
      flush();
      await turn();
    }
  }
  if (slice.length) flush();
  return terms;
}
