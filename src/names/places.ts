/**
 * Place names of two words or more (لوس أنجلوس، نيو جيرسي، سانت إتيان) from a world gazetteer of
 * cities and regions (data/places/README.md: sources and licences; scripts/build-places.ts builds
 * the file). The hand-written lexicon knows the places its articles name; an unseen article names
 * others, and a city of two words reads like a first and a last name.
 *
 * Only the whole phrase counts, and only of two words or more: one word (جاكسون، فيكتوريا) is as
 * often a person's name, and a person's name that holds a place (باريس هيلتون) is no place.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normAr } from './normalize.ts';

const FILE = fileURLToPath(new URL('../../data/places/places.json', import.meta.url));

/** Phrase (normAr) -> its English name (Saint-Étienne), or '' from a file without the English. */
let phrases: Map<string, string> | null = null;
/** One-word city (normAr) -> its English name (ميونيخ -> Munich): for English copy only. */
let towns: Map<string, string> | null = null;

function loaded(): Map<string, string> {
  if (phrases) return phrases;
  try {
    const file = JSON.parse(readFileSync(FILE, 'utf8')) as { phrases: string[]; en?: string[]; towns?: string[]; townsEn?: string[] };
    phrases = new Map(file.phrases.map((p, i) => [p, file.en?.[i] ?? '']));
    towns = new Map((file.towns ?? []).map((t, i) => [t, file.townsEn?.[i] ?? '']));
  } catch {
    // (without the file the lexicon's places still count: the gazetteer only adds to them)
    phrases = new Map();
    towns = new Map();
  }
  return phrases;
}

const key = (ar: string) => normAr(ar.replace(/[«»"“”]/g, ' ')).trim();

/** The Arabic phrase is a place of two words or more in the gazetteer (لوس أنجلوس). */
export function isPlacePhrase(ar: string): boolean {
  const k = key(ar);
  return k.includes(' ') && loaded().has(k);
}

/** The English name of a place of two words or more in the gazetteer (سانت إتيان -> Saint-Étienne), else null. */
export function placeEnglish(ar: string): string | null {
  const k = key(ar);
  return (k.includes(' ') && loaded().get(k)) || null;
}

/**
 * The English name of a one-word city of the gazetteer (ميونيخ -> Munich), else null. For English
 * copy only (roles, sources): the people finder never asks, as one word is as often a person's name.
 */
export function townEnglish(ar: string): string | null {
  loaded();
  const k = key(ar);
  return (!k.includes(' ') && towns!.get(k)) || null;
}
