/**
 * Evidence that an Arabic word is part of a person's name: the Wikidata person-name tokens shipped in
 * data/names (CC0, see its README). One function behind which a fuller gazetteer (the names module)
 * can later be swapped in. Loaded once, on first use; a missing file means "no evidence", not an error.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('../../data/names/person-name-tokens.ar.tsv', import.meta.url));
let tokens: Map<string, number> | null = null;
let skeletons: Map<string, number> | null = null;

/**
 * The word without its inner long vowels (بيتروف and بتروف → بترف): foreign names are written with
 * or without them, so the skeleton finds a name the exact form misses.
 */
function skeleton(light: string): string {
  return light[0] + light.slice(1).replace(/[اويى]/g, '');
}

function load(): Map<string, number> {
  if (tokens) return tokens;
  tokens = new Map();
  skeletons = new Map();
  try {
    for (const line of readFileSync(FILE, 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      const w = line.slice(0, tab);
      const n = Number(line.slice(tab + 1)) || 1;
      tokens.set(w, n);
      const k = skeleton(w);
      skeletons.set(k, (skeletons.get(k) ?? 0) + n);
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

/**
 * The word (lightNormAr form) is known as a token of some person's name: as written, or by its
 * skeleton when several people carry it (a rare skeleton matches common words by chance).
 */
export function isKnownNameToken(light: string): boolean {
  if (nameTokenCount(light) > 0) return true;
  return light.length >= 4 && (skeletons?.get(skeleton(light)) ?? 0) >= 3;
}
