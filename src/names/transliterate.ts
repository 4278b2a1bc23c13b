/**
 * Names across scripts, learned from real pairs (data/names/model.bin): k-best Latin spellings
 * of an Arabic name token (romaniseCandidates) and k-best Arabic spellings of a Latin one
 * (arabiseCandidates). A known token is looked up (most common spelling first: Wikidata people
 * counts, Google's Wikipedia spellings); an unknown one is spelled by the joint graphone model,
 * its candidates reranked by a character model of the target side and by whether the spelling
 * is attested as a name at all. Output is lower-case, as both data sets spell names; callers
 * capitalise for display.
 */
import { cliticVariants, normAr } from './normalize.ts';
import { arModelForm, enModelForm } from './translit/forms.ts';
import type { Entry } from './translit/lookup.ts';
import { model, type Model } from './translit/model.ts';
import { rerank, type Candidate } from './translit/rerank.ts';
import { keySimilarity, wordKey } from './phonetic.ts';
import { isForeign, romaniseToken } from './romanise.ts';

/** Scoring knobs, chosen on the held-out slice and Google's eval split (scripts/eval-names.ts). */
export const TRANSLIT_PARAMS = {
  /** weight of one Google pair against one Wikidata person in the look-up ranking */
  google: 2,
  /** weight of the target-side character model in reranking */
  charLM: 0.3,
  /** bonus per ln(1 + people) for a spelling attested as a name token */
  attested: 0.2,
  /**
   * pseudo-count of "a spelling no one in the data has" per known spelling of a key (Witten-Bell,
   * halved: 1 and 0.5 measured alike, and 0.5 lets fewer guesses past attested spellings): a key
   * known from one person leaves the model's guesses a third of the mass, one known from
   * hundreds almost none
   */
  novel: 0.5,
  /**
   * beam width of the graphone search: 10 -> 12 (dev split: unseen Wikidata 0.179/0.397 ->
   * 0.180/0.399, Google eval 0.650/0.796 -> 0.651/0.798) once the search was fast enough; 14
   * adds 0.004 among five on Wikidata for another sixth of the time. 12 -> 16 with rerank
   * 15 -> 20 (names37): a third of the unknown words' misses whose right spelling was not
   * listed at all had it lost by the beam (the model scores it above the 15th output); dev split
   * (with ALWAYS_TRIED 2) unseen Wikidata among 5 0.401 -> 0.405, right spelling anywhere in
   * the list 0.557 -> 0.604 (scripts/names/coverage.ts); first answers the same
   */
  beam: 16,
  /** states more than this many nats below the best of their position are dropped */
  prune: 8,
  /** how many of the search's outputs are reranked (15 -> 20 with beam 16, names37: the list holds 20) */
  rerank: 20,
  /** longest candidate list a token keeps (known spellings and guesses) */
  listed: 20,
};

export interface Spelling {
  text: string;
  /** ln-probability-like score, comparable within one token's list */
  score: number;
  from: 'lookup' | 'model' | 'clitic';
}

type Memo = Spelling[];
const arMemo = new Map<string, Memo>();
const enMemo = new Map<string, Memo>();

function remember(m: Map<string, Memo>, k: string, v: Memo): Memo {
  if (m.size > 50_000) m.clear();
  m.set(k, v);
  return v;
}

/** Look-up entries ranked by weight, each folded form once (its most common written form too when it differs). */
function fromLookup(list: Entry[], fold: (s: string) => string, from: Spelling['from']): Candidate[] {
  const groups = new Map<string, { w: number; wd: number; g: number; forms: Map<string, number> }>();
  let total = 0;
  for (const e of list) {
    const w = e.wikidata + TRANSLIT_PARAMS.google * e.google;
    total += w;
    const f = fold(e.text);
    if (!f) continue;
    const g = groups.get(f) ?? { w: 0, wd: 0, g: 0, forms: new Map() };
    g.w += w;
    g.wd += e.wikidata;
    g.g += e.google;
    g.forms.set(e.text, (g.forms.get(e.text) ?? 0) + w);
    groups.set(f, g);
  }
  const out: Candidate[] = [];
  let rank = 0;
  for (const [f, g] of [...groups].sort((a, b) => b[1].w - a[1].w)) {
    const score = Math.log(g.w / total);
    const look = { share: score, rank: rank++, wikidata: g.wd, google: g.g };
    out.push({ text: f, score, from, look });
    // a written form with accents (assunção) as the next alternative, for readers who want it
    for (const [form] of [...g.forms].sort((a, b) => b[1] - a[1])) if (form !== f) out.push({ text: form, score: score - 0.01, from, look, accented: true });
  }
  return out;
}

/** A key's weight (as fromLookup counts it) and the novel mass its new spellings share. */
function novelMass(exact: Entry[]): { total: number; alpha: number } {
  const total = exact.reduce((s, e) => s + e.wikidata + TRANSLIT_PARAMS.google * e.google, 0);
  return { total, alpha: TRANSLIT_PARAMS.novel * new Set(exact.map((e) => withoutAccents(e.text))).size };
}

/**
 * Known spellings of a key and the model's new guesses as one distribution (Witten-Bell): a
 * known spelling gets its weight / (key weight + novel mass); the novel mass, growing with the
 * number of distinct spellings the key has, goes to the guesses the key lacks, shared by their
 * model probability. A key known from one person leaves new guesses a third of the mass, one
 * known from hundreds almost none. Scores are that distribution scaled by (key weight + novel
 * mass) / key weight, the same for every candidate of the key.
 */
function withNovel(known: Candidate[], exact: Entry[], modelled: Candidate[]): Candidate[] {
  const { total, alpha } = novelMass(exact);
  const listed = new Set(known.map((k) => k.text));
  const fresh = modelled.filter((c) => !listed.has(c.text));
  const z = fresh.reduce((s, c) => s + Math.exp(c.score), 0);
  // scored against the key's known weight rather than renormalised, so known spellings keep
  // fromLookup's exact scores and order (the display's near-ties are decided on them); the first
  // answer is always a spelling someone carries: a guess may outweigh each of many one-person
  // spellings, but it is still a guess, so those above the best known come down just below it
  const top = known[0]!.score;
  const guesses = fresh
    .map((c) => ({ ...c, score: c.score - Math.log(z) + Math.log(alpha / total) }))
    .map((c, i) => (c.score >= top ? { ...c, score: top - 1e-6 * (i + 1) } : c));
  const out: Candidate[] = [];
  let g = 0;
  for (const k of known) {
    while (g < guesses.length && guesses[g]!.score > k.score) out.push(guesses[g++]!);
    out.push(k);
  }
  return [...out, ...guesses.slice(g)].slice(0, TRANSLIT_PARAMS.listed);
}

/** Model candidates reranked; scores are renormalised over the list. */
function fromModel(m: Model, src: string, dir: 'ar' | 'en'): Candidate[] {
  const dec = dir === 'ar' ? m.fromArabic : m.fromLatin;
  const lm = dir === 'ar' ? m.enLM : m.arLM;
  // a candidate spelling attested as a name token: Latin forms are en2ar keys, Arabic ones ar2en keys
  const attested = (t: string) => (dir === 'ar' ? m.en2ar.weight(t) : m.ar2en.weight(normAr(t)));
  // rerank only the joint model's best few: the rest are never close after reranking
  const raw = dec.decode(src, TRANSLIT_PARAMS.beam, TRANSLIT_PARAMS.prune, TRANSLIT_PARAMS.rerank);
  const scored = raw.map(({ text, score }, rank) => {
    const charLM = lm.score(text);
    const people = attested(text);
    return {
      text,
      score: score + TRANSLIT_PARAMS.charLM * charLM + TRANSLIT_PARAMS.attested * Math.log1p(people),
      from: 'model' as const,
      gen: { joint: score - raw[0]!.score, charLM, rank, attested: people },
    };
  });
  scored.sort((a, b) => b.score - a.score);
  const top = scored.slice(0, TRANSLIT_PARAMS.listed);
  const z = top.reduce((s, c) => s + Math.exp(c.score - top[0]!.score), 0);
  return top.map((c) => ({ ...c, score: c.score - top[0]!.score - Math.log(z) }));
}

/**
 * A listed Latin spelling with its accents taken off (assunção -> assuncao) and nothing else
 * changed: d'abano keeps its apostrophe and øvrebø its ø, as Google's spellings do.
 */
function withoutAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

function merge<T extends Spelling>(first: T[], rest: T[], k: number): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const s of [...first, ...rest]) {
    if (seen.has(s.text)) continue;
    seen.add(s.text);
    out.push(s);
    if (out.length >= k) break;
  }
  return out;
}

const ARTICLE_START = /^(ال|وال|بال|فال|كال|لل)/;

/** Article-only readings of a word (الأسد -> اسد, والأسد -> اسد): the data lists names without ال. */
function articleless(key: string): string[] {
  // only a word opening with one of those can have one (most words: no clitic search)
  if (!ARTICLE_START.test(key)) return [];
  return cliticVariants(key).filter((v) => v !== key && key.endsWith(v) && /^(ال|وال|بال|فال|كال|لل)$/.test(key.slice(0, key.length - v.length)));
}

/**
 * One Arabic token's candidate spellings with the evidence for each, as the rules rank them:
 * a known key's spellings and the model's new guesses as one distribution (withNovel); an
 * unknown key read through its bare form (الخاشقجي) first, the model's guesses after. The
 * reranker (translit/rerank.ts) reorders this list; training builds the same lists on
 * cross-fitted models, so it takes the model as an argument and remembers nothing.
 */
export function candidateList(m: Model, src: string): Candidate[] {
  const key = normAr(src);
  const exact = m.ar2en.get(key);
  if (exact) return withNovel(fromLookup(exact, withoutAccents, 'lookup'), exact, fromModel(m, src, 'ar'));
  const bare = articleless(key).find((v) => m.ar2en.has(v));
  const modelled = fromModel(m, src, 'ar');
  return bare ? merge(fromLookup(m.ar2en.get(bare)!, withoutAccents, 'clitic'), modelled, TRANSLIT_PARAMS.listed) : modelled;
}

/**
 * The k best Latin spellings (lower-case) of one Arabic name token, best first, with scores.
 * order 'learned' (the default) is the reranker's order when the model file has one; 'rules' is
 * the look-up and model order without it, which English display keeps (see learnedSpelling).
 */
export function romaniseScored(token: string, k = 5, order: 'learned' | 'rules' = 'learned'): Spelling[] {
  const src = arModelForm(token);
  if (!src) return [];
  const m = model();
  const learned = order === 'learned' && !!m.rerank;
  const memoKey = learned ? src : `rules|${src}`;
  const hit = arMemo.get(memoKey);
  if (hit) return hit.slice(0, k);
  let out: Spelling[];
  if (learned) {
    // the learned reranker weighs every candidate's evidence, so the list is always searched
    out = rerank(m, m.rerank!, candidateList(m, src), src);
  } else {
    const exact = m.ar2en.get(normAr(src));
    if (exact) {
      const known = fromLookup(exact, withoutAccents, 'lookup');
      // new guesses share the novel mass at most, so when the k best known spellings each weigh
      // more, no guess can come before them: the search (most of the time spent) is not needed
      const { total, alpha } = novelMass(exact);
      const unsure = known.findIndex((c) => Math.exp(c.score) * total <= alpha);
      const sure = unsure < 0 ? known : known.slice(0, unsure);
      if (sure.length >= k) return sure.slice(0, k).map(plain);
      out = withNovel(known, exact, fromModel(m, src, 'ar'));
    } else out = candidateList(m, src);
    out = out.map(plain);
  }
  return remember(arMemo, memoKey, out).slice(0, k);
}

/** A candidate without its evidence, as callers see it. */
function plain(c: Spelling): Spelling {
  return { text: c.text, score: c.score, from: c.from };
}

/** The k best Latin spellings (lower-case) of one Arabic name token, best first. */
export function romaniseCandidates(token: string, k = 5): string[] {
  return romaniseScored(token, k).map((s) => s.text);
}

/**
 * Beam of the per-letter second generator (translit/letter-model.ts) in name matching's second
 * pass, and the weight of the Latin character model in its search (0.3-0.5 measured alike,
 * names26). Only matching reads it: wired into every list it cost a third of the romanising
 * speed and name-en (names26, names27), and only matching uses the list beyond its first answer.
 */
export const LETTER_PARAMS = { beam: 8, charLM: 0.4 };

const letterMemo = new Map<string, string[]>();

/**
 * The per-letter model's k best Latin spellings (lower-case) of one Arabic name token, best
 * first, [] when the model file has no letter model. Its errors differ from the joint search's
 * (names26: the two lists together hold more right spellings among 5, 20 and 50 than either), so
 * name matching asks it when the joint list matched no one (src/names/match.ts).
 */
export function letterCandidates(token: string, k = 5): string[] {
  const src = arModelForm(token);
  if (!src) return [];
  const m = model();
  if (!m.letters) return [];
  let hit = letterMemo.get(src);
  if (!hit) {
    const seen = new Set<string>();
    hit = [];
    for (const c of m.letters.decode(src, LETTER_PARAMS.beam, m.enLM, LETTER_PARAMS.charLM)) {
      if (!c.text || seen.has(c.text)) continue;
      seen.add(c.text);
      hit.push(c.text);
      if (hit.length >= 20) break;
    }
    if (letterMemo.size > 50_000) letterMemo.clear();
    letterMemo.set(src, hit);
  }
  return hit.slice(0, k);
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
    ? merge(fromLookup(exact, (s) => s, 'lookup'), fromModel(m, src, 'en').map((s) => ({ ...s, score: s.score - 20 })), TRANSLIT_PARAMS.listed).map(plain)
    : fromModel(m, src, 'en').map(plain);
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

/** Capitalised for English copy; an apostrophe at either end (shifa', 'amr: a hamza or ain mark) is dropped. */
function cap(s: string): string {
  const t = s.replace(/^['’]+|['’]+$/g, '');
  return t ? t[0]!.toUpperCase() + t.slice(1) : t;
}

/**
 * Display spelling of one Arabic name word for English copy: the best learned spelling,
 * capitalised; a word with the article keeps it as "al-" (English news writes al-Hamadi, while
 * the data list the bare name). "" when the word has no Arabic letters. Display keeps the rules'
 * order: the learned reranker's first answers, better on Google's pairs, printed fewer of the
 * development articles' names as English news does (name-en exact 64.3 -> 58.2).
 */
export function learnedSpelling(word: string): string {
  const t = arModelForm(word);
  if (!t) return '';
  const m = /^ال(.{2,})$/.exec(t);
  if (m && t !== 'الله') {
    // the bare word as the data spell it; if only the word with its article is known
    // (الطاهر: Tahar), its spellings without the article the data sometimes write in
    const bareCands = romaniseScored(m[1]!, 5, 'rules');
    const full = bareCands[0]?.from === 'lookup' ? [] : romaniseScored(t, 5, 'rules').filter((c) => c.from === 'lookup');
    const bare = full.length
      ? nearTieChoice(full.map((c) => ({ ...c, text: withoutArticle(c.text, m[1]!) })).filter((c) => c.text), t)
      : nearTieChoice(bareCands, m[1]!);
    return bare ? `al-${cap(bare)}` : '';
  }
  return cap(nearTieChoice(romaniseScored(t, 5, 'rules'), t));
}

/**
 * Arabic's sun letters, which the article assimilates to (الدين: ad-din, eddine). Only before one
 * of them is a doubled opening consonant the article's; before a moon letter it is the word's own
 * (العقاد: Akkad, not the article plus "kad").
 */
const SUN_LETTER = /^[تثدذرزسشصضطظلن]/;

/** A Latin spelling without the article the data sometimes write into it (eddine, el-deen, larbi). */
function withoutArticle(latin: string, bareAr: string): string {
  const sun = SUN_LETTER.test(bareAr);
  return latin
    .replace(/^(al|el)-?(?=[a-z]{3})/, '')
    .replace(/^[ae]([bcdfghjklmnpqrstvwxz])\1(?=[a-z]{2})/, (all, c: string) => (sun ? c : all))
    .replace(/^l(?=[aeiou][a-z]{2})/, '');
}

/** Candidates within this ln-score of the best count as a tie for display. */
const NEAR_TIE = Math.log(3);

/**
 * The spelling shown in English copy. The data rank spellings by how many people of the whole
 * world carry them, so درويش ties between Turkish "Dervis" and "Darwish"; mujaz reads Arabic
 * news, so a near-tie goes to the candidate that sounds most like the house romanisation of
 * Arabic names (romanise.ts). A clear winner in the data always stands.
 */
function nearTieChoice(cands: Spelling[], t: string): string {
  if (!cands.length) return '';
  // the model's own ranking of a foreign-looking name (Greenblatt) beats the Arabic-name rules;
  // for Arabic-looking words its near-ties are settled like the data's
  const foreign = isForeign(t);
  // a known spelling is never displaced by a guess
  const known = cands[0]!.from !== 'model';
  // a known key's near-ties are among its three commonest spellings (as before the model's
  // guesses were mixed in among the rarer ones): those are mostly one person's variant
  const pool = cands[0]!.from === 'lookup' ? cands.filter((c) => c.from === 'lookup').slice(0, 3) : cands;
  const near = pool.filter((c) => !((foreign || known) && c.from === 'model') && c.score >= cands[0]!.score - NEAR_TIE);
  const lone = loneMisfit(cands, t);
  if (lone) return lone;
  if (near.length < 2) return cands[0]!.text;
  // closest in sound to the house romanisation, then closest in letters (Hamadi over Hamady)
  const rule = romaniseToken(t).toLowerCase();
  const ruleKey = wordKey(rule);
  const rank = (c: Spelling) => keySimilarity(wordKey(c.text), ruleKey) - 0.01 * editDistance(c.text, rule);
  let best = near[0]!;
  let bestRank = rank(best);
  for (const c of near.slice(1)) {
    const r = rank(c);
    if (r > bestRank + 1e-9) {
      best = c;
      bestRank = r;
    }
  }
  return best.text;
}

/**
 * How much better the model's guess must sound like the word than a spelling a single pair
 * attests, for the guess to be shown instead (keySimilarity to the house romanisation).
 */
const LONE_MISFIT = 0.15;

/**
 * The model's first guess, when the word's only spelling on record comes from one pair, holds
 * sounds the Arabic does not write and sounds less like it: بلاند is "cowpland" in one Google
 * pair (a name whose Arabic the pair split otherwise), and "bland" is what the letters say.
 * Sounds the Arabic does not write are consonants beyond its own, two or more (a single one is
 * often the spelling's own: Catherine for كاترين, Uwais for أويس); a spelling many people carry
 * always stands.
 */
function loneMisfit(cands: Spelling[], t: string): string | null {
  if (cands[0]!.from !== 'lookup' || model().ar2en.weight(normAr(t)) > 1) return null;
  // (the house romanisation only for a word on one pair's record: most words never get this far)
  const ruleKey = wordKey(romaniseToken(t).toLowerCase());
  const known = wordKey(cands[0]!.text);
  if (consonants(known) - consonants(ruleKey) < 2) return null;
  const guess = cands.find((c) => c.from === 'model');
  if (!guess) return null;
  const gain = keySimilarity(wordKey(guess.text), ruleKey) - keySimilarity(known, ruleKey);
  return gain >= LONE_MISFIT ? guess.text : null;
}

/** Consonants in a phonetic key (wordKey writes them upper-case). */
const consonants = (key: string) => key.replace(/[^A-Z\u0398]/g, '').length;

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Arabic form of a Latin-script name, word by word: each word's best learned Arabic spelling
 * (al-/el- read as ال). The lexicon is the caller's first stop; this is for names it lacks.
 */
export function arabicSpelling(name: string): string {
  return name
    .replace(/[.,;:!?()"“”]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 12)
    .map((w) => arabiseCandidates(w, 1)[0] ?? '')
    .filter(Boolean)
    .join(' ');
}
