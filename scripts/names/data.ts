/**
 * The raw name pairs (data/names/raw, copied from their sources with their licences) and the
 * fixed held-out slice every measurement uses: 10 % of the Wikidata tokens, chosen by a hash of
 * the Arabic form's matching key, so no spelling of a held-out Arabic word is ever fitted, and
 * the whole Google eval split. Training reads only what `isHeldOut` lets through.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normAr } from '../../src/names/normalize.ts';

export const RAW = join(new URL('../..', import.meta.url).pathname, 'data/names/raw');

export interface WikidataPair {
  en: string;
  ar: string;
  count: number;
}
export interface GooglePair {
  ar: string;
  en: string;
}

function rows(file: string): string[][] {
  return readFileSync(join(RAW, file), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split('\t'));
}

export function wikidataPairs(): WikidataPair[] {
  return rows('wikidata-person-tokens.en-ar.tsv').map(([en, ar, c]) => ({ en: en!, ar: ar!, count: Number(c) || 1 }));
}

export function googlePairs(split: 'train' | 'eval'): GooglePair[] {
  return rows(`google-ar2en.${split}.tsv`).map(([ar, en]) => ({ ar: ar!, en: en! }));
}

/** FNV-1a, so the split is the same on every machine and in every run. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (const ch of s) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export const HELD_OUT_PERCENT = 10;

/** Whether an Arabic form belongs to the held-out slice (by its matching key). */
export function isHeldOut(ar: string): boolean {
  return hash(`names-heldout:${normAr(ar)}`) % 100 < HELD_OUT_PERCENT;
}
