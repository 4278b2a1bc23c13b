/**
 * Study tool (round twenty-four, people46): the name tagger's held-out token and span figures under
 * `cv:people --unseen`'s hiding for fold K, for variants of the features/training, features computed once.
 *   npx tsx scripts/tagger-variants.ts K [--half even|odd]
 */
import { evaluateTagger, heldOutSplit, trainTagger, type TaggerExample } from '../src/parser/name-tagger-train.ts';
import { devItems } from './lib/tagger-examples.ts';
import { everydayWordsOf } from './lib/everyday-words.ts';
import { studyFoldOf } from './lib/unseen-fold.ts';
import { buildNgram } from './names/ngram-build.ts';
import { CharLM } from '../src/names/translit/char-lm.ts';
import { arModelForm } from '../src/names/translit/forms.ts';
import { nameSpellingScore } from '../src/names/index.ts';

function charLM(words: string[], order = 4): CharLM {
  const chars = [...new Set(words.flatMap((w) => [...w]))].sort();
  const id = new Map(chars.map((c, i) => [c, i + 1]));
  const edge = chars.length + 1;
  const lm = buildNgram(words.map((w) => ({ ids: [...w].map((c) => id.get(c)!), w: 1 })), { order, vocab: edge, edge, minCount: 2, modified: true });
  return new CharLM({ chars, lm });
}

const args = process.argv.slice(2);
const { k, half, train, test, extra } = studyFoldOf(args);

type Tf = (exs: TaggerExample[], isTrain: boolean) => TaggerExample[];
const mapFeats = (fn: (f: string[], ex: TaggerExample, i: number) => string[]): Tf => (exs) => exs.map((ex) => ({ ...ex, feats: ex.feats.map((f, i) => fn(f, ex, i)) }));
// w: only for words seen in >= 2 training articles
const dfCut: Tf = (exs, isTrain) => {
  if (!isTrain) return exs;
  const df = new Map<string, number>();
  for (const ex of exs) for (const x of new Set(ex.feats.flatMap((f) => f.filter((y) => y.startsWith('w:'))))) df.set(x, (df.get(x) ?? 0) + 1);
  return mapFeats((f) => f.filter((x) => !x.startsWith('w:') || (df.get(x) ?? 0) >= 2))(exs, isTrain);
};
const noW: Tf = mapFeats((f) => f.filter((x) => !x.startsWith('w:')));
const own = (f: string[], p: string) => f.find((x) => x.startsWith(p));
const gzlm: Tf = mapFeats((f) => {
  const g = f.includes('gz:none') ? 'none' : f.includes('gz:direct') ? 'direct' : 'clitic';
  const lm = own(f, 'lm:');
  return [...f, `gzlm:${g}&${lm}`];
});
const lmOf = (f: string[], tag: string) => { const x = f.find((y) => y.startsWith(`${tag}:lm:`)); return x ? Number(x.split(':')[2]) : NaN; };
const pair: Tf = mapFeats((f) => {
  const l = Number((own(f, 'lm:') ?? 'lm:-99').split(':')[1]);
  const out = [...f];
  for (const tag of ['p', 'n']) {
    const nl = lmOf(f, tag);
    if (!Number.isFinite(nl) || !Number.isFinite(l)) continue;
    out.push(`pairlm:${tag}:${Math.max(-10, Math.min(l, nl))}`);
  }
  return out;
});
// (the fold's training articles, as unseenTaggerFold hides by: the background models' words)
const items = devItems();
const held = new Set(heldOutSplit(items.corpus, k).test.map((x) => x.id));
const everyday = everydayWordsOf(items.corpus.filter((it) => !held.has(it.id))).map(arModelForm).filter((w) => w.length >= 2);
const plainWords = [...new Set([...train, ...extra].flatMap((ex) => ex.toks.filter((_, i) => !ex.labels[i]).map((t) => arModelForm(t.text))).filter((w) => w.length >= 2))];
console.log(`background: everyday ${everyday.length} words, plain ${plainWords.length} words`);
const bgE = charLM(everyday), bgP = charLM(plainWords);
const ratio = (bg: CharLM, tag: string, pair = true): Tf => mapFeats((f, ex, i) => {
  const t = ex.toks[i]!.text;
  const form = arModelForm(t);
  const ns = nameSpellingScore(t);
  if (!form || ns === null) return f;
  const r = ns - bg.score(form) / ([...form].length + 1);
  const b = Math.max(-6, Math.min(6, Math.floor(2 * r)));
  const out = [...f, `${tag}:${b}`];
  if (f.includes('gz:none')) out.push(`${tag}&none:${b}`);
  // the neighbours' ratio as well
  for (const [dt, nt] of (pair ? [[-1, 'p'], [1, 'n']] : [[-1, 'p'], [1, 'n'], [-2, 'pp'], [2, 'nn']]) as [number, string][]) {
    const u = ex.toks[i + dt];
    if (!u || u.sent !== ex.toks[i]!.sent) continue;
    const uf = arModelForm(u.text); const un = nameSpellingScore(u.text);
    if (!uf || un === null) continue;
    const ur = un - bg.score(uf) / ([...uf].length + 1);
    out.push(`${nt}:${tag}:${Math.max(-6, Math.min(6, Math.floor(2 * ur)))}`);
    if (pair) out.push(`${nt}:${tag}pair:${Math.max(-6, Math.min(6, Math.floor(2 * Math.min(r, ur))))}`);
  }
  return out;
});
// the contrast in place of the names model's spelling feature (lm:, own and as context): the two are nearly collinear
const noLm: Tf = mapFeats((f) => f.filter((x) => !/^((p|n|pp|nn):)?lm:/.test(x)));
const compose = (...ts: Tf[]): Tf => (exs, isTrain) => ts.reduce((e, t) => t(e, isTrain), exs);
const variants: Record<string, Tf> = { lmrE: ratio(bgE, 'lmrE'), lmrP: ratio(bgP, 'lmrP'), lmrPnp: ratio(bgP, 'lmrP', false), lrNoLm: (e, t) => ratio(bgP, 'lmrP', false)(noLm(e, t), t), base: (e) => e, dfCut, noW, gzlm, pair, 'gzlm+pair': compose(gzlm, pair), 'dfCut+gzlm+pair': compose(dfCut, gzlm, pair) };
const only = args.indexOf('--v');
const pct = (x: number) => (100 * x).toFixed(1);
for (const [name, tf] of Object.entries(variants)) {
  if (only >= 0 && !args[only + 1]!.split(',').includes(name)) continue;
  const w = trainTagger(tf([...train, ...extra], true));
  const r = evaluateTagger(tf(test, false), w, 0);
  console.log(`${name.padEnd(18)} token P ${pct(r.tokenP)} R ${pct(r.tokenR)} F1 ${pct(r.tokenF1)} · span P ${pct(r.spanP)} R ${pct(r.spanR)} F1 ${pct(r.spanF1)}`);
}
