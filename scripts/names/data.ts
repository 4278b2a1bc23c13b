/**
 * The raw name pairs (data/names/raw, copied from their sources with their licences) and the
 * fixed held-out slices every measurement uses. Model selection is done, so the shipped model
 * is fitted on everything else: all Wikidata tokens, Google train and Google eval.
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
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (const ch of s) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The held-out Wikidata slice: every Arabic key of test/fixtures/names/heldout-wikidata.tsv (a
 * fixed list of 300 pairs, drawn once from an earlier 10 % hash slice). Every pair of these keys,
 * in any source, stays out of training, so they measure names absent from training.
 */
export const HELD_OUT_FIXTURE = join(new URL('../..', import.meta.url).pathname, 'test/fixtures/names/heldout-wikidata.tsv');
let heldKeys: Set<string> | undefined;
/**
 * NAMES_DEV=1 (train and eval alike): the larger model-selection split, for measuring a change
 * on thousands of unseen pairs: 10 % of Arabic keys by hash in every source, and all of Google eval.
 */
export const DEV_SPLIT = process.env.NAMES_DEV === '1' || process.env.NAMES_DEV === 'pairs';
/**
 * NAMES_DEV=pairs: the keyed split above plus a random 10 % of the remaining Wikidata pairs (by
 * a hash of the English token), as the held-back Wikidata test split is a random slice of pairs:
 * its Arabic tokens are often known with other spellings, its English tokens never (each English
 * token is listed once in the whole dictionary).
 */
export const PAIR_SPLIT = process.env.NAMES_DEV === 'pairs';
export function isPairHeldOut(p: WikidataPair): boolean {
  return PAIR_SPLIT && !isHeldOut(p.ar) && hash(`names-pair:${p.en}`) % 100 < 10;
}
export function isHeldOut(ar: string): boolean {
  if (DEV_SPLIT) return hash(`names-heldout:${normAr(ar)}`) % 100 < 10;
  heldKeys ??= new Set(
    readFileSync(HELD_OUT_FIXTURE, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => normAr(l.split('\t')[1]!)),
  );
  return heldKeys.has(normAr(ar));
}

/**
 * The held-out Google slice: a fixed 10 % of Google's eval words by a hash of the Arabic key
 * (listed in test/fixtures/names/heldout-google.tsv). Only these eval rows are held out; the
 * same Arabic word may be known from other rows, as in the held-back test split.
 */
export const GOOGLE_HELD_OUT_PERCENT = 10;
export function isGoogleHeldOut(ar: string): boolean {
  if (DEV_SPLIT) return true;
  return hash(`names-google-heldout:${normAr(ar)}`) % 100 < GOOGLE_HELD_OUT_PERCENT;
}

/** Google eval rows held out of training. */
export function googleHeldOut(): GooglePair[] {
  return googlePairs('eval').filter((p) => isGoogleHeldOut(p.ar));
}
