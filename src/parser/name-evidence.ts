/**
 * Evidence that an Arabic word is part of a person's name: the Wikidata person-name tokens shipped in
 * data/names (CC0, see its README). One function behind which a fuller gazetteer (the names module)
 * can later be swapped in. Loaded once, on first use; a missing file means "no evidence", not an error.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('../../data/names/person-name-tokens.ar.tsv', import.meta.url));
let tokens: Map<string, number> | null = null;

function load(): Map<string, number> {
  if (tokens) return tokens;
  tokens = new Map();
  try {
    for (const line of readFileSync(FILE, 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) tokens.set(line.slice(0, tab), Number(line.slice(tab + 1)) || 1);
    }
  } catch {
    // No data file: every answer is "unknown", the parser falls back on structure alone.
  }
  return tokens;
}

/** How many Wikidata people carry this word (lightNormAr form) in their name; 0 when none. */
export function nameTokenCount(light: string): number {
  return load().get(light) ?? 0;
}

/** The word (lightNormAr form) is known as a token of some person's name. */
export function isKnownNameToken(light: string): boolean {
  return nameTokenCount(light) > 0;
}
