/**
 * The figures `npm run eval` prints for one article and for a set: people P/R/F1, role and
 * English-name accuracy (and a strict role figure that sees leaks), quote recall, speaker accuracy (Arabic name first, English too), quote
 * kind accuracy, quotes shown with the opposite meaning, precedent recall/precision and dates,
 * with the misses, inventions and wrong speakers listed.
 */
import type { Briefing, Person, Quote } from '../briefing/types.ts';
import { keySimilarity, wordKey } from '../names/phonetic.ts';
import { lexicon } from '../names/lexicon.ts';
import { add, fold, personFor, ROLE_EXTRA_ALLOWED, roleExtra, roleOverlap, sameName, sameSpeakerCount, strictRoleRight, words, zero, type Counts, type Gold, type GoldPerson, type GoldQuote } from './gold-score.ts';

/** ok of n: a share where the denominator is the gold items of that kind. */
export interface Tally { ok: number; n: number }
const tally = (): Tally => ({ ok: 0, n: 0 });
const addT = (a: Tally, b: Tally): Tally => ({ ok: a.ok + b.ok, n: a.n + b.n });
export const share = (t: Tally): number => (t.n ? t.ok / t.n : 1);

export interface Figures {
  people: Counts;
  /** Matched gold people whose role is right (both empty counts as right: no role leaked in). */
  roles: Tally;
  /**
   * … and right by the strict test too (strictRoleRight): at most two words beyond the gold role's,
   * none of another person's name, so a role with a neighbour's words run into it is wrong.
   */
  rolesStrict: Tally;
  /** Matched people whose English name sounds like the gold's (same phonetic skeleton, see soundsLike). */
  namesEn: Tally;
  /** … and is spelled as the gold or one of its Latin aliases. */
  namesEnExact: Tally;
  /**
   * Matched people of an Arabic article whose Arabic role is right and whose gold has an English
   * role: their English role says the gold's (at least half of the words of one of its comma
   * descriptions, CEO read as chief executive). What an English reader of /people sees.
   */
  rolesEn: Tally;
  /** Gold quotes found at all. */
  quotes: Tally;
  /** Gold quotes found with the right speaker (Arabic name, else English). */
  speakers: Tally;
  speakersEn: Tally;
  /**
   * … and right by the strict test too (rightSpeakerEnStrict): a described source's English holds at
   * most ROLE_EXTRA_ALLOWED words beyond the gold's, none of another person's name, so a run-on
   * ("a police spokesman for The Guardian on Tuesday") or a neighbour's name is wrong.
   */
  speakersEnStrict: Tally;
  /** Found quotes whose gold has a kind: the parser's kind is the same. */
  kinds: Tally;
  /** Gold denials shown as something else (a claim). */
  opposite: number;
  /** tp: gold anchors found (recall over gold); predicted: precedents matching some anchor (precision). */
  precedents: Counts;
  precedentHits: number;
  /** Found gold precedents with a year: the parser dates them with that year. */
  precedentYears: Tally;
}

export interface ArticleReport extends Figures {
  id: string;
  misses: string[];
  inventions: string[];
  wrongSpeakers: string[];
  /** Roles right by the eval's test but not the strict one: the extra words listed (role leaks). */
  roleLeaks: string[];
  /** English speakers right by the lenient test but not the strict one: the extra words listed. */
  speakerEnLeaks: string[];
}

export function emptyFigures(): Figures {
  return { people: zero(), roles: tally(), rolesStrict: tally(), rolesEn: tally(), namesEn: tally(), namesEnExact: tally(), quotes: tally(), speakers: tally(), speakersEn: tally(), speakersEnStrict: tally(), kinds: tally(), opposite: 0, precedents: zero(), precedentHits: 0, precedentYears: tally() };
}

export function addFigures(a: Figures, b: Figures): Figures {
  return {
    people: add(a.people, b.people), roles: addT(a.roles, b.roles), rolesStrict: addT(a.rolesStrict, b.rolesStrict), rolesEn: addT(a.rolesEn, b.rolesEn), namesEn: addT(a.namesEn, b.namesEn), namesEnExact: addT(a.namesEnExact, b.namesEnExact), quotes: addT(a.quotes, b.quotes),
    speakers: addT(a.speakers, b.speakers), speakersEn: addT(a.speakersEn, b.speakersEn), speakersEnStrict: addT(a.speakersEnStrict, b.speakersEnStrict), kinds: addT(a.kinds, b.kinds), opposite: a.opposite + b.opposite,
    precedents: add(a.precedents, b.precedents), precedentHits: a.precedentHits + b.precedentHits, precedentYears: addT(a.precedentYears, b.precedentYears),
  };
}

const latinWords = (s: string) => fold(s.toLowerCase()).split(' ').filter((w) => w && !['al', 'el', 'the', 'a', 'an', 'of', 's'].includes(w));
const sameWords = (a: string, b: string) => { const x = latinWords(a); const y = latinWords(b); return x.length > 0 && x.join(' ') === y.join(' '); };

/**
 * A romanised name a reader would recognise: the whole name's phonetic skeleton and its last word's
 * are close to the gold's (Qadour ~ Kaddour, Grineblat ~ Greenblatt; not Taamal ~ Amalya).
 */
function soundsLike(pred: string, gold: string): boolean {
  const p = latinWords(pred);
  const g = latinWords(gold);
  if (!p.length || !g.length) return false;
  const whole = keySimilarity(wordKey(p.join('')), wordKey(g.join('')), false, false);
  const last = keySimilarity(wordKey(p[p.length - 1]!), wordKey(g[g.length - 1]!), false, false);
  return whole >= 0.85 && last >= 0.8;
}

/** One phrase's words all in the other's (the unnamed source «مصدر رسمي لبناني» in «مصدر رسمي لبناني مطلع»). */
function nested(a: string, b: string): boolean {
  const x = words(a);
  const y = new Set(words(b));
  const z = words(b);
  const xs = new Set(x);
  return x.length > 0 && z.length > 0 && (x.every((w) => y.has(w)) || z.every((w) => xs.has(w)));
}

/** Share of the gold's English content words in the predicted English phrase. */
function enOverlap(pred: string, gold: string): number {
  const g = latinWords(gold);
  const p = new Set(latinWords(pred));
  return g.length ? g.filter((w) => p.has(w)).length / g.length : 0;
}

/**
 * An English role says the gold's: at least half the words of one of the gold's descriptions (split
 * at commas and semicolons, notes in brackets dropped), with a body's acronym and its long name one
 * form (sourceForm) and CEO read as chief executive.
 */
export function rightRoleEn(pred: string, gold: string): boolean {
  if (!pred) return false;
  const form = (s: string) => sourceForm(s).replace(/\bCEO\b/g, 'chief executive').replace(/\bU\.?S\.?(?=\s|$)/g, 'US');
  const p = form(pred);
  return withoutNotes(gold).split(/[,;]/).map((d) => d.trim()).filter(Boolean).some((d) => enOverlap(p, form(d)) >= 0.5);
}

/**
 * The gold person a named quote belongs to. Annotators sometimes add a note to the English speaker
 * ("Michael Wildes (their lawyer)", "Abiy Ahmed (via WAM)"): the note is not part of the name, so
 * it is dropped, and the Arabic name, when given, finds the person too.
 */
function goldSpeaker(g: GoldQuote, gold: Gold): { en: string; person?: Gold['people'][number] } {
  const en = g.speaker_en.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const person = gold.people.find((p) => p.en === en) ?? (g.speaker_ar ? gold.people.find((p) => p.ar === g.speaker_ar) : undefined);
  return { en, person };
}

const acronyms = (en: string) => [...en.matchAll(/\(([A-Z]{2,6})\)/g)].map((m) => m[1]!);
const withoutNotes = (en: string) => en.replace(/\s*\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim() || en;

/** Same speaker as the gold (Arabic name first); also the speaker ranker's training label. */
export function rightSpeakerAr(q: Quote, g: GoldQuote, gold: Gold): boolean {
  if (g.unnamed) {
    const want = g.speaker_ar ?? '';
    return want ? q.speakerId === null && nested(q.speaker.ar, want) : enOverlap(q.speaker.en, g.speaker_en) >= 0.5;
  }
  if (!sameSpeakerCount(q, g, gold)) return false;
  const { en, person } = goldSpeaker(g, gold);
  const want = g.speaker_ar ?? person?.ar;
  if (want) return !!q.speaker.ar && sameName(q.speaker.ar, want);
  return !!q.speaker.en && sameName(q.speaker.en, en);
}

let shortForms: Array<[RegExp, string]> | null = null;
/**
 * A described source's English in one form for comparison: a body the lexicon knows by an acronym
 * is written by it whichever name is used (the International Monetary Fund and the IMF, NATO and the
 * North Atlantic Treaty Organization), and spokesman, spokeswoman and spokesperson are one word.
 */
function sourceForm(en: string): string {
  shortForms ??= lexicon().orgs.flatMap((o) => {
    const names = [o.en, ...o.aliases];
    const acronym = names.find((n) => /^[A-Z][A-Z.+]{1,5}$/.test(n));
    if (!acronym) return [];
    return names.filter((n) => n !== acronym && n.length > acronym.length && /^[A-Za-z .'-]+$/.test(n))
      .map((n): [RegExp, string] => [new RegExp(`\\b${n.replace(/[.]/g, '\\.')}\\b`, 'gi'), acronym]);
  }).sort((a, b) => b[0].source.length - a[0].source.length);
  let out = en;
  for (const [re, acronym] of shortForms) out = out.replace(re, acronym);
  return out.replace(/\bspokes(?:man|woman|person)\b/gi, 'spokesperson');
}

export function rightSpeakerEn(q: Quote, g: GoldQuote, gold: Gold): boolean {
  if (!q.speaker.en) return false;
  // An annotator's note in brackets ("a source (via Reuters)", "Google (statement on its blog)")
  // is not part of the described source, as goldSpeaker drops it from a name.
  // An acronym in the brackets is the body's short name, not a note: "SANA" is "the Syrian news agency (SANA)".
  if (g.unnamed) {
    const pred = sourceForm(q.speaker.en);
    return [withoutNotes(g.speaker_en), ...acronyms(g.speaker_en)].some((en) => enOverlap(pred, sourceForm(en)) >= 0.5);
  }
  if (!sameSpeakerCount(q, g, gold)) return false;
  const { en, person } = goldSpeaker(g, gold);
  return [en, ...(person ? [person.en, ...(person.aliases_latin ?? [])] : [])].some((n) => sameName(q.speaker.en, n) || soundsLike(q.speaker.en, n));
}

/**
 * What a described source's English holds beyond the gold's words (under any of the gold's forms:
 * without its notes, its acronym; bodies by their acronym as sourceForm writes them): the words of
 * the first form that leaves the fewest. `names`: those that are a word of another person's name
 * in the article (`others`), the leak of a neighbour into the speaker.
 */
export function speakerEnExtra(pred: string, g: GoldQuote, others: readonly string[] = []): { extra: string[]; names: string[] } {
  const p = latinWords(sourceForm(pred));
  let extra = p;
  for (const en of [withoutNotes(g.speaker_en), ...acronyms(g.speaker_en)]) {
    const gw = new Set(latinWords(sourceForm(en)));
    const x = p.filter((w) => !gw.has(w));
    if (x.length < extra.length) extra = x;
  }
  const theirs = new Set(others.flatMap((n) => latinWords(n)).filter((w) => w.length > 2));
  return { extra, names: extra.filter((w) => theirs.has(w)) };
}

/**
 * The strict English speaker test: right by rightSpeakerEn and, for a described source, at most
 * ROLE_EXTRA_ALLOWED words beyond the gold's and none of another person's name (speakerEnExtra), as
 * role-strict is beside role. A named speaker's test is already whole-name (the same last word, the
 * whole skeleton close), so it is the same under both.
 */
export function rightSpeakerEnStrict(q: Quote, g: GoldQuote, gold: Gold, others: readonly string[] = []): boolean {
  return rightSpeakerEn(q, g, gold) && (!g.unnamed || withinStrict(speakerEnExtra(q.speaker.en, g, others)));
}

/** The strict test on a described source's extra words (speakerEnExtra's answer). */
const withinStrict = ({ extra, names }: { extra: string[]; names: string[] }): boolean => extra.length <= ROLE_EXTRA_ALLOWED && !names.length;

const short = (s: string, n = 60) => (s.length > n ? s.slice(0, n) + '…' : s);
/** The speaker as the article writes it (English articles' people carry a learned Arabic spelling too). */
const who = (q: Quote, lang: 'ar' | 'en') => q.speaker[lang] || q.speaker.ar || q.speaker.en || 'unattributed';

/**
 * The parser quote a gold quote is scored against: an unused one whose text holds the gold's
 * opening words, the one where they come earliest (a quote that opens with them is that
 * statement; one holding them further in is more likely another statement that mentions the
 * same words). Openings under three words are too common to place anywhere else, so they must
 * open the quote: a one-word denial («أنكر الاتهامات») is not found inside another statement
 * that happens to hold «الاتهامات».
 */
export function matchQuote(g: GoldQuote, quotes: readonly Quote[], used: Set<Quote>): Quote | undefined {
  const start = fold(g.text_start);
  const short = start.split(' ').length < 3;
  let best: Quote | undefined;
  let bestAt = Infinity;
  for (const x of quotes) {
    if (used.has(x)) continue;
    const text = fold(x.text);
    const at = text.indexOf(start);
    if (at < 0 || (short && at > 0)) continue;
    if (at < bestAt) { best = x; bestAt = at; }
  }
  return best;
}

export function evaluate(id: string, b: Briefing, gold: Gold): ArticleReport {
  const r: ArticleReport = { id, ...emptyFigures(), misses: [], inventions: [], wrongSpeakers: [], roleLeaks: [], speakerEnLeaks: [] };
  const ar = b.lang === 'ar';

  // People: each gold person matched to at most one predicted person.
  const matched = new Map<GoldPerson, Person>();
  const taken = new Set<Person>();
  for (const g of gold.people) {
    const p = personFor(g, b.people.filter((x) => !taken.has(x)));
    if (!p) { r.misses.push(`person ${g.ar ?? g.en}`); continue; }
    matched.set(g, p);
    taken.add(p);
    const goldRole = (ar ? g.role_ar : g.role_en) ?? '';
    const predRole = ar ? p.role.ar : p.role.en;
    r.roles.n++;
    r.rolesStrict.n++;
    if (goldRole ? !!predRole && roleOverlap(predRole, goldRole) >= 0.5 : !predRole) {
      r.roles.ok++;
      // The other people of the article, gold and found: their names' words in a role are a leak.
      const nameOf = (x: GoldPerson) => (ar ? x.ar ?? '' : x.en);
      const others = [...gold.people.filter((x) => x !== g).map(nameOf), ...b.people.filter((x) => x !== p).map((x) => x.name[b.lang])];
      const own = `${nameOf(g)} ${p.name[b.lang]}`;
      if (strictRoleRight(predRole, goldRole, others, own)) r.rolesStrict.ok++;
      else {
        const { extra, names } = roleExtra(predRole, goldRole, others, own);
        r.roleLeaks.push(`${g.ar ?? g.en}: got "${predRole}" want "${goldRole}" (+${extra.length}: ${extra.join(' ')}${names.length ? `; names: ${names.join(' ')}` : ''})`);
      }
      if (ar && goldRole && g.role_en) {
        r.rolesEn.n++;
        if (rightRoleEn(p.role.en, g.role_en)) r.rolesEn.ok++;
        else r.misses.push(`English role of ${g.ar ?? g.en}: got "${p.role.en}" want "${g.role_en}"`);
      }
    } else r.misses.push(`role of ${g.ar ?? g.en}: got "${predRole}" want "${goldRole}"`);
    r.namesEn.n++;
    r.namesEnExact.n++;
    const spellings = [g.en, ...(g.aliases_latin ?? [])];
    if (spellings.some((n) => sameWords(p.name.en, n))) r.namesEnExact.ok++;
    // MUJAZ_EVAL_SPELLINGS=1: the names right in sound but not in letters too, to study spelling
    else if (process.env.MUJAZ_EVAL_SPELLINGS && spellings.some((n) => soundsLike(p.name.en, n))) r.misses.push(`English spelling of ${g.ar ?? g.en}: got "${p.name.en}" want "${spellings.join('" or "')}"`);
    if (spellings.some((n) => soundsLike(p.name.en, n))) r.namesEn.ok++;
    else r.misses.push(`English name of ${g.ar ?? g.en}: got "${p.name.en}" want "${g.en}"`);
  }
  r.people = { tp: matched.size, predicted: b.people.length, gold: gold.people.length };
  for (const p of b.people) if (!taken.has(p)) r.inventions.push(`person ${p.name[b.lang] || p.name.ar || p.name.en}${p.role.ar || p.role.en ? ` [${p.role.ar || p.role.en}]` : ''}`);

  const used = new Set<Quote>();
  // The article's people in English, gold and found: their names' words in a described source are a leak.
  const englishNames = [...gold.people.map((x) => x.en), ...b.people.map((x) => x.name.en)];
  for (const g of gold.quotes) {
    r.quotes.n++;
    r.speakers.n++;
    r.speakersEn.n++;
    r.speakersEnStrict.n++;
    const q = matchQuote(g, b.quotes, used);
    if (!q) { r.misses.push(`quote "${short(g.text_start)}" (${g.speaker_ar ?? g.speaker_en})`); continue; }
    used.add(q);
    r.quotes.ok++;
    if (rightSpeakerAr(q, g, gold)) r.speakers.ok++;
    else r.wrongSpeakers.push(`"${short(g.text_start, 40)}": got ${who(q, b.lang)}, want ${g.speaker_ar ?? g.speaker_en}`);
    if (rightSpeakerEn(q, g, gold)) {
      r.speakersEn.ok++;
      // (rightSpeakerEnStrict's test, the extra words worked out once for the figure and the listing)
      const leak = g.unnamed ? speakerEnExtra(q.speaker.en, g, englishNames) : null;
      if (!leak || withinStrict(leak)) r.speakersEnStrict.ok++;
      else {
        const { extra, names } = leak;
        r.speakerEnLeaks.push(`"${short(g.text_start, 40)}": got "${q.speaker.en}" want "${g.speaker_en}" (+${extra.length}: ${extra.join(' ')}${names.length ? `; names: ${names.join(' ')}` : ''})`);
      }
    }
    // MUJAZ_EVAL_SPEAKER_EN=1: the quotes whose Arabic speaker is right but English rendering is not, to study the English speaker
    else if (process.env.MUJAZ_EVAL_SPEAKER_EN && rightSpeakerAr(q, g, gold)) r.misses.push(`speaker-en of "${short(g.text_start, 40)}": got "${q.speaker.en}" [${q.speaker.ar}] want "${g.speaker_en}"${g.unnamed ? ' (unnamed)' : ''}`);
    if (g.kind) {
      r.kinds.n++;
      if (q.kind === g.kind) r.kinds.ok++;
      else r.misses.push(`kind of "${short(g.text_start, 40)}": got ${q.kind} want ${g.kind}`);
      if (g.kind === 'denial' && q.kind !== 'denial') r.opposite++;
    }
  }
  for (const q of b.quotes) if (!used.has(q)) r.inventions.push(`quote "${short(q.text)}" — ${who(q, b.lang)}`);

  // Precedents by anchor: recall over the gold anchors, precision over the parser's precedents.
  const anchors = gold.precedents.map((g) => fold(g.anchor));
  const textOf = (i: number) => fold(b.precedents[i]!.text.ar || b.precedents[i]!.text.en) + ' ' + fold(b.sentences[b.precedents[i]!.sentenceId]?.text ?? '');
  const ptexts = b.precedents.map((_, i) => textOf(i));
  r.precedents = { tp: 0, predicted: b.precedents.length, gold: gold.precedents.length };
  gold.precedents.forEach((g, gi) => {
    const k = ptexts.findIndex((t) => t.includes(anchors[gi]!));
    if (k < 0) { r.misses.push(`precedent "${short(g.anchor)}"`); return; }
    r.precedents.tp++;
    const y = g.year ? Number(String(g.year).slice(0, 4)) : NaN;
    if (Number.isFinite(y)) {
      r.precedentYears.n++;
      if (b.precedents[k]!.years.includes(y)) r.precedentYears.ok++;
      else r.misses.push(`date of precedent "${short(g.anchor, 40)}": got ${b.precedents[k]!.years.join(',') || 'none'} want ${y}`);
    }
  });
  b.precedents.forEach((p, i) => {
    if (anchors.some((a) => ptexts[i]!.includes(a))) r.precedentHits++;
    else r.inventions.push(`precedent "${short(p.text.ar || p.text.en)}"`);
  });
  return r;
}
