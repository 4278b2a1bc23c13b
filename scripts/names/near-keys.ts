/**
 * names30: could an unknown Arabic key's Latin spelling come from a NEAR known key (one weak
 * letter ا و ي added or dropped, or any one letter changed)? Ceiling count on the dev split,
 * from the training pairs' look-up alone (no model needed).
 *   NAMES_DEV=1 npx tsx scripts/names/near-keys.ts
 */
import { normAr } from '../../src/names/normalize.ts';
import { enModelForm } from '../../src/names/translit/forms.ts';
import { googlePairs, hash, isGoogleHeldOut, isHeldOut, isPairHeldOut, wikidataPairs } from './data.ts';

const wd = wikidataPairs();
const gAll = [...googlePairs('train'), ...googlePairs('eval').filter((p) => !isGoogleHeldOut(p.ar))];
const train = [...wd.filter((p) => !isHeldOut(p.ar) && !isPairHeldOut(p)), ...gAll.filter((p) => !isHeldOut(p.ar))];
const ar2en = new Map<string, Map<string, number>>();
for (const p of train) {
  const k = normAr(p.ar);
  const m = ar2en.get(k) ?? new Map();
  const e = enModelForm(p.en);
  m.set(e, (m.get(e) ?? 0) + 1);
  ar2en.set(k, m);
}
const WEAK = ['ا', 'و', 'ي'];
const LETTERS = [...new Set([...ar2en.keys()].join(''))];
function near(k: string, any: boolean): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= k.length; i++) {
    for (const w of WEAK) out.add(k.slice(0, i) + w + k.slice(i));
    if (i < k.length && (any || WEAK.includes(k[i]!))) out.add(k.slice(0, i) + k.slice(i + 1));
    if (any && i < k.length) for (const c of LETTERS) out.add(k.slice(0, i) + c + k.slice(i + 1));
  }
  out.delete(k);
  return [...out].filter((x) => ar2en.has(x));
}
const shippedHeldOut = (ar: string) => hash(`names-google-heldout:${normAr(ar)}`) % 100 < 10;
const google = googlePairs('eval').filter((p) => !shippedHeldOut(p.ar) && !ar2en.has(normAr(p.ar)));
const unseen = wd.filter((p) => isHeldOut(p.ar));
for (const [name, set] of [['google unknown', google], ['unseen wikidata', unseen]] as const) {
  let weak = 0, anyHit = 0, keysW = 0, keysA = 0, cands = 0;
  for (const p of set) {
    const k = normAr(p.ar);
    const want = enModelForm(p.en);
    const w = near(k, false);
    const a = near(k, true);
    keysW += w.length ? 1 : 0;
    keysA += a.length ? 1 : 0;
    const cw = new Set(w.flatMap((x) => [...ar2en.get(x)!.keys()]));
    cands += cw.size;
    if (cw.has(want)) weak++;
    if (a.some((x) => ar2en.get(x)!.has(want))) anyHit++;
  }
  const n = set.length;
  console.log(`${name} (${n}): weak-letter neighbour key exists ${(keysW / n).toFixed(3)}, holds the answer ${(weak / n).toFixed(3)} (mean ${(cands / n).toFixed(1)} spellings); any one-letter edit: exists ${(keysA / n).toFixed(3)}, holds ${(anyHit / n).toFixed(3)}`);
}

// how often is the wanted Latin spelling carried by someone in training at all (under another key)?
const enSeen = new Set<string>();
for (const m of ar2en.values()) for (const e of m.keys()) enSeen.add(e);
for (const [name, set] of [['google unknown', google], ['unseen wikidata', unseen]] as const) {
  const n = set.length;
  const hit = set.filter((p) => enSeen.has(enModelForm(p.en))).length;
  console.log(`${name}: wanted spelling carried in training under another key ${(hit / n).toFixed(3)}`);
}
