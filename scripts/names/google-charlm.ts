/**
 * names30 probe: Google's style as a character model. Two Latin character models (order 5, Kneser-
 * Ney as the shipped one) are fitted on the dev split's training spellings, one on Google's and
 * one on Wikidata's; a spelling's style is their difference per letter. Tried as a term added to
 * a known key's first-answer score (firstKnown weights) among its known spellings, and to an
 * unknown key's choice between the rules' two guesses. Dev model; Google's eval words (shipped
 * slice left out) and the unseen Wikidata pairs.
 *   NAMES_DEV=1 MUJAZ_NAMES_MODEL=/tmp/dev.bin npx tsx scripts/names/google-charlm.ts
 */
import { normAr } from '../../src/names/normalize.ts';
import { candidateList } from '../../src/names/transliterate.ts';
import { arModelForm, enModelForm } from '../../src/names/translit/forms.ts';
import { CharLM } from '../../src/names/translit/char-lm.ts';
import { model } from '../../src/names/translit/model.ts';
import { features, linear } from '../../src/names/translit/rerank.ts';
import { googleHeldOut, googlePairs, hash, isGoogleHeldOut, isHeldOut, isPairHeldOut, wikidataPairs } from './data.ts';
import { buildNgram } from './ngram-build.ts';

function charLM(words: string[]): CharLM {
  const chars = [...new Set(words.flatMap((w) => [...w]))].sort();
  const id = new Map(chars.map((c, i) => [c, i + 1]));
  const edge = chars.length + 1;
  const lm = buildNgram(words.map((w) => ({ ids: [...w].map((c) => id.get(c)!), w: 1 })), { order: 5, vocab: edge, edge, minCount: 2, modified: true });
  return new CharLM({ chars, lm });
}
const wd = wikidataPairs();
const gFit = [...googlePairs('train'), ...googlePairs('eval').filter((p) => !isGoogleHeldOut(p.ar))].filter((p) => !isHeldOut(p.ar));
const gLM = charLM([...new Set(gFit.map((p) => enModelForm(p.en)).filter(Boolean))]);
const wLM = charLM([...new Set(wd.filter((p) => !isHeldOut(p.ar) && !isPairHeldOut(p)).map((p) => enModelForm(p.en)).filter(Boolean))]);
const style = (t: string) => {
  const f = enModelForm(t);
  return (gLM.score(f) - wLM.score(f)) / (f.length + 1);
};

const m = model();
const d = m.rerank!;
const shipped = (ar: string) => hash(`names-google-heldout:${normAr(ar)}`) % 100 < 10;
const prep = (ps: Array<{ ar: string; en: string }>) =>
  ps.map((p) => {
    const src = arModelForm(p.ar);
    const list = candidateList(m, src);
    const f = features(m, list, src);
    return { want: p.en.toLowerCase(), list, fk: f.map((r) => linear(r, d.firstKnown!)), fu: f.map((r) => linear(r, d.unknown!)), st: list.map((c) => style(c.text)) };
  });
const g = googleHeldOut().filter((p) => !shipped(p.ar) && !/\s/.test(p.ar.trim()) && arModelForm(p.ar));
const gKnown = prep(g.filter((p) => m.ar2en.has(normAr(p.ar))));
const gUnknown = prep(g.filter((p) => !m.ar2en.has(normAr(p.ar))));
const wdUnseen = prep(wd.filter((p) => isHeldOut(p.ar) && arModelForm(p.ar)));
for (const lam of [0, 0.5, 1, 2, 4, 8]) {
  let k = 0;
  for (const x of gKnown) {
    let best = -1, bs = -Infinity;
    x.list.forEach((c, i) => { if (c.from === 'lookup' && x.fk[i]! + lam * x.st[i]! > bs) { bs = x.fk[i]! + lam * x.st[i]!; best = i; } });
    if (x.list[best]?.text === x.want) k++;
  }
  const unk = (rows: typeof gUnknown) => {
    let r = 0;
    for (const x of rows) {
      if (!x.list.length) continue;
      let best = 0;
      if (x.list[0]!.from === 'model' && x.list.length > 1 && x.fu[1]! + lam * x.st[1]! > x.fu[0]! + lam * x.st[0]!) best = 1;
      if (x.list[best]!.text === x.want) r++;
    }
    return (r / rows.length).toFixed(3);
  };
  console.log(`lambda ${lam}: Google known first ${(k / gKnown.length).toFixed(3)} (${gKnown.length}); unknown-key first of the rules' two: Google ${unk(gUnknown)} (${gUnknown.length}), unseen Wikidata ${unk(wdUnseen)} (${wdUnseen.length})`);
}
