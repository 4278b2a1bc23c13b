/**
 * Names across scripts: English names for Arabic names (lexicon, then romanisation),
 * English roles for Arabic titles, demonyms, and the phonetic keys that let a Latin
 * query find an Arabic name (and back).
 *
 * PLACEHOLDER: this file fixes the interface the parser and the commands code against;
 * the real implementation replaces the bodies (same signatures).
 */
import type { Person } from '../briefing/types.ts';

export interface EnglishName {
  en: string;
  origin: 'lexicon' | 'romanised';
}

/** English form of an Arabic (or Latin) person/organisation/place name. */
export function englishName(name: string): EnglishName {
  return { en: name, origin: 'romanised' };
}

/** English rendering of an Arabic role/title phrase as the article states it ("" when nothing can be said). */
export function translateRole(roleAr: string): string {
  return '';
}

/** Phonetic keys of a name (Arabic or Latin) in shared consonant classes. */
export function phoneticKeys(name: string): string[] {
  return [name];
}

export interface PersonMatch {
  person: Person;
  /** 0..1, higher is better. */
  score: number;
}

/** People of a briefing that match a query in either script, best first; never matches open text. */
export function matchPeople(query: string, people: readonly Person[]): PersonMatch[] {
  return [];
}
