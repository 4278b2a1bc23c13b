/**
 * People across the library: the briefings other than the current one that name a person,
 * so /who can point to where someone is when the current article does not have them.
 */
import type { Briefing, Person } from '../briefing/types.ts';
import { matchPeople, MATCH_THRESHOLD } from '../names/index.ts';
import type { Library } from './library.ts';

export interface PersonElsewhere {
  person: Person;
  briefing: Briefing;
  /** 1-based number in the library list (what /use takes). */
  n: number;
  score: number;
}

/** The best match for `query` in each briefing of the library except `exceptId`, best first. */
export function findPersonInLibrary(library: Library, query: string, exceptId?: string): PersonElsewhere[] {
  const out: PersonElsewhere[] = [];
  library.list().forEach((b, i) => {
    if (b.id === exceptId) return;
    const best = matchPeople(query, b.people).find((m) => m.score >= MATCH_THRESHOLD);
    if (best) out.push({ person: best.person, briefing: b, n: i + 1, score: best.score });
  });
  // Stronger matches first; among equals the newer briefing (lower number).
  return out.sort((a, b) => b.score - a.score || a.n - b.n);
}
