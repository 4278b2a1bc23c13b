/**
 * People across the library: the briefings other than the current one that name a person,
 * so /who can point to where someone is when the current article does not have them.
 */
import type { Briefing, Person } from '../briefing/types.ts';
import { matchPeople, MATCH_THRESHOLD } from '../names/index.ts';
import { foldSearch } from '../text/search-fold.ts';
import type { Library } from './library.ts';

export interface PersonElsewhere {
  person: Person;
  briefing: Briefing;
  /** 1-based number in the library list (what /use takes). */
  n: number;
  score: number;
}

/** Candidates read from the store's index per lookup (bounded, whatever the library size). */
const MAX_CANDIDATES = 60;

/**
 * The best match for `query` in each briefing of the library except `exceptId`, best first.
 * The store's index narrows the library to briefings that may name such a person (by spelling
 * or by sound); only those are matched properly.
 */
export async function findPersonInLibrary(library: Library, query: string, exceptId?: string): Promise<PersonElsewhere[]> {
  const words = foldSearch(query).split(' ').filter((w) => w.length >= 2).slice(0, 8);
  if (!words.length) return [];
  const named = (await library.searchCandidates(words, MAX_CANDIDATES)).filter((c) => c.named && c.id !== exceptId);
  const out: PersonElsewhere[] = [];
  for (const { briefing: b, n } of await library.getMany(named.map((c) => c.id))) {
    const best = matchPeople(query, b.people).find((m) => m.score >= MATCH_THRESHOLD);
    if (best) out.push({ person: best.person, briefing: b, n, score: best.score });
  }
  // Stronger matches first; among equals the newer briefing (lower number).
  return out.sort((a, b) => b.score - a.score || a.n - b.n);
}
