/**
 * /search across the library: briefings whose title, text, people or sources contain every
 * query word, and the people who match the query by name. Arabic is compared in a folded
 * form (src/text/normalize.ts: alef forms, ta marbuta, alef maqsura, diacritics, tatweel, digits); a Latin
 * query also searches the English side and uses the names module's cross-script matching.
 */
import type { Briefing, Person } from '../briefing/types.ts';
import type { Library } from '../library/library.ts';
import { matchPeople, MATCH_THRESHOLD } from '../names/index.ts';
import { memo } from '../text/memo.ts';
import { foldSearch } from '../text/search-fold.ts';
import { escapeRegExp } from '../text/regexp.ts';

export { foldSearch };

export interface BriefingHit {
  briefing: Briefing;
  /** 1-based position in the library list (the number /briefings and /use use). */
  n: number;
  score: number;
}

export interface PersonHit {
  person: Person;
  briefing: Briefing;
  n: number;
  score: number;
}

export interface SearchResult {
  briefings: BriefingHit[];
  people: PersonHit[];
}

const MAX_QUERY_WORDS = 8;
/**
 * Candidates read per result wanted. The index ranks them as the final score does (title words,
 * then newest), so a few times the limit suffices, whatever the library size.
 */
const CANDIDATES_PER_RESULT = 3;

/**
 * Folded and space-padded (what hasWord looks in). A search checks up to 90 candidates, each with
 * its title and every person's names: folded once per distinct text, not once per search (the
 * same titles and names come back search after search).
 */
const foldedPadded = memo((s: string) => ` ${foldSearch(s)} `, 20_000);

function foldedTitle(b: Briefing): string {
  return foldedPadded(`${b.title.ar} ${b.title.en}`);
}

/**
 * A person's key (one per distinct name) and folded names, once per person object: the store's
 * cache hands back the same briefing objects search after search (a view that changes a briefing
 * makes new ones), and joining and hashing every candidate's names again was a tenth of a search.
 */
const personFold = new WeakMap<Person, { key: string; names: string }>();
function foldedPerson(p: Person): { key: string; names: string } {
  let f = personFold.get(p);
  if (!f) {
    f = { key: `${p.name.ar}|${p.name.en}|${p.aliases.join('|')}`, names: foldedPadded([p.name.ar, p.name.en, ...p.aliases].join(' ')) };
    personFold.set(p, f);
  }
  return f;
}

/**
 * A word is found when it starts a word of the text, or (Arabic) follows a one- or two-letter
 * proclitic (و ف ب ل ك ال, وال, بال...), so "ايران" finds "وإيران" but "ran" does not find "iran".
 */
function hasWord(text: string, w: string): boolean {
  if (text.includes(` ${w}`)) return true;
  if (!/[\u0600-\u06FF]/.test(w)) return false;
  return afterProclitic(w).test(text);
}

/** The pattern of an Arabic word after a proclitic (built once per word: a search tests it on every candidate). */
const afterProclitic = memo((w: string): RegExp => {
  // A query typed with the article ("المدينة") also finds the bare word ("مدينة").
  const bare = /^(?:[وفبك]?ال|لل)(.{3,})$/.exec(w)?.[1];
  const alt = bare ? `${escapeRegExp(w)}|${escapeRegExp(bare)}` : escapeRegExp(w);
  return new RegExp(` (?:(?:[وفبلك]|ال|[وفبلك]ال|لل)(?:${alt})|${bare ? escapeRegExp(bare) : '(?!)'})`);
}, 2_000);

export async function searchLibrary(library: Library, query: string, limit = 10): Promise<SearchResult> {
  const words = foldSearch(query).split(' ').filter((w) => w.length >= 2).slice(0, MAX_QUERY_WORDS);
  const briefings: BriefingHit[] = [];
  const people: PersonHit[] = [];
  if (!words.length) return { briefings, people };
  const q = query.trim();
  // The store's index narrows the library to candidates; each is then checked exactly here.
  const candidates = await library.searchCandidates(words, limit * CANDIDATES_PER_RESULT);
  const byId = new Map((await library.getMany(candidates.map((c) => c.id))).map((x) => [x.briefing.id, x]));
  const loaded = candidates.map((c) => ({ c, b: byId.get(c.id)?.briefing, n: byId.get(c.id)?.n ?? 0 }));
  // Phonetic matching is the costly part: once per distinct name among the candidates that the
  // index says may name someone matching (the same people recur across a library's briefings).
  const nameKey = (p: Person) => foldedPerson(p).key;
  const distinct = new Map<string, Person>();
  for (const { c, b } of loaded) if (b && c.named) for (const p of b.people) if (!distinct.has(nameKey(p))) distinct.set(nameKey(p), p);
  const scores = new Map(matchPeople(q, [...distinct.values()]).map((m) => [nameKey(m.person), m.score]));
  for (const { c, b, n } of loaded) {
    if (!b || !n) continue;
    const byName = new Map<string, PersonHit>();
    for (const person of c.named ? b.people : []) {
      const score = scores.get(nameKey(person));
      if (score !== undefined && score >= MATCH_THRESHOLD) byName.set(person.id, { person, briefing: b, n, score });
    }
    // Folded name match in either script covers what phonetic matching leaves out (exact spellings).
    for (const p of b.people) {
      if (byName.has(p.id)) continue;
      const names = foldedPerson(p).names;
      if (words.every((w) => hasWord(names, w))) byName.set(p.id, { person: p, briefing: b, n, score: 0.9 });
    }
    people.push(...byName.values());
    // The index found the words at word starts (after a proclitic) as hasWord does; only the
    // title, which weighs more, is checked here (views may have changed it), not the whole body.
    const title = foldedTitle(b);
    const inTitle = words.filter((w) => hasWord(title, w)).length;
    const found = c.allWords ? words.length : inTitle;
    if (c.allWords || byName.size) briefings.push({ briefing: b, n, score: inTitle * 3 + found + byName.size * 2 });
  }
  briefings.sort((a, b) => b.score - a.score || a.n - b.n);
  people.sort((a, b) => b.score - a.score || a.n - b.n);
  return { briefings: briefings.slice(0, limit), people: people.slice(0, limit) };
}
