/**
 * The words the dev-split probes read (unknown-causes.ts, coverage.ts): Google eval single words
 * whose key the dev model does not know and the unseen Wikidata dev pairs (EVERY=n reads every nth),
 * leaving out every word of the shipped held-out slices (the held-out Wikidata fixture's keys, the
 * held-out Google hash slice), so no test pair is read. One list, so both probes study the same words.
 */
import { readFileSync } from 'node:fs';
import { normAr } from '../../src/names/normalize.ts';
import { arModelForm, enModelForm } from '../../src/names/translit/forms.ts';
import { googlePairs, hash, HELD_OUT_FIXTURE, isHeldOut, wikidataPairs } from './data.ts';

export interface ProbeWord { set: 'google' | 'wikidata'; ar: string; src: string; want: string }

export function probeWords(knownKey: (key: string) => boolean, every = 1): ProbeWord[] {
  const fixtureKeys = new Set(readFileSync(HELD_OUT_FIXTURE, 'utf8').trim().split('\n').slice(1).map((l) => normAr(l.split('\t')[1]!)));
  const shipped = (ar: string) => fixtureKeys.has(normAr(ar)) || hash(`names-google-heldout:${normAr(ar)}`) % 100 < 10;
  const rows: ProbeWord[] = [];
  const push = (set: ProbeWord['set'], ar: string, en: string) => {
    const src = arModelForm(ar);
    const want = enModelForm(en);
    if (src && want) rows.push({ set, ar, src, want });
  };
  for (const p of googlePairs('eval')) {
    if (!shipped(p.ar) && !/\s/.test(p.ar.trim()) && !knownKey(normAr(p.ar))) push('google', p.ar, p.en);
  }
  let k = 0;
  for (const p of wikidataPairs()) {
    if (isHeldOut(p.ar) && !shipped(p.ar) && k++ % every === 0) push('wikidata', p.ar, p.en);
  }
  return rows;
}
