/**
 * The people errors of one Arabic article, each with its likely cause (for `npm run cv:people --
 * --list --causes`): the parser's inventions (people the gold lacks) and misses (gold people the
 * parser lacks), matched as the eval matches them (personFor), and classified by what the
 * invention is against the gold and the article's words. A study aid: the causes are heuristics on
 * the words, not ground truth; the counts say which mechanism to look at first.
 */
import type { Briefing, Person } from '../../src/briefing/types.ts';
import { personFor, words, type Gold, type GoldPerson } from '../../src/eval/gold-score.ts';
import { segmentArticle } from '../../src/parser/index.ts';
import { arabicNameCandidates, findArabicPeople, verbShaped } from '../../src/parser/people-ar.ts';
import { tagNames } from '../../src/parser/name-tagger.ts';
import { isGiven, isPlaceOrOrg, isSpeechVerb, lexiconNameWord, roleHead, isParticle } from '../../src/parser/arabic-words.ts';
import { isEverydayWord } from '../../src/parser/everyday-words.ts';
import { isKnownNameToken } from '../../src/parser/name-evidence.ts';
import { isKnownPerson, isKnownPlace, knownOrg } from '../../src/parser/names-adapter.ts';
import { commaAfter, delimAfter, type Token } from '../../src/parser/tokens.ts';
import { assemblePeople, type NameCandidate } from '../../src/parser/people.ts';

export interface PeopleError { kind: 'extra' | 'miss'; name: string; cause: string; note: string }

const PARTICLES = new Set(words('بن ابن أبو أبي عبد آل بنت'));
const sub = (a: readonly string[], b: readonly string[]) => a.length > 0 && a.every((w) => b.includes(w));

/** The token run of the article that spells these name words (first occurrence), by the eval's word form. */
function locate(toks: readonly Token[], ws: readonly string[]): number {
  const key = (t: Token) => words(t.text)[0] ?? '';
  outer: for (let i = 0; i + ws.length <= toks.length; i++) {
    for (let k = 0; k < ws.length; k++) {
      const w = key(toks[i + k]!);
      // (a clitic before the first word: ومحمد, لماتس)
      if (!(w === ws[k] || (k === 0 && w.length > ws[k]!.length && w.endsWith(ws[k]!) && w.length - ws[k]!.length <= 2))) continue outer;
    }
    return i;
  }
  return -1;
}

const scoreText = (s: number | undefined) => (s === undefined ? '?' : s.toFixed(0));

/** Inventions and misses of one parsed article with their causes. */
export function peopleErrors(raw: string, b: Briefing, gold: Gold): PeopleError[] {
  if (b.lang !== 'ar') return [];
  const { text, toks } = segmentArticle(raw);
  const cands = arabicNameCandidates(text, toks); // (sets the tagger scores the rules read)
  const ruled = findArabicPeople(text, toks);
  const { scores } = tagNames(toks);
  const taken = new Set<Person>();
  const matched = new Map<GoldPerson, Person>();
  for (const g of gold.people) {
    const p = personFor(g, b.people.filter((x) => !taken.has(x)));
    if (p) { taken.add(p); matched.set(g, p); }
  }
  const goldWords = gold.people.map((g) => words(g.ar ?? g.en));
  const out: PeopleError[] = [];
  const cueAt = (i: number) => ruled.find((c) => c.from <= i && i <= c.to)?.cue ?? 'other';
  for (const p of b.people) {
    if (taken.has(p)) continue;
    const name = p.name.ar || p.name.en;
    const pw = words(name);
    const at = locate(toks, pw);
    const cue = at >= 0 ? cueAt(at) : '?';
    const span = at >= 0 ? toks.slice(at, at + pw.length) : [];
    const sc = span.map((t) => scoreText(scores[t.i])).join(' ');
    const note = `cue ${cue}, tagger ${sc}`;
    let cause: string;
    const gi = goldWords.findIndex((g) => sub(g, pw));
    const gj = goldWords.findIndex((g) => sub(pw, g));
    // (sharing only a particle, بن or أبو, is no overlap)
    const gk = goldWords.findIndex((g) => g.some((w) => pw.includes(w) && !PARTICLES.has(w)));
    if (gi >= 0) cause = words(name)[0] === goldWords[gi]![0] ? 'run-on: name + the next word' : 'run-on: a word before the name';
    else if (gj >= 0) cause = matched.has(gold.people[gj]!) ? 'partial duplicate of a found person' : 'partial: cut short (person missed)';
    else if (gk >= 0) cause = 'boundary: overlaps a gold name';
    else if (isKnownPerson(name)) cause = 'lexicon person the gold leaves out';
    else if (isKnownPlace(name) || knownOrg(name) || span.some((t) => isPlaceOrOrg(t))) cause = 'place, body or team';
    else if (span.some((t) => verbShaped(t) || /^[أا]?[^اوي]{3}$/.test(t.light) && isEverydayWord(t.light))) cause = 'verb or short common word read as a name';
    else if (span.some((t) => isEverydayWord(t.light) && !isGiven(t))) cause = 'everyday word read as a name';
    else if (span.length && isGiven(span[0]!)) cause = 'given name + words (a person the gold leaves out?)';
    else if (span.length && span.every((t) => isKnownNameToken(t.light) || lexiconNameWord(t))) cause = 'name tokens (a person the gold leaves out, or a thing)';
    else cause = 'other';
    out.push({ kind: 'extra', name, cause: `${cause} [${cue === 'other' ? 'tagger, list or nisba' : cue}]`, note });
  }
  for (const [gi, g] of gold.people.entries()) {
    if (matched.has(g)) continue;
    const gw = goldWords[gi]!;
    const name = g.ar ?? g.en;
    const at = locate(toks, gw);
    let cause: string;
    let note = '';
    const bad = b.people.filter((p) => !taken.has(p)).find((p) => words(p.name.ar || p.name.en).some((w) => gw.includes(w)));
    if (bad) cause = `span wrong: found as «${bad.name.ar || bad.name.en}»`;
    else if (at < 0) cause = 'not written as the gold writes it (spelling or clitic)';
    else if (cands.some((c) => words(c.name).length && sub(words(c.name), gw))) cause = `a candidate the assembler dropped (${droppedWhy(cands, toks, g)})`;
    else {
      const prev = toks[at - 1];
      const glued = prev && prev.sent === toks[at]!.sent && !delimAfter(prev, toks);
      const ctx = !glued ? 'sentence or punctuation before'
        : roleHead(prev) ? 'after a title word'
          : isSpeechVerb(prev) ? 'after a speech verb'
            : commaAfter(prev) || /^و/.test(toks[at]!.light) ? 'in a list'
              : isParticle(prev) ? 'after a particle' : 'after another word';
      cause = `not found, ${gw.length === 1 ? 'one word' : 'name'} ${ctx}`;
    }
    if (at >= 0) note = `tagger ${toks.slice(at, at + gw.length).map((t) => scoreText(scores[t.i])).join(' ')}, before «${toks[at - 1]?.text ?? ''}»`;
    out.push({ kind: 'miss', name, cause, note });
  }
  return out;
}

/**
 * Which gate of the assembler (people.ts) dropped a gold person some candidate spells: each flag
 * lifted in turn from every candidate, and the first that brings the person back named. None: the
 * candidate was merged into another person (or the eval's match fails on the merged name).
 */
function droppedWhy(cands: readonly NameCandidate[], toks: readonly Token[], g: GoldPerson): string {
  const back = (cs: NameCandidate[]) => !!personFor(g, assemblePeople(cs, toks, 'ar'));
  const flags = cands.filter((c) => sub(words(c.name), words(g.ar ?? g.en))).map((c) => [c.linkOnly && 'teaser', c.weak && 'weak', c.bare && 'bare', c.role ? 'role' : 'norole'].filter(Boolean).join('+'));
  if (back(cands.map((c) => ({ ...c, linkOnly: false })))) return `teaser zone; ${flags.join(' ')}`;
  if (back(cands.map((c) => ({ ...c, weak: false })))) return `weak; ${flags.join(' ')}`;
  if (back(cands.map((c) => ({ ...c, bare: false })))) return `bare; ${flags.join(' ')}`;
  if (back(cands.map((c) => ({ ...c, linkOnly: false, weak: false, bare: false })))) return `flags together; ${flags.join(' ')}`;
  return `merged or matched elsewhere; ${flags.join(' ')}`;
}

/** Cause counts, largest first. */
export function causeCounts(errs: readonly PeopleError[]): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const e of errs) {
    const k = `${e.kind} ${e.cause.replace(/«.*»/, '«…»').replace(/ \[[^\]]*\]$/, '')}`;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [...m].sort((a, b) => b[1] - a[1]);
}
