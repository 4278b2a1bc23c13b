/**
 * `npm run train:name-styles`: learns data/names/styles.json (src/names/translit/style.ts), a
 * mixture of character trigram models of the Latin spellings in the name data, by EM. Each
 * distinct spelling counts once. EM starts from letter cues of a few ways of writing names
 * (Turkish ğ ş ı -oğlu, Slavic -ov -ić, German sch ö ü, French é -ier, Spanish/Italian -ez ñ -ini,
 * English -th -ley, East Asian x- zh-, Arabic al- kh, Maghrebi bou- dj); spellings with no cue start spread evenly,
 * with a deterministic jitter so that the free classes part. The classes that come out are
 * whatever the data's spellings cluster into: the cues only seed them. Deterministic.
 */
import { writeFileSync } from 'node:fs';
import { googlePairs, hash, isGoogleHeldOut, isHeldOut, wikidataPairs } from './names/data.ts';
import { StyleModel, STYLE_PATH, styleFold, styleForm, type StyleData } from '../src/names/translit/style.ts';

const CUES: RegExp[] = [
  /[ğşı]|o[gğ]lu$|^(meh|mus|ke|bü|gü|öz|ay|er)/,
  /(ov|ova|ev|eva|in|ina|sky|ski|skaya|enko|vich|yev|iy)$|[ćčšžř]|^(vl|sv|zh)/,
  /(sch|tz)|[äöüß]|(mann|berg|stein|feld|rich|hardt)$/,
  /[éèêëàçœ]|(eau|ier|ette|ique|eux|ault|oise|aine)$|^(jean|fr)/,
  /[áíóúñã]|(ez|ini|etti|ello|inho|ão|iano|ino|ia)$|gli|gn[aeiou]/,
  /(th|ley|son|ck|wood|ton)$|^(wh|th)|ee|oo|[^aeiou]y$/,
  /^(x|zh|q|ts)|(ng|ji|ro|ko|shi|moto)$/,
  /^(al|el|abd|abu|ab)|kh|dh|gh|aa|(ah|ullah|i)$/,
  /^(ben|bou)|dj|(aoui|ouane|ssi|ouni)$/,
];
const FREE = 3;
const K = CUES.length + FREE;
const ITER = Number(process.env.STYLE_ITER ?? 15);
const LAMBDA: [number, number, number, number] = [0.6, 0.3, 0.09, 0.01];

// the model reads spellings folded to a-z (as the candidate lists hold them); a spelling's
// accented forms in the data (bozdağ beside bozdag) only seed its class
const written = new Map<string, Set<string>>();
const add = (en: string) => {
  const w = en.normalize('NFC').toLowerCase().trim();
  if (!/^\p{L}[\p{L}'’]*$/u.test(w)) return;
  const f = styleFold(w);
  if (f.length < 2) return;
  const s = written.get(f) ?? new Set<string>();
  s.add(w);
  written.set(f, s);
};
for (const p of wikidataPairs()) if (!isHeldOut(p.ar)) add(p.en);
for (const p of [...googlePairs('train'), ...googlePairs('eval').filter((g) => !isGoogleHeldOut(g.ar))]) if (!isHeldOut(p.ar)) add(p.en);
const words = [...written.keys()].sort();
process.stderr.write(`${words.length} spellings, ${K} classes\n`);

let resp: number[][] = words.map((w) => {
  const r = new Array<number>(K).fill(0);
  const forms = [w, ...written.get(w)!];
  const hits = CUES.map((c) => forms.some((f) => c.test(f)));
  const n = hits.filter(Boolean).length;
  const h = hash(w);
  for (let k = 0; k < K; k++) r[k] = 1 + ((h >>> (k * 2)) & 3) * 0.25;
  if (n) CUES.forEach((_, k) => (r[k] = r[k]! + (hits[k] ? (8 * K) / n : 0)));
  const z = r.reduce((a, b) => a + b, 0);
  return r.map((v) => v / z);
});

const alphabet = new Set<string>();
for (const w of words) for (const c of styleForm(w)) alphabet.add(c);

function mStep(resp: number[][]): StyleData {
  const grams: Record<string, number[]> = {};
  const contexts: Record<string, number[]> = {};
  const add = (m: Record<string, number[]>, key: string, r: number[]) => {
    const v = (m[key] ??= new Array<number>(K).fill(0));
    for (let k = 0; k < K; k++) v[k] = v[k]! + r[k]!;
  };
  const prior = new Array<number>(K).fill(0);
  words.forEach((w, i) => {
    const r = resp[i]!;
    for (let k = 0; k < K; k++) prior[k] = prior[k]! + r[k]!;
    const s = [...styleForm(w)];
    for (let j = 2; j < s.length; j++) {
      add(grams, s[j - 2]! + s[j - 1]! + s[j]!, r);
      add(contexts, s[j - 2]! + s[j - 1]!, r);
      add(grams, s[j - 1]! + s[j]!, r);
      add(contexts, s[j - 1]!, r);
      add(grams, s[j]!, r);
      add(contexts, '', r);
    }
  });
  const z = prior.reduce((a, b) => a + b, 0);
  return { prior: prior.map((p) => p / z), lambda: LAMBDA, alphabet: alphabet.size, grams, contexts };
}

let data = mStep(resp);
for (let it = 0; it < ITER; it++) {
  const m = new StyleModel(data);
  let ll = 0;
  resp = words.map((w) => {
    const post = m.posterior(w);
    const l = m.logLik(w);
    let s = 0;
    for (let k = 0; k < K; k++) s += data.prior[k]! * Math.exp(l[k]!);
    ll += Math.log(s);
    return post;
  });
  data = mStep(resp);
  process.stderr.write(`iteration ${it + 1}: ln L ${ll.toFixed(0)}, priors ${data.prior.map((p) => p.toFixed(3)).join(' ')}\n`);
}

// counts rounded to two decimals; a gram every class saw under 0.05 times is dropped (the
// lower orders stand in for it)
const round = (v: number[]) => v.map((x) => Math.round(x * 100) / 100);
const grams: Record<string, number[]> = {};
for (const [g, v] of Object.entries(data.grams).sort()) if (v.some((x) => x >= 0.05)) grams[g] = round(v);
const contexts: Record<string, number[]> = {};
for (const [g, v] of Object.entries(data.contexts).sort()) contexts[g] = round(v);
const out: StyleData = { prior: data.prior.map((p) => Math.round(p * 1e6) / 1e6), lambda: LAMBDA, alphabet: data.alphabet, grams, contexts };
writeFileSync(STYLE_PATH, `${JSON.stringify(out)}\n`);
process.stderr.write(`wrote ${STYLE_PATH} (${Object.keys(grams).length} grams)\n`);
