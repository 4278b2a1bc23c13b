/**
 * names30 probe, on cached cross-fitted lists: a known key's first answer replaced by a guess
 * that far more people carry (under any key) than the chosen known spelling (threshold T in
 * ln(1 + people), guess within the search's first R).
 *   NAMES_RERANK_LISTS=/tmp/lists.json npx tsx scripts/names/attested-guess.ts
 */
import { readFileSync } from 'node:fs';
import { FEATURES } from '../../src/names/translit/rerank.ts';
import { trainRerank, type RerankList } from './rerank-train.ts';
type L = RerankList & { from: 'wd' | 'g' };
const { lists } = JSON.parse(readFileSync(process.env.NAMES_RERANK_LISTS!, 'utf8')) as { lists: L[] };
const at = (f: string) => FEATURES.indexOf(f as any);
const LOOK = at('lookup'), GOOGLE = at('google'), ATT = at('attested'), GUESS = at('guess'), WD = at('wikidata'), GRANK = at('guessRank'), HEAVY = at('guessHeavyKey');
const zero = (l: L) => ({ ...l, feats: l.feats.map((r) => r.map((v, j) => (j === GOOGLE ? 0 : v))) });
const knownG = lists.filter((l) => l.from === 'g' && l.feats.some((r) => r[LOOK] === 1)).map(zero);
const knownW = lists.filter((l) => l.from === 'wd' && l.feats.some((r) => r[LOOK] === 1)).map(zero);
const fk = trainRerank(knownG.map((l) => ({ ...l, w: 1 })), {}).weights;
const dot = (r: number[]) => r.reduce((a, x, j) => a + x * fk[j]!, 0);
function choose(l: L, T: number, maxRank: number): number {
  let best = -1, bs = -Infinity;
  l.feats.forEach((r, i) => { if (r[LOOK] === 1 && dot(r) > bs) { bs = dot(r); best = i; } });
  const keyW = Math.expm1(l.feats[0]![HEAVY] || 0);
  let g = -1, ga = -Infinity;
  l.feats.forEach((r, i) => { if (r[GUESS] === 1 && 1 / r[GRANK]! - 1 < maxRank && r[ATT]! > ga) { ga = r[ATT]!; g = i; } });
  // guess attested by far more people than the chosen known spelling's own attestation
  if (g >= 0 && ga - l.feats[best]![ATT]! > T) return g;
  return best;
}
for (const [name, ls] of [['google known', knownG], ['wikidata known', knownW]] as const) {
  const base = ls.filter((l) => choose(l, Infinity, 99) === l.gold).length;
  const out = [`${name} (${ls.length}) base ${(base / ls.length).toFixed(4)}`];
  for (const T of [1, 2, 3, 4]) for (const R of [3, 15]) out.push(`T${T}/R${R} ${(ls.filter((l) => choose(l, T, R) === l.gold).length / ls.length).toFixed(4)}`);
  console.log(out.join('  '));
}
