/**
 * English names of well-known brands and organisations that Arabic copy writes by sound (غوغل،
 * فيسبوك، آبل، سامسونغ): without them such a body is romanised letter by letter (Gogl, Vespock,
 * Apel). The names are Simple Icons' titles (data/brands/README.md: source and licence), each with
 * the Arabic spellings the names model gives it (scripts/build-brands.ts). A spelling found under
 * several brands goes to the brand for which it is the likelier spelling (آبل: Apple's first, Opel's
 * third).
 *
 * Only an exact spelling of the whole phrase counts, never a part or a near spelling: the caller
 * asks only about words it would otherwise romanise, not about words the lexicon knows.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normAr } from './normalize.ts';

const FILE = fileURLToPath(new URL('../../data/brands/brands.json', import.meta.url));
/**
 * Spellings news copy uses that the names model's do not give (تويتر، يوتيوب، انستغرام، نايكي),
 * kept by hand (data/brands/README.md); they rank first, before any model spelling.
 */
const HAND_FILE = fileURLToPath(new URL('../../data/brands/spellings-ar.json', import.meta.url));

interface BrandFile { brands: Array<{ en: string; ar: string[] }> }

let index: Map<string, string> | null = null;

/**
 * Spelling -> brand, the brand whose spelling list has it earliest, and that place in its list;
 * the hand-kept spellings first, each at place 0.
 */
function rankedIndex(file: BrandFile, hand: BrandFile = { brands: [] }): { brands: Map<string, string>; rank: Map<string, number> } {
  const rank = new Map<string, number>();
  const brands = new Map<string, string>();
  for (const b of hand.brands) for (const ar of b.ar) {
    const k = normAr(ar);
    if (rank.has(k)) continue;
    rank.set(k, 0);
    brands.set(k, b.en);
  }
  for (const b of file.brands) {
    b.ar.forEach((ar, r) => {
      const k = normAr(ar);
      const prev = rank.get(k);
      if (prev !== undefined && prev <= r) return;
      rank.set(k, r);
      brands.set(k, b.en);
    });
  }
  return { brands, rank };
}

/** Spelling -> brand, the brand whose spelling list has it earliest. */
export function brandIndex(file: BrandFile, hand?: BrandFile): Map<string, string> {
  return rankedIndex(file, hand).brands;
}

let ranks: Map<string, number> = new Map();

function loaded(): Map<string, string> {
  if (index) return index;
  try {
    const built = rankedIndex(JSON.parse(readFileSync(FILE, 'utf8')) as BrandFile, JSON.parse(readFileSync(HAND_FILE, 'utf8')) as BrandFile);
    index = built.brands;
    ranks = built.rank;
  } catch {
    index = new Map();
  }
  return index;
}

/**
 * Where the phrase stands in its brand's list of spellings (0: the names model's first, فيسبوك for
 * Facebook; 4: معدل for Modal), null when it spells no brand. A late spelling that is also an
 * everyday word is more likely the word.
 */
export function brandSpellingRank(ar: string): number | null {
  const k = normAr(ar.replace(/[«»"“”]/g, ' ')).trim();
  if (!k || !loaded().has(k)) return null;
  return ranks.get(k) ?? null;
}

/** The English name of the brand the Arabic phrase spells (فيسبوك -> Facebook), else null. */
export function brandName(ar: string): string | null {
  const k = normAr(ar.replace(/[«»"“”]/g, ' ')).trim();
  if (!k) return null;
  return loaded().get(k) ?? null;
}
