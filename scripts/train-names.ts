/**
 * `npm run train:names`: learns the name transliteration model from the raw pairs in
 * data/names/raw and writes data/names/model.json (the only file the product reads).
 *   1. look-up tables of every known token, both directions, with counts;
 *   2. EM letter alignments of the training pairs -> graphone sequences -> a joint graphone
 *      n-gram model (a joint-sequence model, Bisani and Ney 2008) used to spell unknown tokens;
 *   3. character n-gram models of the English and the Arabic sides, to rerank candidates.
 * Fitted on all the pairs except the fixed held-out slices (scripts/names/data.ts): the Arabic
 * keys of test/fixtures/names/heldout-wikidata.tsv, in every source, and 10 % of Google's eval
 * words, which this script lists in test/fixtures/names/heldout-google.tsv.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normAr } from '../src/names/normalize.ts';
import { arModelForm, enModelForm } from '../src/names/translit/forms.ts';
import type { CharLMData, ModelData } from '../src/names/translit/model-data.ts';
import { align } from './names/align.ts';
import { buildNgram } from './names/ngram-build.ts';
import { DEV_SPLIT, GOOGLE_HELD_OUT_PERCENT, googleHeldOut, googlePairs, isGoogleHeldOut, isHeldOut, isPairHeldOut, wikidataPairs } from './names/data.ts';

const root = new URL('..', import.meta.url).pathname;
const JOINT_ORDER = Number(process.env.NAMES_JOINT_ORDER ?? 4);
// the English model reranks unknown names' spellings: order 5 measured better there (top-1
// 0.169 -> 0.177 on the NAMES_DEV split); the Arabic one stays at 4 (half the size)
const EN_CHAR_ORDER = Number(process.env.NAMES_CHAR_ORDER ?? 5);
const AR_CHAR_ORDER = 4;
const log = (s: string) => process.stderr.write(`${s}\n`);

const t0 = Date.now();
const wd = wikidataPairs();
// model selection is done: fit on everything but the two fixed held-out slices
const gAll = [...googlePairs('train'), ...googlePairs('eval').filter((p) => !isGoogleHeldOut(p.ar))];
const wdTrain = wd.filter((p) => !isHeldOut(p.ar) && !isPairHeldOut(p));
const gFit = gAll.filter((p) => !isHeldOut(p.ar));
log(`wikidata ${wd.length} pairs, ${wdTrain.length} for training; google train+eval ${gAll.length}, ${gFit.length} for training`);

// 1. look-up tables
const ar2en = new Map<string, Map<string, [number, number]>>();
const en2ar = new Map<string, Map<string, [number, number]>>();
const add = (ar: string, en: string, wdCount: number, g: number) => {
  const ak = normAr(ar);
  const ek = enModelForm(en);
  if (!ak || !ek) return;
  const a = ar2en.get(ak) ?? new Map();
  const av = a.get(en) ?? [0, 0];
  a.set(en, [av[0] + wdCount, av[1] + g]);
  ar2en.set(ak, a);
  const e = en2ar.get(ek) ?? new Map();
  const arForm = arModelForm(ar);
  const ev = e.get(arForm) ?? [0, 0];
  e.set(arForm, [ev[0] + wdCount, ev[1] + g]);
  en2ar.set(ek, e);
};
const table = (m: Map<string, Map<string, [number, number]>>) =>
  [...m]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => {
      const list = [...v].sort((a, b) => b[1][0] + b[1][1] - (a[1][0] + a[1][1]) || (a[0] < b[0] ? -1 : 1));
      return `${k}\t${list.map(([s, [c, g]]) => `${s} ${c} ${g}`).join('|')}`;
    })
    .join('\n');

// 2. alignments of distinct (arabic, latin) model forms; every distinct pair counts once, so
// a spelling shared by thousands of people does not drown the rare patterns unknown names need
const seen = new Set<string>();
const pairs: Array<{ src: string; tgt: string; w: number }> = [];
for (const [ar, en] of [...wdTrain.map((p) => [p.ar, p.en] as const), ...gFit.map((p) => [p.ar, p.en] as const)]) {
  const src = arModelForm(ar);
  const tgt = enModelForm(en);
  if (!src || !tgt || tgt.length > 3 * src.length || src.length > 30) continue;
  const k = `${src}\t${tgt}`;
  if (seen.has(k)) continue;
  seen.add(k);
  pairs.push({ src, tgt, w: 1 });
}
log(`aligning ${pairs.length} distinct pairs`);
const cuts = align(pairs, 6, log);
if (process.env.NAMES_SHOW_WORST) {
  const worst = cuts.map((c, i) => ({ c, p: pairs[i]! })).sort((a, b) => a.c.perLetter - b.c.perLetter);
  const n = worst.length;
  for (const q of [0.005, 0.01, 0.02, 0.03, 0.05]) log(`quantile ${q}: ${worst[Math.floor(n * q)]!.c.perLetter.toFixed(2)}`);
  for (const w of worst.filter((_, i) => i % 40 === 0).slice(0, 40)) log(`${w.c.perLetter.toFixed(2)} ${w.p.src} ${w.p.tgt} ${w.c.graphones.join(' ').replace(/\t/g, ':')}`);
}
// pairs the alignment cannot explain (a fragment of a compound name against a whole one:
// أوغلو ~ besikcioglu, عمر ~ badheeb) are noise in the data: kept out of look-up and model
const NOISE_PER_LETTER = -8;
const rejected = new Set<string>();
cuts.forEach((c, i) => {
  if (c.perLetter < NOISE_PER_LETTER) rejected.add(`${pairs[i]!.src}\t${pairs[i]!.tgt}`);
});
const tooLong = (ar: string, en: string) => enModelForm(en).length > 3 * arModelForm(ar).length;
const keep = (ar: string, en: string) => !rejected.has(`${arModelForm(ar)}\t${enModelForm(en)}`) && !tooLong(ar, en);
log(`${rejected.size} pairs rejected as noise`);
for (const p of wdTrain) if (keep(p.ar, p.en)) add(p.ar, p.en.toLowerCase(), p.count, 0);
for (const p of gFit) if (keep(p.ar, p.en)) add(p.ar, p.en.toLowerCase(), 0, 1);

const gIds = new Map<string, number>();
const graphones: string[] = [];
const seqs: Array<{ ids: number[]; w: number }> = [];
cuts.forEach(({ graphones: cut, perLetter }) => {
  if (!cut.length || perLetter < NOISE_PER_LETTER) return;
  const ids = cut.map((g) => {
    let id = gIds.get(g);
    if (id === undefined) {
      graphones.push(g);
      id = graphones.length;
      gIds.set(g, id);
    }
    return id;
  });
  seqs.push({ ids, w: 1 });
});
log(`${graphones.length} graphones; sample cuts: ${cuts.slice(0, 5).map((c) => c.graphones.join(' | ').replace(/\t/g, ':')).join('  //  ')}`);
// three Kneser-Ney discounts (counts 1, 2, 3+) for the joint and the character models: on the
// dev split, unseen Wikidata 0.177/0.384 -> 0.179/0.397 (first/among 5), Google eval 0.649/0.790
// -> 0.650/0.796; NAMES_KN_MOD=0 for the single discount
const MODIFIED_KN = process.env.NAMES_KN_MOD !== '0';
const joint = buildNgram(seqs, { order: JOINT_ORDER, vocab: graphones.length + 1, edge: graphones.length + 1, minCount: Number(process.env.NAMES_MIN_COUNT ?? 2), minCountFrom: Number(process.env.NAMES_MIN_COUNT_FROM ?? 3), smoothing: (process.env.NAMES_SMOOTHING ?? 'kn') as 'kn' | 'wb', modified: MODIFIED_KN });

// 3. character models of each side
function charLM(words: string[], order: number, weight: (w: string) => number = () => 1): CharLMData {
  const chars = [...new Set(words.flatMap((w) => [...w]))].sort();
  const id = new Map(chars.map((c, i) => [c, i + 1]));
  const edge = chars.length + 1;
  const lm = buildNgram(
    words.map((w) => ({ ids: [...w].map((c) => id.get(c)!), w: weight(w) })),
    { order, vocab: edge, edge, minCount: 2, modified: MODIFIED_KN },
  );
  return { chars, lm };
}
const enWords = [...new Set(pairs.map((p) => p.tgt))];
const enPeople = new Map<string, number>();
for (const p of wdTrain) enPeople.set(enModelForm(p.en), (enPeople.get(enModelForm(p.en)) ?? 0) + p.count);
const enWeight = process.env.NAMES_CHAR_WEIGHT === 'log' ? (w: string) => 1 + Math.round(Math.log2(1 + (enPeople.get(w) ?? 0))) : undefined;
const arWords = [...new Set(pairs.map((p) => p.src))];

const model: ModelData = {
  format: 1,
  meta: {
    built: 'scripts/train-names.ts',
    sources: ['wikidata-person-tokens.en-ar.tsv (CC0)', 'google-ar2en.train.tsv and google-ar2en.eval.tsv (Apache-2.0)'],
    heldOut: `Arabic keys of test/fixtures/names/heldout-wikidata.tsv and ${GOOGLE_HELD_OUT_PERCENT}% of google-ar2en.eval.tsv words (test/fixtures/names/heldout-google.tsv)`,
    jointOrder: JOINT_ORDER,
    charOrder: { en: EN_CHAR_ORDER, ar: AR_CHAR_ORDER },
    pairs: pairs.length,
  },
  graphones,
  joint,
  enLM: charLM(enWords, EN_CHAR_ORDER, enWeight),
  arLM: charLM(arWords, AR_CHAR_ORDER),
  ar2en: table(ar2en),
  en2ar: table(en2ar),
};
mkdirSync(join(root, 'data/names'), { recursive: true });
const json = JSON.stringify(model);
const out = process.env.MUJAZ_NAMES_MODEL ?? join(root, 'data/names/model.json');
writeFileSync(out, json);
log(`wrote ${out} (${(json.length / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

// the held-out Google eval rows, listed for the tests and for readers
if (!DEV_SPLIT) {
mkdirSync(join(root, 'test/fixtures/names'), { recursive: true });
writeFileSync(
  join(root, 'test/fixtures/names/heldout-google.tsv'),
  `arabic\tenglish\n${googleHeldOut().map((p) => `${p.ar}\t${p.en}`).join('\n')}\n`,
  );
}
