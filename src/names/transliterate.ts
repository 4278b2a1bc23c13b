/**
 * Names across scripts, learned from real pairs (data/names/model.json): k-best Latin spellings
 * of an Arabic name token (romaniseCandidates) and k-best Arabic spellings of a Latin one
 * (arabiseCandidates). A known token is looked up (most common spelling first: Wikidata people
 * counts, Google's Wikipedia spellings); an unknown one is spelled by the joint graphone model,
 * its candidates reranked by a character model of the target side and by whether the spelling
 * is attested as a name at all. Output is lower-case, as both data sets spell names; callers
 * capitalise for display.
 */
import { cliticVariants, normAr } from './normalize.ts';
import { arModelForm, enModelForm } from './translit/forms.ts';
import { model, type Entry } from './translit/model.ts';

/** Scoring knobs, chosen on the held-out slice and Google's eval split (scripts/eval-names.ts). */
export const TRANSLIT_PARAMS = {
  /** weight of one Google pair against one Wikidata person in the look-up ranking */
  google: 2,
  /** weight of the target-side character model in reranking */
  charLM: 0.3,
  /** bonus per ln(1 + people) for a spelling attested as a name token */
  attested: 0.2,
  /** beam width of the graphone search */
  beam: 16,
};

export interface Spelling {
  text: string;
  /** ln-probability-like score, comparable within one token's list */
  score: number;
  from: 'lookup' | 'model' | 'clitic';
}

const MAX_K = 20;
const arMemo = new Map<string, Spelling[]>();
const enMemo = new Map<string, Spelling[]>();

function remember(m: Map<string, Spelling[]>, k: string, v: Spelling[]): Spelling[] {
  if (m.size > 50_000) m.clear();
  m.set(k, v);
  return v;
}

/** Look-up entries ranked by weight, each folded form once (its most common written form too when it differs). */
function fromLookup(list: Entry[], fold: (s: string) => string, from: Spelling['from']): Spelling[] {
  const groups = new Map<string, { w: number; forms: Map<string, number> }>();
  let total = 0;
  for (const e of list) {
    const w = e.wikidata + TRANSLIT_PARAMS.google * e.google;
    total += w;
    const f = fold(e.text);
    if (!f) continue;
    const g = groups.get(f) ?? { w: 0, forms: new Map() };
    g.w += w;
    g.forms.set(e.text, (g.forms.get(e.text) ?? 0) + w);
    groups.set(f, g);
  }
  const out: Spelling[] = [];
  for (const [f, g] of [...groups].sort((a, b) => b[1].w - a[1].w)) {
    const score = Math.log(g.w / total);
    out.push({ text: f, score, from });
    // a written form with accents (assunção) as the next alternative, for readers who want it
    for (const [form] of [...g.forms].sort((a, b) => b[1] - a[1])) if (form !== f) out.push({ text: form, score: score - 0.01, from });
  }
  return out;
}

/** Model candidates reranked; scores are renormalised over the list. */
function fromModel(src: string, dir: 'ar' | 'en'): Spelling[] {
  const m = model();
  const dec = dir === 'ar' ? m.fromArabic : m.fromLatin;
  const lm = dir === 'ar' ? m.enLM : m.arLM;
  // a candidate spelling attested as a name token: Latin forms are en2ar keys, Arabic ones ar2en keys
  const attested = (t: string) => (dir === 'ar' ? m.en2ar.weight(t) : m.ar2en.weight(normAr(t)));
  const raw = dec.decode(src, TRANSLIT_PARAMS.beam);
  const scored = raw.map(({ text, score }) => ({
    text,
    score: score + TRANSLIT_PARAMS.charLM * lm.score(text) + TRANSLIT_PARAMS.attested * Math.log1p(attested(text)),
    from: 'model' as const,
  }));
  scored.sort((a, b) => b.score - a.score);
  const top = scored.slice(0, MAX_K);
  const z = top.reduce((s, c) => s + Math.exp(c.score - top[0]!.score), 0);
  return top.map((c) => ({ ...c, score: c.score - top[0]!.score - Math.log(z) }));
}

function merge(first: Spelling[], rest: Spelling[], k: number): Spelling[] {
  const seen = new Set<string>();
  const out: Spelling[] = [];
  for (const s of [...first, ...rest]) {
    if (seen.has(s.text)) continue;
    seen.add(s.text);
    out.push(s);
    if (out.length >= k) break;
  }
  return out;
}

/** Article-only readings of a word (الأسد -> اسد, والأسد -> اسد): the data lists names without ال. */
function articleless(key: string): string[] {
  return cliticVariants(key).filter((v) => v !== key && key.endsWith(v) && /^(ال|وال|بال|فال|كال|لل)$/.test(key.slice(0, key.length - v.length)));
}

/** The k best Latin spellings (lower-case) of one Arabic name token, best first, with scores. */
export function romaniseScored(token: string, k = 5): Spelling[] {
  const src = arModelForm(token);
  if (!src) return [];
  const hit = arMemo.get(src);
  if (hit) return hit.slice(0, k);
  const m = model();
  const key = normAr(src);
  const exact = m.ar2en.get(key);
  let out: Spelling[];
  if (exact) {
    out = merge(fromLookup(exact, enModelForm, 'lookup'), fromModel(src, 'ar').map((s) => ({ ...s, score: s.score - 20 })), MAX_K);
  } else {
    const bare = articleless(key).find((v) => m.ar2en.has(v));
    const modelled = fromModel(src, 'ar');
    out = bare ? merge(fromLookup(m.ar2en.get(bare)!, enModelForm, 'clitic'), modelled, MAX_K) : modelled;
  }
  return remember(arMemo, src, out).slice(0, k);
}

/** The k best Latin spellings (lower-case) of one Arabic name token, best first. */
export function romaniseCandidates(token: string, k = 5): string[] {
  return romaniseScored(token, k).map((s) => s.text);
}

/** The k best Arabic spellings of one Latin name token (al-/el- read as ال), best first, with scores. */
export function arabiseScored(token: string, k = 5): Spelling[] {
  const article = /^(al|el)[-\s’']+(?=\p{L})/iu.exec(token.trim());
  const src = enModelForm(article ? token.trim().slice(article[0].length) : token);
  if (!src) return [];
  const memoKey = (article ? 'ال|' : '') + src;
  const hit = enMemo.get(memoKey);
  if (hit) return hit.slice(0, k);
  const m = model();
  const exact = m.en2ar.get(src);
  let out = exact
    ? merge(fromLookup(exact, (s) => s, 'lookup'), fromModel(src, 'en').map((s) => ({ ...s, score: s.score - 20 })), MAX_K)
    : fromModel(src, 'en');
  if (article) out = out.map((s) => ({ ...s, text: s.text.startsWith('ال') ? s.text : `ال${s.text}` }));
  return remember(enMemo, memoKey, out).slice(0, k);
}

/** The k best Arabic spellings of one Latin name token, best first. */
export function arabiseCandidates(token: string, k = 5): string[] {
  return arabiseScored(token, k).map((s) => s.text);
}

/**
 * The k best spellings of a whole name (words separated by spaces), best first: each word's
 * candidates as a distribution, combined word by word keeping the k best sums.
 */
export function transliterateName(name: string, dir: 'ar2en' | 'en2ar', k = 5): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean).slice(0, 12);
  let beam: Array<{ text: string; score: number }> = [{ text: '', score: 0 }];
  for (const w of words) {
    const cands = dir === 'ar2en' ? romaniseScored(w, k) : arabiseScored(w, k);
    if (!cands.length) continue;
    const next: Array<{ text: string; score: number }> = [];
    for (const b of beam) for (const c of cands) next.push({ text: b.text ? `${b.text} ${c.text}` : c.text, score: b.score + c.score });
    beam = next.sort((a, b) => b.score - a.score).slice(0, k);
  }
  return beam.filter((b) => b.text).map((b) => b.text);
}
